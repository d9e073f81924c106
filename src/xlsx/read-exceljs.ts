// The .xlsx reader through exceljs: the reference the one-pass reader (read-xlsx.ts) is tested
// against, and its fallback where a browser cannot inflate (no DecompressionStream). It corrects
// what exceljs's cell values get wrong for the grid, so both readers agree: a formula's result
// 0 or FALSE is kept (exceljs's value copy drops falsy results), a shared formula is the formula
// as shown at the cell (not the master's address), a number or Boolean behind a hyperlink is
// kept, an empty shared string is an empty cell, and the indent of the cell's alignment is read.
import type ExcelJS from 'exceljs';
import { WorkbookReadError } from './read-error';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { columnIndex } from '../core/grid';
import { assembleSheet, type FoundCell } from './grid-builder';
import { ValueType, Workbook } from './exceljs';

type ExcelValue = ExcelJS.CellValue;

const isoDay = (d: Date): string | null => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

function plain(v: ExcelValue, format: string | undefined): Cell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, format };
  if (typeof v === 'string') return v === '' ? null : { value: v, format };
  if (v instanceof Date) return { value: isoDay(v), format };
  if (typeof v === 'object') {
    if ('error' in v) return { value: null, error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join(''), format };
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof t === 'object' && t !== null && 'richText' in t ? plain(t as ExcelValue, format) : { value: (t as Cell['value']) ?? null, format };
    }
    return null;
  }
  return { value: String(v), format };
}

function toCell(c: ExcelJS.Cell): Cell | null {
  if (c.type === ValueType.Merge) return null;
  const format = c.numFmt || undefined;
  const indent = (c.alignment as { indent?: number } | undefined)?.indent;
  const withIndent = (cell: Cell | null): Cell | null => (cell && indent && indent > 0 && !cell.error ? { ...cell, indent } : cell);
  if (c.type === ValueType.Formula) {
    const formula = c.formula || undefined;
    const r = c.result as ExcelValue;
    const f = formula ? { formula } : {};
    if (r !== null && typeof r === 'object' && 'error' in r) return { value: null, error: String(r.error), ...f };
    if (r instanceof Date) return withIndent({ value: isoDay(r), format, ...f });
    return withIndent({ value: r === undefined ? null : (r as number | string | boolean), format, ...f });
  }
  return withIndent(plain(c.value, format));
}

function parseRange(ref: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const found: FoundCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const cell = toCell(c);
      if (cell) found.push({ r: rowNumber - 1, c: colNumber - 1, cell });
    });
  });
  const merges: Merge[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = parseRange(ref);
    if (m) merges.push(m);
  }
  return assembleSheet(ws.name, ws.state !== 'visible', found, merges);
}

/** Reads .xlsx / .xlsm bytes with exceljs; WorkbookReadError 'corrupt' when exceljs refuses them. */
export async function readWithExceljs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return { sheets: wb.worksheets.map(sheetToGrid) };
}
