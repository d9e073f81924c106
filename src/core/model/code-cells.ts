// Classification codes as cells hold them. Text is read as written ("2010301", "201 03 01",
// full-width digits, stray spaces). Numbers lose the leading zero of a 款 or 项 (201 | 3 | 50 for
// 201 | 03 | 50; a published table prints 301 | 2 for 30102): in a 类/款/项 column the level says
// how many digits the part has, so the zero is restored; where the digits do not fit the column,
// or a single code column holds a number of no code's length, the code is not guessed but
// reported (parse issue `code-ambiguous`).
import type { Cell } from '../grid';

/** Digits with stray spaces (also full-width and no-break) and full-width digits tolerated. */
function digitsOf(text: string): string | null {
  const t = text.normalize('NFKC').replace(/[\s\u00a0\u3000]/g, '');
  return /^\d{1,10}$/.test(t) ? t : null;
}

export type CodePart = 'lei' | 'kuan' | 'xiang';

/** What a code cell holds: nothing, digits (`numeric`: stored as a number), or something else. */
export type CodeReading = { readonly kind: 'none' } | { readonly kind: 'digits'; readonly digits: string; readonly numeric: boolean } | { readonly kind: 'other'; readonly shown: string };

const NONE: CodeReading = { kind: 'none' };

/** A number format of zeros only ("00", "000"): the cell shows that many digits, zeros in front. */
function zeroPadWidth(format: string | undefined): number | null {
  if (!format) return null;
  const m = /^(0+)$/.exec(format.split(';')[0].replace(/"[^"]*"|\\./g, '').trim());
  return m ? m[1].length : null;
}

export function readCodeCell(cell: Cell | null): CodeReading {
  if (!cell || cell.error) return NONE;
  const v = cell.value;
  if (typeof v === 'number') {
    const shown = cell.text?.trim() || String(v);
    if (!Number.isInteger(v) || v < 0 || v >= 1e10) return { kind: 'other', shown };
    // The display text (Office.js, .xls) or a "00" format shows the zero the value lost.
    const text = cell.text !== undefined ? digitsOf(cell.text) : null;
    if (text !== null && Number(text) === v) return { kind: 'digits', digits: text, numeric: false };
    const width = zeroPadWidth(cell.format);
    const digits = String(v);
    if (width !== null && width > digits.length) return { kind: 'digits', digits: digits.padStart(width, '0'), numeric: false };
    return { kind: 'digits', digits, numeric: true };
  }
  if (typeof v === 'string' || (v === null && cell.text)) {
    const t = typeof v === 'string' ? v : (cell.text ?? '');
    if (t.trim() === '') return NONE;
    const digits = digitsOf(t);
    return digits === null ? { kind: 'other', shown: t.trim() } : { kind: 'digits', digits, numeric: false };
  }
  return NONE;
}

/** Digits each part of a split code has (类 3, 款 2, 项 2). */
const PART_WIDTH: Record<CodePart, number> = { lei: 3, kuan: 2, xiang: 2 };

export type SplitPart = { readonly kind: 'empty' } | { readonly kind: 'part'; readonly digits: string } | { readonly kind: 'whole'; readonly code: string } | { readonly kind: 'ambiguous'; readonly shown: string };

/**
 * One cell of a 类/款/项 column: a part of the level's width (a 款 or 项 of one digit gets its
 * zero back), or a whole code written in the column (5 digits in 款, 7 in 项, 5 or 7 in 类),
 * or digits that fit neither.
 */
export function readSplitPart(part: CodePart, cell: Cell | null): SplitPart {
  const r = readCodeCell(cell);
  if (r.kind === 'none') return { kind: 'empty' };
  // A name or a label (合计) in a code column is not a code; the row's label says what it is.
  // A number that is not a whole one cannot be a code either, and is said so.
  if (r.kind === 'other') return typeof cell?.value === 'number' ? { kind: 'ambiguous', shown: r.shown } : { kind: 'empty' };
  const d = r.digits;
  const width = PART_WIDTH[part];
  if (d.length === width) return { kind: 'part', digits: d };
  if (part !== 'lei' && d.length === 1) return { kind: 'part', digits: d.padStart(width, '0') };
  if (part === 'kuan' && d.length === 5) return { kind: 'whole', code: d };
  if (part === 'xiang' && d.length === 7) return { kind: 'whole', code: d };
  if (part === 'lei' && (d.length === 5 || d.length === 7)) return { kind: 'whole', code: d };
  return { kind: 'ambiguous', shown: shownOf(cell, d) };
}

/** Code lengths a single code column may hold: 类 3, 款 5, 项 7 digits (经济分类: 类 3, 款 5). */
export function codeLengths(economic: boolean): readonly number[] {
  return economic ? [3, 5] : [3, 5, 7];
}

export type SingleCode = { readonly kind: 'none' } | { readonly kind: 'code'; readonly code: string } | { readonly kind: 'ambiguous'; readonly shown: string };

/**
 * A single code column's cell. A number is a code only when its digit count is a level's; text
 * of three digits or more that fits no level is reported too. Shorter text (a 款 "03" written
 * on its own row under its 类) stays as before: not a code of this column.
 */
export function readSingleCode(cell: Cell | null, economic: boolean): SingleCode {
  const r = readCodeCell(cell);
  if (r.kind !== 'digits') {
    if (r.kind === 'other' && cell && typeof cell.value === 'number') return { kind: 'ambiguous', shown: r.shown };
    return { kind: 'none' };
  }
  if (codeLengths(economic).includes(r.digits.length)) return { kind: 'code', code: r.digits };
  if (r.numeric || r.digits.length >= 3) return { kind: 'ambiguous', shown: shownOf(cell, r.digits) };
  return { kind: 'none' };
}

function shownOf(cell: Cell | null, digits: string): string {
  const t = cell?.text?.trim();
  if (t) return t;
  return typeof cell?.value === 'string' ? cell.value.trim() : digits;
}
