// Exact decimal arithmetic for every amount, share and rate. This is the only module that
// imports decimal.js: the rest of the code works with the opaque `Exact` type and the named
// functions below, so the number library can be swapped in one file.
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

// ---- The exact value: an integer count while it fits, a decimal when it must -----------------
//
// Almost every amount has at most a few decimals. Such a value is held as an integer count of
// 1/10,000 (a safe JS integer), and sums, differences, comparisons and signs are integer
// operations on it: exact, and far cheaper than decimal.js, which is built only when an
// operation needs it (a share, a rate, a rounding, a printed form) and then kept. Any other value
// (more decimals, beyond the safe integers) is a decimal from the start. The form is canonical:
// a value that has a count always has it, so two equal values look alike (also to a test's deep
// equality, which sees `n`, or `d` for a value without a count, never the cached decimal).

const SCALE_DIGITS = 4;
const SCALE = 10 ** SCALE_DIGITS;
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

// Where a count keeps the decimal built from it: a property added only then, not enumerable
// (a deep equality never sees it). Not a `#private` field: compiled for ES2020 that is a WeakMap
// entry per value, made for every amount of every cell.
const CACHED = Symbol('decimal');

class ExactValue {
  /** The value × 10,000 when that is a safe integer; else undefined and `d` holds the value. */
  readonly n: number | undefined;
  readonly d: Decimal | undefined;

  constructor(n: number | undefined, d: Decimal | undefined) {
    this.n = n;
    this.d = d;
  }

  /** The value as decimal.js, built once. */
  decimal(): Decimal {
    if (this.d) return this.d;
    const self = this as unknown as { [CACHED]?: Decimal };
    let d = self[CACHED];
    if (!d) {
      d = countToDecimal(this.n!);
      Object.defineProperty(this, CACHED, { value: d, enumerable: false });
    }
    return d;
  }

  toString(): string {
    return this.n !== undefined ? countToText(this.n) : this.d!.toString();
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): string {
    return this.toString();
  }
}

/** An exact decimal number. Create it with `exact`/`parseAmount`, never with `new`. */
export type Exact = ExactValue & { readonly __exact: unique symbol };

function fromCount(n: number): Exact {
  return new ExactValue(n === 0 ? 0 : n, undefined) as Exact; // no negative zero
}

/** The canonical form of a decimal: its count when it has one. */
function fromDecimal(d: Decimal): Exact {
  if (d.decimalPlaces() <= SCALE_DIGITS) {
    const scaled = d.times(SCALE);
    if (scaled.abs().lte(MAX_COUNT)) return fromCount(scaled.toNumber());
  }
  return new ExactValue(undefined, d) as Exact;
}

function countToDecimal(n: number): Decimal {
  return new D(n % SCALE === 0 ? String(n / SCALE) : `${n}e-${SCALE_DIGITS}`);
}

