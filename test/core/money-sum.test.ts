// The integer fast path of `sum` must give exactly what decimal.js gives, for every mix of
// amounts: few decimals (the fast path), many decimals or computed values (the fallback), and
// magnitudes near and beyond the safe-integer limit.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { add, decimalPlaces, div, exact, sum, toPlain, ZERO, type Exact } from '../../src/core/money';

// decimal.js as money.ts sets it up, adding one term at a time.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const reference = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(new D(x)), new D(0)).toFixed();

/** A decimal string with up to `places` decimals and up to `int` integer digits. */
const decimalText = (int: number, places: number) =>
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** BigInt(int) - 1n }), fc.integer({ min: 0, max: places }), fc.bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n })).map(([negative, i, p, f]) => {
    const frac = p === 0 ? '' : `.${(f % 10n ** BigInt(p)).toString().padStart(p, '0')}`;
    return `${negative ? '-' : ''}${i}${frac}`;
  });

describe('sum: integer fast path', () => {
  it('equals decimal.js for amounts typed as text with few or many decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(decimalText(11, 4), decimalText(11, 4), decimalText(15, 8)), { maxLength: 40 }), (xs) => {
        expect(toPlain(sum(xs.map((x) => exact(x))))).toBe(reference(xs));
      }),
      { numRuns: 500 },
    );
  });

  it('equals decimal.js for cell doubles read at 15 digits', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100)), { maxLength: 40 }), (xs) => {
        const values = xs.map((x) => exact(x));
        expect(toPlain(sum(values))).toBe(reference(values.map(toPlain)));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back past the safe-integer range and for computed terms', () => {
    const big = Array.from({ length: 20 }, () => exact('99999999999.9999'));
    expect(toPlain(sum(big))).toBe(reference(Array.from({ length: 20 }, () => '99999999999.9999')));
    const third = div(exact(1), 3);
    expect(toPlain(sum([exact('0.1'), third]))).toBe(new D(1).div(3).plus('0.1').toFixed());
    expect(toPlain(sum([add(exact('0.1'), exact('0.2')), exact('0.7')]))).toBe('1');
  });

  it('keeps the form of decimal.js: no trailing zeros, no negative zero, generators accepted', () => {
    expect(toPlain(sum([exact('1.10'), exact('2.20')]))).toBe('3.3');
    expect(decimalPlaces(sum([exact('0.5'), exact('0.5')]))).toBe(0);
    expect(toPlain(sum([exact('-0'), ZERO]))).toBe('0');
    function* terms(): Generator<Exact> {
      yield exact(1);
      yield exact('2.25');
    }
    expect(toPlain(sum(terms()))).toBe('3.25');
    // A sum of sums stays on the fast path and exact.
    expect(toPlain(sum([sum([exact('0.1'), exact('0.2')]), exact('0.3')]))).toBe('0.6');
  });
});
