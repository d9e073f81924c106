// Reading the model the way the rules need it: which columns sum into which, the top-level
// rows, rows by code, the named figures of the summary and "三公" tables.
import type { TableKind } from '../model/kinds';
import { normalize } from '../model/text';
import type { Amount, Block, Breakdown, Column, Row, Table, WorkbookModel } from '../model/types';

/** Every coded row of the tables that carry a classification scheme, with its table. */
export function* codedRows(model: WorkbookModel): Generator<{ table: Table; row: Row; code: string; scheme: NonNullable<Table['codeScheme']> }> {
  for (const table of model.tables) {
    const scheme = table.codeScheme;
    if (!scheme) continue;
    for (const block of table.blocks) for (const row of block.rows) if (row.code) yield { table, row, code: row.code, scheme };
  }
}

export function tablesOf(model: WorkbookModel, kind: TableKind): Table[] {
  return model.tables.filter((t) => t.kind === kind);
}

export function tableOf(model: WorkbookModel, kind: TableKind): Table | null {
  return model.tables.find((t) => t.kind === kind) ?? null;
}

const leaf = (c: Column) => normalize(c.path[c.path.length - 1] ?? '');

const COMPARISON = new WeakMap<Column, boolean>();

/** A column of last year's figures, a change or a rate: not part of this year's sums. */
export function isComparisonColumn(c: Column): boolean {
  // Asked by most rules for every column of every block: answered once per column.
  let yes = COMPARISON.get(c);
  if (yes === undefined) {
    yes = c.comparison === true || /上年(?!结转|结余)|增减|增长|变动|%|百分比|比重|占比/.test(normalize(c.path.join('/')));
    COMPARISON.set(c, yes);
  }
  return yes;
}

export function isTotalColumn(c: Column): boolean {
  return /^((本年)?(收入|支出))?(合计|小计|总计)$/.test(leaf(c));
}

const COLUMN_SUMS = new WeakMap<Block, readonly { readonly total: number; readonly parts: readonly number[] }[]>();

/**
 * For every 合计/小计 column, the columns it sums, read from the header structure: the other
 * columns under the same parent; a sibling group that has its own 小计 counts through it.
 */
export function columnSums(block: Block): readonly { readonly total: number; readonly parts: readonly number[] }[] {
  let sums = COLUMN_SUMS.get(block);
  if (!sums) {
    sums = columnSumsUncached(block);
    COLUMN_SUMS.set(block, sums);
  }
  return sums;
}

function columnSumsUncached(block: Block): { total: number; parts: number[] }[] {
  const cols = block.columns;
  const out: { total: number; parts: number[] }[] = [];
  cols.forEach((c, i) => {
    if (!isTotalColumn(c) || isComparisonColumn(c)) return;
    const parent = c.path.slice(0, -1).join('/');
    const depth = c.path.length - 1;
    const parts: number[] = [];
    const seenGroups = new Set<string>();
    cols.forEach((o, j) => {
      // The amount reserved for small and medium enterprises (政府采购预算表) is a part of the
      // total's parts, never one more part of the total.
      if (j === i || isComparisonColumn(o) || /中小企业|小微企业/.test(leaf(o))) return;
      if (o.path.slice(0, depth).join('/') !== parent || o.path.length <= depth) return;
      const group = o.path[depth];
      if (o.path.length === depth + 1) {
        parts.push(j);
        return;
      }
      // A deeper group: its 小计 if it has one, else its leaves.
      if (seenGroups.has(group)) return;
      seenGroups.add(group);
      const members = cols.map((m, k) => [m, k] as const).filter(([m]) => m.path.length > depth + 1 && m.path[depth] === group && m.path.slice(0, depth).join('/') === parent);
      const sub = members.find(([m]) => isTotalColumn(m) && m.path.length === depth + 2);
      if (sub) parts.push(sub[1]);
      else parts.push(...members.map(([, k]) => k));
    });
    if (parts.length > 0) out.push({ total: i, parts });
  });
  return out;
}

