// Tables split at a page break and continued further down or on the next sheet (exported PDFs
// turned into workbooks do this). Budget systems print the continuation in several ways: the
// title again with （续）/ 续表, a bare 续表 or 续表1 over the header, the same title with no 合计
// of its own, the header alone (a PDF page per sheet), or nothing at all: the rows simply go on
// at the top of the next page. A page may also drop a column that is blank on it, or show one the
// first page left out. Read as two tables, the rules would use the first part only; joined, the
// rows run on in order and each cell keeps its own sheet and address.
//
// A join must be safe: a wrong one adds rows to a total that does not cover them. So the parts
// must be of one kind, their columns are matched by their header text (never by position, except
// for a part with no header at all, which is read under the first part's header column by column),
// and without an explicit continuation mark the part may hold no code of the first part.
import { levelOfCode } from './rows';
import { normalize } from './text';
import type { Amount, Block, Column, ParseIssue, Row, Table } from './types';

const MARK = /^续表(\d+([-—.]\d+)?)?|\(续表?\)$|续表?$/;

/** The title says it continues a table: 一般公共预算支出表（续）, 续表 一般公共预算支出表, …续表. */
export function isContinuationTitle(title: string): boolean {
  return MARK.test(normalize(title));
}

/** A title that is only a continuation mark, naming no table: 续表, 续表1, （续表）, 续表2-1. */
export function isBareContinuationTitle(title: string): boolean {
  return /^\(?续表?\s*(\d+([-—.]\d+)?)?\)?[:：]?$/.test(normalize(title).replace(/\s/g, ''));
}

/** The title without its continuation mark. */
export function withoutContinuationMark(title: string): string {
  return normalize(title).replace(MARK, '');
}

/**
 * The header text of every column of a table, by column letter: what a part printed without a
 * header is read under. Kept beside the model (the model's blocks keep only the value columns).
 */
export const headerLayout = new WeakMap<Table, ReadonlyMap<string, readonly string[]>>();

/**
 * Rows of a split 类|款|项 layout that leave the 类 (and perhaps the 款) blank and had no row above
 * to take it from: the first rows of a continued part. Their codes come from the last coded row of
 * the part before, once the parts are joined.
 */
export const partialCodes = new WeakMap<Row, { readonly kuan: string; readonly xiang: string }>();

const hasTotal = (t: Table) => t.blocks.some((b) => b.rows.some((r) => r.role === 'total' || r.role === 'grand-total'));
const codesOf = (t: Table) => new Set(t.blocks.flatMap((b) => b.rows.map((r) => r.code)).filter((c): c is string => c !== null));

/** For each value column of the part, the host's column it continues, or -1 for a column the host has not. */
type ColumnMap = readonly number[];

/**
 * The part's columns matched to the host's by their header text: the whole path, else a last
 * header text that names one column on each side. Null where the two do not line up: a column
 * without a header, another first (this year's total) column, or columns both added and dropped
 * (another table's header, not a page that left a column out).
 */
function matchBlock(host: Block, part: Block): ColumnMap | null {
  if (host.side !== part.side || host.columns.length === 0 || part.columns.length === 0) return null;
  const key = (c: Column) => normalize(c.path.join('/'));
  const leaf = (c: Column) => normalize(c.path[c.path.length - 1] ?? '');
  const unique = (cols: readonly Column[], f: (c: Column) => string, v: string) => cols.filter((c) => f(c) === v).length === 1;
  const used = new Set<number>();
  const map: number[] = [];
  for (const c of part.columns) {
    if (c.path.length === 0) return null;
    let k = host.columns.findIndex((h, i) => !used.has(i) && key(h) === key(c));
    if (k < 0 && unique(host.columns, leaf, leaf(c)) && unique(part.columns, leaf, leaf(c))) k = host.columns.findIndex((h, i) => !used.has(i) && leaf(h) === leaf(c));
    if (k >= 0) used.add(k);
    map.push(k);
  }
  const added = map.some((k) => k < 0);
  const dropped = used.size < host.columns.length;
  if (map[0] !== 0 || (added && dropped)) return null;
  return map;
}

function matchColumns(host: Table, t: Table): ColumnMap[] | null {
  if (host.blocks.length !== t.blocks.length) return null;
  const maps = host.blocks.map((b, i) => matchBlock(b, t.blocks[i]));
  return maps.every((m): m is ColumnMap => m !== null) ? maps : null;
}

/** The part's columns, matched, or null where `t` does not continue `host`. */
function continues(host: Table, t: Table): ColumnMap[] | null {
  if (host.kind !== t.kind || host.detectedBy === 'header') return null;
  if (host.unit && t.unit && host.unit !== t.unit) return null;
  const maps = matchColumns(host, t);
  if (!maps) return null;
  // Rows of a coded table go on with codes: a part whose items have none is laid out otherwise.
  const items = t.blocks.flatMap((b) => b.rows.filter((r) => r.role === 'item'));
  if (codesOf(host).size > 0 && items.length > 0 && items.every((r) => r.code === null && !partialCodes.has(r))) return null;
  if (t.detectedBy === 'title' && isContinuationTitle(t.title)) return maps;
  // Without a mark: a continuation only where not both parts have a total and no code comes twice
  // (two tables of one name each list their own 201 …).
  if (hasTotal(host) && hasTotal(t)) return null;
  if (t.empty) return null;
  const codes = codesOf(host);
  if (t.blocks.some((b) => b.rows.some((r) => r.code !== null && codes.has(r.code)))) return null;
  if (t.detectedBy === 'title') {
    // The same title again, where exactly one part has the total.
    return withoutContinuationMark(host.title) === withoutContinuationMark(t.title) && hasTotal(host) !== hasTotal(t) ? maps : null;
  }
  // No title on the part (the header alone, or the rows alone): rows of a classification, or the
  // total line alone that the last page holds.
  if (t.detectedBy === 'override') return null;
  const coded = items.some((r) => r.code !== null || partialCodes.has(r));
  return coded || (items.length === 0 && !hasTotal(host)) ? maps : null;
}

