// Fund sources (资金来源) as tables name them, the table that holds each fiscal source's spending,
// rows by code, and the conditions under which a cross-table identity holds (all income is the
// year's 财政拨款; all 基本支出 is 一般公共预算).
import { convert, eq, isZero, type MoneyUnit } from '../money';
import type { TableKind } from '../model/kinds';
import { normalize } from '../model/text';
import type { Amount, Block, Row, Table, WorkbookModel } from '../model/types';
import { columnIndex, isComparisonColumn, sideOf, tableOf, totalRow } from './tables';

export type Source = 'general' | 'fund' | 'capital' | 'fiscal' | 'special' | 'business' | 'operating' | 'superior' | 'affiliate' | 'other' | 'carry' | 'total';

/** The fund source a column header or an income line names, or null. */
export function sourceOf(text: string): Source | null {
  const n = normalize(text);
  if (/^((本年)?(收入|支出))?(合计|小计|总计)$/.test(n)) return 'total';
  if (/结转|结余/.test(n)) return 'carry';
  if (/一般公共预算/.test(n)) return 'general';
  if (/政府性基金/.test(n)) return 'fund';
  if (/国有资本经营/.test(n)) return 'capital';
  if (/财政拨款/.test(n)) return 'fiscal';
  if (/事业单位经营|经营收入/.test(n)) return 'operating';
  if (/事业收入/.test(n)) return 'business';
  if (/财政专户/.test(n)) return 'special';
  if (/上级补助/.test(n)) return 'superior';
  if (/附属单位/.test(n)) return 'affiliate';
  if (/其他收入/.test(n)) return 'other';
  return null;
}

/**
 * The source of a column: its last header text; a 合计/小计 under a source's heading is that
 * source's. A column under a carry-over heading (上年结转/一般公共预算) is carry-over, and a split
 * under a source (一般公共预算/基本支出) names no source of its own.
 */
export function columnSource(path: readonly string[]): Source | null {
  if (path.some((p) => sourceOf(p) === 'carry')) return 'carry';
  const leaf = sourceOf(path[path.length - 1] ?? '');
  if (leaf === 'total' && path.length >= 2) {
    const parent = sourceOf(path[path.length - 2]);
    if (parent && parent !== 'total') return parent;
  }
  return leaf;
}

/** Whether a column sits under a fund-source heading (一般公共预算/基本支出). */
export function underSource(path: readonly string[]): boolean {
  return path.slice(0, -1).some((p) => {
    const s = sourceOf(p);
    return s !== null && s !== 'total';
  });
}

/** The table of each fiscal source's spending by 功能分类. */
export const SOURCE_TABLE: Readonly<Record<'general' | 'fund' | 'capital', TableKind>> = {
  general: 'general-expenditure',
  fund: 'fund-expenditure',
  capital: 'state-capital-expenditure',
};
export const FISCAL_SOURCES = ['general', 'fund', 'capital'] as const;
export type FiscalSource = (typeof FISCAL_SOURCES)[number];

export const SOURCE_NAMES: Readonly<Record<FiscalSource, { zh: string; en: string }>> = {
  general: { zh: '一般公共预算', en: 'general public budget' },
  fund: { zh: '政府性基金', en: 'government funds' },
  capital: { zh: '国有资本经营', en: 'state capital' },
};

/** Coded item rows of a table's first block by code (the first row of a repeated code). */
export function rowsByCode(table: Table): Map<string, Row> {
  const out = new Map<string, Row>();
  // A unit's rows carry the unit's figures, not the department's: no row by code stands for them.
  for (const r of table.blocks[0]?.rows ?? []) if (r.code && r.role === 'item' && r.unit === undefined && !out.has(r.code)) out.set(r.code, r);
  return out;
}

/** Value columns of a block whose header names a fund source. */
export function sourceColumns(block: Block): { index: number; source: Source }[] {
  const out: { index: number; source: Source }[] = [];
  block.columns.forEach((c, index) => {
    if (isComparisonColumn(c)) return;
    const source = columnSource(c.path);
    if (source) out.push({ index, source });
  });
  return out;
}

const BASIC = /基本支出(\/小计)?$/;
const PROJECT = /项目支出(\/小计)?$/;

/** The 合计, 基本支出 and 项目支出 columns of a 功能分类 expenditure table (-1 when absent). */
export function natureColumns(table: Table): { total: number; basic: number; project: number } {
  const b = table.blocks[0];
  if (!b) return { total: -1, basic: -1, project: -1 };
  const total = b.columns.findIndex((c) => !isComparisonColumn(c) && /^((本年)?(收入|支出))?(合计|小计|总计)$/.test(normalize(c.path[c.path.length - 1] ?? '')) && c.path.length <= 2);
  return { total: total >= 0 ? total : 0, basic: columnIndex(b, BASIC), project: columnIndex(b, PROJECT) };
}

