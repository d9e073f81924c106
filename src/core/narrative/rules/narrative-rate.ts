// A growth rate that does not follow from the figures of its item: last year and this year when
// both are stated, else the change and the base it implies (this year − change, or last year).
import { mul, sub, toFixed, toPlain } from '../../money';
import { analyse, how, isTruncation, within } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-rate',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '增减幅度与金额不符', 'en-US': 'A rate that does not follow from the amounts' },
    messages: { rate: { 'zh-CN': '增减幅度应为 {{expected}}，文中为 {{actual}}{{how}}。', 'en-US': 'The rate should be {{expected}}, the text says {{actual}}{{howEn}}.' } },
  },
  check(ctx) {
    for (const r of analyse(ctx.read).rates) {
      const { rate, expected, change, current, prior } = r;
      if (!rate.value || !expected || r.zeroBase || within(rate.value, expected)) continue;
      let truncated = false;
      if (change?.value && prior?.value) truncated = isTruncation(rate.value, change.value, prior.value, rate.decimals);
      else if (change?.value && current?.value) truncated = isTruncation(rate.value, change.value, sub(current.value, change.direction === 'down' ? mul(change.value, -1) : change.value), rate.decimals);
      ctx.report({
        messageId: 'rate',
        data: { expected: `${toFixed(expected.value, rate.decimals)}%`, actual: rate.quote, ...how(truncated ? 'truncated' : null) },
        offset: rate.offset,
        quote: rate.quote,
        expected: toFixed(expected.value, rate.decimals),
        actual: toPlain(rate.value),
      });
    }
  },
};
