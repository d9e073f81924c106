// With the workbook: an amount whose subject the sentence itself names (bind.ts: a code, a class,
// a total, a fund…) and that is not that cell's figure. A subject with several readings that
// disagree, or one that only a heading supplies, is not sure enough for an error: those are
// narrative-table-unsure's warnings.
import { exact, toFixed, toPlain } from '../../money';
import { inWan } from '../analysis';
import { bindings } from '../bind';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-table-mismatch',
    family: 'tables',
    severity: 'error',
    description: { 'zh-CN': '文中金额与表格不一致', 'en-US': 'A figure that is not the table’s' },
    messages: { mismatch: { 'zh-CN': '“{{label}}”与表格不一致：表中为 {{expected}}（{{cells}}）。', 'en-US': '"{{label}}" disagrees with the tables: {{expected}} there ({{cellsEn}}).' } },
  },
  check(ctx) {
    if (!ctx.model) return;
    const b = bindings(ctx.read, ctx.model, ctx.prior, ctx.tolerance ?? exact('0.01'));
    for (const x of b.amounts.values()) {
      if (x.matches || x.how !== 'named') continue;
      const c = x.claim;
      ctx.report({ messageId: 'mismatch', data: { label: c.label, expected: `${toFixed(x.fig.value, 2)}万元`, cells: x.fig.sources.join('、'), cellsEn: x.fig.sources.join(', ') }, offset: c.offset, quote: c.quote, expected: toFixed(x.fig.value, 2), actual: toPlain(inWan(c)) });
    }
  },
};