/** Index of the value column whose path matches. */
export function columnIndex(block: Block, test: RegExp): number {
  return block.columns.findIndex((c) => !isComparisonColumn(c) && test.test(normalize(c.path.join('/'))));
}

/** Rows that make up the table's 合计: 类 rows when coded, else outline-1 rows, else level-1 rows. */
export function topLevelRows(block: Block): Row[] {
  const items = block.rows.filter((r) => r.role === 'item' && !r.ofWhich);
  if (items.some((r) => r.level === 1 && r.code)) return items.filter((r) => r.level === 1 && r.code);
  if (items.some((r) => r.outline === 1)) return items.filter((r) => r.outline === 1);
  if (items.some((r) => r.level === 1)) return items.filter((r) => r.level === 1);
  return items.filter((r) => r.outline === null);
}

export function totalRow(block: Block): Row | null {
  return block.rows.find((r) => r.role === 'total') ?? null;
}

export function amountAt(row: Row | null | undefined, col: number): Amount | null {
  if (!row || col < 0) return null;
  return row.amounts[col] ?? null;
}

/** A block's amounts in one column, with a cell for each (blank cells included). */
export function columnAmounts(rows: readonly Row[], col: number): Amount[] {
  return rows.map((r) => r.amounts[col]).filter((a): a is Amount => !!a);
}

export function labelIs(row: Row, re: RegExp): boolean {
  return re.test(normalize(row.label));
}

/**
 * A side of a summary table. Where the 支出 side is printed as several breakdowns of the same
 * total (by 功能分类 beside 经济分类 or 基本/项目), the one by 功能分类 (or the first).
 */
export function sideOf(table: Table, side: 'income' | 'expenditure'): Block | null {
  const blocks = sidesOf(table, side);
  return blocks.find((b) => b.breakdown === undefined || b.breakdown === 'function') ?? blocks[0] ?? null;
}

/** Every block of a side: several where the side is printed as breakdowns side by side. */
export function sidesOf(table: Table, side: 'income' | 'expenditure'): Block[] {
  return table.blocks.filter((b) => b.side === side);
}

/** The breakdown a summary line belongs to: its own (stacked breakdowns), else its block's. */
export function breakdownOf(block: Block, row: Row): Breakdown | undefined {
  return row.breakdown ?? block.breakdown;
}

/** A summary line that names a 功能分类 类 (not a line of a breakdown by 经济分类 or by 基本/项目). */
export function byClass(block: Block, row: Row): boolean {
  const b = breakdownOf(block, row);
  return b === undefined || b === 'function';
}

/**
 * The lines of a summary side that make up its 本年合计: the 一、 lines; else the unnumbered
 * ones; else, where every line is numbered under a heading 一、本年收入 (（一）… or 1. …), the
 * lines of the outermost numbering left. Lines of a part (其中, a carry-over's sources) are not.
 */
export function summaryItems(rows: readonly Row[]): Row[] {
  const items = rows.filter((r) => r.role === 'item' && !r.ofWhich);
  if (items.some((r) => r.outline === 1)) return items.filter((r) => r.outline === 1);
  if (items.length === 0 || items.some((r) => r.outline === null)) return items.filter((r) => r.outline === null);
  const top = Math.min(...items.map((r) => r.outline!));
  return items.filter((r) => r.outline === top);
}

// ---- 人员经费 / 公用经费 ----------------------------------------------------------------------

export type BasicPart = 'personnel' | 'public';

const PART_COLUMN: Record<BasicPart, RegExp> = { personnel: /人员经费$/, public: /公用经费$/ };
/** The part's own line in a 基本支出表 with one amount column: a heading (人员经费) or its 合计/小计. */
const PART_LINE: Record<BasicPart, RegExp> = { personnel: /^人员(经费|支出)(合计|小计)?$/, public: /^(日常)?公用(经费|支出)(合计|小计)?$/ };

