// collectIdentities: every identity the rules compare, equal or not, with the figures' sheets and units.
import { collectIdentities, runChecks } from '../../../src/core/checks';
import { parseWorkbook } from '../../../src/core/model/parse';
import { sampleGrid } from '../../helpers/samples';

describe('collectIdentities', () => {
  it('declares the identities behind every sum finding, and many more that hold', async () => {
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const ids = collectIdentities(model);
    const rules = new Set(ids.map((i) => i.rule));
    for (const r of ['column-total', 'row-total', 'code-hierarchy', 'summary-side-total', 'cross-totals']) expect(rules.has(r)).toBe(true);
    // Every figure knows its sheet and its table's unit.
    for (const { identity } of ids) {
      for (const f of [identity.total, ...identity.parts]) {
        expect(model.tables.some((t) => t.sheet === f.sheet)).toBe(true);
        expect(f.unit).not.toBeUndefined();
      }
    }
    // A clean sample: every declared identity holds, so no error is reported.
    expect(runChecks(model).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
