// A change that does not follow from last year's and this year's amounts when the text states
// both (上年预算执行数 A, 预算安排 B, 增加 C): |B − A| within the precision the text prints.
import { abs, add, lte, sub, toPlain } from '../../money';
import { analyse } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-change',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '增减额与两年金额不符', 'en-US': 'A change that the two years do not give' },
    messages: {
      prior: { 'zh-CN': '上年金额应为 {{expected}}（本年 {{current}} 与增减额 {{change}} 及增减幅度一致），文中为 {{actual}}。', 'en-US': 'Last year should be {{expected}} (this year {{current}}, the change {{change}} and the rate agree on it), the text says {{actual}}.' },
      change: { 'zh-CN': '增减额应为 {{expected}}（本年 {{current}} 与上年 {{prior}} 之差），文中为 {{actual}}。', 'en-US': 'The change should be {{expected}} (this year {{current}} against last year {{prior}}), the text says {{actual}}.' } },
  },
  check(ctx) {
    for (const r of analyse(ctx.read).changes) {
      if (lte(abs(sub(r.change.value!, r.expected)), r.tolerance)) continue;
      if (r.blame === 'prior') {
        // This year, the change and the rate agree: last year's amount is the wrong figure.
        const should = r.change.direction === 'down' ? add(r.current.value!, r.change.value!) : sub(r.current.value!, r.change.value!);
        ctx.report({ messageId: 'prior', data: { expected: `${toPlain(should)}${r.prior.unit ?? ''}`, current: r.current.quote, change: r.change.quote, actual: r.prior.quote }, offset: r.prior.offset, quote: r.prior.quote, expected: toPlain(should), actual: toPlain(r.prior.value!) });
        continue;
      }
      const expected = `${toPlain(r.expected)}${r.change.unit ?? ''}`;
      ctx.report({ messageId: 'change', data: { expected, current: r.current.quote, prior: r.prior.quote, actual: r.change.quote }, offset: r.change.offset, quote: r.change.quote, expected: toPlain(r.expected), actual: toPlain(r.change.value!) });
    }
  },
};