/** A figure of the 合计 row of a table (first block), by column index. */
export function totalAt(table: Table | null, col: number): Amount | null {
  if (!table || col < 0) return null;
  return totalRow(table.blocks[0])?.amounts[col] ?? null;
}

/**
 * Expenditure lines by nature rather than by 类, in templates that split the 支出 side that way
 * too (checked by cross-summary-split, skipped by the by-类 rules).
 */
export const NATURE_LINE = /^(基本支出|项目支出|人员(经费|支出|经费支出)|(日常)?公用(经费|支出|经费支出)|事业单位经营支出|上缴上级支出|对附属单位补助支出)$/;

const FISCAL_LINE = /财政拨款|一般公共预算|政府性基金|国有资本经营/;

/**
 * Whether every income of the year is 财政拨款 with nothing carried over: the summary's income
 * lines (else the income table's source columns) other than 财政拨款 are all blank or zero.
 * Null when neither table says.
 */
export function allFiscal(model: WorkbookModel): boolean | null {
  const summary = tableOf(model, 'summary');
  const side = summary ? sideOf(summary, 'income') : null;
  if (side) {
    for (const r of side.rows) {
      if (r.role !== 'item' && r.role !== 'carry') continue;
      const v = r.amounts[0]?.value;
      if (v && !isZero(v) && !FISCAL_LINE.test(normalize(r.label))) return false;
    }
    return true;
  }
  const income = tableOf(model, 'income');
  const block = income?.blocks[0];
  const tr = block ? totalRow(block) : null;
  if (!block || !tr) return null;
  for (const { index, source } of sourceColumns(block)) {
    if (source === 'total' || source === 'general' || source === 'fund' || source === 'capital' || source === 'fiscal') continue;
    const v = tr.amounts[index]?.value;
    if (v && !isZero(v)) return false;
  }
  return true;
}

/** Nothing is carried over to next year: the summary's 结转下年 lines are blank or zero. */
export function noCarryForward(model: WorkbookModel): boolean {
  const summary = tableOf(model, 'summary');
  const side = summary ? sideOf(summary, 'expenditure') : null;
  return !side || side.rows.filter((r) => r.role === 'carry').every((r) => !r.amounts[0]?.value || isZero(r.amounts[0].value));
}

/** Nothing is carried over from last year: the summary's 上年结转 lines are blank or zero. */
export function noCarryOver(model: WorkbookModel): boolean {
  const summary = tableOf(model, 'summary');
  const side = summary ? sideOf(summary, 'income') : null;
  return !side || side.rows.filter((r) => r.role === 'carry').every((r) => !r.amounts[0]?.value || isZero(r.amounts[0].value));
}

function same(a: Amount | null, ua: MoneyUnit | null, b: Amount | null, ub: MoneyUnit | null): boolean {
  if (!a?.value || !b?.value) return false;
  return eq(convert(a.value, ua ?? '元', '元'), convert(b.value, ub ?? '元', '元'));
}

/**
 * Whether every 基本支出 is 一般公共预算: the 部门支出总表's 基本支出 合计 equals the 一般公共预算支出表's
 * (else 政府性基金, 事业收入 … pay part of it). False when either table or figure is missing.
 */
export function allBasicGeneral(model: WorkbookModel): boolean {
  const expenditure = tableOf(model, 'expenditure');
  const general = tableOf(model, 'general-expenditure');
  if (!expenditure || !general) return false;
  return same(totalAt(expenditure, natureColumns(expenditure).basic), expenditure.unit, totalAt(general, natureColumns(general).basic), general.unit);
}

/** The source tables by fiscal source, and whether a missing one is known to be zero. */
export function sourceTables(model: WorkbookModel): { tables: { source: FiscalSource; table: Table }[]; complete: boolean } {
  const tables: { source: FiscalSource; table: Table }[] = [];
  let complete = true;
  for (const source of FISCAL_SOURCES) {
    const table = tableOf(model, SOURCE_TABLE[source]);
    if (table) tables.push({ source, table });
    else if (!incomeIsZero(model, source)) complete = false;
  }
  return { tables, complete };
}

/** The summary (or fiscal summary) lists the source's income as blank or zero. */
function incomeIsZero(model: WorkbookModel, source: FiscalSource): boolean {
  for (const kind of ['fiscal-summary', 'summary'] as const) {
    const t = tableOf(model, kind);
    const side = t ? sideOf(t, 'income') : null;
    const row = side?.rows.find((r) => r.role === 'item' && sourceOf(r.label) === source);
    if (row) return !row.amounts[0]?.value || isZero(row.amounts[0].value);
  }
  return false;
}
