// A percentage with no number (增长%, 占%), with the value it should have when the figures
// around it tell.
import { toFixed, type Exact } from '../../money';
import type { Claim } from '../claims';
import { analyse, inWan, interval, pct, should } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-blank-rate',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '百分比缺少数字', 'en-US': 'A percentage without its number' },
    messages: { blank: { 'zh-CN': '百分比缺少数字{{should}}。', 'en-US': 'The percentage has no number{{shouldEn}}.' } },
  },
  check(ctx) {
    const a = analyse(ctx.read);
    for (const r of a.rates) {
      if (r.rate.value) continue;
      const e = r.zeroBase ? null : r.expected;
      ctx.report({ messageId: 'blank', data: should(e ? `${toFixed(e.value, 2)}%` : null), offset: r.rate.offset, quote: r.rate.quote, expected: e ? toFixed(e.value, 2) : null });
    }
    for (const s of a.shares) {
      if (s.share.value) continue;
      // A part of a breakdown whose whole is known (stated elsewhere): the share is of that whole,
      // at the value the whole leaves the part when the part itself is shown wrong.
      const part = a.elsewhere.find((x) => s.numerator && x.parts.includes(s.numerator));
      const d = s.candidates.find((x) => x.how !== 'guess') ?? null;
      const n = s.numerator;
      const wan = (v: Exact, c: Claim) => inWan([v, c]);
      const e = part && n ? pct(part.blame === n && part.expected ? [wan(part.expected, n), wan(part.expected, n)] : [wan(interval(n)[0], n), wan(interval(n)[1], n)], [wan(interval(part.whole)[0], part.whole), wan(interval(part.whole)[1], part.whole)], 2) : d && n ? pct(n, d.claim, 2) : null;
      ctx.report({ messageId: 'blank', data: should(e ? `${toFixed(e.value, 2)}%` : null), offset: s.share.offset, quote: s.share.quote, expected: e ? toFixed(e.value, 2) : null });
    }
  },
};
