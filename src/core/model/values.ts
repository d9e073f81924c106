// Reading an amount from a cell as it is published: numbers, numeric text in the notations
// budget systems and people use, dashes and blanks for "nothing", error values kept as such.
import { decimalPlaces, exact, neg, type Exact } from '../money';
import type { Cell } from '../grid';

export type CellReading =
  | { readonly kind: 'number'; readonly value: Exact; readonly decimals: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

const BLANK_MARKS = new Set(['', '-', '－', '—', '——', '–', '―', '/', '／', '…', '——————']);

/**
 * Parses numeric text: "1,234.56", " 12.00 ", full-width digits, "(12.00)" and "-12.00" (and the
 * minus sign U+2212) for negatives, a leading ¥/￥. Returns the exact value and its number of
 * printed decimals, or null when the text is not a number.
 */
export function parseNumericText(raw: string): { value: Exact; decimals: number } | null {
  const n = numericForm(raw);
  if (!n) return null;
  const value = exact(n.digits);
  return { value: n.negative ? neg(value) : value, decimals: n.decimals };
}

/** The digits, sign and printed decimals of numeric text, or null (see parseNumericText). */
function numericForm(raw: string): { digits: string; negative: boolean; decimals: number } | null {
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]/g, '');
  if (s === '') return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/^[¥￥]/, '');
  if (/^[-−–]/.test(s)) {
    if (negative) return null;
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(/^[¥￥]/, '');
  // Thousands separators only between groups of three digits.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) return null;
  s = s.replace(/,/g, '');
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return { digits: s.startsWith('.') ? `0${s}` : s, negative, decimals };
}

// The printed decimals of a number cell's text and format: the same few texts and formats recur
// in every table, so each is worked out once (bounded caches, like normalize's).
const SHOWN_DECIMALS = new Map<string, number | null>();
const FORMAT_DECIMALS = new Map<string, number | null>();

function shownDecimals(text: string): number | null {
  let d = SHOWN_DECIMALS.get(text);
  if (d === undefined) {
    d = numericForm(text)?.decimals ?? null;
    if (SHOWN_DECIMALS.size > 50_000) SHOWN_DECIMALS.clear();
    SHOWN_DECIMALS.set(text, d);
  }
  return d;
}

function cachedFormatDecimals(format: string | undefined): number | null {
  if (!format) return null;
  let d = FORMAT_DECIMALS.get(format);
  if (d === undefined) {
    d = formatDecimals(format);
    if (FORMAT_DECIMALS.size > 10_000) FORMAT_DECIMALS.clear();
    FORMAT_DECIMALS.set(format, d);
  }
  return d;
}

/** Decimal places a number format prints ("#,##0.00" → 2, "0" → 0), or null for General/unknown. */
export function formatDecimals(format: string | undefined): number | null {
  if (!format) return null;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  if (/general/i.test(section) || section.trim() === '@') return null;
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

// Detection, column classification and row reading all look at the same cells: each cell is
// read (and its decimal built) once.
const CACHE = new WeakMap<Cell, CellReading>();
const BLANK: CellReading = { kind: 'blank' };

export function readCell(cell: Cell | null): CellReading {
  if (!cell) return BLANK;
  let r = CACHE.get(cell);
  if (!r) {
    r = readUncached(cell);
    CACHE.set(cell, r);
  }
  return r;
}

function readUncached(cell: Cell): CellReading {
  if (cell.error) return { kind: 'error', error: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) {
    const t = cell.text?.trim() ?? '';
    if (t === '') return { kind: 'blank' };
    return readText(t);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', error: '#NUM!' };
    const value = exact(v);
    // The printed precision: from the displayed text when known, else the number format, else
    // the stored value's own digits.
    const shown = cell.text !== undefined ? shownDecimals(cell.text) : null;
    const decimals = shown ?? cachedFormatDecimals(cell.format) ?? decimalPlaces(value);
    return { kind: 'number', value, decimals };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  return readText(v);
}

// A Chinese character survives NFKC and is neither a blank mark, an error value nor part of a
// number: such text (every row label) is text without the three tests below.
const IDEOGRAPH = /[\u4e00-\u9fff]/;

/** Words a template prints in an amount cell that is not to be filled (单位不需填列): a blank. */
const NOT_FILLED = /^(单位)?(不需|无需|不用|不必)(填列|填报|填写)$|^不适用$/;

function readText(t: string): CellReading {
  if (IDEOGRAPH.test(t)) return NOT_FILLED.test(t.replace(/[\s\u3000]/g, '')) ? BLANK : { kind: 'text', text: t };
  const trimmed = t.trim();
  if (BLANK_MARKS.has(trimmed.normalize('NFKC').replace(/\s/g, '')) || BLANK_MARKS.has(trimmed)) return { kind: 'blank' };
  if (/^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(trimmed)) return { kind: 'error', error: trimmed };
  const n = numericForm(trimmed);
  if (n) return lazyNumber(n.digits, n.negative, n.decimals);
  return { kind: 'text', text: t };
}

// Numeric text is mostly codes in label columns (2010301), read only for their kind: the exact
// value is built when first asked for.
function lazyNumber(digits: string, negative: boolean, decimals: number): CellReading {
  let value: Exact | undefined;
  return {
    kind: 'number',
    decimals,
    get value(): Exact {
      if (value === undefined) {
        const v = exact(digits);
        value = negative ? neg(v) : v;
      }
      return value;
    },
  };
}
