// Comparing a published figure with what it should be: exactly, with the rounding bound of the
// published precision, and with a hint when the two differ by a factor of 10,000 (元 written
// as 万元 or the reverse).
import { abs, convert, div, eq, exact, halfUp, isZero, lte, max, mul, sub, sum, sumEquals, toAmountText, toPlain, ZERO, type Exact, type MoneyUnit } from '../money';
import type { Amount } from '../model/types';
import type { RuleContext } from './types';

export type Outcome = 'equal' | 'rounding' | 'different';

const HALVES = new Map<number, Exact>();
/** Half a unit in the last printed place: 0.005 for two decimals, 0.5 for whole numbers. */
function halfUnit(decimals: number): Exact {
  let h = HALVES.get(decimals);
  if (!h) {
    h = div(exact(5), 10 ** (decimals + 1));
    HALVES.set(decimals, h);
  }
  return h;
}

/**
 * Published figures are rounded, so an identity of n figures may be off by up to n × half the
 * coarsest printed precision among them (two-decimal figures: 0.005 per term). A difference
 * within that bound, or within the configured tolerance if larger, is rounding.
 */
export function roundingBound(figures: readonly Amount[], tolerance: Exact): Exact {
  const present = figures.filter((f) => f.value !== null);
  if (present.length === 0) return tolerance;
  let coarsest = Infinity;
  for (const f of present) if (f.decimals < coarsest) coarsest = f.decimals;
  return max(mul(halfUnit(coarsest), figures.length), tolerance);
}

export function outcome(actual: Exact, expected: Exact, figures: readonly Amount[], tolerance: Exact): Outcome {
  if (eq(actual, expected)) return 'equal';
  const diff = abs(sub(actual, expected));
  return lte(diff, roundingBound(figures, tolerance)) ? 'rounding' : 'different';
}

/** actual ≈ expected × 10⁴ or × 10⁻⁴ (within 2%): a 元/万元 mix-up. */
const TEN_THOUSAND = exact(10000);
const TEN_THOUSANDTH = exact('0.0001');
const SLIP_MARGIN = [exact(200), exact('0.000002')];

export function isMagnitudeSlip(actual: Exact, expected: Exact): boolean {
  if (isZero(actual) || isZero(expected)) return false;
  const ratio = abs(div(actual, expected));
  return lte(abs(sub(ratio, TEN_THOUSAND)), SLIP_MARGIN[0]) || lte(abs(sub(ratio, TEN_THOUSANDTH)), SLIP_MARGIN[1]);
}

export const valueOf = (a: Amount | null | undefined): Exact => a?.value ?? ZERO;

/** Σ of amounts, blanks counting as zero. */
export function total(amounts: readonly (Amount | null | undefined)[]): Exact {
  return sum(amounts.map(valueOf));
}

export interface SumCheck {
  readonly sheet: string;
  /** The unit of the table that holds the total and its parts. */
  readonly unit?: MoneyUnit | null;
  /** The figure that should equal the sum. */
  readonly total: Amount;
  readonly parts: readonly Amount[];
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/**
 * Reports total ≠ Σ parts: nothing when equal, a rounding note within the bound, else the
 * finding (with the 10,000× hint in its data). Blank cells count as zero; a total with no value
 * and no non-zero part is fine.
 */
export function checkSum(ctx: RuleContext, c: SumCheck): void {
  if (ctx.identity) {
    const unit = c.unit ?? null;
    ctx.identity({ total: { sheet: c.sheet, unit, amount: c.total }, parts: c.parts.map((amount) => ({ sheet: c.sheet, unit, amount })) });
  }
  if (c.total.error || c.total.text) return; // reported by the cell rules
  // Most identities hold: told from the integer counts, without building the sum.
  if (sumEquals(c.parts.map(valueOf), valueOf(c.total))) return;
  const expected = total(c.parts);
  const actual = valueOf(c.total);
  if (eq(actual, expected) || (c.total.value === null && isZero(expected))) return;
  const figures = [c.total, ...c.parts.filter((p) => p.value !== null)];
  const o = outcome(actual, expected, figures, ctx.options.tolerance);
  if (o === 'equal') return;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, expected: toAmountText(expected), actual: toAmountText(actual), difference: toAmountText(sub(actual, expected)), ...(isMagnitudeSlip(actual, expected) ? { hint: 'magnitude' } : {}) },
    sheet: c.sheet,
    cell: c.total.cell,
    related: c.parts.map((p) => p.cell),
    expected: toPlain(expected),
    actual: toPlain(actual),
    rounding: o === 'rounding',
  });
}

