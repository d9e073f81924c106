// The whole budget's total is the same everywhere: 部门收入总表 合计 = 部门支出总表 合计 = the
// summary table's 本年收入合计 / 本年支出合计.
import { checkPair } from './compare';
import { isZero } from '../money';
import { sideOf, tableOf, totalRow } from './tables';
import type { Amount, Table } from '../model/types';
import type { Rule } from './types';

/** The first column of the 合计 row. */
export function tableTotal(t: Table | null): Amount | null {
  if (!t) return null;
  return totalRow(t.blocks[0])?.amounts[0] ?? null;
}

/** 本年收入合计 (or 本年支出合计); the 总计 when the template has no such line and no carry-over. */
export function summaryCurrent(t: Table | null, side: 'income' | 'expenditure'): Amount | null {
  const b = t ? sideOf(t, side) : null;
  if (!b) return null;
  const cur = b.rows.find((r) => r.role === 'current-total')?.amounts[0];
  if (cur) return cur;
  const carried = b.rows.filter((r) => r.role === 'carry').some((r) => r.amounts[0]?.value && !isZero(r.amounts[0].value));
  return carried ? null : b.rows.find((r) => r.role === 'grand-total')?.amounts[0] ?? null;
}

export const rule: Rule = {
  meta: {
    id: 'cross-totals',
    family: 'cross-table',
    description: { 'zh-CN': '收入总表、支出总表与收支总表的本年合计一致', 'en-US': 'Income, expenditure and summary tables agree on the year\'s total' },
    messages: {
      mismatch: {
        'zh-CN': '“{{table}}”合计为 {{actual}}，比“{{other}}”的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'The total of "{{table}}" is {{actual}}, {{gap}} {{over}} than the {{expected}} of "{{other}}".',
      },
    },
  },
  check(ctx) {
    const m = ctx.model;
    const summary = tableOf(m, 'summary');
    const income = tableOf(m, 'income');
    const expenditure = tableOf(m, 'expenditure');
    const pairs: [Table | null, Amount | null, Table | null, Amount | null][] = [
      [income, tableTotal(income), summary, summaryCurrent(summary, 'income')],
      [expenditure, tableTotal(expenditure), summary, summaryCurrent(summary, 'expenditure')],
      [expenditure, tableTotal(expenditure), income, tableTotal(income)],
    ];
    for (const [t, a, o, b] of pairs) {
      if (!t || !a || !o || !b) continue;
      checkPair(ctx, { sheet: t.sheet, unit: t.unit, actual: a, expected: { amount: b, sheet: o.sheet, unit: o.unit }, messageId: 'mismatch', data: { table: t.title, other: o.title } });
    }
  },
};
