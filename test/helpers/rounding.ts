// Shared pieces of the rounding tests: the HiGHS solver (loaded once), budgets relabelled to 元,
// and an independent brute-force optimum for small tables.
import type { MipSolver } from '../../src/core/rounding';
import { collectIdentities } from '../../src/core/checks';
import type { WorkbookGrid } from '../../src/core/grid';
import { div, exact, floor, halfUp, isInteger, toNumber, UNIT_IN_YUAN } from '../../src/core/money';
import type { WorkbookModel } from '../../src/core/model/types';
import { nodeSolver } from '../../src/solver/node';

let solver: Promise<MipSolver> | null = null;
export function highs(): Promise<MipSolver> {
  if (!solver) solver = nodeSolver();
  return solver;
}

/** The grid with its 单位：万元 lines saying 元 (figures then read as 元), except the sheets named. */
export function inYuan(grid: WorkbookGrid, keep: readonly string[] = []): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) =>
      keep.includes(s.name) ? s : { ...s, cells: s.cells.map((row) => row.map((c) => (c && typeof c.value === 'string' && c.value.includes('单位：万元') ? { ...c, value: c.value.replace('单位：万元', '单位：元') } : c))) },
    ),
  };
}

/**
 * The fewest figures off half-up over every choice of floor/ceil for the converted figures of a
 * model whose tables are all in 元 (2 decimals of 万元), or null when no choice keeps every
 * identity. Written from the definition, without the programme the solver gets.
 */
export function bruteForceAdjusted(model: WorkbookModel): { best: number | null; free: number } {
  const ids = collectIdentities(model);
  const keyOf = (sheet: string, cell: string) => `${sheet}!${cell}`;
  const figures = new Map<string, { lo: number; h: number; fixed: boolean }>();
  for (const { identity } of ids) {
    for (const f of [identity.total, ...identity.parts]) {
      const v = f.amount.value;
      if (v === null) continue;
      const t = div(exact(v), UNIT_IN_YUAN['万元'] / 100 / UNIT_IN_YUAN[f.unit!]);
      figures.set(keyOf(f.sheet, f.amount.cell), { lo: toNumber(floor(t, 0)), h: toNumber(halfUp(t, 0)), fixed: isInteger(t) });
    }
  }
  const free = [...figures.entries()].filter(([, f]) => !f.fixed);
  const k = free.length;
  if (k > 16) return { best: null, free: k };
  const value = new Map<string, number>();
  for (const [key, f] of figures) value.set(key, f.lo);
  let best: number | null = null;
  for (let mask = 0; mask < 1 << k; mask++) {
    let off = 0;
    free.forEach(([key, f], i) => {
      const v = f.lo + ((mask >> i) & 1);
      value.set(key, v);
      if (v !== f.h) off++;
    });
    if (best !== null && off >= best) continue;
    const ok = ids.every(({ identity }) => {
      const val = (f: typeof identity.total) => (f.amount.value === null ? 0 : value.get(keyOf(f.sheet, f.amount.cell))!);
      return val(identity.total) === identity.parts.reduce((s, p) => s + val(p), 0);
    });
    if (ok) best = off;
  }
  return { best, free: k };
}

