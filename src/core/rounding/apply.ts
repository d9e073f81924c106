// The rounded tables as a grid: what the file writer and the pane write, and what the tests
// check again. Only the converted figures, unit labels and number formats change.
import { parseA1, type Cell, type SheetGrid, type WorkbookGrid } from '../grid';
import { toFixed, toNumber, type MoneyUnit } from '../money';
import { placeOf } from '../model/continuation';
import type { RoundingResult } from './index';

/** "单位：元" → "单位：万元" (also 金额单位, full-width colon, "（元）" in headers); only `from`. */
export function relabelUnit(text: string, from: MoneyUnit, to: MoneyUnit): string {
  const unitLine = new RegExp(`((?:金额)?单位\\s*[:：]\\s*)${from}`, 'g');
  const inParens = new RegExp(`([（(]\\s*)${from}(\\s*[)）])`, 'g');
  return text.replace(unitLine, `$1${to}`).replace(inParens, `$1${to}$2`);
}

/** The number format for `decimals` places, keeping thousands separators when the cell had them. */
export function amountFormat(previous: string | undefined, decimals: number): string {
  const grouped = !previous || previous === 'General' || /#,##0/.test(previous);
  const base = grouped ? '#,##0' : '0';
  return decimals > 0 ? `${base}.${'0'.repeat(decimals)}` : base;
}

/** The workbook grid with the rounding applied (a new grid; the input is not changed). */
export function applyToGrid(grid: WorkbookGrid, result: RoundingResult): WorkbookGrid {
  const figures = new Map<string, RoundingResult['figures'][number][]>();
  for (const f of result.figures) {
    const list = figures.get(f.sheet) ?? [];
    list.push(f);
    figures.set(f.sheet, list);
  }
  // A continued part's header on another sheet is relabelled on that sheet.
  const labels = new Map<string, { cells: string[]; from: MoneyUnit }[]>();
  for (const t of result.tables) {
    if (!t.converted || !t.from) continue;
    for (const a of [...(t.unitCell ? [t.unitCell] : []), ...t.headerCells]) {
      const p = placeOf(t.sheet, a);
      const list = labels.get(p.sheet) ?? [];
      list.push({ cells: [p.cell], from: t.from });
      labels.set(p.sheet, list);
    }
  }
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      const fs = figures.get(s.name);
      const ls = labels.get(s.name);
      if (!fs && !ls) return s;
      const cells = s.cells.map((row) => [...row]);
      const locate = (a1: string) => {
        const p = parseA1(a1);
        return p ? { r: p.row - s.origin.row, c: p.col - s.origin.col } : null;
      };
      for (const f of fs ?? []) {
        const p = locate(f.cell);
        if (!p || p.r < 0 || p.c < 0 || !cells[p.r]) continue;
        const old = cells[p.r][p.c];
        const format = amountFormat(old?.format, result.decimals);
        const cell: Cell = typeof old?.value === 'string' ? { value: toFixed(f.value, result.decimals), format } : { value: toNumber(f.value), format };
        cells[p.r][p.c] = cell;
      }
      for (const l of ls ?? []) {
        for (const a of l.cells) {
          const p = locate(a);
          const old = p ? cells[p.r]?.[p.c] : null;
          if (!p || !old || typeof old.value !== 'string') continue;
          const next = relabelUnit(old.value, l.from, result.to);
          if (next !== old.value) cells[p.r][p.c] = { ...old, value: next, text: undefined };
        }
      }
      return { ...s, cells };
    }),
  };
}
