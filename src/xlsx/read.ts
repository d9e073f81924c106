// The file reader: an .xlsx file (bytes) to the core's workbook grid, with exceljs. Used by the
// CLI and by the pane's standalone mode; produces the same grid as the Office.js reader.
import type ExcelJS from 'exceljs';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { columnIndex, GRID_LIMITS, keptExtent } from '../core/grid';
import { ValueType, Workbook } from './exceljs';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: 'not-a-workbook' | 'encrypted' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

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
  const found: { r: number; c: number; cell: Cell }[] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const cell = toCell(c);
      if (!cell) return;
      const r = rowNumber - 1;
      const col = colNumber - 1;
      found.push({ r, c: col, cell });
      if (r < minR) minR = r;
      if (col < minC) minC = col;
      if (r > maxR) maxR = r;
      if (col > maxC) maxC = col;
    });
  });
  const merges: Merge[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = parseRange(ref);
    if (m) {
      merges.push(m);
      if (m.top < minR) minR = m.top;
      if (m.left < minC) minC = m.left;
    }
  }
  if (found.length === 0) return { name: ws.name, origin: { row: 0, col: 0 }, cells: [], merges: [], hidden: ws.state !== 'visible' };
  // Keep the block of cells the tables are in; a stray value far away is dropped and counted.
  const rows = keptExtent(found.map((f) => f.r), GRID_LIMITS.rowGap, GRID_LIMITS.rows);
  const cols = keptExtent(found.map((f) => f.c), GRID_LIMITS.colGap, GRID_LIMITS.cols);
  minR = Math.min(minR, rows.first);
  minC = Math.min(minC, cols.first);
  maxR = rows.last;
  maxC = cols.last;
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r <= maxR - minR; r++) cells.push(new Array<Cell | null>(maxC - minC + 1).fill(null));
  let trimmed = 0;
  for (const f of found) {
    if (f.r > maxR || f.c > maxC || f.r < minR || f.c < minC) trimmed++;
    else cells[f.r - minR][f.c - minC] = f.cell;
  }
  return {
    name: ws.name,
    origin: { row: minR, col: minC },
    cells,
    merges: merges.filter((m) => m.top <= maxR && m.left <= maxC).map((m) => ({ top: m.top - minR, left: m.left - minC, bottom: Math.min(m.bottom, maxR) - minR, right: Math.min(m.right, maxC) - minC })),
    hidden: ws.state !== 'visible',
    ...(trimmed ? { trimmed } : {}),
  };
}

/** Reads .xlsx bytes into a workbook grid; throws WorkbookReadError with a reason otherwise. */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<WorkbookGrid> {
  const head = bytes.subarray(0, 8);
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  const isCfb = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isCfb) throw new WorkbookReadError('encrypted', 'password-protected or legacy .xls workbook');
  if (!isZip) throw new WorkbookReadError('not-a-workbook', 'not an .xlsx file');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return { sheets: wb.worksheets.map(sheetToGrid) };
}
