import fc from 'fast-check';
import { amountText } from '../../src/core/amount-text';
import { exact, toAmountText, toPlain } from '../../src/core/money';

describe('amountText', () => {
  it('prints what toAmountText prints, from the plain text of any exact value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (n, places) => {
        const x = exact(`${n}e-${places}`);
        expect(amountText(toPlain(x))).toBe(toAmountText(x));
      }),
    );
  });

  it('leaves other text as it is', () => {
    expect(amountText('2010301.5x')).toBe('2010301.5x');
    expect(amountText('')).toBe('');
    expect(amountText('7.9')).toBe('7.90');
    expect(amountText('-0.5')).toBe('-0.50');
  });
});
