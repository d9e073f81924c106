// A workbook with one table split at a page break, as exported PDFs turned into workbooks have
// it: the rows from `at` on move to a sheet of their own right after the table's sheet, under the
// title with （续） and the header repeated (no unit line), or with nothing above them (the next
// page of a PDF that repeats neither). The other sheets are copied unchanged.
import ExcelJS from 'exceljs';

function parseRange(ref: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col(m[1]), Number(m[4]), col(m[3])];
}

export interface Split {
  /** The sheet of the table to split. */
  readonly sheet: string;
  /** The continuation's sheet name. */
  readonly name: string;
  /** The header rows to repeat (1-based, inclusive). */
  readonly header: readonly [number, number];
  /** The first row that moves. */
  readonly at: number;
  /** What heads the moved rows: the title with （续） and the header (the default), or nothing. */
  readonly heading?: 'title-and-header' | 'none';
  /**
   * The 类, 款 and 项 columns (1-based) of a split code, to write each class's code on its own row
   * only (款 and 项 rows leave 类 blank, 项 rows leave 款 blank), as some templates print them.
   */
  readonly codesOnce?: readonly [number, number, number];
}

/** Blanks the 类 (and 款) cells that repeat the row above in a 款 (项) row. */
function writeCodesOnce(ws: ExcelJS.Worksheet, from: number, [lei, kuan, xiang]: readonly [number, number, number]): void {
  let lastLei: unknown = null;
  let lastKuan: unknown = null;
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const [l, k, x] = [row.getCell(lei).value, row.getCell(kuan).value, row.getCell(xiang).value];
    if (k && l === lastLei) row.getCell(lei).value = null;
    if (x && k === lastKuan) row.getCell(kuan).value = null;
    lastLei = l;
    lastKuan = k;
  }
}

/** Copies rows `from`..`to` of `src` to `dst` starting at row `at`, with their merged areas. */
function copyRows(src: ExcelJS.Worksheet, dst: ExcelJS.Worksheet, from: number, to: number, at: number): void {
  for (let r = from; r <= to; r++) {
    src.getRow(r).eachCell((cell, c) => {
      const out = dst.getCell(at + r - from, c);
      out.value = cell.value;
      if (cell.numFmt) out.numFmt = cell.numFmt;
      if (cell.font) out.font = cell.font;
      if (cell.alignment) out.alignment = cell.alignment;
    });
  }
  for (const ref of (src.model as { merges?: string[] }).merges ?? []) {
    const [t, l, b, rr] = parseRange(ref);
    if (t >= from && b <= to) dst.mergeCells(at + t - from, l, at + b - from, rr);
  }
  src.columns.forEach((col, i) => {
    if (col.width) dst.getColumn(i + 1).width = col.width;
  });
}

export function splitTable(source: ExcelJS.Workbook, split: Split): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const from of source.worksheets) {
    const last = from.rowCount;
    if (from.name !== split.sheet) {
      copyRows(from, wb.addWorksheet(from.name), 1, last, 1);
      continue;
    }
    if (split.codesOnce) writeCodesOnce(from, split.header[1] + 1, split.codesOnce);
    copyRows(from, wb.addWorksheet(from.name), 1, split.at - 1, 1);
    const next = wb.addWorksheet(split.name);
    if (split.heading === 'none') {
      copyRows(from, next, split.at, last, 1);
      continue;
    }
    const title = String(from.getCell(1, 1).value ?? '');
    next.getCell(1, 1).value = `${title}（续）`;
    next.getCell(1, 1).font = { bold: true, size: 14 };
    next.mergeCells(1, 1, 1, from.columnCount);
    const [h0, h1] = split.header;
    copyRows(from, next, h0, h1, 2);
    copyRows(from, next, split.at, last, 2 + h1 - h0 + 1);
  }
  return wb;
}

/**
 * Layout (b)'s 一般公共预算支出功能分类预算表 with each code written once, broken inside 款 20805: the
 * next sheet starts with two 项 rows whose 类 and 款 are on the first sheet, under no title and
 * no header, as a PDF page that repeats neither turns into a sheet.
 */
export const CONTINUED_B: Split = { sheet: '一般公共预算支出功能分类预算表', name: '一般公共预算支出功能分类预算表（2）', header: [3, 5], at: 16, heading: 'none', codesOnce: [1, 2, 3] };

/** Layout (c)'s 一般公共预算支出表 (a two-row header) broken before 类 208. */
export const CONTINUED_C: Split = { sheet: '一般公共预算支出表', name: '一般公共预算支出表（续）', header: [3, 4], at: 10 };
