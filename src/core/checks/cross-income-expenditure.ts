// Income against expenditure by classification code: each code's 合计 in the 部门收入总表 equals its
// 合计 in the 部门支出总表 (a budget spends, code by code, what it receives for that code). Compared
// only when both tables are coded and nothing is carried forward to next year (结转下年 blank or
// zero on the summary); a code in one table only is reported against zero.
import { checkPair } from './compare';
import { noCarryForward, rowsByCode } from './sources';
import { tableOf } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'cross-income-expenditure',
    family: 'cross-table',
    description: { 'zh-CN': '部门收入总表与部门支出总表按科目编码一致', 'en-US': 'Income and expenditure tables agree code by code' },
    messages: {
      mismatch: {
        'zh-CN': '部门收入总表 {{code}}“{{label}}”合计为 {{actual}}，比部门支出总表的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Income table {{code}} "{{label}}" totals {{actual}}, {{gap}} {{over}} than the expenditure table\'s {{expected}}.',
      },
      onlyExpenditure: {
        'zh-CN': '部门支出总表 {{code}}“{{label}}”为 {{actual}}，部门收入总表没有该科目。',
        'en-US': 'Expenditure table {{code}} "{{label}}" is {{actual}}, but the income table has no such code.',
      },
    },
  },
  check(ctx) {
    const income = tableOf(ctx.model, 'income');
    const expenditure = tableOf(ctx.model, 'expenditure');
    if (!income || !expenditure || !noCarryForward(ctx.model)) return;
    const inc = rowsByCode(income);
    const exp = rowsByCode(expenditure);
    if (inc.size === 0 || exp.size === 0) return;
    for (const [code, row] of inc) {
      const a = row.amounts[0];
      if (!a) continue;
      const other = exp.get(code)?.amounts[0] ?? null;
      checkPair(ctx, { sheet: income.sheet, unit: income.unit, actual: a, expected: { amount: other, sheet: expenditure.sheet, unit: expenditure.unit }, messageId: 'mismatch', data: { code, label: row.label } });
    }
    for (const [code, row] of exp) {
      const a = row.amounts[0];
      if (inc.has(code) || !a) continue;
      checkPair(ctx, { sheet: expenditure.sheet, unit: expenditure.unit, actual: a, expected: { amount: null, sheet: income.sheet, unit: income.unit }, messageId: 'onlyExpenditure', data: { code, label: row.label } });
    }
  },
};
