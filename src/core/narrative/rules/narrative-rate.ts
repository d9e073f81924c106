// A growth rate that does not follow from the figures of its item: last year and this year when
// both are stated, else the change and the base it implies (this year − change, or last year).
// A part's rate with no base of its own is held to the least the whole's base allows.
import { mul, sub, toFixed, toPlain } from '../../money';
import { analyse, how, isTruncation, subjectKey, within } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-rate',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '增减幅度与金额不符', 'en-US': 'A rate that does not follow from the amounts' },
    messages: {
      rate: { 'zh-CN': '增减幅度应为 {{expected}}，文中为 {{actual}}{{how}}。', 'en-US': 'The rate should be {{expected}}, the text says {{actual}}{{howEn}}.' },
      atLeast: {
        'zh-CN': '增减幅度至少为 {{expected}}，文中为 {{actual}}：{{part}}是{{whole}}的一部分，上年数不超过{{whole}}的上年数，按{{whole}}的增减额（至多 {{wholeChange}}）÷ {{wholeRate}} 推算至多 {{base}}，{{change}}的增减幅度不低于 {{expected}}。',
        'en-US': 'The rate is at least {{expected}}, the text says {{actual}}: {{partEn}} is part of {{wholeEn}}, so its last-year amount is no more than the whole’s, which its change (at most {{wholeChange}}) ÷ {{wholeRate}} puts at no more than {{base}}; {{change}} of that is at least {{expected}}.',
      },
    },
  },
  check(ctx) {
    for (const r of analyse(ctx.read).rates) {
      const { rate, expected, change, current, prior } = r;
      if (r.atLeast && rate.value) {
        const f = r.atLeast;
        ctx.report({
          messageId: 'atLeast',
          data: {
            expected: `${toFixed(f.value, rate.decimals)}%`,
            actual: rate.quote,
            change: change!.quote,
            part: subjectKey(change!.label) || '该项',
            whole: subjectKey(f.whole.label) || '总数',
            partEn: subjectKey(change!.label) ? `"${subjectKey(change!.label)}"` : 'this item',
            wholeEn: subjectKey(f.whole.label) ? `"${subjectKey(f.whole.label)}"` : 'the whole',
            wholeChange: `${toFixed(f.wholeChange, 2)}${change!.unit ?? ''}`,
            wholeRate: f.wholeRate.quote,
            base: `${toFixed(f.base, 2)}${change!.unit ?? ''}`,
          },
          offset: rate.offset,
          quote: rate.quote,
          expected: `≥${toFixed(f.value, rate.decimals)}`,
          actual: toPlain(rate.value),
        });
        continue;
      }
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
