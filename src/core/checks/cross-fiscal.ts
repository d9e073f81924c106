// 财政拨款收支总表 by source: its 一般公共预算 equals the 一般公共预算支出表 合计, its 政府性基金
// the 政府性基金预算支出表 合计, its 国有资本经营 the 国有资本经营预算支出表 合计 (an empty table
// counts as zero). The summary table's lines of the same sources equal the 财政拨款收支总表's.
import { checkPair } from './compare';
import { tableTotal } from './cross-totals';
import { sourceOf } from './sources';
import { labelIs, sideOf, tableOf } from './tables';
import { titleCore, type TableKind } from '../model/kinds';
import { isZero } from '../money';
import type { Row } from '../model/types';
import type { Rule } from './types';

const SOURCES: [RegExp, TableKind][] = [
  [/一般公共预算/, 'general-expenditure'],
  [/政府性基金/, 'fund-expenditure'],
  [/国有资本经营/, 'state-capital-expenditure'],
];

export const rule: Rule = {
  meta: {
    id: 'cross-fiscal',
    family: 'cross-table',
    description: { 'zh-CN': '财政拨款收支总表各资金来源与对应支出表合计一致', 'en-US': 'Fiscal appropriations by source match their expenditure tables' },
    messages: {
      mismatch: {
        'zh-CN': '财政拨款收支总表“{{label}}”为 {{actual}}，比“{{other}}”合计 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Fiscal summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the total of "{{other}}" ({{expected}}).',
      },
      summary: {
        'zh-CN': '收支总表“{{label}}”为 {{actual}}，比财政拨款收支总表的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the fiscal summary\'s {{expected}}.',
      },
    },
  },
  check(ctx) {
    const fiscal = tableOf(ctx.model, 'fiscal-summary');
    const income = fiscal ? sideOf(fiscal, 'income') : null;
    if (!fiscal || !income) return;
    for (const [re, kind] of SOURCES) {
      const other = tableOf(ctx.model, kind);
      const row = income.rows.find((r) => r.role === 'item' && !r.carryPart && labelIs(r, re));
      const a = row?.amounts[0];
      if (!other || !row || !a) continue;
      // A 财政拨款支出表 read as the 一般公共预算支出表 covers every fiscal source: compared with the
      // 一般公共预算 line only where the other sources are blank or zero.
      if (kind === 'general-expenditure' && /^(部门)?财政拨款/.test(titleCore(other.title)) && otherSourcesSpend(income.rows)) continue;
      const t = tableTotal(other);
      if (!t && !other.empty) continue;
      checkPair(ctx, {
        sheet: fiscal.sheet,
        unit: fiscal.unit,
        actual: a,
        expected: { amount: t, sheet: other.sheet, unit: other.unit },
        messageId: 'mismatch',
        data: { label: row.label, other: other.title },
      });
    }
    const summary = tableOf(ctx.model, 'summary');
    const lines = summary ? sideOf(summary, 'income') : null;
    if (!summary || !lines) return;
    for (const row of lines.rows) {
      const source = row.role === 'item' && !row.carryPart ? sourceOf(row.label) : null;
      if (source !== 'general' && source !== 'fund' && source !== 'capital') continue;
      const theirs = income.rows.find((r) => r.role === 'item' && !r.carryPart && sourceOf(r.label) === source)?.amounts[0];
      const a = row.amounts[0];
      if (!a || !theirs) continue;
      checkPair(ctx, { sheet: summary.sheet, unit: summary.unit, actual: a, expected: { amount: theirs, sheet: fiscal.sheet, unit: fiscal.unit }, messageId: 'summary', data: { label: row.label } });
    }
  },
};

/** The fiscal summary lists 政府性基金 or 国有资本经营 income that is not zero. */
function otherSourcesSpend(rows: readonly Row[]): boolean {
  return rows.some((r) => r.role === 'item' && !r.carryPart && (labelIs(r, /政府性基金/) || labelIs(r, /国有资本经营/)) && r.amounts[0]?.value && !isZero(r.amounts[0].value));
}
