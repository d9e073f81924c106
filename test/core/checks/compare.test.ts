// Sums across tables: each part converted from its own unit, declared with its own sheet, and
// compared with a rounding bound in the total's unit.
import { checkSumAcross } from '../../../src/core/checks/compare';
import type { Identity, Report, RuleContext } from '../../../src/core/checks/types';
import { exact, type MoneyUnit } from '../../../src/core/money';
import type { Amount } from '../../../src/core/model/types';

const amount = (v: string | null, decimals: number, cell: string): Amount => ({ value: v === null ? null : exact(v), decimals, cell });

function run(total: Amount, parts: { amount: Amount; sheet: string; unit: MoneyUnit | null }[], unit: MoneyUnit = '元') {
  const reports: Report[] = [];
  const identities: Identity[] = [];
  const ctx: RuleContext = { model: { tables: [], unrecognized: [], year: null, unitName: null, issues: [] }, options: { tolerance: exact('0.01') }, report: (r) => reports.push(r), identity: (i) => identities.push(i) };
  checkSumAcross(ctx, { sheet: 'A', unit, total, parts, messageId: 'm' });
  return { reports, identities };
}

describe('checkSumAcross', () => {
  it('declares the identity with each part on its own sheet and unit', () => {
    const { reports, identities } = run(amount('30', 2, 'C5'), [
      { amount: amount('10', 2, 'C4'), sheet: 'B', unit: '元' },
      { amount: amount('0.002', 3, 'D4'), sheet: 'C', unit: '万元' },
    ]);
    expect(reports).toEqual([]);
    expect(identities).toHaveLength(1);
    expect(identities[0].parts.map((p) => [p.sheet, p.unit])).toEqual([
      ['B', '元'],
      ['C', '万元'],
    ]);
  });

  it.each([
    ['2132800', null],
    ['2132777.54', 'rounding'], // the 万元 figure is rounded: a note, not an error
    ['2132850', 'rounding'], // within 2 × 50 元, the half unit of 213.28 万元
    ['2133000', 'different'],
  ])('a 元 total %s against 213.28 万元: %s', (total, expected) => {
    const { reports } = run(amount(total, 2, 'C5'), [{ amount: amount('213.28', 2, 'G6'), sheet: 'B', unit: '万元' }]);
    expect(reports.map((r) => (r.rounding ? 'rounding' : 'different'))).toEqual(expected ? [expected] : []);
    for (const r of reports) expect(r.related).toEqual(['B!G6']);
  });

  it('a 万元 total equal to the 元 parts printed to its places is no difference', () => {
    expect(run(amount('213.28', 2, 'G6'), [{ amount: amount('2132777.54', 2, 'D35'), sheet: 'B', unit: '元' }], '万元').reports).toEqual([]);
  });

  it('skips all-blank rows', () => {
    expect(run(amount(null, 2, 'C5'), [{ amount: amount(null, 2, 'C4'), sheet: 'B', unit: '元' }]).reports).toEqual([]);
  });
});
