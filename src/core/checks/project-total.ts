// The 项目支出表 against the 项目支出 totals: its 合计 equals the 项目支出 合计 of the table it
// details (the 部门支出总表, or the source's own table when the title names 一般公共预算, 政府性基金
// or 国有资本经营), and each source column the 项目支出 合计 of that source's table. Without a 合计
// row, the projects themselves are summed.
import { checkPair, checkSumAcross } from './compare';
import { normalize } from '../model/text';
import type { Amount, Table } from '../model/types';
import { isZero } from '../money';
import { allFiscal, FISCAL_SOURCES, natureColumns, SOURCE_TABLE, sourceColumns, sourceOf, sourceTables, totalAt, type FiscalSource, type Source } from './sources';
import { tableOf, totalRow } from './tables';
import type { Rule, RuleContext } from './types';

function compare(ctx: RuleContext, project: Table, col: number, scope: Table): void {
  const block = project.blocks[0];
  const b = totalAt(scope, natureColumns(scope).project);
  if (!b && !scope.empty) return;
  const data = { column: block.columns[col].path.join('/'), other: scope.title };
  const tr = totalRow(block);
  const a = tr?.amounts[col];
  if (tr) {
    if (a) checkPair(ctx, { sheet: project.sheet, unit: project.unit, actual: a, expected: { amount: b, sheet: scope.sheet, unit: scope.unit }, messageId: 'total', data });
    return;
  }
  if (!b) return;
  const parts = block.rows.filter((r) => r.role === 'item' && !r.ofWhich).map((r) => r.amounts[col]).filter((x): x is Amount => !!x);
  checkSumAcross(ctx, { sheet: scope.sheet, unit: scope.unit, total: b, parts: parts.map((amount) => ({ amount, sheet: project.sheet, unit: project.unit })), messageId: 'projects', data });
}

/**
 * Whether a project table's 合计 is all 项目支出: it has no source columns, or one of non-fiscal
 * income, or all income is fiscal and it has a column for every source with projects.
 */
function coversAll(ctx: RuleContext, sources: readonly Source[]): boolean {
  const named = sources.filter((s) => s !== 'total' && s !== 'carry');
  if (named.length === 0 || named.some((s) => !(FISCAL_SOURCES as readonly string[]).includes(s))) return true;
  const { tables, complete } = sourceTables(ctx.model);
  if (!complete || allFiscal(ctx.model) !== true) return false;
  return tables.every(({ source, table }) => named.includes(source) || table.empty || !totalAt(table, natureColumns(table).project)?.value || isZero(totalAt(table, natureColumns(table).project)!.value!));
}

export const rule: Rule = {
  meta: {
    id: 'project-total',
    family: 'cross-table',
    description: { 'zh-CN': '项目支出表合计与各表项目支出合计一致', 'en-US': 'The project table matches the project expenditure totals' },
    messages: {
      total: {
        'zh-CN': '项目支出表“{{column}}”合计为 {{actual}}，比“{{other}}”项目支出合计 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Project table "{{column}}" totals {{actual}}, {{gap}} {{over}} than the project expenditure of "{{other}}" ({{expected}}).',
      },
      projects: {
        'zh-CN': '“{{other}}”项目支出合计为 {{actual}}，比项目支出表各项目“{{column}}”之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '"{{other}}" has {{actual}} of project expenditure, {{gap}} {{over}} than the sum of the projects\' "{{column}}" ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const project of ctx.model.tables) {
      if (project.kind !== 'project-expenditure' || !project.blocks[0]) continue;
      const named = sourceOf(project.title);
      const own = named && (FISCAL_SOURCES as readonly string[]).includes(named) ? tableOf(ctx.model, SOURCE_TABLE[named as FiscalSource]) : named ? null : tableOf(ctx.model, 'expenditure');
      const columns = sourceColumns(project.blocks[0]);
      const totalCol = project.blocks[0].columns.findIndex((c) => /^(合计|小计|总计)$/.test(normalize(c.path[c.path.length - 1] ?? '')));
      if (own && totalCol >= 0 && (named || coversAll(ctx, columns.map((c) => c.source)))) compare(ctx, project, totalCol, own);
      if (named) continue; // a table of one source: its source columns are that source's parts
      for (const { index, source } of columns) {
        if (!(FISCAL_SOURCES as readonly string[]).includes(source)) continue;
        const t = tableOf(ctx.model, SOURCE_TABLE[source as FiscalSource]);
        if (t) compare(ctx, project, index, t);
      }
    }
  },
};
