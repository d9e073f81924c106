// A share of an amount (占…%) that the amounts do not give, with the denominators tried, and
// truncation or a slipped decimal point named when that is what happened.
import { checkShares } from '../share-check';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-share',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '占比与金额不符', 'en-US': 'A share that does not follow from the amounts' },
    messages: {
      share: {
        'zh-CN': '占比应为 {{expected}}（{{part}} ÷ {{whole}}），文中为 {{actual}}{{how}}。已尝试的分母：{{tried}}。',
        'en-US': 'The share should be {{expected}} ({{part}} ÷ {{whole}}), the text says {{actual}}{{howEn}}. Denominators tried: {{triedEn}}.',
      },
    },
  },
  check(ctx) {
    checkShares(ctx, 'share');
  },
};
