// A small helper over exceljs for writing budget tables the way budget systems lay them out:
// a merged title, a unit line, merged multi-row headers, amounts with a number format.
import ExcelJS from 'exceljs';
import { columnLetters } from '../../src/core/grid';

/** A number written with its own format (none: General), as codes stored as numbers are. */
export interface FormattedNumber {
  readonly number: number;
  readonly format?: string;
}

export type Value = string | number | FormattedNumber | null;

/** How the samples write classification codes: as text (the usual export) or as numbers. */
export interface CodeStyle {
  readonly numericCodes?: boolean;
}

/** A code or code part as a cell value: text, or a number in the General format. */
export function codeValue(code: string | null, style: CodeStyle = {}): Value {
  if (code === null || code === '') return null;
  return style.numericCodes ? { number: Number(code) } : code;
}

export const AMOUNT_FORMAT = '#,##0.00';

export class SheetWriter {
  readonly ws: ExcelJS.Worksheet;
  row = 1;

  constructor(wb: ExcelJS.Workbook, name: string) {
    this.ws = wb.addWorksheet(name);
  }

  /** Writes one row starting at column A (or `col`); numbers get the amount format. */
  line(values: Value[], opts: { col?: number; bold?: boolean; format?: string } = {}): number {
    const r = this.row++;
    values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const cell = this.ws.getCell(r, (opts.col ?? 1) + i);
      if (typeof v === 'object') {
        cell.value = v.number;
        if (v.format) cell.numFmt = v.format;
      } else cell.value = v;
      if (typeof v === 'number') cell.numFmt = opts.format ?? AMOUNT_FORMAT;
      if (opts.bold) cell.font = { bold: true };
    });
    return r;
  }

  /** A title merged over `width` columns. */
  title(text: string, width: number): number {
    const r = this.line([text], { bold: true });
    this.ws.mergeCells(r, 1, r, width);
    this.ws.getCell(r, 1).alignment = { horizontal: 'center' };
    this.ws.getCell(r, 1).font = { bold: true, size: 14 };
    return r;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.ws.mergeCells(top, left, bottom, right);
  }

  blank(n = 1): void {
    this.row += n;
  }

  /** A1 address of (row, 1-based col). */
  static addr(row: number, col: number): string {
    return `${columnLetters(col - 1)}${row}`;
  }

  widths(ws: number[]): void {
    ws.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }
}

/**
 * Writes a header of several rows from column paths: equal neighbouring texts are merged
 * across, a path shorter than the header is merged down.
 */
export function writeHeader(w: SheetWriter, paths: string[][], col = 1): number[] {
  const depth = Math.max(...paths.map((p) => p.length));
  const top = w.row;
  const rows: number[] = [];
  for (let d = 0; d < depth; d++) {
    const values = paths.map((p) => (d < p.length ? p[d] : null));
    rows.push(w.line(values, { col, bold: true }));
  }
  // Vertical merges: a path that ends early fills down to the last header row.
  paths.forEach((p, i) => {
    if (p.length < depth) w.merge(top + p.length - 1, col + i, top + depth - 1, col + i);
  });
  // Horizontal merges: runs of equal prefixes at each level.
  for (let d = 0; d < depth; d++) {
    let start = 0;
    for (let i = 1; i <= paths.length; i++) {
      const same = i < paths.length && paths[i].length > d && paths[start].length > d && paths[i].slice(0, d + 1).join('/') === paths[start].slice(0, d + 1).join('/') && paths[i].length > d + 1 === paths[start].length > d + 1;
      if (!same) {
        if (i - 1 > start && paths[start].length > d + 1) w.merge(top + d, col + start, top + d, col + i - 1);
        start = i;
      }
    }
  }
  return rows;
}
