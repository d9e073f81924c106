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

describe('identities between the tables', () => {
  it.each(['a-2019', 'b-2025', 'c-2024'] as const)('%s: every cross-table rule that applies declares identities, and all hold', async (name) => {
    const model = parseWorkbook(await sampleGrid(name));
    const ids = collectIdentities(model);
    const rules = new Set(ids.map((i) => i.rule));
    const expected: Record<string, string[]> = {
      'a-2019': ['cross-fiscal-classes', 'cross-income-sources', 'cross-income-expenditure', 'cross-expenditure-sources', 'cross-economic', 'basic-personnel-classes', 'three-public-economic'],
      'b-2025': ['cross-fiscal-classes', 'cross-income-sources', 'cross-income-expenditure', 'cross-expenditure-sources', 'basic-personnel-classes', 'running-costs'],
      'c-2024': ['cross-summary-split', 'cross-fiscal-classes', 'cross-income-sources', 'cross-income-expenditure', 'cross-expenditure-sources', 'cross-economic', 'basic-personnel-classes', 'project-total', 'three-public-economic', 'running-costs'],
    };
    for (const r of expected[name]) expect({ rule: r, declared: rules.has(r) }).toEqual({ rule: r, declared: true });
    expect(runChecks(model)).toEqual([]);
  });

  it('declares a sum across tables with each part on its own sheet', async () => {
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const across = collectIdentities(model).filter((i) => i.rule === 'cross-expenditure-sources' && i.identity.parts.length === 2);
    expect(across.length).toBeGreaterThan(0);
    for (const { identity } of across) {
      expect(identity.total.sheet).toBe('部门支出总表');
      expect(identity.parts.map((p) => p.sheet).sort()).toEqual(['一般公共预算支出表', '政府性基金预算支出表']);
    }
  });
});
