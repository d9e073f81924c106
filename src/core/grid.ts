// The plain grid every reader produces and the core consumes: what a sheet shows, nothing of
// where it came from (file reader or Office.js).

/** A formula error shown in a cell (#REF!, #VALUE!, #DIV/0!, …). */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | null;

export interface Cell {
  /** The stored value (a formula cell holds its last computed value). */
  readonly value: CellValue;
  /** Set when the cell shows a formula error; `value` is then null. */
  readonly error?: string;
  /** The text the cell displays, where the reader knows it. */
  readonly text?: string;
  /** The number format code (e.g. "#,##0.00"), where known. */
  readonly format?: string;
  /** The formula without the leading "=", where known. */
  readonly formula?: string;
  /** Indent level of the cell's alignment, where known (some exports show hierarchy this way). */
  readonly indent?: number;
}

/** A merged area, in 0-based grid coordinates, inclusive. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** 0-based sheet row and column of the grid's top-left cell (the used range's origin). */
  readonly origin: { readonly row: number; readonly col: number };
  /** rows × columns; null for an empty cell. Rows may have different lengths. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | null>>;
  readonly merges: ReadonlyArray<Merge>;
  /** The sheet is hidden in the workbook (still read, reported as such). */
  readonly hidden?: boolean;
  /** Cells the reader left out because they lay far outside the sheet's tables (see GRID_LIMITS). */
  readonly trimmed?: number;
}

/**
 * A budget table has tens of columns and at most tens of thousands of rows. A sheet whose used
 * range reaches XFD1048576 because of one stray value would be billions of cells: readers keep
 * the block of cells up to the first wide gap and within these limits, and count what they drop.
 */
export const GRID_LIMITS = { rows: 200_000, cols: 512, rowGap: 1_000, colGap: 64 } as const;

/**
 * The extent to keep along one axis: from the first used index up to the last one reached
 * without crossing a gap wider than `gap`, and at most `limit` long.
 */
export function keptExtent(used: readonly number[], gap: number, limit: number): { first: number; last: number } {
  const sorted = [...new Set(used)].sort((a, b) => a - b);
  const first = sorted[0];
  let last = first;
  for (const i of sorted) {
    if (i - last > gap || i - first >= limit) break;
    last = i;
  }
  return { first, last };
}

export interface WorkbookGrid {
  readonly sheets: ReadonlyArray<SheetGrid>;
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a grid cell, counting from the sheet's origin. */
export function a1(sheet: Pick<SheetGrid, 'origin'>, row: number, col: number): string {
  return `${columnLetters(sheet.origin.col + col)}${sheet.origin.row + row + 1}`;
}

/** Parses "C12" into 0-based sheet row and column. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | null {
  return sheet.cells[row]?.[col] ?? null;
}

export function gridWidth(sheet: SheetGrid): number {
  let w = 0;
  for (const r of sheet.cells) if (r.length > w) w = r.length;
  return w;
}

/** The text of a cell as shown: its display text, else its value as a string; '' when empty. */
export function cellText(cell: Cell | null): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  if (cell.value === null || cell.value === undefined) return '';
  return String(cell.value);
}
