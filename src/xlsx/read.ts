// The file reader: workbook bytes to the core's workbook grid. Used by the CLI and by the pane's
// standalone mode; produces the same grid as the Office.js reader. The content decides, not the
// file name: a zip package (.xlsx, .xlsm) is read in one pass by read-xlsx.ts (exceljs only where
// a browser cannot inflate), an OLE compound document (.xls, or an encrypted workbook) with
// SheetJS (read-xls.ts, loaded only then).
import type { WorkbookGrid } from '../core/grid';
import { inflateRaw } from './inflate';
import { WorkbookReadError } from './read-error';
import { readXlsxBytes } from './read-xlsx';
import { ZipError } from './zip';

export { WorkbookReadError, type WorkbookReadReason } from './read-error';

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
  if (!inflateRaw) {
    // A browser without DecompressionStream: exceljs inflates in JavaScript.
    const { readWithExceljs } = await import(/* webpackChunkName: "xlsx-exceljs" */ './read-exceljs');
    return readWithExceljs(bytes);
  }
  try {
    return await readXlsxBytes(bytes, inflateRaw);
  } catch (e) {
    // A damaged container or deflate stream is damaged whoever reads it.
    if (e instanceof ZipError) throw new WorkbookReadError('corrupt', e.message);
    // Anything else is unexpected here: exceljs gets its chance (and its reasons).
    const { readWithExceljs } = await import(/* webpackChunkName: "xlsx-exceljs" */ './read-exceljs');
    return readWithExceljs(bytes);
  }
}
