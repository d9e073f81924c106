// What the add-in marks in the workbook for a set of findings, as plain data: the cells to fill
// and with which colour, and the notes to attach. Computing it is pure; excel.ts applies it.
import type { Finding } from '../core/checks/types';

export const COLORS = {
  /** The cell that holds the disagreeing figure. */
  error: '#F4A6A6',
  /** The cells the identity involves. */
  related: '#FCE4E4',
  warning: '#FFE699',
} as const;

export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  /** The message to attach as a note (error cells only). */
  readonly note: string | null;
}

const RANK: Record<string, number> = { [COLORS.error]: 3, [COLORS.warning]: 2, [COLORS.related]: 1 };

/** One mark per cell, the strongest colour winning; notes gather every error message of the cell. */
export function marksFor(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, { sheet: string; cell: string; color: string; notes: string[] }>();
  const put = (sheet: string, cell: string, color: string, note: string | null) => {
    const key = `${sheet}!${cell}`;
    const m = byCell.get(key) ?? { sheet, cell, color, notes: [] };
    if (RANK[color] > RANK[m.color]) m.color = color;
    if (note && !m.notes.includes(note)) m.notes.push(note);
    byCell.set(key, m);
  };
  for (const f of findings) {
    if (f.severity === 'info' || !f.cell || !f.sheet) continue;
    put(f.sheet, f.cell, f.severity === 'error' ? COLORS.error : COLORS.warning, f.severity === 'error' ? f.message : null);
    if (f.severity !== 'error') continue;
    for (const r of f.related) {
      const bang = r.lastIndexOf('!');
      put(bang > 0 ? r.slice(0, bang) : f.sheet, bang > 0 ? r.slice(bang + 1) : r, COLORS.related, null);
    }
  }
  return [...byCell.values()].map((m) => ({ sheet: m.sheet, cell: m.cell, color: m.color, note: m.notes.length ? m.notes.join('\n') : null }));
}

/** A cell's fill as Excel reports it (`RangeFill` color, pattern and tintAndShade, ExcelApi 1.9). */
export interface FillReading {
  readonly color: string | null | undefined;
  readonly pattern?: string | null;
  readonly tintAndShade?: number | null;
}

/**
 * The fill to put back: a colour, or null for "no fill". Excel reports a cell without fill as
 * #FFFFFF, the same as a cell filled white, so the colour alone cannot tell them apart; restoring
 * one as the other hides or shows the gridlines. The pattern tells when it says None (no fill) or
 * names one (a fill); where it is left null, as Excel has been seen to report both cases, the
 * tint does: null without a fill, a number with one (the answer of the Office.js maintainers,
 * github.com/OfficeDev/office-js/issues/4900). Neither known: white is taken as no fill, the
 * commoner case.
 */
export function originalFill(f: FillReading): string | null {
  if (!f.color || f.pattern === 'None') return null;
  if (f.color.toUpperCase() !== '#FFFFFF') return f.color;
  if (typeof f.pattern === 'string') return f.color;
  return typeof f.tintAndShade === 'number' ? f.color : null;
}

/** What restore needs to put back, kept inside the workbook between sessions. */
export interface Backup {
  readonly version: 1;
  readonly cells: readonly { sheet: string; cell: string; color: string | null }[];
  /** Notes the add-in added (a cell that already had a note keeps it untouched). */
  readonly notes: readonly { sheet: string; cell: string }[];
}
