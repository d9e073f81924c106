// What the drafter reads from the tables beyond the shared facts: the
// 功能分类 items down to 项 with their class path, the economic classes of 基本支出,
// the project list, the projects of the 项目支出绩效目标表, the procurement budget by kind with
// the share reserved for small and medium enterprises, last year's columns, and how an absent or
// empty table is to be spoken of. Figures are in 万元 like the facts, with their source cells.
import { columnIndex, lastYearColumn, sideOf, tableOf, tablesOf, totalRow } from '../checks/tables';
import { add, convert, isZero, ZERO, type MoneyUnit } from '../money';
import type { Amount, Row, Table, WorkbookModel } from '../model/types';
import { parseA1 } from '../grid';
import { KIND_NAMES, titleCore, type TableKind } from '../model/kinds';
import { normalize } from '../model/text';
import type { Fig } from './facts';

export function figOf(table: Table | null, a: Amount | null | undefined): Fig | null {
  if (!table || !a) return null;
  const unit: MoneyUnit = table.unit ?? '万元';
  return { value: convert(a.value ?? ZERO, unit, '万元'), sources: [a.cell.includes('!') ? a.cell : `${table.sheet}!${a.cell}`] };
}

export interface FunctionItem {
  readonly code: string;
  /** 类, 款, 项 names from the class down (the class name as written in the table). */
  readonly path: readonly { code: string; name: string }[];
  readonly fig: Fig;
  /**
   * Last year's figure from the table's own 上年 column (2024年预算数 beside 2025年预算数), a blank
   * cell there counting as zero (上年无此项预算); undefined when the table has no such column.
   */
  readonly lastYear?: Fig;
}

/** Last year's total column of the 一般公共预算支出表: not its 基本/项目/人员/公用 split. */
export const GENERAL_LAST_YEAR_TOTAL = /^(?!.*(基本|项目|人员|公用)).*$/;

/** The deepest coded rows of the 一般公共预算支出 table (项, or 款/类 where the table stops). */
export function functionItems(model: WorkbookModel): FunctionItem[] {
  const t = tableOf(model, 'general-expenditure');
  const b = t?.blocks[0];
  // The table's own last-year column; its 增减额/增减率 columns are not read: the change is
  // recomputed from the two years, so a table whose printed change is wrong does not carry it
  // into the text.
  const lastCol = t && b ? lastYearColumn(t, b, GENERAL_LAST_YEAR_TOTAL) : -1;
  const rows = (b?.rows ?? []).filter((r) => r.role === 'item' && r.code && /^\d{3}(\d{2}){0,2}$/.test(r.code));
  const byCode = new Map(rows.map((r) => [r.code!, r]));
  const out: FunctionItem[] = [];
  for (const r of rows) {
    const code = r.code!;
    if (rows.some((o) => o.code!.length > code.length && o.code!.startsWith(code))) continue;
    const fig = figOf(t, r.amounts[0]);
    if (!fig) continue;
    const path = [3, 5, 7]
      .filter((n) => n <= code.length)
      .map((n) => byCode.get(code.slice(0, n)))
      .filter((x): x is Row => !!x)
      .map((x) => ({ code: x.code!, name: x.label }));
    const lastYear = lastCol >= 0 ? figOf(t, r.amounts[lastCol]) ?? { value: ZERO, sources: [] } : undefined;
    out.push({ code, path, fig, ...(lastYear ? { lastYear } : {}) });
  }
  return out;
}

/** The economic classes (301, 302 … or 501 …) of the 一般公共预算基本支出 table. */
export function basicClasses(model: WorkbookModel): { name: string; fig: Fig }[] {
  const t = tableOf(model, 'general-basic');
  return (t?.blocks[0]?.rows ?? [])
    .filter((r) => r.role === 'item' && r.level === 1)
    .map((r) => ({ name: r.label, fig: figOf(t, r.amounts[0]) }))
    .filter((x): x is { name: string; fig: Fig } => !!x.fig);
}

