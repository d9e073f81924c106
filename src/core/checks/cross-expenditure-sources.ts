// Expenditure by fund source: when every income is the year's 财政拨款 (the summary lists no 事业收入,
// 其他收入 or carry-over), each code's 合计, 基本支出 and 项目支出 in the 部门支出总表 equal the sum of
// the same code's figures in the 一般公共预算, 政府性基金 and 国有资本经营 支出表 (a missing code counts
// as zero). With other income the 部门支出总表 is larger by it, and nothing is compared.
import { checkSumAcross, type AcrossPart } from './compare';
import type { Row, Table } from '../model/types';
import { allFiscal, natureColumns, rowsByCode, sourceTables } from './sources';
import { tableOf, totalRow } from './tables';
import type { Rule } from './types';

const NATURES = ['total', 'basic', 'project'] as const;
const NATURE_NAMES = { total: ['合计', 'total'], basic: ['基本支出', 'basic'], project: ['项目支出', 'project'] } as const;

export const rule: Rule = {
  meta: {
    id: 'cross-expenditure-sources',
    family: 'cross-table',
    description: { 'zh-CN': '部门支出总表等于各财政拨款支出表之和（收入全部为财政拨款时）', 'en-US': 'The expenditure table equals the sum of the fiscal source tables (when all income is fiscal)' },
    messages: {
      mismatch: {
        'zh-CN': '部门支出总表“{{label}}”的{{column}}为 {{actual}}，比一般公共预算、政府性基金、国有资本经营预算支出表之和 {{expected}} {{over}} {{gap}}（收入全部为财政拨款，两者应相等）。',
        'en-US': 'Expenditure table "{{label}}", {{columnEn}}: {{actual}}, {{gap}} {{over}} than the sum of the general, fund and state capital tables ({{expected}}); all income is fiscal, so the two must agree.',
      },
    },
  },
  check(ctx) {
    const expenditure = tableOf(ctx.model, 'expenditure');
    if (!expenditure || allFiscal(ctx.model) !== true) return;
    const { tables, complete } = sourceTables(ctx.model);
    if (!complete || tables.length === 0) return;
    // Every source table must be coded (or empty) and have the columns compared.
    const sources = tables.filter(({ table }) => !table.empty);
    if (sources.some(({ table }) => rowsByCode(table).size === 0)) return;
    const mine = natureColumns(expenditure);
    const theirs = sources.map(({ table }) => ({ table, cols: natureColumns(table), rows: rowsByCode(table), total: totalRow(table.blocks[0]) }));
    const partsFor = (nature: (typeof NATURES)[number], pick: (t: (typeof theirs)[number]) => Row | null | undefined): AcrossPart[] | null => {
      const parts: AcrossPart[] = [];
      for (const t of theirs) {
        if (t.cols[nature] < 0) return null;
        const a = pick(t)?.amounts[t.cols[nature]];
        if (a) parts.push({ amount: a, sheet: t.table.sheet, unit: t.table.unit });
      }
      return parts;
    };
    const compare = (row: Row, pick: (t: (typeof theirs)[number]) => Row | null | undefined, e: Table) => {
      for (const nature of NATURES) {
        const col = mine[nature];
        const a = col >= 0 ? row.amounts[col] : null;
        const parts = a ? partsFor(nature, pick) : null;
        if (!a || !parts) continue;
        checkSumAcross(ctx, { sheet: e.sheet, unit: e.unit, total: a, parts, messageId: 'mismatch', data: { label: row.label || row.code || row.cell, column: NATURE_NAMES[nature][0], columnEn: NATURE_NAMES[nature][1] } });
      }
    };
    for (const row of expenditure.blocks[0].rows) {
      if (row.role === 'item' && row.code && row.unit === undefined) compare(row, (t) => t.rows.get(row.code!), expenditure);
      else if (row.role === 'total') compare(row, (t) => t.total, expenditure);
    }
  },
};