export interface PairCheck {
  readonly sheet: string;
  readonly unit: MoneyUnit | null;
  readonly actual: Amount;
  /** The counterpart figure, possibly in another table (and unit). */
  readonly expected: { readonly amount: Amount | null; readonly sheet: string; readonly unit: MoneyUnit | null };
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/**
 * A figure converted from another unit (元 → 万元) is published rounded to the printed places:
 * 2,132,777.54 元 printed as 213.28 万元 is that figure, not a rounding difference.
 */
function printedAs(expected: Exact, actual: Amount): boolean {
  return actual.value !== null && eq(halfUp(expected, actual.decimals), actual.value);
}

/** Reports a figure that differs from its counterpart in another table, in the figure's own unit. */
export function checkPair(ctx: RuleContext, c: PairCheck): void {
  if (ctx.identity && c.expected.amount) {
    ctx.identity({ total: { sheet: c.sheet, unit: c.unit, amount: c.actual }, parts: [{ sheet: c.expected.sheet, unit: c.expected.unit, amount: c.expected.amount }] });
  }
  if (c.actual.error || c.actual.text || c.expected.amount?.error || c.expected.amount?.text) return;
  const from = c.expected.unit ?? c.unit ?? '元';
  const to = c.unit ?? from;
  const expected = convert(valueOf(c.expected.amount), from, to);
  const actual = valueOf(c.actual);
  const figures = [c.actual, ...(c.expected.amount ? [c.expected.amount] : [])];
  if (from !== to && printedAs(expected, c.actual)) return;
  const o = outcome(actual, expected, figures, ctx.options.tolerance);
  if (o === 'equal') return;
  const ref = c.expected.amount ? refTo(c.sheet, c.expected.sheet, c.expected.amount.cell) : null;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, expected: toAmountText(expected), actual: toAmountText(actual), difference: toAmountText(sub(actual, expected)), ...(isMagnitudeSlip(actual, expected) ? { hint: 'magnitude' } : {}) },
    sheet: c.sheet,
    cell: c.actual.cell,
    related: ref ? [ref] : [],
    expected: toPlain(expected),
    actual: toPlain(actual),
    rounding: o === 'rounding',
  });
}

/** A figure of another table (and perhaps another unit) in a sum that spans tables. */
export interface AcrossPart {
  readonly amount: Amount;
  readonly sheet: string;
  readonly unit: MoneyUnit | null;
}

export interface SumAcrossCheck {
  readonly sheet: string;
  readonly unit: MoneyUnit | null;
  /** The figure that should equal the sum. */
  readonly total: Amount;
  /** The parts, each on its own sheet and in its own unit. */
  readonly parts: readonly AcrossPart[];
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/**
 * Reports total ≠ Σ parts when the parts sit in other tables: each part is converted from its
 * own unit to the total's, and declared with its own sheet and unit. Blank cells count as zero;
 * a total with no value and no non-zero part is fine. With one part this is `checkPair`.
 */
export function checkSumAcross(ctx: RuleContext, c: SumAcrossCheck): void {
  ctx.identity?.({ total: { sheet: c.sheet, unit: c.unit, amount: c.total }, parts: c.parts.map((p) => ({ sheet: p.sheet, unit: p.unit, amount: p.amount })) });
  if (c.total.error || c.total.text || c.parts.some((p) => p.amount.error || p.amount.text)) return;
  // All blank (the empty source columns of most rows): nothing to compare, and no decimal work.
  if (c.total.value === null && c.parts.every((p) => p.amount.value === null)) return;
  const to = c.unit ?? c.parts.find((p) => p.unit)?.unit ?? '元';
  if (c.parts.every((p) => (p.unit ?? to) === to) && sumEquals(c.parts.map((p) => valueOf(p.amount)), valueOf(c.total))) return;
  const expected = sum(c.parts.map((p) => convert(valueOf(p.amount), p.unit ?? to, to)));
  const actual = valueOf(c.total);
  if (eq(actual, expected) || (c.total.value === null && isZero(expected))) return;
  if (c.parts.some((p) => (p.unit ?? to) !== to) && printedAs(expected, c.total)) return;
  // The rounding bound in the total's unit: a figure printed in 万元 to two places is rounded to
  // 100 元, whatever the places of the 元 figures beside it.
  const figures = [{ amount: c.total, unit: to }, ...c.parts.filter((p) => p.amount.value !== null).map((p) => ({ amount: p.amount, unit: p.unit ?? to }))];
  let coarsest = ZERO;
  for (const f of figures) if (f.amount.value !== null) coarsest = max(coarsest, convert(halfUnit(f.amount.decimals), f.unit, to));
  const bound = max(mul(coarsest, figures.length), ctx.options.tolerance);
  const o: Outcome = lte(abs(sub(actual, expected)), bound) ? 'rounding' : 'different';
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, expected: toAmountText(expected), actual: toAmountText(actual), difference: toAmountText(sub(actual, expected)), ...(isMagnitudeSlip(actual, expected) ? { hint: 'magnitude' } : {}) },
    sheet: c.sheet,
    cell: c.total.cell,
    related: c.parts.map((p) => refTo(c.sheet, p.sheet, p.amount.cell)),
    expected: toPlain(expected),
    actual: toPlain(actual),
    rounding: o === 'rounding',
  });
}

/**
 * A related cell as findings list it: bare on the finding's own sheet, else `Sheet!A1`. A cell of a
 * continued part on another sheet is already qualified (see `Table.parts`).
 */
export function refTo(findingSheet: string, sheet: string, cell: string): string {
  if (cell.includes('!')) return cell;
  return sheet === findingSheet ? cell : `${sheet}!${cell}`;
}