/** The projects of the 项目支出表, with their 一般公共预算 amount where the table splits by source. */
export function projects(model: WorkbookModel): { name: string; fig: Fig }[] {
  const t = tableOf(model, 'project-expenditure');
  const b = t?.blocks[0];
  if (!t || !b) return [];
  // The 一般公共预算 column; without one, the total only when no other source has a column.
  const general = columnIndex(b, /一般公共预算/);
  if (general < 0 && columnIndex(b, /政府性基金|国有资本|财政专户|事业收入|经营收入|其他收入|上年结转/) >= 0) return [];
  const col = general >= 0 ? general : 0;
  return b.rows
    // Classification rows (类/款/项 codes) group the projects; they are not projects.
    .filter((r) => r.role === 'item' && !r.ofWhich && !(r.code && /^\d{3}(\d{2}){0,2}$/.test(r.code)) && normalize(r.label) !== '')
    .map((r) => ({ name: r.label, fig: figOf(t, r.amounts[col]) }))
    .filter((x): x is { name: string; fig: Fig } => !!x.fig && !isZero(x.fig.value));
}

export interface Procurement {
  readonly total: Fig;
  readonly goods: Fig | null;
  readonly works: Fig | null;
  readonly services: Fig | null;
  /** The amount reserved for small and medium enterprises (面向中小企业预留), where the table states it. */
  readonly sme: Fig | null;
}

/** The 政府采购预算表's total and its 货物/工程/服务 columns. */
export function procurement(model: WorkbookModel): Procurement | null {
  const t = tableOf(model, 'procurement');
  const b = t?.blocks[0];
  if (!t || !b) return null;
  const total = totalRow(b);
  if (!total) return t.empty ? { total: { value: ZERO, sources: [] }, goods: null, works: null, services: null, sme: null } : null;
  const at = (re: RegExp) => {
    const i = columnIndex(b, re);
    return i >= 0 ? figOf(t, total.amounts[i]) ?? { value: ZERO, sources: [] } : null;
  };
  const sumCol = columnIndex(b, /合计$/);
  const sum = at(/合计$/) ?? figOf(t, total.amounts[0]);
  if (!sum) return null;
  // The reserved share: a column (面向中小企业预留, 中小企业预留金额) on the total row, or a line of
  // its own (其中：面向中小企业预留) read in the total's column.
  const smeRow = b.rows.find((r) => r !== total && /中小企业|小微企业/.test(normalize(r.label)));
  const sme = at(/中小企业/) ?? (smeRow ? figOf(t, smeRow.amounts[sumCol >= 0 ? sumCol : 0]) : null);
  return { total: sum, goods: at(/货物(?!.*中小企业)/), works: at(/工程(?!.*中小企业)/), services: at(/服务(?!.*中小企业)/), sme };
}

/** How the workbook speaks of a table: absent, empty (with its title), or holding figures. */
export function tableState(model: WorkbookModel, kind: TableKind): { state: 'absent' } | { state: 'empty'; title: string } | { state: 'present' } {
  const t = tableOf(model, kind);
  if (!t) return { state: 'absent' };
  if (t.empty) return { state: 'empty', title: tableName(t) };
  return { state: 'present' };
}

/** A table's title without numbering, unit name and year, for "…为空表"; the kind's name when the title is not a table's. */
function tableName(t: Table): string {
  const core = titleCore(t.title).replace(/\(/g, '（').replace(/\)/g, '）').replace(/(?<!“)三公(?!”)/, '“三公”');
  return `《${/表$/.test(core) ? core : KIND_NAMES[t.kind].zh}》`;
}

export interface PerformanceTargets {
  /** Each project once, in the table's order; `fig` null when the table gives it no amount. */
  readonly projects: readonly { name: string; fig: Fig | null }[];
  /** The table's total row, else the sum of the projects when every one has an amount. */
  readonly total: Fig | null;
  /** The table's title for "…为空表" when it is published empty, else null. */
  readonly emptyTitle: string | null;
}

/**
 * The projects of the 项目支出绩效目标表. One project spans as many rows as it has indicators
 * (一级/二级/三级指标, 指标值): its name and amount stand on the first (merged cells fill the
 * others), and a row with no name goes on with the project above. The amount column is the one
 * headed 预算金额/资金总额/项目金额 (…), else the first amount column. A table printed as one form
 * per project (the model's `layout: 'forms'`) gives each project with its 年度资金总额. Null
 * without the table.
 */