/** The part's line in a table read that way (marked a subtotal by the reader), or null. */
export function basicPartRow(block: Block, part: BasicPart): Row | null {
  return block.rows.find((r) => r.role === 'subtotal' && !r.code && PART_LINE[part].test(normalize(r.label))) ?? null;
}

/**
 * 人员经费 or 公用经费 of a 基本支出 table: its column's figure on the 合计 row, else, where the
 * table has one amount column and the parts are lines over their classes, the part's line.
 */
export function basicPartAmount(table: Table, part: BasicPart): Amount | null {
  const block = table.blocks[0];
  if (!block) return null;
  const col = columnIndex(block, PART_COLUMN[part]);
  if (col >= 0) return amountAt(totalRow(block), col);
  // A heading without an amount gives no figure (its classes' sum is no printed figure).
  const line = basicPartRow(block, part)?.amounts[0] ?? null;
  return line?.value ? line : null;
}

/** The rows under a part's line, up to the next line that is no item (the other part, the 合计). */
export function basicPartRows(block: Block, part: BasicPart): Row[] {
  const head = basicPartRow(block, part);
  if (!head) return [];
  const from = block.rows.indexOf(head) + 1;
  const end = block.rows.findIndex((r, i) => i >= from && r.role !== 'item');
  return block.rows.slice(from, end < 0 ? undefined : end);
}

/** Normalised 类 name for matching across tables ("一、一般公共服务支出" ~ "一般公共服务支出"). */
export function className(label: string): string {
  return normalize(label).replace(/\(类\)$/, '').replace(/支出$/, '');
}

// ---- "三公" ---------------------------------------------------------------------------------

export interface ThreePublicPeriod {
  /** The column (vertical layout) or row (across layout) the figures come from. */
  readonly label: string;
  readonly prior: boolean;
  readonly total: Amount | null;
  readonly abroad: Amount | null;
  readonly vehicle: Amount | null;
  readonly purchase: Amount | null;
  readonly operation: Amount | null;
  readonly reception: Amount | null;
  readonly running: Amount | null;
}

const ITEM_PATTERNS: [keyof Omit<ThreePublicPeriod, 'label' | 'prior'>, RegExp][] = [
  ['abroad', /因公出国/],
  // 公务用车费 is the same line under its short name (其中：公务用车购置费, 公务用车运行维护费).
  ['vehicle', /公务用车购置及运行(维护)?费(用)?$|公务用车购置及运行(维护)?费\/小计$|^公务用车费(用)?$/],
  ['purchase', /购置费$|公务用车购置$/],
  ['operation', /运行(维护)?费$/],
  ['reception', /公务接待/],
  ['running', /机关运行经费/],
  ['total', /合计$|三公经费$|三公经费预算数$/],
];

function itemOf(text: string): keyof Omit<ThreePublicPeriod, 'label' | 'prior'> | null {
  const n = normalize(text);
  for (const [k, re] of ITEM_PATTERNS) if (re.test(n)) return k;
  return null;
}

