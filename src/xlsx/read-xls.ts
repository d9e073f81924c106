// The reader of legacy .xls workbooks (Excel 97–2003, BIFF8), with SheetJS Community
// Edition. It yields the grid the .xlsx reader yields for the same workbook: values, formula
// results, error values, number formats, merged areas and the used range's origin; it adds the
// display text of numbers, which the .xlsx reader cannot compute (a code 3 shown "03").
// Loaded only when a file is an OLE compound document, so the pane's .xlsx path never loads it.
import * as XLSX from '@e965/xlsx';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { assembleSheet, type FoundCell } from './grid-builder';
import { WorkbookReadError } from './read-error';

interface CfbEntry {
  readonly name: string;
  readonly content?: Uint8Array | number[];
}
interface CfbContainer {
  readonly FileIndex: readonly CfbEntry[];
}

const FILEPASS = 0x002f;
const EOF = 0x000a;

/** The stream of the container by name (case-insensitive), or null. */
function stream(cfb: CfbContainer, name: string): CfbEntry | null {
  const n = name.toLowerCase();
  return cfb.FileIndex.find((e) => e.name.toLowerCase() === n) ?? null;
}

/** A FILEPASS record in the workbook globals (before their EOF): the workbook is encrypted. */
function hasFilePass(content: Uint8Array | number[]): boolean {
  let at = 0;
  while (at + 4 <= content.length) {
    const type = content[at] | (content[at + 1] << 8);
    const length = content[at + 2] | (content[at + 3] << 8);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    at += 4 + length;
  }
  return false;
}

/** Raw search for a UTF-16 stream name, for a container too damaged to be parsed. */
function mentions(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Opens the OLE container and says what it holds: an encrypted workbook, a BIFF workbook, or neither. */
function inspect(bytes: Uint8Array): void {
  let cfb: CfbContainer;
  try {
    cfb = XLSX.CFB.read(bytes, { type: 'array' }) as CfbContainer;
  } catch (e) {
    if (mentions(bytes, 'EncryptedPackage') || mentions(bytes, 'EncryptionInfo')) throw new WorkbookReadError('encrypted', 'password-protected workbook');
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  // An encrypted .xlsx is an OLE container holding the encrypted package.
  if (stream(cfb, 'EncryptedPackage') || stream(cfb, 'EncryptionInfo')) throw new WorkbookReadError('encrypted', 'password-protected workbook');
  const book = stream(cfb, 'Workbook') ?? stream(cfb, 'Book');
  if (!book?.content) throw new WorkbookReadError('not-a-workbook', 'an OLE document without a workbook stream');
  if (hasFilePass(book.content)) throw new WorkbookReadError('encrypted', 'password-protected .xls workbook');
}

/** Whole-day serial to an ISO date, as the .xlsx reader shows a date cell. */
function isoDate(serial: number, date1904: boolean): string {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function toCell(c: XLSX.CellObject, date1904: boolean): Cell | null {
  // "General" is no format, as the .xlsx reader has it.
  const format = typeof c.z === 'string' && c.z !== 'General' ? c.z : undefined;
  // Formulas (cached results are the values) are kept where the file has them.
  const formula = c.f || undefined;
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (format && XLSX.SSF.is_date(format)) return { value: isoDate(v, date1904), format, ...(formula ? { formula } : {}) };
      return { value: v, ...(c.w !== undefined ? { text: c.w } : {}), format, ...(formula ? { formula } : {}) };
    }
    case 's': {
      const v = String(c.v ?? '');
      if (v === '' && !formula) return null;
      return { value: v, format, ...(formula ? { formula } : {}) };
    }
    case 'b':
      return { value: Boolean(c.v), format, ...(formula ? { formula } : {}) };
    case 'e':
      return { value: null, error: c.w ?? XLSX.SSF.format('General', c.v as number), ...(formula ? { formula } : {}) };
    case 'd':
      return { value: c.v instanceof Date ? c.v.toISOString().slice(0, 10) : String(c.v), format };
    default:
      return null; // stubs: empty cells of a merged area or a styled blank
  }
}

function sheetToGrid(name: string, ws: XLSX.WorkSheet, hidden: boolean, date1904: boolean): SheetGrid {
  const found: FoundCell[] = [];
  const data = (ws as XLSX.DenseWorkSheet)['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (!raw) continue;
      const cell = toCell(raw, date1904);
      if (cell) found.push({ r, c, cell });
    }
  }
  const merges: Merge[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return assembleSheet(name, hidden, found, merges);
}

/** Reads .xls bytes (an OLE compound document) into a workbook grid, or throws a WorkbookReadError. */
export function readXlsBytes(bytes: Uint8Array): WorkbookGrid {
  inspect(bytes);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: true, cellFormula: true, cellDates: false, cellStyles: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password/i.test(message)) throw new WorkbookReadError('encrypted', message);
    throw new WorkbookReadError('corrupt', message);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    // Chart, macro and dialog sheets hold no cells of a table (the .xlsx reader skips them too).
    if (!ws || (ws['!type'] && ws['!type'] !== 'sheet')) return;
    sheets.push(sheetToGrid(name, ws, Boolean(wb.Workbook?.Sheets?.[i]?.Hidden), date1904));
  });
  return { sheets };
}

/**
 * The same workbook as .xlsx bytes, for the commands that write a new workbook from the input
 * (舍位平衡): values, formulas, number formats, merged areas, hidden sheets and column widths are
 * kept; fonts, borders and fills are not (the Community Edition writes no cell styles).
 */
export function xlsToXlsxBytes(bytes: Uint8Array): Uint8Array {
  inspect(bytes);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: true, cellDates: false, cellStyles: true });
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer);
}
