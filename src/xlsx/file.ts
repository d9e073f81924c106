// Node side of the file reader: read a path into a workbook grid.
import { readFile } from 'fs/promises';
import type { WorkbookGrid } from '../core/grid';
import { readWorkbookBytes } from './read';

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookBytes(new Uint8Array(await readFile(path)));
}
