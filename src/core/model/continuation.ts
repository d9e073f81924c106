// Tables split at a page break and continued further down or on the next sheet (exported PDFs
// turned into workbooks do this): the continuation repeats the header under a title ending in
// （续）/ 续表, or under the same title with no 合计 of its own. Read as two tables, the rules
// would use the first part only; joined, the rows run on in order and each cell keeps its own
// sheet and address.
import { normalize } from './text';
import type { Amount, Block, ParseIssue, Row, Table } from './types';

const MARK = /^续表(\d+([-—.]\d+)?)?|\(续表?\)$|续表?$/;

/** The title says it continues a table: 一般公共预算支出表（续）, 续表 一般公共预算支出表, …续表. */
export function isContinuationTitle(title: string): boolean {
  return MARK.test(normalize(title));
}

/** The title without its continuation mark. */
export function withoutContinuationMark(title: string): string {
  return normalize(title).replace(MARK, '');
}

const hasTotal = (t: Table) => t.blocks.some((b) => b.rows.some((r) => r.role === 'total' || r.role === 'grand-total'));

/** The blocks' sides and value columns named alike, so that the amounts line up. */
function sameHeader(a: Table, b: Table): boolean {
  if (a.blocks.length !== b.blocks.length) return false;
  const shape = (blk: Block) => `${blk.side}#${blk.labelColumns.length}#${blk.columns.map((c) => normalize(c.path.join('/'))).join('|')}`;
  return a.blocks.every((blk, i) => shape(blk) === shape(b.blocks[i]) && blk.columns.length > 0);
}

function continues(host: Table, t: Table): boolean {
  if (host.kind !== t.kind || t.detectedBy !== 'title' || host.detectedBy === 'header') return false;
  if (host.unit && t.unit && host.unit !== t.unit) return false;
  if (!sameHeader(host, t)) return false;
  if (isContinuationTitle(t.title)) return true;
  // The same title again: a continuation only where one of the two parts has the total and no
  // code comes twice (two tables of one name each list their own 201 …).
  if (withoutContinuationMark(host.title) !== withoutContinuationMark(t.title) || hasTotal(host) === hasTotal(t) || t.empty) return false;
  const codes = new Set(host.blocks.flatMap((b) => b.rows.map((r) => r.code)).filter((c) => c !== null));
  return !t.blocks.some((b) => b.rows.some((r) => r.code !== null && codes.has(r.code)));
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
 * Joins each continuation to the table just before it (same kind, same header). Rows of a part on
 * another sheet get sheet-qualified addresses (`Sheet2!C5`); the part's own 未标明单位 issue goes,
 * since the unit line is the first part's.
 */
export function joinContinuations(tables: readonly Table[], issues: ParseIssue[]): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const host = out[out.length - 1];
    if (!host || !continues(host, t)) {
      out.push(t);
      continue;
    }
    const other = t.sheet !== host.sheet;
    const move = (r: Row) => (other ? moveRow(r, t.sheet) : r);
    const joined: Table = {
      ...host,
      blocks: host.blocks.map((b, i) => ({ ...b, rows: [...b.rows, ...t.blocks[i].rows.map(move)] })),
      unit: host.unit ?? t.unit,
      unitCell: host.unitCell ?? (t.unitCell && other ? qualify(t.sheet, t.unitCell) : t.unitCell),
      empty: host.empty && t.empty,
      note: host.note ?? (t.note && other ? { ...t.note, cell: qualify(t.sheet, t.note.cell) } : t.note),
      parts: [...(host.parts ?? [{ sheet: host.sheet, title: host.title, titleCell: host.titleCell, range: host.range }]), { sheet: t.sheet, title: t.title, titleCell: t.titleCell, range: t.range }],
    };
    if (joined.unit) {
      for (const part of [host, t]) {
        const k = issues.findIndex((i) => i.code === 'no-unit' && i.sheet === part.sheet && i.cell === part.titleCell);
        if (k >= 0) issues.splice(k, 1);
      }
    }
    out[out.length - 1] = joined;
  }
  return out;
}
