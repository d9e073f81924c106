import fc from 'fast-check';
import { abs, add, convert, div, down, eq, exact, lte, sub, growthRate, halfEven, halfUp, share, sum, toAmountText, toFixed, toGrouped, toPlain, within, ZERO } from '../../src/core/money';

describe('money', () => {
  it('reads doubles at Excel precision, so binary noise disappears', () => {
    expect(toPlain(exact(0.1 + 0.2))).toBe('0.3');
    expect(toPlain(exact(91016775.35))).toBe('91016775.35');
    expect(toPlain(add(exact(489.25), exact(300)))).toBe('789.25');
  });

  it('rounds half-up, half-even and down as named', () => {
    expect(toPlain(halfUp(exact('2.345'), 2))).toBe('2.35');
    expect(toPlain(halfEven(exact('2.345'), 2))).toBe('2.34');
    expect(toPlain(halfEven(exact('2.355'), 2))).toBe('2.36');
    expect(toPlain(down(exact('9.357'), 2))).toBe('9.35');
    expect(toPlain(halfUp(exact('-2.345'), 2))).toBe('-2.35');
  });

  it('computes shares and growth rates of the reference text exactly', () => {
    // 基本支出 73.85 of 789.25: 9.3570…% → 9.36 (the text's 9.35 is a truncation).
    expect(toPlain(share(exact('73.85'), exact('789.25'))!)).toBe('9.36');
    expect(toPlain(share(exact('715.4'), exact('789.25'))!)).toBe('90.64');
    expect(toPlain(growthRate(exact('789.25'), exact('101.78'))!)).toBe('675.45');
    expect(growthRate(exact('300'), ZERO)).toBeNull();
    expect(share(exact('1'), ZERO)).toBeNull();
    expect(toPlain(growthRate(ZERO, exact('25'))!)).toBe('-100');
  });

  it('converts units exactly', () => {
    expect(toPlain(convert(exact('91016775.35'), '元', '万元'))).toBe('9101.677535');
    expect(toPlain(convert(exact('867.5'), '万元', '元'))).toBe('8675000');
    expect(toPlain(convert(exact('1.5'), '亿元', '万元'))).toBe('15000');
  });

  it('formats with separators and fixed decimals', () => {
    expect(toGrouped(exact('1234567.5'), 2)).toBe('1,234,567.50');
    expect(toGrouped(exact('-1234'), 0)).toBe('-1,234');
    expect(toFixed(exact('0.005'), 2)).toBe('0.01');
  });

  it('compares within a tolerance', () => {
    expect(within(exact('100.01'), exact('100'), exact('0.01'))).toBe(true);
    expect(within(exact('100.02'), exact('100'), exact('0.01'))).toBe(false);
  });

  // Amounts in cents as integers: the reference arithmetic is BigInt.
  const cents = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
  const asExact = (c: bigint) => exact(`${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`);

  it('sums exactly, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 60 }), (cs) => {
        const expected = cs.reduce((a, b) => a + b, 0n);
        const forward = sum(cs.map(asExact));
        const backward = sum([...cs].reverse().map(asExact));
        return eq(forward, backward) && eq(forward, asExact(expected));
      }),
    );
  });

  it('rounds shares half-up like a BigInt reference (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (part, whole) => {
        // share in hundredths of a percent: round(part * 10000 / whole), ties up.
        const num = part * 10000n * 2n + whole;
        const ref = num / (2n * whole);
        const got = share(asExact(part), asExact(whole))!;
        return toFixed(got, 2) === `${ref / 100n}.${String(ref % 100n).padStart(2, '0')}`;
      }),
    );
  });

  it('truncation and half-up differ by at most one unit in the last place (property)', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 4 }), (c, places) => {
        const v = asExact(c);
        const diff = abs(sub(halfUp(v, places), down(v, places)));
        return lte(diff, div(exact(1), 10 ** places));
      }),
    );
  });
});

describe('amounts in messages', () => {
  it.each([
    ['9', '9.00'],
    ['-9', '-9.00'],
    ['74.3', '74.30'],
    ['798.25', '798.25'],
    ['0.005', '0.005'],
    ['12345678.1', '12345678.10'],
  ])('%s is printed %s', (raw, shown) => {
    expect(toAmountText(exact(raw))).toBe(shown);
  });
});