export function performanceTargets(model: WorkbookModel): PerformanceTargets | null {
  // The department's overall targets (部门整体支出绩效目标表) share the kind but list no projects.
  const all = tablesOf(model, 'project-performance').filter((x) => !/整体/.test(x.title));
  const t = all[0] ?? null;
  if (!t) return null;
  // One form per project: each row is a project, and a title repeated over each form makes one
  // table per form, all of them the list.
  if (t.layout === 'forms') {
    const out = all.filter((x) => x.layout === 'forms').flatMap((x) => x.blocks[0].rows.map((r) => ({ name: r.label, fig: r.amounts[0]?.value != null ? figOf(x, r.amounts[0]) : null })));
    return { projects: out, total: sumOf(out), emptyTitle: null };
  }
  const b = t.blocks[0];
  const emptyTitle = t.empty ? tableName(t) : null;
  if (!b) return { projects: [], total: null, emptyTitle };
  const named = columnIndex(b, /资金总额|预算金额|项目金额|预算数|资金|金额|合计/);
  const col = named >= 0 ? named : 0;
  const out: { name: string; fig: Fig | null }[] = [];
  let totalFig: Fig | null = null;
  // The project's name stands where the rows that carry an amount (each project's first row)
  // have their label: the first label column, or the 项目名称 column after a 单位名称 one where the
  // table lists each unit's projects. A row whose label the reader took from another column (an
  // indicator, when the name cell is blank) goes on with the project above.
  const colOf = (r: Row) => parseA1(r.cell.replace(/^.*!/, ''))?.col ?? -1;
  const withAmount = b.rows.filter((r) => r.role === 'item' && r.amounts[col]?.value != null).map(colOf);
  const nameColumn = withAmount.length ? mostFrequent(withAmount) : b.labelColumns[0];
  for (const r of b.rows) {
    const name = colOf(r) === nameColumn ? normalize(r.label) : '';
    if (r.role !== 'item') {
      if (r.role === 'total') totalFig = figOf(t, r.amounts[col]);
      continue;
    }
    const a = r.amounts[col];
    const amount = a && a.value !== null ? figOf(t, a) : null;
    const last = out[out.length - 1];
    if (last && (name === '' || r.label === last.name)) {
      if (!last.fig && amount) out[out.length - 1] = { ...last, fig: amount };
      continue;
    }
    if (name === '') continue;
    out.push({ name: r.label, fig: amount });
  }
  return { projects: out, total: totalFig ?? sumOf(out), emptyTitle };
}

/** The sum of the projects' amounts when every project has one. */
function sumOf(projects: readonly { fig: Fig | null }[]): Fig | null {
  return projects.every((x) => x.fig) && projects.length ? { value: projects.reduce((acc, x) => add(acc, x.fig!.value), ZERO), sources: projects.flatMap((x) => x.fig!.sources) } : null;
}

function mostFrequent(xs: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/**
 * Last year's figure on a table's total row, from its 上年 column (docs/layouts.md: this year's
 * columns are read first, last year's after), the first whose header passes `test`.
 */
export function lastYearTotal(model: WorkbookModel, kind: TableKind, test?: RegExp): Fig | null {
  const t = tableOf(model, kind);
  const b = t?.blocks[0];
  if (!t || !b) return null;
  const col = lastYearColumn(t, b, test);
  const total = totalRow(b);
  return col >= 0 && total ? figOf(t, total.amounts[col]) : null;
}

/** Last year's income by source, from the 上年 column of the summary table's 收入 side (label → figure). */
export function lastYearIncome(model: WorkbookModel): Map<string, Fig> {
  const t = tableOf(model, 'summary');
  const side = t ? sideOf(t, 'income') : null;
  const out = new Map<string, Fig>();
  if (!t || !side) return out;
  const col = lastYearColumn(t, side);
  if (col < 0) return out;
  for (const r of side.rows) {
    const f = r.role === 'item' ? figOf(t, r.amounts[col]) : null;
    if (f && !out.has(normalize(r.label))) out.set(normalize(r.label), f);
  }
  return out;
}

/** Last year's 收入总计 from the 上年 column of the summary table's 收入 side. */
export function lastYearIncomeTotal(model: WorkbookModel): Fig | null {
  const t = tableOf(model, 'summary');
  const side = t ? sideOf(t, 'income') : null;
  if (!t || !side) return null;
  const col = lastYearColumn(t, side);
  const row = side.rows.find((r) => r.role === 'grand-total') ?? side.rows.find((r) => r.role === 'current-total');
  return col >= 0 && row ? figOf(t, row.amounts[col]) : null;
}
