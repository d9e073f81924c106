// Exact decimal arithmetic for every amount, share and rate. This is the only module that
// imports decimal.js: the rest of the code works with the opaque `Exact` type and the named
// functions below, so the number library can be swapped in one file.
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** An exact decimal number. Create it with `exact`/`parseAmount`, never with `new`. */
export type Exact = InstanceType<typeof D> & { readonly __exact: unique symbol };

function wrap(d: Decimal): Exact {
  return d as Exact;
}

export const ZERO: Exact = wrap(new D(0));
export const HUNDRED: Exact = wrap(new D(100));

/**
 * An exact value from a string of digits or from a cell's number. A number is read at Excel's
 * own precision (15 significant digits), so the binary noise of a double (0.1 + 0.2) is dropped.
 */
export function exact(v: string | number | Exact): Exact {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
    // The shortest form of the double is exact when it has at most 15 significant digits
    // (every published amount); longer forms are cut to Excel's 15.
    const short = String(v);
    // Whole amounts (most cells) skip the digit counting and the pattern: their scaled count is
    // the value itself × 10,000.
    if (Number.isInteger(v) && v < 1e11 && v > -1e11) {
      const x = wrap(new D(short));
      SCALED.set(x, v === 0 ? 0 : v * 10 ** SCALE_DIGITS);
      return x;
    }
    // A few decimals (12.34): the count is the value × 10,000 when that integer comes back to
    // the same double, which is the case exactly when the shortest form has at most 4 decimals
    // (below 10^11 two such forms cannot share a double).
    if (v < 1e11 && v > -1e11) {
      const n = Math.round(v * 10 ** SCALE_DIGITS);
      if (n / 10 ** SCALE_DIGITS === v) {
        const x = wrap(new D(short));
        SCALED.set(x, n);
        return x;
      }
    }
    if (!short.includes('e') && short.replace(/^-?0*\.?0*|\./g, '').length <= 15) return scaled(wrap(new D(short)), short);
    return wrap(new D(v.toPrecision(15)));
  }
  if (typeof v === 'string') return scaled(wrap(new D(v)), v);
  return wrap(new D(v as Decimal.Value));
}

// ---- Exact integer fast path for sums -------------------------------------------------------
//
// Almost every amount has at most a few decimals. Such an amount is remembered, when it is
// created, as an integer count of 1/10,000 (a safe JS integer: at most 15 digits), and a sum whose
// terms are all known this way is added as integers, which is exact while every partial sum stays
// a safe integer, and much cheaper than one decimal addition per term. Any other term (more
// decimals, a computed value) or a partial sum beyond 2^53 − 1 falls back to decimal.js.

const SCALE_DIGITS = 4;
const SCALED = new WeakMap<Exact, number>();
SCALED.set(ZERO, 0);
const PLAIN = /^(-?)(\d{1,11})(?:\.(\d{1,4}))?$/;

function scaled(x: Exact, text: string): Exact {
  const m = PLAIN.exec(text);
  if (m) {
    const n = Number(m[2] + (m[3] ?? '').padEnd(SCALE_DIGITS, '0'));
    SCALED.set(x, m[1] ? -n : n);
  }
  return x;
}

/** Σ of the terms' integer counts; null when a term has none or a partial sum leaves the safe integers. */
function scaledSum(values: readonly Exact[]): number | null {
  let s = 0;
  for (const v of values) {
    const n = SCALED.get(v);
    if (n === undefined) return null;
    s += n;
    if (s > Number.MAX_SAFE_INTEGER || s < -Number.MAX_SAFE_INTEGER) return null;
  }
  return s;
}

function fastSum(values: readonly Exact[]): Exact | null {
  const s = scaledSum(values);
  if (s === null) return null;
  const x = wrap(new D(`${s}e-${SCALE_DIGITS}`));
  SCALED.set(x, s === 0 ? 0 : s); // no negative zero
  return x;
}

export function isExact(v: unknown): v is Exact {
  return v instanceof D;
}

export const add = (a: Exact, b: Exact): Exact => wrap(a.plus(b));
export const sub = (a: Exact, b: Exact): Exact => wrap(a.minus(b));
export const mul = (a: Exact, b: Exact | number): Exact => wrap(a.times(b as Decimal.Value));
export const div = (a: Exact, b: Exact | number): Exact => wrap(a.div(b as Decimal.Value));
export const neg = (a: Exact): Exact => wrap(a.neg());
export const abs = (a: Exact): Exact => wrap(a.abs());
export const cmp = (a: Exact, b: Exact): number => a.cmp(b);
export const eq = (a: Exact, b: Exact): boolean => a.eq(b);
export const isZero = (a: Exact): boolean => a.isZero();
export const isNegative = (a: Exact): boolean => a.isNegative() && !a.isZero();
export const max = (a: Exact, b: Exact): Exact => (a.gte(b) ? a : b);
export const lte = (a: Exact, b: Exact): boolean => a.lte(b);
export const lt = (a: Exact, b: Exact): boolean => a.lt(b);

