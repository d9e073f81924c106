// A share whose denominator the text does not give (no 占…的 name, no 其中 total, no sibling or
// list that agrees) and that the one amount it could be of does not give either. The auditor only
// guessed that amount, so this is a warning that says which reading was used, never an error; with
// several possible amounts, or a named denominator that the text does not state, nothing is said.
import { toFixed, toPlain } from '../../money';
import { analyse, pct } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-share-unsure',
    family: 'arithmetic',
    severity: 'warning',
    description: { 'zh-CN': '占比与唯一可能的分母不符（分母未写明）', 'en-US': 'A share that its only possible denominator does not give (the denominator is not stated)' },
    messages: {
      share: {
        'zh-CN': '文中未写明分母；按“{{label}}”{{whole}}理解，占比应为 {{expected}}（{{part}} ÷ {{whole}}），文中为 {{actual}}。',
        'en-US': 'The text does not say what this is a share of; read as a share of "{{label}}" {{whole}}, it should be {{expected}} ({{part}} ÷ {{whole}}), the text says {{actual}}.',
      },
    },
  },
  check(ctx) {
    for (const s of analyse(ctx.read).shares) {
      const { share, numerator, match, candidates } = s;
      if (!share.value || !numerator || match || share.shareOf || candidates.length !== 1 || candidates[0].how !== 'guess') continue;
      const d = candidates[0].claim;
      const e = pct(numerator, d, share.decimals);
      if (!e) continue;
      ctx.report({
        messageId: 'share',
        data: { label: d.label || d.quote, whole: d.quote, part: numerator.quote, expected: `${toFixed(e.value, share.decimals)}%`, actual: share.quote },
        offset: share.offset,
        quote: share.quote,
        expected: toFixed(e.value, share.decimals),
        actual: toPlain(share.value),
      });
    }
  },
};