/** The figures of a "三公" table, laid out across one row per period or down one column per period. */
export function threePublicPeriods(table: Table): ThreePublicPeriod[] {
  const block = table.blocks[0];
  if (!block) return [];
  const empty = { total: null, abroad: null, vehicle: null, purchase: null, operation: null, reception: null, running: null };
  const colItems = block.columns.map((c) => itemOf(c.path.join('/')));
  if (colItems.filter(Boolean).length >= 3) {
    // Across: columns are items; each row a period, or each group of columns headed by a
    // period (2024年预算数 | 2025年预算数, 预算数 | 决算数) on one row.
    // The 决算数 of a final-accounts table comes before its 预算数.
    const groups = [...new Set(block.columns.map((c) => (c.path.length >= 2 ? c.path[0] : '')))].sort((a, b) => Number(/决算/.test(b)) - Number(/决算/.test(a)));
    const periodGroups = groups.length >= 2 && groups.every((g) => /(19|20)\d{2}|上年|本年|预算数|决算数|执行数/.test(normalize(g)));
    if (periodGroups) {
      return block.rows.flatMap((r) =>
        groups.map((g) => {
          const p: Record<string, Amount | null> = { ...empty };
          colItems.forEach((k, i) => {
            if (k && !p[k] && block.columns[i].path[0] === g) p[k] = r.amounts[i] ?? null;
          });
          return { label: r.label ? `${r.label}/${g}` : g, prior: isPriorLabel(g, table.year), ...p } as unknown as ThreePublicPeriod;
        }),
      );
    }
    // A row of rates (增减率（%）) is no period: rates do not add up.
    return block.rows.filter((r) => !isRateLabel(r.label) && r.role !== 'count').map((r) => {
      const p: Record<string, Amount | null> = { ...empty };
      colItems.forEach((k, i) => {
        if (k && !p[k]) p[k] = r.amounts[i] ?? null;
      });
      return { label: r.label, prior: isPriorLabel(r.label, table.year), ...p } as unknown as ThreePublicPeriod;
    });
  }
  // Down: rows are items, each column a period. A rate column (增减率, %) is no period: rates
  // do not add up.
  return block.columns.flatMap((c, i) => {
    if (isRateLabel(c.path.join('/'))) return [];
    const p: Record<string, Amount | null> = { ...empty };
    for (const r of block.rows) {
      if (r.role === 'count') continue;
      const k = r.role === 'total' ? 'total' : itemOf(r.label);
      if (k && !p[k]) p[k] = r.amounts[i] ?? null;
    }
    const label = c.path.join('/');
    return [{ label, prior: isPriorLabel(label, table.year), ...p } as unknown as ThreePublicPeriod];
  });
}

/** A change in per cent (增减率, 增长%, 增减幅度): not an amount that adds up. */
function isRateLabel(label: string): boolean {
  return /率|%|百分比|幅度/.test(normalize(label));
}

/** A period of last year: 上年, or a year before the table's. */
export function isPriorLabel(label: string, tableYear: number | null): boolean {
  const year = /((?:19|20)\d{2})/.exec(label);
  return /上年/.test(label) || (year !== null && tableYear !== null && Number(year[1]) < tableYear);
}

/**
 * A column of last year's figures (上年预算数, 2024年预算数 in a 2025 table), not a change, a
 * share or a carry-over: the first whose header passes `test`. -1 when there is none.
 */
export function lastYearColumn(table: Table, block: Block, test: RegExp = /./): number {
  return block.columns.findIndex((c) => {
    const path = normalize(c.path.join('/'));
    return isPriorLabel(path, table.year) && !/增减|增长|变动|%|百分比|比重|占比|结转|结余/.test(path) && test.test(path);
  });
}

/** The column of a 机关运行经费 table holding this year's figure (or last year's); −1 when there is none. */
export function runningCostsColumn(table: Table, prior = false): number {
  const block = table.blocks[0];
  if (!block) return -1;
  if (prior) return lastYearColumn(table, block);
  const named = block.columns.findIndex((c) => /机关运行经费/.test(c.path.join('/')) && !isPriorLabel(normalize(c.path.join('/')), table.year));
  return named >= 0 ? named : 0;
}

/**
 * The 机关运行经费 of a table of its own (机关运行经费预算表): its total row, else the row named
 * 机关运行经费, else its only row; this year's column headed 机关运行经费 if there is one, else the
 * first (this year's columns are read first); with `prior`, last year's column, or null.
 */
export function runningCostsFigure(table: Table, prior = false): Amount | null {
  const block = table.blocks[0];
  if (!block) return null;
  const col = runningCostsColumn(table, prior);
  if (col < 0) return null;
  const items = block.rows.filter((r) => r.role === 'item');
  const row = block.rows.find((r) => r.role === 'total') ?? items.find((r) => /机关运行经费/.test(r.label)) ?? (items.length === 1 ? items[0] : undefined);
  const a = row?.amounts[col] ?? null;
  return a && a.value !== null ? a : null;
}
