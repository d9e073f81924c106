// The 支出经济分类汇总表 against the 功能分类 tables. Its 合计 row: each fund-source column equals
// that source's table 合计 (一般公共预算支出表, 政府性基金预算支出表, 国有资本经营预算支出表); a
// 基本支出 / 项目支出 column equals the 部门支出总表's (or, for a table of 一般公共预算 only, the
// 一般公共预算支出表's); its 合计 column the 部门支出总表 合计 when the table covers every source
// (it has a column of non-fiscal income, or all income is fiscal). Row by code, where it splits
// 基本支出 and every 基本支出 is 一般公共预算, its 基本支出 column equals the 一般公共预算基本支出表
// (same economic scheme only).
import { checkPair } from './compare';
import { isZero, toPlain, toAmountText } from '../money';
import { normalize } from '../model/text';
import type { Amount, Table } from '../model/types';
import { allBasicGeneral, allFiscal, FISCAL_SOURCES, natureColumns, rowsByCode, SOURCE_TABLE, sourceColumns, sourceOf, totalAt, underSource, type FiscalSource } from './sources';
import { isComparisonColumn, tableOf, totalRow } from './tables';
import type { Block } from '../model/types';
import type { Rule } from './types';

const BASIC = /(^|\/)基本支出(\/小计|\/合计)?$/;
const PROJECT = /(^|\/)项目支出(\/小计|\/合计)?$/;

/** A 基本支出 / 项目支出 column of the whole table, or (general) of its 一般公共预算 group. */
function natureColumn(block: Block, re: RegExp, general: boolean): number {
  return block.columns.findIndex((c) => {
    if (isComparisonColumn(c) || !re.test(normalize(c.path.join('/')))) return false;
    return general ? c.path.slice(0, -1).some((p) => sourceOf(p) === 'general') : !underSource(c.path);
  });
}

export const rule: Rule = {
  meta: {
    id: 'cross-economic',
    family: 'cross-table',
    description: { 'zh-CN': '支出经济分类汇总表与功能分类各表、基本支出表一致', 'en-US': 'The economic classification summary matches the functional tables and the basic expenditure table' },
    messages: {
      total: {
        'zh-CN': '支出经济分类汇总表“{{column}}”合计为 {{actual}}，比“{{other}}”的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Economic summary "{{column}}" totals {{actual}}, {{gap}} {{over}} than the {{expected}} of "{{other}}".',
      },
      basicByCode: {
        'zh-CN': '支出经济分类汇总表 {{code}}“{{label}}”的基本支出为 {{actual}}，比一般公共预算基本支出表的 {{expected}} {{over}} {{gap}}（基本支出全部为一般公共预算，两者应相等）。',
        'en-US': 'Economic summary {{code}} "{{label}}", basic: {{actual}}, {{gap}} {{over}} than the basic expenditure table\'s {{expected}}; all basic expenditure is general public budget, so the two must agree.',
      },
      missing: {
        'zh-CN': '一般公共预算基本支出表 {{code}}“{{label}}”为 {{actual}}，支出经济分类汇总表没有该科目。',
        'en-US': 'Basic expenditure table {{code}} "{{label}}" is {{actual}}, but the economic summary has no such code.',
      },
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const economic of m.tables) {
      if (economic.kind !== 'economic') continue;
      const block = economic.blocks[0];
      const tr = block ? totalRow(block) : null;
      if (!block || !tr) continue;
      const title = normalize(economic.title);
      const generalOnly = /一般公共预算/.test(title);
      const fiscalOnly = !generalOnly && /财政拨款/.test(title);
      const pair = (col: number, other: Table | null, b: Amount | null) => {
        const a = tr.amounts[col];
        if (!a || !other || (!b && !other.empty)) return;
        checkPair(ctx, { sheet: economic.sheet, unit: economic.unit, actual: a, expected: { amount: b, sheet: other.sheet, unit: other.unit }, messageId: 'total', data: { column: block.columns[col].path.join('/'), other: other.title } });
      };
      const columns = sourceColumns(block);
      for (const { index, source } of columns) {
        if (!(FISCAL_SOURCES as readonly string[]).includes(source)) continue;
        const other = tableOf(m, SOURCE_TABLE[source as FiscalSource]);
        pair(index, other, other ? totalAt(other, 0) : null);
      }
      // The whole: the 部门支出总表 (or the 一般公共预算支出表 for a table of that source only).
      const scope = generalOnly ? tableOf(m, 'general-expenditure') : fiscalOnly ? null : tableOf(m, 'expenditure');
      const coversAll = generalOnly || columns.some((c) => !['total', 'general', 'fund', 'capital', 'fiscal'].includes(c.source)) || allFiscal(m) === true;
      if (scope && coversAll) {
        const cols = natureColumns(scope);
        const totalCol = block.columns.findIndex((c) => c.path.length === 1 && /^(合计|总计)$/.test(normalize(c.path[0])));
        if (totalCol >= 0) pair(totalCol, scope, totalAt(scope, cols.total));
        const basicCol = natureColumn(block, BASIC, false);
        const projectCol = natureColumn(block, PROJECT, false);
        if (basicCol >= 0) pair(basicCol, scope, totalAt(scope, cols.basic));
        if (projectCol >= 0) pair(projectCol, scope, totalAt(scope, cols.project));
      }
      // 基本支出 by code against the 基本支出 table.
      const basicTable = tableOf(m, 'general-basic');
      // The whole's 基本支出 when every 基本支出 is 一般公共预算, else the 一般公共预算 group's own.
      const wholeBasic = natureColumn(block, BASIC, false);
      const basicCol = wholeBasic >= 0 && (generalOnly || allBasicGeneral(m)) ? wholeBasic : natureColumn(block, BASIC, true);
      if (!basicTable || basicCol < 0 || basicTable.codeScheme !== economic.codeScheme) continue;
      const theirs = rowsByCode(basicTable);
      if (theirs.size === 0) continue;
      const mine = rowsByCode(economic);
      for (const [code, row] of mine) {
        const a = row.amounts[basicCol];
        if (!a) continue;
        checkPair(ctx, { sheet: economic.sheet, unit: economic.unit, actual: a, expected: { amount: theirs.get(code)?.amounts[0] ?? null, sheet: basicTable.sheet, unit: basicTable.unit }, messageId: 'basicByCode', data: { code, label: row.label } });
      }
      for (const [code, row] of theirs) {
        const b = row.amounts[0];
        if (mine.has(code) || !b?.value || isZero(b.value)) continue;
        ctx.report({ messageId: 'missing', data: { code, label: row.label, actual: toAmountText(b.value) }, sheet: basicTable.sheet, cell: b.cell, related: [], expected: null, actual: toPlain(b.value) });
      }
    }
  },
};
