// The part of a file reader that does not depend on the library: from the cells and merged areas
// found on a sheet to its grid (origin of the used range, far-away cells left out and counted).
// Both readers (.xlsx with exceljs, .xls with SheetJS) end here, so they place cells alike.
import type { Cell, Merge, SheetGrid } from '../core/grid';
import { GRID_LIMITS, keptExtent } from '../core/grid';

/** A non-empty cell at its 0-based sheet row and column. */
export interface FoundCell {
  readonly r: number;
  readonly c: number;
  readonly cell: Cell;
}

export function assembleSheet(name: string, hidden: boolean, found: readonly FoundCell[], sheetMerges: readonly Merge[]): SheetGrid {
  if (found.length === 0) return { name, origin: { row: 0, col: 0 }, cells: [], merges: [], hidden };
  let minR = Infinity;
  let minC = Infinity;
  for (const f of found) {
    if (f.r < minR) minR = f.r;
    if (f.c < minC) minC = f.c;
  }
  for (const m of sheetMerges) {
    if (m.top < minR) minR = m.top;
    if (m.left < minC) minC = m.left;
  }
  // Keep the block of cells the tables are in; a stray value far away is dropped and counted.
  const rows = keptExtent(found.map((f) => f.r), GRID_LIMITS.rowGap, GRID_LIMITS.rows);
  const cols = keptExtent(found.map((f) => f.c), GRID_LIMITS.colGap, GRID_LIMITS.cols);
  minR = Math.min(minR, rows.first);
  minC = Math.min(minC, cols.first);
  const maxR = rows.last;
  const maxC = cols.last;
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r <= maxR - minR; r++) cells.push(new Array<Cell | null>(maxC - minC + 1).fill(null));
  let trimmed = 0;
  for (const f of found) {
    if (f.r > maxR || f.c > maxC || f.r < minR || f.c < minC) trimmed++;
    else cells[f.r - minR][f.c - minC] = f.cell;
  }
  return {
    name,
    origin: { row: minR, col: minC },
    cells,
    // In reading order, whatever order the file lists them in.
    merges: [...sheetMerges]
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .filter((m) => m.top <= maxR && m.left <= maxC)
      .map((m) => ({ top: m.top - minR, left: m.left - minC, bottom: Math.min(m.bottom, maxR) - minR, right: Math.min(m.right, maxC) - minC })),
    hidden,
    ...(trimmed ? { trimmed } : {}),
  };
}
