// The summary's expenditure by nature — 基本支出 (人员经费, 公用经费) and 项目支出, in templates that
// split the 支出 side that way — equals the 部门支出总表's 基本支出 and 项目支出 合计. Its 人员经费 and
// 公用经费 equal the 一般公共预算基本支出表's only when every 基本支出 is 一般公共预算 (the 部门支出总表
// and the 一般公共预算支出表 agree on 基本支出); otherwise other funds add to the summary's figures
// and the pair is not compared.
import { checkPair } from './compare';
import { normalize } from '../model/text';
import { allBasicGeneral, natureColumns, totalAt } from './sources';
import { basicPartAmount, sidesOf, tableOf } from './tables';
import type { Rule } from './types';

const NATURE: [RegExp, 'basic' | 'project' | 'personnel' | 'public'][] = [
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^人员(经费|支出|经费支出)$/, 'personnel'],
  [/^(日常)?公用(经费|支出|经费支出)$/, 'public'],
];

export const rule: Rule = {
  meta: {
    id: 'cross-summary-split',
    family: 'cross-table',
    description: { 'zh-CN': '收支总表按支出性质列示的基本支出、人员经费、公用经费、项目支出与明细表一致', 'en-US': 'The summary\'s basic, personnel, public and project expenditure match the detail tables' },
    messages: {
      nature: {
        'zh-CN': '收支总表“{{label}}”为 {{actual}}，比部门支出总表{{label}}合计 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the expenditure table\'s total ({{expected}}).',
      },
      basic: {
        'zh-CN': '收支总表“{{label}}”为 {{actual}}，比一般公共预算基本支出表的 {{expected}} {{over}} {{gap}}（基本支出全部为一般公共预算，两者应相等）。',
        'en-US': 'Summary "{{label}}" is {{actual}}, {{gap}} {{over}} than the basic expenditure table\'s {{expected}}; all basic expenditure is general public budget, so the two must agree.',
      },
    },
  },
  check(ctx) {
    const summary = tableOf(ctx.model, 'summary');
    // Side by side with other breakdowns, the lines by nature are a block of their own.
    const sides = summary ? sidesOf(summary, 'expenditure') : [];
    if (!summary || sides.length === 0) return;
    const expenditure = tableOf(ctx.model, 'expenditure');
    const basicTable = tableOf(ctx.model, 'general-basic');
    const splitHolds = allBasicGeneral(ctx.model);
    for (const row of sides.flatMap((b) => b.rows)) {
      if (row.role !== 'item') continue;
      const nature = NATURE.find(([re]) => re.test(normalize(row.label)))?.[1];
      const a = row.amounts[0];
      if (!nature || !a) continue;
      if (nature === 'basic' || nature === 'project') {
        if (!expenditure) continue;
        const cols = natureColumns(expenditure);
        const b = totalAt(expenditure, nature === 'basic' ? cols.basic : cols.project);
        if (!b) continue;
        checkPair(ctx, { sheet: summary.sheet, unit: summary.unit, actual: a, expected: { amount: b, sheet: expenditure.sheet, unit: expenditure.unit }, messageId: 'nature', data: { label: row.label } });
        continue;
      }
      if (!basicTable || !splitHolds) continue;
      const b = basicPartAmount(basicTable, nature);
      if (!b) continue;
      checkPair(ctx, { sheet: summary.sheet, unit: summary.unit, actual: a, expected: { amount: b, sheet: basicTable.sheet, unit: basicTable.unit }, messageId: 'basic', data: { label: row.label } });
    }
  },
};
