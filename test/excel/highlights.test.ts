// The fill to put back, from what Excel reports of a cell's fill.
import { originalFill } from '../../src/excel/highlights';

describe('the original fill of a cell', () => {
  it.each([
    { name: 'a colour', fill: { color: '#00B050', pattern: 'Solid', tintAndShade: 0 }, want: '#00B050' },
    { name: 'a colour, pattern not reported', fill: { color: '#00B050', pattern: null, tintAndShade: 0 }, want: '#00B050' },
    { name: 'no fill, pattern None', fill: { color: '#FFFFFF', pattern: 'None', tintAndShade: null }, want: null },
    { name: 'no fill, pattern and tint null', fill: { color: '#FFFFFF', pattern: null, tintAndShade: null }, want: null },
    { name: 'white, pattern Solid', fill: { color: '#FFFFFF', pattern: 'Solid', tintAndShade: null }, want: '#FFFFFF' },
    { name: 'white, pattern null, a tint', fill: { color: '#FFFFFF', pattern: null, tintAndShade: 0 }, want: '#FFFFFF' },
    { name: 'white, lower case', fill: { color: '#ffffff', pattern: null, tintAndShade: 0 }, want: '#ffffff' },
    { name: 'white, nothing else known: no fill, the commoner case', fill: { color: '#FFFFFF' }, want: null },
    { name: 'no colour at all', fill: { color: null }, want: null },
  ])('$name', ({ fill, want }) => {
    expect(originalFill(fill)).toBe(want);
  });
});
