// 财政拨款收支总表, 支出 side, by 类 and fund source: the 一般公共预算 column of a 类 line equals that
// 类's 合计 in the 一般公共预算支出表, the 政府性基金 column the 政府性基金预算支出表's, the 国有资本经营
// column the 国有资本经营预算支出表's (an empty table, or a 类 it lacks, counts as zero); the
// column's 本年支出合计 equals the table's 合计.
import { checkPair } from './compare';
import { isZero } from '../money';
import type { Amount, Row } from '../model/types';
import { normalize } from '../model/text';
import { columnSource, FISCAL_SOURCES, NATURE_LINE, SOURCE_NAMES, SOURCE_TABLE, totalAt, type FiscalSource } from './sources';
import { byClass, className, sideOf, tableOf, totalRow } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'cross-fiscal-classes',
    family: 'cross-table',
    description: { 'zh-CN': '财政拨款收支总表各类支出按资金来源与对应支出表一致', 'en-US': 'Fiscal summary expenditure by class and source matches the source tables' },
    messages: {
      mismatch: {
        'zh-CN': '财政拨款收支总表“{{label}}”的{{source}}为 {{actual}}，比“{{other}}”的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Fiscal summary "{{label}}", {{sourceEn}}: {{actual}}, {{gap}} {{over}} than the {{expected}} of "{{other}}".',
      },
    },
  },
  check(ctx) {
    const fiscal = tableOf(ctx.model, 'fiscal-summary');
    const side = fiscal ? sideOf(fiscal, 'expenditure') : null;
    if (!fiscal || !side) return;
    const current = side.rows.find((r) => r.role === 'current-total') ?? (side.rows.some((r) => r.role === 'carry' && r.amounts.some((a) => a?.value && !isZero(a.value))) ? null : side.rows.find((r) => r.role === 'grand-total'));
    side.columns.forEach((c, col) => {
      const source = columnSource(c.path);
      if (!source || !(FISCAL_SOURCES as readonly string[]).includes(source)) return;
      const other = tableOf(ctx.model, SOURCE_TABLE[source as FiscalSource]);
      if (!other) return;
      const classes = (other.blocks[0]?.rows ?? []).filter((r) => r.role === 'item' && r.level === 1 && r.code && r.unit === undefined);
      if (!other.empty && classes.length === 0) return; // a table without codes: its 类 are not known
      const names = SOURCE_NAMES[source as FiscalSource];
      const data = (row: Row) => ({ label: row.label, source: names.zh, sourceEn: names.en, other: other.title });
      const pair = (row: Row, a: Amount, b: Amount | null) =>
        checkPair(ctx, { sheet: fiscal.sheet, unit: fiscal.unit, actual: a, expected: { amount: b, sheet: other.sheet, unit: other.unit }, messageId: 'mismatch', data: data(row) });
      for (const row of side.rows) {
        if (row.role !== 'item' || row.ofWhich || !row.label || NATURE_LINE.test(normalize(row.label)) || !byClass(side, row)) continue;
        const a = row.amounts[col];
        if (!a) continue;
        const match = classes.find((k) => className(k.label) === className(row.label));
        pair(row, a, match?.amounts[0] ?? null);
      }
      const t = current?.amounts[col];
      if (current && t) pair(current, t, other.empty ? null : totalAt(other, 0) ?? totalRow(other.blocks[0])?.amounts[0] ?? null);
    });
  },
};
