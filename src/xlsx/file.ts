// Node side of the file reader: read a path into a workbook grid. Formats that are not read at
// all (WPS .et, Apple Numbers) are refused by name, with what to do instead.
import { readFileSync, statSync } from 'fs';
import type { WorkbookGrid } from '../core/grid';
import { readWorkbookBytes, WorkbookReadError } from './read';

/** Spreadsheet formats the reader does not read, by file extension. */
export const UNSUPPORTED_EXTENSIONS = /\.(et|ett|numbers)$/i;

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const ext = UNSUPPORTED_EXTENSIONS.exec(path);
  if (ext) throw new WorkbookReadError('unsupported', ext[0].toLowerCase());
  // A .numbers document may be a folder (a macOS package); any other folder is not a workbook.
  // Read synchronously: the command line and its workers have nothing else to do meanwhile, and
  // the asynchronous calls cost a round trip through libuv's thread pool each (open, stat, read,
  // close), a wait a batch worker paid on every file.
  if (statSync(path).isDirectory()) throw new WorkbookReadError('not-a-workbook', 'a folder');
  return readWorkbookBytes(new Uint8Array(readFileSync(path)));
}
