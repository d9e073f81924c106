// A county-scale generated workbook: `units` departments' rows in every table of layout (a),
// for benchmarks. Codes are synthetic but well formed (类 of the sample, 款/项 numbered per
// unit), so every identity still holds.
import type { Leaf } from './hierarchy';
import { FUNC_NAMES, ECON_NAMES, type HenanUnit } from './henan';
import { SAMPLE_A } from './data';

/** 类/款 names for the synthetic codes. */
export const COUNTY_NAMES: Record<string, string> = new Proxy({ ...FUNC_NAMES, ...ECON_NAMES } as Record<string, string>, {
  get: (target, key: string) => target[key] ?? `科目${key}`,
});

export function countyUnit(units: number): HenanUnit {
  const general: Leaf[] = [];
  const economic: Leaf[] = [];
  const basicEconomic: Leaf[] = [];
  for (let u = 0; u < units; u++) {
    const kuan = String((u % 99) + 1).padStart(2, '0');
    const lei = ['201', '208', '210', '212', '221'][Math.floor(u / 99) % 5];
    for (const [i, leaf] of SAMPLE_A.general.entries()) {
      general.push({ code: `${lei}${kuan}${String(i + 1 + Math.floor(u / 495) * 10).padStart(2, '0')}`, name: `${leaf.name}（单位${u + 1}）`, v: leaf.v });
    }
    const econLei = String(300 + (u % 99) + 1);
    const econKuan = (i: number) => String(Math.floor(u / 99) * 25 + i + 1).padStart(2, '0');
    // The 政府性基金 spending is the first unit's only (as in `fund` below).
    SAMPLE_A.economic.forEach((leaf, i) => economic.push({ code: `${econLei}${econKuan(i)}`, name: `${leaf.name}（单位${u + 1}）`, v: u === 0 ? leaf.v : { general: leaf.v.general ?? '0' } }));
    SAMPLE_A.basicEconomic.forEach((leaf, i) => basicEconomic.push({ code: `${econLei}${econKuan(i)}`, name: `${leaf.name}（单位${u + 1}）`, v: leaf.v }));
  }
  return { ...SAMPLE_A, name: '某县（汇总）', general, economic, basicEconomic, fund: SAMPLE_A.fund, names: COUNTY_NAMES };
}

