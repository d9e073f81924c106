// The layout-quirk sample: sample (a)'s figures as hand-kept and re-exported workbooks show them.
// Codes stored as numbers (single 科目编码 columns, and 类 | 款 columns where 款 loses its zero;
// in the 经济分类 table the 款 numbers carry a "00" format), 合计 with a full-width space (U+3000),
// 金额单位：万元, one table's amounts stored as text, hidden empty rows, and sheets named
// Sheet1…Sheet9 (the two fund tables share Sheet9). Every identity still holds: 0 errors.
import ExcelJS from 'exceljs';
import { SAMPLE_A } from './data';
import { writeHenan } from './henan';
import { AMOUNT_FORMAT } from './writer';

/** The table whose amounts are text, and the one whose 款 numbers show their zero by format. */
const TEXT_AMOUNTS = '一般公共预算支出表';
const ZERO_FORMAT_KUAN = '支出经济分类汇总表';

/** "1234.5" → "1,234.50": an amount as a person types it into a text cell. */
function amountText(v: number): string {
  const [int, dec] = v.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

function parseRange(ref: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col(m[1]), Number(m[4]), col(m[3])];
}

/** Copies `from` into `to` from row `at`, with an empty hidden row after the title and after the first 合计 row. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet, at: number): number {
  const hiddenAfter = new Set<number>([1]);
  from.eachRow((row, r) => {
    const isTotalRow = [1, 2].some((c) => row.getCell(c).value === '合计') && (row.values as unknown[]).some((v) => typeof v === 'number');
    if (hiddenAfter.size < 2 && isTotalRow) hiddenAfter.add(r);
  });
  const rowMap = new Map<number, number>();
  let target = at;
  for (let r = 1; r <= from.rowCount; r++) {
    rowMap.set(r, target++);
    if (hiddenAfter.has(r)) {
      // exceljs writes a row without cells only when it has a height.
      const hidden = to.getRow(target++);
      hidden.height = 15;
      hidden.hidden = true;
    }
  }
  from.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const out = to.getCell(rowMap.get(r)!, c);
      let v = cell.value;
      if (v === '合计') v = '合\u3000计';
      if (typeof v === 'string' && v.startsWith('单位：')) v = `金额${v}`;
      const isAmount = typeof v === 'number' && cell.numFmt === AMOUNT_FORMAT;
      if (isAmount && from.name === TEXT_AMOUNTS) {
        out.value = amountText(v as number);
        return;
      }
      out.value = v;
      if (cell.numFmt) out.numFmt = cell.numFmt;
      // The 款 column of the 经济分类 table shows its zero through the number format.
      if (from.name === ZERO_FORMAT_KUAN && c === 2 && typeof v === 'number') out.numFmt = '00';
      if (cell.font) out.font = cell.font;
      if (cell.alignment) out.alignment = cell.alignment;
    });
  });
  for (const ref of (from.model as { merges?: string[] }).merges ?? []) {
    const [t, l, b, r] = parseRange(ref);
    to.mergeCells(rowMap.get(t)!, l, rowMap.get(b)!, r);
  }
  from.columns.forEach((col, i) => {
    if (col.width) to.getColumn(i + 1).width = Math.max(to.getColumn(i + 1).width ?? 0, col.width);
  });
  return target;
}

export function writeQuirks(): ExcelJS.Workbook {
  const source = writeHenan(SAMPLE_A, { numericCodes: true });
  const wb = new ExcelJS.Workbook();
  const sheets = source.worksheets;
  for (let i = 0; i < 8; i++) copySheet(sheets[i], wb.addWorksheet(`Sheet${i + 1}`), 1);
  const last = wb.addWorksheet('Sheet9');
  const next = copySheet(sheets[8], last, 1);
  copySheet(sheets[9], last, next + 2);
  return wb;
}
