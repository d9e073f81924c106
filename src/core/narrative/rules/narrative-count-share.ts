// A rate of counts (网上可办率 91.49%) that the counts do not give.
import { checkShares } from '../share-check';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-count-share',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '比率与数量不符', 'en-US': 'A rate of counts that does not follow from them' },
    messages: {
      share: {
        'zh-CN': '比率应为 {{expected}}（{{part}} ÷ {{whole}}），文中为 {{actual}}{{how}}。已尝试的分母：{{tried}}。',
        'en-US': 'The rate should be {{expected}} ({{part}} ÷ {{whole}}), the text says {{actual}}{{howEn}}. Denominators tried: {{triedEn}}.',
      },
    },
  },
  check(ctx) {
    checkShares(ctx, 'count-share');
  },
};