/** Whether `t`, read right after `host`, continues it (same kind, columns that line up, …). */
export function isContinuationOf(host: Table, t: Table): boolean {
  return continues(host, t) !== null;
}

/** Where a cell of `table`'s sheet is: its own sheet for a continued part's `Sheet2!C5`. */
export function placeOf(sheet: string, cell: string): { sheet: string; cell: string } {
  const bang = cell.lastIndexOf('!');
  return bang > 0 ? { sheet: cell.slice(0, bang), cell: cell.slice(bang + 1) } : { sheet, cell };
}

const qualify = (sheet: string, cell: string) => (cell.includes('!') ? cell : `${sheet}!${cell}`);

function moveRow(row: Row, sheet: string): Row {
  return {
    ...row,
    cell: qualify(sheet, row.cell),
    amounts: row.amounts.map((a): Amount | null => (a ? { ...a, cell: qualify(sheet, a.cell) } : null)),
  };
}

/**
 * The part's leading rows that left 类 (or 类 and 款) blank get the codes of the host's last coded
 * row, as the rows under it would inside one table.
 */
function carryCodes(host: Block, rows: readonly Row[]): Row[] {
  let lei = '';
  let kuan = '';
  const take = (code: string) => {
    lei = code.slice(0, 3);
    kuan = code.length >= 5 ? code.slice(3, 5) : '';
  };
  for (const r of host.rows) if (r.code && !r.unit) take(r.code);
  return rows.map((r) => {
    const partial = r.code === null ? partialCodes.get(r) : undefined;
    if (r.code) take(r.code);
    if (!partial || !lei) return r;
    const k = partial.kuan || kuan;
    if (!k) return r;
    const code = lei + k + partial.xiang;
    if (!/^\d{3}(\d{2}){1,2}$/.test(code)) return r;
    take(code);
    return { ...r, code, level: levelOfCode(code) };
  });
}

/** A part's block with its columns in the host's order (and the host's missing ones after them). */
function joinBlock(host: Block, part: Block, map: ColumnMap, move: (r: Row) => Row): Block {
  const added = part.columns.filter((_, i) => map[i] < 0);
  const columns = [...host.columns, ...added];
  const slot = part.columns.map((_, i) => (map[i] >= 0 ? map[i] : host.columns.length + added.indexOf(part.columns[i])));
  const widen = (r: Row): Row => (added.length === 0 ? r : { ...r, amounts: [...r.amounts, ...added.map(() => null)] });
  const place = (r: Row): Row => {
    const amounts: (Amount | null)[] = columns.map(() => null);
    r.amounts.forEach((a, i) => (amounts[slot[i]] = a));
    return { ...r, amounts };
  };
  const identity = added.length === 0 && map.every((k, i) => k === i) && map.length === host.columns.length;
  const rows = carryCodes(host, part.rows).map((r) => move(identity ? r : place(r)));
  return { ...host, columns, rows: [...host.rows.map(widen), ...rows] };
}

/**
 * Joins `t` to `host` when it continues it; null otherwise. Rows of a part on another sheet get
 * sheet-qualified addresses (`Sheet2!C5`); the part's own 未标明单位 issue goes, since the unit
 * line is the first part's.
 */
export function joinContinuation(host: Table, t: Table, issues: ParseIssue[]): Table | null {
  const maps = continues(host, t);
  if (!maps) return null;
  const other = t.sheet !== host.sheet;
  const move = (r: Row) => (other ? moveRow(r, t.sheet) : r);
  const at = (cell: string | null) => (cell && other ? qualify(t.sheet, cell) : cell);
  const first = { sheet: host.sheet, title: host.title, titleCell: host.titleCell, range: host.range, headerRows: host.headerRows, unitCell: host.unitCell };
  const joined: Table = {
    ...host,
    blocks: host.blocks.map((b, i) => joinBlock(b, t.blocks[i], maps[i], move)),
    unit: host.unit ?? t.unit,
    unitCell: host.unitCell ?? at(t.unitCell),
    empty: host.empty && t.empty,
    note: host.note ?? (t.note ? { ...t.note, cell: at(t.note.cell)! } : null),
    parts: [...(host.parts ?? [first]), { sheet: t.sheet, title: t.title, titleCell: t.titleCell, range: t.range, headerRows: t.headerRows, unitCell: t.unitCell }],
  };
  const layout = headerLayout.get(host);
  if (layout) headerLayout.set(joined, layout);
  if (joined.unit) {
    for (const part of [host, t]) {
      const k = issues.findIndex((i) => i.code === 'no-unit' && i.sheet === part.sheet && i.cell === part.titleCell);
      if (k >= 0) issues.splice(k, 1);
    }
  }
  return joined;
}

/** Joins each continuation to the table just before it (see `joinContinuation`). */
export function joinContinuations(tables: readonly Table[], issues: ParseIssue[]): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const host = out[out.length - 1];
    const joined = host ? joinContinuation(host, t, issues) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(t);
  }
  return out;
}
