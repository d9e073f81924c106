// With last year's workbook too: a change that the two years' tables do not give.
import { abs, eq, exact, lte, sub, toFixed, toPlain } from '../../money';
import { analyse, currentOf } from '../analysis';
import { bindings, readings } from '../bind';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-prior-mismatch',
    family: 'tables',
    severity: 'error',
    description: { 'zh-CN': '增减额与两年表格不一致', 'en-US': 'A change the two years’ tables do not give' },
    messages: { mismatch: { 'zh-CN': '“{{label}}”的增减额与两年表格不一致：应为 {{expected}}（{{cells}}）。', 'en-US': 'The change of "{{label}}" disagrees with the two years\' tables: {{expected}} ({{cellsEn}}).' } },
  },
  check(ctx) {
    if (!ctx.model || !ctx.prior) return;
    const tolerance = ctx.tolerance ?? exact('0.01');
    const b = bindings(ctx.read, ctx.model, ctx.prior, tolerance);
    if (!b.prior) return;
    const index = analyse(ctx.read).index;
    for (const c of ctx.read.claims) {
      if (c.kind !== 'change' || !c.value || c.unit !== '万元') continue;
      const current = currentOf(index, c);
      if (!current) continue;
      const now = b.amounts.get(current);
      // Only a subject the sentence names: a heading's reading is not sure enough for an error.
      if (!now?.matches || now.how !== 'named') continue;
      const before = readings(ctx.read, b.prior, current);
      if (before.length === 0 || !before.every((g) => eq(g.value, before[0].value))) continue;
      // The reading of last year is the one that matched this year.
      const expected = abs(sub(now.fig.value, before[0].value));
      if (lte(abs(sub(c.value, expected)), tolerance)) continue;
      ctx.report({ messageId: 'mismatch', data: { label: current.label, expected: `${toFixed(expected, 2)}万元`, cells: [...now.fig.sources, ...before[0].sources].join('、'), cellsEn: [...now.fig.sources, ...before[0].sources].join(', ') }, offset: c.offset, quote: c.quote, expected: toFixed(expected, 2), actual: toPlain(c.value) });
    }
  },
};
