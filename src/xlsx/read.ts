// The file reader: workbook bytes to the core's workbook grid. Used by the CLI and by the pane's
// standalone mode; produces the same grid as the Office.js reader. The content decides, not the
// file name: a zip package (.xlsx, .xlsm) is read with exceljs, an OLE compound document (.xls,
// or an encrypted workbook) with SheetJS (read-xls.ts, loaded only then).
import type ExcelJS from 'exceljs';
import { WorkbookReadError } from './read-error';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { columnIndex } from '../core/grid';
import { assembleSheet, type FoundCell } from './grid-builder';
import { ValueType, Workbook } from './exceljs';

export { WorkbookReadError, type WorkbookReadReason } from './read-error';

type ExcelValue = ExcelJS.CellValue;

function toCell(c: ExcelJS.Cell): Cell | null {
  if (c.type === ValueType.Merge) return null;
  const format = c.numFmt || undefined;
  const v: ExcelValue = c.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, format };
  if (typeof v === 'string') return v === '' ? null : { value: v, format };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), format };
  if (typeof v === 'object') {
    if ('error' in v) return { value: null, error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join(''), format };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const formula = f.formula ?? f.sharedFormula;
      const r = f.result;
      if (r !== null && typeof r === 'object' && 'error' in r) return { value: null, error: String(r.error), formula };
      if (r instanceof Date) return { value: r.toISOString().slice(0, 10), formula, format };
      return { value: r === undefined ? null : (r as number | string | boolean), formula, format };
    }
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text;
      return { value: typeof t === 'string' ? t : null, format };
    }
  }
  return { value: String(v), format };
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

/** A byte string in the bytes (zip entry names are stored as plain ASCII in the directory). */
function contains(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + ascii.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < ascii.length; j++) if (bytes[i + j] !== ascii.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** Zip packages that are spreadsheets but not Office Open XML workbooks. */
function otherZipFormat(bytes: Uint8Array): string | null {
  if (contains(bytes, 'xl/workbook.xml')) return null;
  if (contains(bytes, 'xl/workbook.bin')) return '.xlsb';
  if (contains(bytes, 'Index/Document.iwa') || contains(bytes, 'Index/Tables/')) return '.numbers';
  if (contains(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return '.ods';
  return null;
}

/** Reads .xlsx, .xlsm or .xls bytes into a workbook grid; throws WorkbookReadError with a reason otherwise. */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<WorkbookGrid> {
  const head = bytes.subarray(0, 8);
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  const isCfb = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isCfb) {
    const { readXlsBytes } = await import(/* webpackChunkName: "xls-reader" */ './read-xls');
    return readXlsBytes(bytes);
  }
  if (!isZip) throw new WorkbookReadError('not-a-workbook', 'not an Excel workbook');
  const other = otherZipFormat(bytes);
  if (other) throw new WorkbookReadError('unsupported', other);
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return { sheets: wb.worksheets.map(sheetToGrid) };
}
