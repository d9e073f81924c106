// The summary table's 支出 by 类 equals the 类 rows of 部门支出总表.
import { checkPair } from './compare';
import { isZero, toPlain, toAmountText } from '../money';
import { byClass, className, sideOf, tableOf } from './tables';
import { normalize } from '../model/text';
import { NATURE_LINE } from './sources';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'cross-summary-classes',
    family: 'cross-table',
    description: { 'zh-CN': '收支总表支出各类与部门支出总表一致', 'en-US': 'Summary expenditure by class matches the expenditure table' },
    messages: {
      mismatch: {
        'zh-CN': '收支总表“{{label}}”为 {{actual}}，比部门支出总表的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the expenditure table\'s {{expected}}.',
      },
      missing: {
        'zh-CN': '收支总表列有“{{label}}” {{actual}}，部门支出总表中没有该类。',
        'en-US': 'The summary lists "{{label}}" ({{actual}}) but the expenditure table has no such class.',
      },
    },
  },
  check(ctx) {
    const summary = tableOf(ctx.model, 'summary');
    const expenditure = tableOf(ctx.model, 'expenditure');
    const side = summary ? sideOf(summary, 'expenditure') : null;
    if (!summary || !expenditure || !side) return;
    const classes = expenditure.blocks[0].rows.filter((r) => r.level === 1 && r.role === 'item' && r.unit === undefined);
    if (classes.length === 0) return;
    for (const row of side.rows) {
      if (row.role !== 'item' || row.ofWhich || !row.label || NATURE_LINE.test(normalize(row.label)) || !byClass(side, row)) continue;
      const a = row.amounts[0];
      if (!a || a.value === null) continue;
      const match = classes.find((c) => className(c.label) === className(row.label));
      if (!match) {
        if (!isZero(a.value)) ctx.report({ messageId: 'missing', data: { label: row.label, actual: toAmountText(a.value) }, sheet: summary.sheet, cell: a.cell, related: [], expected: null, actual: toPlain(a.value) });
        continue;
      }
      checkPair(ctx, {
        sheet: summary.sheet,
        unit: summary.unit,
        actual: a,
        expected: { amount: match.amounts[0], sheet: expenditure.sheet, unit: expenditure.unit },
        messageId: 'mismatch',
        data: { label: row.label },
      });
    }
  },
};
