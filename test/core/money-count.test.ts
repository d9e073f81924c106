// An exact value is an integer count of 1/10,000 while it fits, a decimal otherwise: every
// operation must give what decimal.js gives on the same values, and the form must be canonical
// (a value that can be a count is one, whichever way it was made), so that equal values are
// alike to a deep equality and to `eq`.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { abs, add, cmp, decimalPlaces, div, eq, exact, halfUp, isInteger, isNegative, isZero, mul, neg, share, sub, toAmountText, toFixed, toNumber, toPlain, within, type Exact } from '../../src/core/money';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** Decimal text: small amounts with few decimals (counts), and long or huge ones (decimals). */
const text = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.integer({ min: 0, max: 4 })),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 9 })),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999n }), fc.integer({ min: 0, max: 4 })),
).map(([negative, digits, places]) => {
  const s = digits.toString().padStart(places + 1, '0');
  const body = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return `${negative && digits !== 0n ? '-' : ''}${body}`;
});

const same = (x: Exact, d: Decimal) => {
  expect(toPlain(x)).toBe(d.toFixed());
  // canonical: the same value made from its text is deep-equal
  expect(x).toEqual(exact(d.toFixed()));
};

describe('exact values as counts or decimals', () => {
  it('add, sub, neg, abs, mul by integers and by values, div agree with decimal.js and stay canonical', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: -100000, max: 100000 }), (a, b, k) => {
        const [x, y, da, db] = [exact(a), exact(b), new D(a), new D(b)];
        same(add(x, y), da.plus(db));
        same(sub(x, y), da.minus(db));
        same(neg(x), da.neg());
        same(abs(x), da.abs());
        same(mul(x, k), da.times(k));
        same(mul(x, y), da.times(db));
        if (!db.isZero()) same(div(x, y), da.div(db));
      }),
      { numRuns: 400 },
    );
  });

  it('compares, signs and prints like decimal.js', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [x, y, da, db] = [exact(a), exact(b), new D(a), new D(b)];
        expect(cmp(x, y)).toBe(da.cmp(db));
        expect(eq(x, y)).toBe(da.eq(db));
        expect(isZero(x)).toBe(da.isZero());
        expect(isNegative(x)).toBe(da.isNegative() && !da.isZero());
        expect(isInteger(x)).toBe(da.isInteger());
        expect(decimalPlaces(x)).toBe(da.decimalPlaces());
        expect(toFixed(x, 2)).toBe(da.toFixed(2, Decimal.ROUND_HALF_UP));
        expect(toAmountText(x)).toBe(da.decimalPlaces() >= 2 ? da.toFixed() : da.toFixed(2));
        expect(toNumber(x)).toBe(da.toNumber());
        expect(`${x}`).toBe(da.toString());
        expect(JSON.stringify({ x })).toBe(JSON.stringify({ x: da }));
        expect(toPlain(halfUp(x, 2))).toBe(da.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
        expect(within(x, y, exact('0.01'))).toBe(da.minus(db).abs().lte('0.01'));
        if (!db.isZero()) expect(toPlain(share(x, y)!)).toBe(da.div(db).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
      }),
      { numRuns: 400 },
    );
  });

  it('is canonical whichever way a value is made: cell double, text, or the result of arithmetic', () => {
    expect(exact(12.5)).toEqual(exact('12.50'));
    expect(div(exact(25), 2)).toEqual(exact('12.5'));
    expect(sub(exact('0.30001'), exact('0.00001'))).toEqual(exact(0.3));
    expect(neg(exact(0))).toEqual(exact('-0'));
    expect(toPlain(neg(exact(0)))).toBe('0');
    // beyond the counts' range the value is a decimal, and still exact
    expect(toPlain(add(exact('900719925474.0993'), exact('1')))).toBe('900719925475.0993');
    expect(exact('1.00001')).not.toEqual(exact('1.00002'));
  });
});
