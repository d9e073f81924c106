import fc from 'fast-check';
import { abs, div, eq, exact, isNegative, toFixed, toPlain } from '../../../src/core/money';
import { formatDecimals, parseNumericText, readCell } from '../../../src/core/model/values';

describe('reading amounts', () => {
  it.each([
    ['1,234.56', '1234.56', 2],
    [' 12.00 ', '12', 2],
    ['１２３.４', '123.4', 1],
    ['(12.00)', '-12', 2],
    ['-12.00', '-12', 2],
    ['−7.5', '-7.5', 1],
    ['¥1,000', '1000', 0],
    ['0', '0', 0],
    ['.5', '0.5', 1],
    ['12,345,678.90', '12345678.9', 2],
  ])('parses %j', (text, value, decimals) => {
    const r = parseNumericText(text)!;
    expect(toPlain(r.value)).toBe(value);
    expect(r.decimals).toBe(decimals);
  });

  it.each(['abc', '12,34', '1,2345', '--1', '(-1)', '1.2.3', '', '12%'])('rejects %j', (text) => {
    expect(parseNumericText(text)).toBeNull();
  });

  it('keeps blank and dash distinct from zero', () => {
    for (const t of ['—', '-', '－', '', '  ', '——']) expect(readCell({ value: t }).kind).toBe('blank');
    expect(readCell(null).kind).toBe('blank');
    const zero = readCell({ value: 0 });
    expect(zero.kind).toBe('number');
  });

  it('reads a template\'s "not to be filled" words as blank, other words as text', () => {
    for (const t of ['单位不需填列', '不需填列', '无需填报', '不适用', ' 单位不需 填列 ']) expect(readCell({ value: t }).kind).toBe('blank');
    for (const t of ['不需填列的说明见附表', '填列']) expect(readCell({ value: t }).kind).toBe('text');
  });

  it('keeps formula errors as errors and text as text', () => {
    expect(readCell({ value: null, error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
    expect(readCell({ value: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(readCell({ value: '见附表' })).toEqual({ kind: 'text', text: '见附表' });
  });

  it('takes the printed precision from the display text, else the number format', () => {
    const r1 = readCell({ value: 12.5, text: '12.50' });
    expect(r1.kind === 'number' && r1.decimals).toBe(2);
    const r2 = readCell({ value: 46140000, format: '#,##0.00' });
    expect(r2.kind === 'number' && r2.decimals).toBe(2);
    const r3 = readCell({ value: 12.345, format: 'General' });
    expect(r3.kind === 'number' && r3.decimals).toBe(3);
    const r4 = readCell({ value: 1234, format: '#,##0' });
    expect(r4.kind === 'number' && r4.decimals).toBe(0);
    expect(formatDecimals('0.00_);[Red](0.00)')).toBe(2);
    expect(formatDecimals('"¥"#,##0.000')).toBe(3);
    expect(formatDecimals('@')).toBeNull();
  });

  // Every notation the reader accepts round-trips to the same exact value.
  it('round-trips every accepted notation (property)', () => {
    const amount = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map((c) => div(exact(c.toString()), 100));
    fc.assert(
      fc.property(amount, fc.constantFrom('plain', 'grouped', 'paren', 'fullwidth', 'spaced', 'yuan'), (v, style) => {
        const neg = isNegative(v);
        const absText = toFixed(abs(v), 2);
        const grouped = absText.replace(/\B(?=(\d{3})+(?!\d))/g, (m, off: number) => (off < absText.indexOf('.') ? ',' : m));
        let text: string;
        switch (style) {
          case 'plain':
            text = (neg ? '-' : '') + absText;
            break;
          case 'grouped':
            text = (neg ? '-' : '') + grouped;
            break;
          case 'paren':
            text = neg ? `(${grouped})` : grouped;
            break;
          case 'fullwidth':
            text = ((neg ? '-' : '') + absText).replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
            break;
          case 'spaced':
            text = `  ${(neg ? '-' : '') + absText}\u3000`;
            break;
          default:
            text = (neg ? '-' : '') + `¥${grouped}`;
        }
        const r = parseNumericText(text);
        return r !== null && eq(r.value, v) && r.decimals === 2;
      }),
    );
  });
});
