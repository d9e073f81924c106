// A read-only view of a sheet grid for table detection: the text of every cell with merged
// areas filled from their top-left cell, so a header merged over three columns is seen in each.
import { cellAt, cellText, gridWidth, type SheetGrid } from '../grid';

export class SheetView {
  readonly height: number;
  readonly width: number;
  private readonly filled: Map<number, string>;

  constructor(readonly sheet: SheetGrid) {
    this.height = sheet.cells.length;
    this.width = gridWidth(sheet);
    this.filled = new Map();
    for (const m of sheet.merges) {
      const t = cellText(cellAt(sheet, m.top, m.left));
      if (t === '') continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          this.filled.set(r * 65536 + c, t);
        }
      }
    }
  }

  // Detection reads each row's texts many times (titles, meta lines, header, data, notes): each
  // row's texts are built once, on first use.
  private readonly owns: (readonly string[] | undefined)[] = [];
  private readonly empties: (boolean | undefined)[] = [];

  private ownRow(row: number): readonly string[] {
    let texts = this.owns[row];
    if (texts === undefined) {
      const cells = this.sheet.cells[row] ?? [];
      const out: string[] = new Array(cells.length);
      for (let c = 0; c < cells.length; c++) out[c] = cellText(cells[c] ?? null).trim();
      texts = out;
      this.owns[row] = texts;
    }
    return texts;
  }

  /** The cell's own text (merged areas not filled). */
  own(row: number, col: number): string {
    if (row < 0 || col < 0 || row >= this.height) return cellText(cellAt(this.sheet, row, col)).trim();
    return this.ownRow(row)[col] ?? '';
  }

  /** The text shown at the cell, a merged area's text filled in. */
  text(row: number, col: number): string {
    const own = this.own(row, col);
    if (own !== '') return own;
    return (this.filled.get(row * 65536 + col) ?? '').trim();
  }

  /** Distinct non-empty texts of a row, in order. */
  rowTexts(row: number, from = 0, to = this.width - 1): string[] {
    const out: string[] = [];
    for (let c = from; c <= to; c++) {
      const t = this.text(row, c);
      if (t !== '' && out[out.length - 1] !== t) out.push(t);
    }
    return out;
  }

  isEmptyRow(row: number, from = 0, to = this.width - 1): boolean {
    const whole = from === 0 && to === this.width - 1;
    if (whole && this.empties[row] !== undefined) return this.empties[row]!;
    let empty = true;
    for (let c = from; c <= to; c++) {
      if (this.own(row, c) !== '') {
        empty = false;
        break;
      }
    }
    if (whole && row >= 0 && row < this.height) this.empties[row] = empty;
    return empty;
  }
}
