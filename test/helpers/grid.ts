// Builds in-memory sheet grids for tests: rows of plain values, optional merges ("A1:D1").
import type { Cell, Merge, SheetGrid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';

export type Plain = string | number | null | Cell;

function toCell(v: Plain): Cell | null {
  if (v === null || v === '') return null;
  if (typeof v === 'object') return v;
  return { value: v, format: typeof v === 'number' ? '#,##0.00' : undefined };
}

export function sheet(name: string, rows: Plain[][], merges: string[] = [], origin = { row: 0, col: 0 }): SheetGrid {
  return {
    name,
    origin,
    cells: rows.map((r) => r.map(toCell)),
    merges: merges.map((m): Merge => {
      const [a, b] = m.split(':').map((x) => parseA1(x)!);
      return { top: a.row - origin.row, left: a.col - origin.col, bottom: b.row - origin.row, right: b.col - origin.col };
    }),
  };
}