/**
 * Whether Σ values = target, answered from the integer counts alone (no decimal built); null when
 * a term or the target has none, or a partial sum leaves the safe integers: then ask `sum`.
 */
export function sumEquals(values: readonly Exact[], target: Exact): boolean | null {
  const t = SCALED.get(target);
  if (t === undefined) return null;
  const s = scaledSum(values);
  return s === null ? null : s === t;
}

/** The exact sum; order does not matter. */
export function sum(values: Iterable<Exact>): Exact {
  const list = Array.isArray(values) ? (values as readonly Exact[]) : [...values];
  const fast = fastSum(list);
  if (fast) return fast;
  let s = new D(0);
  for (const v of list) s = s.plus(v);
  return wrap(s);
}

/** Number of digits after the decimal point of the exact value (0 for integers). */
export function decimalPlaces(a: Exact): number {
  return a.decimalPlaces();
}

// ---- Rounding strategies --------------------------------------------------------------------

export type Rounding = (value: Exact, places: number) => Exact;

/** 四舍五入: ties away from zero, the convention of budget disclosures (2.345 → 2.35). */
export const halfUp: Rounding = (v, places) => wrap(v.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
/** Banker's rounding: ties to the even neighbour (2.345 → 2.34, 2.355 → 2.36). */
export const halfEven: Rounding = (v, places) => wrap(v.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN));
/** Truncation toward zero (2.349 → 2.34): what a hand calculation often does by mistake. */
export const down: Rounding = (v, places) => wrap(v.toDecimalPlaces(places, Decimal.ROUND_DOWN));
/** Toward −∞ and toward +∞: the two neighbours a controlled rounding chooses between. */
export const floor: Rounding = (v, places) => wrap(v.toDecimalPlaces(places, Decimal.ROUND_FLOOR));
export const ceil: Rounding = (v, places) => wrap(v.toDecimalPlaces(places, Decimal.ROUND_CEIL));

export function isInteger(a: Exact): boolean {
  return a.isInteger();
}

// ---- Shares and rates -----------------------------------------------------------------------

/** part / whole × 100, rounded; null when the whole is zero (no share of nothing). */
export function share(part: Exact, whole: Exact, places = 2, round: Rounding = halfUp): Exact | null {
  if (whole.isZero()) return null;
  return round(wrap(part.div(whole).times(100)), places);
}

/**
 * (current − previous) / previous × 100, rounded; null when the previous value is zero, because
 * a growth rate from a zero base does not exist (the text says 新增 instead).
 */
export function growthRate(current: Exact, previous: Exact, places = 2, round: Rounding = halfUp): Exact | null {
  if (previous.isZero()) return null;
  return round(wrap(current.minus(previous).div(previous.abs()).times(100)), places);
}

// ---- Comparison with tolerance --------------------------------------------------------------

/** |a − b| ≤ tolerance. */
export function within(a: Exact, b: Exact, tolerance: Exact): boolean {
  return a.minus(b).abs().lte(tolerance);
}

// ---- Text ---------------------------------------------------------------------------------

/** Plain decimal string without exponent or trailing zeros ("1234.5"). */
export function toPlain(a: Exact): string {
  return a.toFixed();
}

/** An amount as a message prints it: every digit it has, and at least two decimals ("9.00", "74.30", "0.005"). */
export function toAmountText(a: Exact): string {
  return a.decimalPlaces() >= 2 ? a.toFixed() : a.toFixed(2);
}

/** Fixed number of decimals, half-up ("1234.50"). */
export function toFixed(a: Exact, places: number): string {
  return a.toFixed(places, Decimal.ROUND_HALF_UP);
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
  return a.toNumber();
}

// ---- Units --------------------------------------------------------------------------------

/** Money units found in the 单位 line of a table, with their value in 元. */
export const UNIT_IN_YUAN = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 } as const;
export type MoneyUnit = keyof typeof UNIT_IN_YUAN;

/** Exact conversion between money units (1 万元 = 10000 元). */
export function convert(a: Exact, from: MoneyUnit, to: MoneyUnit): Exact {
  if (from === to) return a;
  return wrap(a.times(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]));
}
