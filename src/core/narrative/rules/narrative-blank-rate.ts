// A percentage with no number (增长%, 占%), with the value it should have when the figures
// around it tell.
import { toFixed } from '../../money';
import { analyse, pct, should } from '../analysis';
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
      const d = s.candidates.find((x) => x.how !== 'guess') ?? null;
      const e = d && s.numerator ? pct(s.numerator, d.claim, 2) : null;
      ctx.report({ messageId: 'blank', data: should(e ? `${toFixed(e.value, 2)}%` : null), offset: s.share.offset, quote: s.share.quote, expected: e ? toFixed(e.value, 2) : null });
    }
  },
};
