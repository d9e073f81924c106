// Writing a rounded workbook: the input .xlsx loaded again with exceljs, the converted figures
// written into their cells, the unit labels and number formats of the converted tables changed,
// and everything else (layout, merges, styles, other sheets, text) left as it was. The input
// bytes are never changed; the result is a new file's bytes.
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs';
import { toNumber, toFixed, type MoneyUnit } from '../core/money';
import type { RoundingResult } from '../core/rounding';
import { amountFormat, relabelUnit } from '../core/rounding/apply';
import { placeOf } from '../core/model/continuation';

function relabelCell(cell: ExcelJS.Cell, from: MoneyUnit, to: MoneyUnit): boolean {
  const v = cell.value;
  if (typeof v === 'string') {
    const next = relabelUnit(v, from, to);
    if (next !== v) {
      cell.value = next;
      return true;
    }
    return false;
  }
  if (v && typeof v === 'object' && 'richText' in v) {
    let changed = false;
    const richText = v.richText.map((run) => {
      const next = relabelUnit(run.text, from, to);
      if (next !== run.text) changed = true;
      return { ...run, text: next };
    });
    if (changed) cell.value = { richText };
    return changed;
  }
  return false;
}

export interface WriteSummary {
  readonly cells: number;
  readonly labels: number;
}

/** The rounded workbook as .xlsx bytes. */
export async function writeRounded(input: Uint8Array, result: RoundingResult): Promise<{ bytes: Uint8Array; summary: WriteSummary }> {
  const wb = new Workbook();
  // exceljs keeps a reference to what it is given; a copy keeps the caller's bytes untouched.
  await wb.xlsx.load(input.slice() as unknown as ExcelJS.Buffer);
  let cells = 0;
  let labels = 0;
  const touched = new Map<string, Set<string>>();
  for (const f of result.figures) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    const cell = ws.getCell(f.cell);
    const wasText = typeof cell.value === 'string';
    // A new style object: exceljs shares style objects between cells that had the same style.
    cell.style = { ...cell.style, numFmt: amountFormat(cell.numFmt, result.decimals) };
    // A formula would recompute from the other cells; the balanced value is what is published.
    cell.value = wasText ? toFixed(f.value, result.decimals) : toNumber(f.value);
    cells++;
    const set = touched.get(f.sheet) ?? new Set<string>();
    set.add(f.cell);
    touched.set(f.sheet, set);
  }
  for (const t of result.tables) {
    if (!t.converted || !t.from) continue;
    // A continued part's cells on another sheet are written `Sheet2!C3`.
    const addresses = new Set([...(t.unitCell ? [t.unitCell] : []), ...t.headerCells].map((a) => placeOf(t.sheet, a)).map((p) => `${p.sheet}!${p.cell}`));
    for (const a of addresses) {
      const p = placeOf(t.sheet, a);
      const ws = wb.getWorksheet(p.sheet);
      if (ws && relabelCell(ws.getCell(p.cell), t.from, result.to)) labels++;
    }
  }
  // A shared formula whose master cell now holds a value would no longer load: its copies keep
  // their last results as values.
  for (const [sheet, set] of touched) {
    const ws = wb.getWorksheet(sheet);
    ws?.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { sharedFormula?: string; result?: ExcelJS.CellValue } | null;
        if (v && typeof v === 'object' && 'sharedFormula' in v && v.sharedFormula && set.has(v.sharedFormula.replace(/\$/g, ''))) {
          cell.value = (v.result ?? null) as ExcelJS.CellValue;
        }
      }),
    );
  }
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { bytes, summary: { cells, labels } };
}
