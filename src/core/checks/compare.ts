// Comparing a published figure with what it should be: exactly, with the rounding bound of the
// published precision, and with a hint when the two differ by a factor of 10,000 (元 written
// as 万元 or the reverse).
import { abs, convert, div, exact, isZero, lte, max, mul, sub, sum, toPlain, type Exact, type MoneyUnit } from '../money';
import type { Amount } from '../model/types';
import type { RuleContext } from './types';

export type Outcome = 'equal' | 'rounding' | 'different';

/**
 * Published figures are rounded, so an identity of n figures may be off by up to n × half the
 * coarsest printed precision among them (two-decimal figures: 0.005 per term). A difference
 * within that bound, or within the configured tolerance if larger, is rounding.
 */
export function roundingBound(figures: readonly Amount[], tolerance: Exact): Exact {
  const present = figures.filter((f) => f.value !== null);
  if (present.length === 0) return tolerance;
  const coarsest = Math.min(...present.map((f) => f.decimals));
  const half = div(exact(5), 10 ** (coarsest + 1));
  return max(mul(half, figures.length), tolerance);
}

export function outcome(actual: Exact, expected: Exact, figures: readonly Amount[], tolerance: Exact): Outcome {
  const diff = abs(sub(actual, expected));
  if (isZero(diff)) return 'equal';
  return lte(diff, roundingBound(figures, tolerance)) ? 'rounding' : 'different';
}

/** actual ≈ expected × 10⁴ or × 10⁻⁴ (within 2%): a 元/万元 mix-up. */
export function isMagnitudeSlip(actual: Exact, expected: Exact): boolean {
  if (isZero(actual) || isZero(expected)) return false;
  const ratio = abs(div(actual, expected));
  const near = (target: number) => lte(abs(sub(ratio, exact(target))), exact(target * 0.02));
  return near(10000) || near(0.0001);
}

export const valueOf = (a: Amount | null | undefined): Exact => a?.value ?? exact(0);

/** Σ of amounts, blanks counting as zero. */
export function total(amounts: readonly (Amount | null | undefined)[]): Exact {
  return sum(amounts.map(valueOf));
}

export interface SumCheck {
  readonly sheet: string;
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
  if (c.total.error || c.total.text) return; // reported by the cell rules
  const expected = total(c.parts);
  const actual = valueOf(c.total);
  if (c.total.value === null && isZero(expected)) return;
  const figures = [c.total, ...c.parts.filter((p) => p.value !== null)];
  const o = outcome(actual, expected, figures, ctx.options.tolerance);
  if (o === 'equal') return;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, expected: toPlain(expected), actual: toPlain(actual), difference: toPlain(sub(actual, expected)), ...(isMagnitudeSlip(actual, expected) ? { hint: 'magnitude' } : {}) },
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

/** Reports a figure that differs from its counterpart in another table, in the figure's own unit. */
export function checkPair(ctx: RuleContext, c: PairCheck): void {
  if (c.actual.error || c.actual.text || c.expected.amount?.error || c.expected.amount?.text) return;
  const from = c.expected.unit ?? c.unit ?? '元';
  const to = c.unit ?? from;
  const expected = convert(valueOf(c.expected.amount), from, to);
  const actual = valueOf(c.actual);
  const figures = [c.actual, ...(c.expected.amount ? [c.expected.amount] : [])];
  const o = outcome(actual, expected, figures, ctx.options.tolerance);
  if (o === 'equal') return;
  const ref = c.expected.amount ? (c.expected.sheet === c.sheet ? c.expected.amount.cell : `${c.expected.sheet}!${c.expected.amount.cell}`) : null;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, expected: toPlain(expected), actual: toPlain(actual), difference: toPlain(sub(actual, expected)), ...(isMagnitudeSlip(actual, expected) ? { hint: 'magnitude' } : {}) },
    sheet: c.sheet,
    cell: c.actual.cell,
    related: ref ? [ref] : [],
    expected: toPlain(expected),
    actual: toPlain(actual),
    rounding: o === 'rounding',
  });
}
