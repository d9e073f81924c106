// 舍位平衡 in the open workbook: each sheet holding a converted table is copied (Worksheet.copy
// keeps layout, merges, styles and column widths) and the copy receives the balanced figures,
// the 万元 labels and the two-decimal formats. The user's own sheets are never written. Two
// context.sync calls whatever the number of sheets, plus one per WRITES_PER_SYNC cells.
import { cellText, columnLetters, type Cell, type WorkbookGrid } from '../core/grid';
import type { RoundingResult } from '../core/rounding';
import { applyToGrid } from '../core/rounding/apply';

/** Cell writes per context.sync (each a value and a format), well under the web payload limit. */
export const WRITES_PER_SYNC = 20_000;

type Ctx = Excel.RequestContext;

/** "支出总表" → "支出总表（万元）", cut to Excel's 31 characters and made unique. */
export function copyName(name: string, unit: string, taken: ReadonlySet<string>): string {
  const suffix = `（${unit}）`;
  const clean = name.replace(/[\\/?*[\]:]/g, '');
  for (let i = 1; ; i++) {
    const tail = i === 1 ? suffix : `（${unit}${i}）`;
    const candidate = `${clean.slice(0, 31 - tail.length)}${tail}`;
    if (![...taken].some((t) => t.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}

export interface RoundedSheets {
  /** Original sheet name → the new sheet's name. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly cells: number;
}

function changed(a: Cell | null, b: Cell | null): boolean {
  return cellText(a) !== cellText(b) || a?.value !== b?.value || a?.format !== b?.format;
}

/** Writes the rounded tables to new sheets beside the originals (the grid is the one the rounding read). */
export async function writeRoundedSheetsIn(ctx: Ctx, grid: WorkbookGrid, result: RoundingResult, onProgress?: (f: number) => void): Promise<RoundedSheets> {
  const rounded = applyToGrid(grid, result);
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const taken = new Set(sheets.items.map((s) => s.name));
  const names = new Map<string, string>();
  const writes: { ws: Excel.Worksheet; address: string; cell: Cell }[] = [];
  grid.sheets.forEach((before, i) => {
    const after = rounded.sheets[i];
    if (after === before) return;
    const name = copyName(before.name, result.to, taken);
    taken.add(name);
    names.set(before.name, name);
    const copy = sheets.getItem(before.name).copy('End');
    copy.name = name;
    after.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || !changed(before.cells[r]?.[c] ?? null, cell)) return;
        const address = `${columnLetters(before.origin.col + c)}${before.origin.row + r + 1}`;
        writes.push({ ws: copy, address, cell });
      }),
    );
  });
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const range = w.ws.getRange(w.address);
    range.values = [[w.cell.value as string | number]];
    if (w.cell.format) range.numberFormat = [[w.cell.format]];
    if ((i + 1) % WRITES_PER_SYNC === 0 && i < writes.length - 1) {
      await ctx.sync();
      onProgress?.(i / writes.length);
    }
  }
  await ctx.sync();
  onProgress?.(1);
  return { sheets: names, cells: writes.length };
}

/** Office entry point: write the copies in one Excel.run. */
export const excelRounding = {
  write: (grid: WorkbookGrid, result: RoundingResult, onProgress?: (f: number) => void) => Excel.run((ctx) => writeRoundedSheetsIn(ctx, grid, result, onProgress)),
};
