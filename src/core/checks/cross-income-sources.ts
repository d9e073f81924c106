// Income by fund source, two ways. (1) The summary's income lines (一般公共预算拨款, 政府性基金,
// 事业收入, 上年结转 …) equal the 合计 of the matching source column of the 部门收入总表. (2) Row by
// classification code, the 部门收入总表's 一般公共预算 column equals the 一般公共预算支出表's 合计 for
// that code, and likewise 政府性基金 and 国有资本经营; a 财政拨款 column equals the sum of the three.
// (2) is compared only when nothing is carried over from last year: carried-over money may be
// spent through the source tables while the income table shows it in its own column.
import { checkPair, checkSumAcross, type AcrossPart } from './compare';
import type { Amount } from '../model/types';
import { FISCAL_SOURCES, noCarryOver, rowsByCode, SOURCE_NAMES, sourceColumns, sourceOf, sourceTables, type FiscalSource } from './sources';
import { sideOf, tableOf, totalRow } from './tables';
import type { Rule } from './types';

const FISCAL_NAMES = { zh: '财政拨款', en: 'fiscal appropriations' };

export const rule: Rule = {
  meta: {
    id: 'cross-income-sources',
    family: 'cross-table',
    description: { 'zh-CN': '收入按资金来源：收支总表收入各项、部门收入总表各来源栏与各支出表一致', 'en-US': 'Income by fund source agrees between the summary, the income table and the source tables' },
    messages: {
      summary: {
        'zh-CN': '收支总表“{{label}}”为 {{actual}}，比部门收入总表“{{column}}”合计 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the total of the income table\'s "{{column}}" ({{expected}}).',
      },
      byCode: {
        'zh-CN': '部门收入总表 {{code}}“{{label}}”的{{source}}为 {{actual}}，比对应支出表该科目合计 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Income table {{code}} "{{label}}", {{sourceEn}}: {{actual}}, {{gap}} {{over}} than the {{expected}} the source tables have for that code.',
      },
    },
  },
  check(ctx) {
    const income = tableOf(ctx.model, 'income');
    const block = income?.blocks[0];
    if (!income || !block) return;
    const columns = sourceColumns(block);
    const tr = totalRow(block);

    // (1) The summary's income lines against the income table's source columns.
    const summary = tableOf(ctx.model, 'summary');
    const side = summary ? sideOf(summary, 'income') : null;
    if (summary && side && tr) {
      for (const row of side.rows) {
        if ((row.role !== 'item' && row.role !== 'carry') || row.carryPart) continue;
        const source = sourceOf(row.label);
        const col = columns.find((c) => c.source === source && source !== 'total');
        const a = row.amounts[0];
        const b = col ? tr.amounts[col.index] : null;
        if (!col || !a || !b) continue;
        checkPair(ctx, { sheet: summary.sheet, unit: summary.unit, actual: a, expected: { amount: b, sheet: income.sheet, unit: income.unit }, messageId: 'summary', data: { label: row.label, column: block.columns[col.index].path.join('/') } });
      }
    }

    // (2) By code against the source tables.
    if (!noCarryOver(ctx.model)) return;
    const { tables, complete } = sourceTables(ctx.model);
    // A non-empty source table without codes cannot be matched by code.
    const usable = tables.filter(({ table }) => table.empty || rowsByCode(table).size > 0);
    const byCode = new Map(usable.map(({ source, table }) => [source, { table, rows: rowsByCode(table) }]));
    const partOf = (source: FiscalSource, code: string): AcrossPart[] => {
      const t = byCode.get(source);
      const r = t?.rows.get(code)?.amounts[0];
      return t && r ? [{ amount: r, sheet: t.table.sheet, unit: t.table.unit }] : [];
    };
    for (const row of block.rows) {
      if (row.role !== 'item' || !row.code || row.unit !== undefined) continue;
      for (const { index, source } of columns) {
        const a: Amount | null | undefined = row.amounts[index];
        if (!a) continue;
        const data = { code: row.code, label: row.label };
        if ((FISCAL_SOURCES as readonly string[]).includes(source)) {
          if (!byCode.has(source as FiscalSource)) continue;
          const names = SOURCE_NAMES[source as FiscalSource];
          checkSumAcross(ctx, { sheet: income.sheet, unit: income.unit, total: a, parts: partOf(source as FiscalSource, row.code), messageId: 'byCode', data: { ...data, source: names.zh, sourceEn: names.en } });
        } else if (source === 'fiscal') {
          if (!complete || usable.length !== tables.length) continue;
          const parts = FISCAL_SOURCES.flatMap((s) => partOf(s, row.code!));
          checkSumAcross(ctx, { sheet: income.sheet, unit: income.unit, total: a, parts, messageId: 'byCode', data: { ...data, source: FISCAL_NAMES.zh, sourceEn: FISCAL_NAMES.en } });
        }
      }
    }
  },
};
