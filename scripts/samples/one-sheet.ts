// A workbook's tables stacked down one sheet, as some units hand them in (one sheet "预算公开表",
// each table under the previous one after a blank row or two). The cells, number formats and
// merged areas are copied unchanged; only the rows move.
import ExcelJS from 'exceljs';

function parseRange(ref: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col(m[1]), Number(m[4]), col(m[3])];
}

export function stackOnOneSheet(source: ExcelJS.Workbook, name: string, gap = 2): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const to = wb.addWorksheet(name);
  let at = 1;
  for (const from of source.worksheets) {
    from.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const out = to.getCell(at + r - 1, c);
        out.value = cell.value;
        if (cell.numFmt) out.numFmt = cell.numFmt;
        if (cell.font) out.font = cell.font;
        if (cell.alignment) out.alignment = cell.alignment;
      });
    });
    for (const ref of (from.model as { merges?: string[] }).merges ?? []) {
      const [t, l, b, r] = parseRange(ref);
      to.mergeCells(at + t - 1, l, at + b - 1, r);
    }
    from.columns.forEach((col, i) => {
      if (col.width) to.getColumn(i + 1).width = Math.max(to.getColumn(i + 1).width ?? 0, col.width);
    });
    at += from.rowCount + gap;
  }
  return wb;
}
