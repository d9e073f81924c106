// A change that does not follow from last year's and this year's amounts when the text states
// both (上年预算执行数 A, 预算安排 B, 增加 C): |B − A| within the precision the text prints.
import { abs, lte, sub, toPlain } from '../../money';
import { analyse } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-change',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '增减额与两年金额不符', 'en-US': 'A change that the two years do not give' },
    messages: { change: { 'zh-CN': '增减额应为 {{expected}}（本年 {{current}} 与上年 {{prior}} 之差），文中为 {{actual}}。', 'en-US': 'The change should be {{expected}} (this year {{current}} against last year {{prior}}), the text says {{actual}}.' } },
  },
  check(ctx) {
    for (const r of analyse(ctx.read).changes) {
      if (lte(abs(sub(r.change.value!, r.expected)), r.tolerance)) continue;
      const expected = `${toPlain(r.expected)}${r.change.unit ?? ''}`;
      ctx.report({ messageId: 'change', data: { expected, current: r.current.quote, prior: r.prior.quote, actual: r.change.quote }, offset: r.change.offset, quote: r.change.quote, expected: toPlain(r.expected), actual: toPlain(r.change.value!) });
    }
  },
};