/** Plain text of a count: "1234.5", "-0.0012", "12". */
function countToText(n: number): string {
  if (n % SCALE === 0) return String(n / SCALE);
  const negative = n < 0;
  const digits = String(negative ? -n : n).padStart(SCALE_DIGITS + 1, '0');
  const int = digits.slice(0, -SCALE_DIGITS);
  const frac = digits.slice(-SCALE_DIGITS).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}.${frac}`;
}

const dec = (a: Exact): Decimal => a.decimal();

export const ZERO: Exact = fromCount(0);
export const HUNDRED: Exact = fromCount(100 * SCALE);

const PLAIN = /^(-?)(\d{1,11})(?:\.(\d{1,4}))?$/;

/**
 * An exact value from a string of digits or from a cell's number. A number is read at Excel's
 * own precision (15 significant digits), so the binary noise of a double (0.1 + 0.2) is dropped.
 */
export function exact(v: string | number | Exact): Exact {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
    // Whole amounts (most cells): the count is the value × 10,000.
    if (Number.isInteger(v) && v < 1e11 && v > -1e11) return fromCount(v * SCALE);
    // A few decimals (12.34): the count is the value × 10,000 when that integer comes back to
    // the same double, which is the case exactly when the shortest form has at most 4 decimals
    // (below 10^11 two such forms cannot share a double).
    if (v < 1e11 && v > -1e11) {
      const n = Math.round(v * SCALE);
      if (n / SCALE === v) return fromCount(n);
    }
    // The shortest form of the double is exact when it has at most 15 significant digits (every
    // published amount); longer forms are cut to Excel's 15.
    const short = String(v);
    if (!short.includes('e') && short.replace(/^-?0*\.?0*|\./g, '').length <= 15) return fromDecimal(new D(short));
    return fromDecimal(new D(v.toPrecision(15)));
  }
  if (typeof v === 'string') {
    const m = PLAIN.exec(v);
    if (m) {
      const n = Number(m[2] + (m[3] ?? '').padEnd(SCALE_DIGITS, '0'));
      return fromCount(m[1] ? -n : n);
    }
    return fromDecimal(new D(v));
  }
  return v;
}

/** A sum or difference of two counts, when it stays a count. */
function countOf(s: number): Exact | null {
  return s <= MAX_COUNT && s >= -MAX_COUNT ? fromCount(s) : null;
}

/** Σ of the terms' integer counts; null when a term has none or a partial sum leaves the safe integers. */
function scaledSum(values: readonly Exact[]): number | null {
  let s = 0;
  for (const v of values) {
    const n = v.n;
    if (n === undefined) return null;
    s += n;
    if (s > MAX_COUNT || s < -MAX_COUNT) return null;
  }
  return s;
}

export function isExact(v: unknown): v is Exact {
  return v instanceof ExactValue;
}

export const add = (a: Exact, b: Exact): Exact => (a.n !== undefined && b.n !== undefined && countOf(a.n + b.n)) || fromDecimal(dec(a).plus(dec(b)));
export const sub = (a: Exact, b: Exact): Exact => (a.n !== undefined && b.n !== undefined && countOf(a.n - b.n)) || fromDecimal(dec(a).minus(dec(b)));
export function mul(a: Exact, b: Exact | number): Exact {
  if (typeof b === 'number' && Number.isInteger(b) && a.n !== undefined) {
    const p = a.n * b;
    if (Number.isSafeInteger(p)) return fromCount(p);
  }
  return fromDecimal(dec(a).times(typeof b === 'number' ? b : dec(b)));
}
export const div = (a: Exact, b: Exact | number): Exact => fromDecimal(dec(a).div(typeof b === 'number' ? b : dec(b)));
export const neg = (a: Exact): Exact => (a.n !== undefined ? fromCount(-a.n) : fromDecimal(dec(a).neg()));
export const abs = (a: Exact): Exact => (a.n !== undefined ? (a.n < 0 ? fromCount(-a.n) : a) : fromDecimal(dec(a).abs()));
export function cmp(a: Exact, b: Exact): number {
  if (a.n !== undefined && b.n !== undefined) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  return dec(a).cmp(dec(b));
}
export const eq = (a: Exact, b: Exact): boolean => cmp(a, b) === 0;
export const isZero = (a: Exact): boolean => (a.n !== undefined ? a.n === 0 : dec(a).isZero());
export const isNegative = (a: Exact): boolean => (a.n !== undefined ? a.n < 0 : dec(a).isNegative() && !dec(a).isZero());
export const max = (a: Exact, b: Exact): Exact => (cmp(a, b) >= 0 ? a : b);
export const lte = (a: Exact, b: Exact): boolean => cmp(a, b) <= 0;
export const lt = (a: Exact, b: Exact): boolean => cmp(a, b) < 0;

/**
 * Whether Σ values = target, answered from the integer counts alone (no decimal built); null when
 * a term or the target has none, or a partial sum leaves the safe integers: then ask `sum`.
 */
export function sumEquals(values: readonly Exact[], target: Exact): boolean | null {
  const t = target.n;
  if (t === undefined) return null;
  const s = scaledSum(values);
  return s === null ? null : s === t;
}

/** The exact sum; order does not matter. */
export function sum(values: Iterable<Exact>): Exact {
  const list = Array.isArray(values) ? (values as readonly Exact[]) : [...values];
  const fast = scaledSum(list);
  if (fast !== null) return fromCount(fast);
  let s = new D(0);
  for (const v of list) s = s.plus(dec(v));
  return fromDecimal(s);
}

/** Number of digits after the decimal point of the exact value (0 for integers). */
export function decimalPlaces(a: Exact): number {
  if (a.n === undefined) return dec(a).decimalPlaces();
  let m = a.n % SCALE;
  if (m === 0) return 0;
  let places = SCALE_DIGITS;
  while (m % 10 === 0) {
    m /= 10;
    places--;
  }
  return places;
}

// ---- Rounding strategies --------------------------------------------------------------------

export type Rounding = (value: Exact, places: number) => Exact;

function roundWith(v: Exact, places: number, mode: Decimal.Rounding): Exact {
  // A count has at most 4 decimals: rounding to 4 or more keeps it as it is.
  if (v.n !== undefined && places >= SCALE_DIGITS) return v;
  return fromDecimal(dec(v).toDecimalPlaces(places, mode));
}

/** 四舍五入: ties away from zero, the convention of budget disclosures (2.345 → 2.35). */
export const halfUp: Rounding = (v, places) => roundWith(v, places, Decimal.ROUND_HALF_UP);
/** Banker's rounding: ties to the even neighbour (2.345 → 2.34, 2.355 → 2.36). */
export const halfEven: Rounding = (v, places) => roundWith(v, places, Decimal.ROUND_HALF_EVEN);
/** Truncation toward zero (2.349 → 2.34): what a hand calculation often does by mistake. */
export const down: Rounding = (v, places) => roundWith(v, places, Decimal.ROUND_DOWN);
/** Toward −∞ and toward +∞: the two neighbours a controlled rounding chooses between. */
export const floor: Rounding = (v, places) => roundWith(v, places, Decimal.ROUND_FLOOR);
export const ceil: Rounding = (v, places) => roundWith(v, places, Decimal.ROUND_CEIL);

export function isInteger(a: Exact): boolean {
  return a.n !== undefined ? a.n % SCALE === 0 : dec(a).isInteger();
}

// ---- Shares and rates -----------------------------------------------------------------------

/** part / whole × 100, rounded; null when the whole is zero (no share of nothing). */
export function share(part: Exact, whole: Exact, places = 2, round: Rounding = halfUp): Exact | null {
  if (isZero(whole)) return null;
  return round(fromDecimal(dec(part).div(dec(whole)).times(100)), places);
}

/**
 * (current − previous) / previous × 100, rounded; null when the previous value is zero, because
 * a growth rate from a zero base does not exist (the text says 新增 instead).
 */
export function growthRate(current: Exact, previous: Exact, places = 2, round: Rounding = halfUp): Exact | null {
  if (isZero(previous)) return null;
  return round(fromDecimal(dec(current).minus(dec(previous)).div(dec(previous).abs()).times(100)), places);
}

// ---- Comparison with tolerance --------------------------------------------------------------

/** |a − b| ≤ tolerance. */
export function within(a: Exact, b: Exact, tolerance: Exact): boolean {
  return lte(abs(sub(a, b)), tolerance);
}

// ---- Text ---------------------------------------------------------------------------------

/** Plain decimal string without exponent or trailing zeros ("1234.5"). */
export function toPlain(a: Exact): string {
  return a.n !== undefined ? countToText(a.n) : dec(a).toFixed();
}

/** An amount as a message prints it: every digit it has, and at least two decimals ("9.00", "74.30", "0.005"). */
export function toAmountText(a: Exact): string {
  return decimalPlaces(a) >= 2 ? toPlain(a) : dec(a).toFixed(2);
}

/** Fixed number of decimals, half-up ("1234.50"). */
export function toFixed(a: Exact, places: number): string {
  return dec(a).toFixed(places, Decimal.ROUND_HALF_UP);
}

/** Thousands separators, fixed decimals: "1,234.50". */
export function toGrouped(a: Exact, places: number): string {
  const s = toFixed(a, places);
  const [int, frac] = s.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${s.startsWith('-') ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** The JS number nearest to the value, for display widths and charts only, never for sums. */
export function toNumber(a: Exact): number {
  return a.n !== undefined ? a.n / SCALE : dec(a).toNumber();
}

// ---- Units --------------------------------------------------------------------------------

/** Money units found in the 单位 line of a table, with their value in 元. */
export const UNIT_IN_YUAN = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 } as const;
export type MoneyUnit = keyof typeof UNIT_IN_YUAN;

/** Exact conversion between money units (1 万元 = 10000 元). */
export function convert(a: Exact, from: MoneyUnit, to: MoneyUnit): Exact {
  if (from === to) return a;
  return fromDecimal(dec(a).times(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]));
}
