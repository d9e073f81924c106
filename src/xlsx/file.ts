// Node side of the file reader: read a path into a workbook grid. Formats that are not read at
// all (WPS .et, Apple Numbers) are refused by name, with what to do instead.
import { readFile, stat } from 'fs/promises';
import type { WorkbookGrid } from '../core/grid';
import { readWorkbookBytes, WorkbookReadError } from './read';

/** Spreadsheet formats the reader does not read, by file extension. */
export const UNSUPPORTED_EXTENSIONS = /\.(et|ett|numbers)$/i;

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const ext = UNSUPPORTED_EXTENSIONS.exec(path);
  if (ext) throw new WorkbookReadError('unsupported', ext[0].toLowerCase());
  // A .numbers document may be a folder (a macOS package); any other folder is not a workbook.
  if ((await stat(path)).isDirectory()) throw new WorkbookReadError('not-a-workbook', 'a folder');
  return readWorkbookBytes(new Uint8Array(await readFile(path)));
}
