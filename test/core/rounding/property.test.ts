// Properties of 舍位平衡 on random budgets in 元: the converted workbook passes every check with a
// tolerance of 0, every figure is its exact conversion rounded down or up, and on small tables no
// rounding keeps the identities with fewer figures off half-up (brute force over every choice).
import fc from 'fast-check';
import { runChecks } from '../../../src/core/checks';
import { abs, ceil, eq, exact, floor, lt, sub, ZERO } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import { roundWorkbook } from '../../../src/core/rounding';
import { applyToGrid } from '../../../src/core/rounding/apply';
import { budgetArb, budgetGrid } from '../../helpers/budget-gen';
import { sheet, type Plain } from '../../helpers/grid';
import { bruteForceAdjusted, highs, inYuan } from '../../helpers/rounding';

const UNIT = exact('0.01');

describe('舍位平衡 properties', () => {
  it('random budgets in 元 (三公 in 万元): the output checks clean at tolerance 0, each figure within one unit', async () => {
    const solve = await highs();
    await fc.assert(
      fc.asyncProperty(budgetArb(2025), async (b) => {
        const grid = inYuan(budgetGrid(b), ['三公']);
        const input = parseWorkbook(grid);
        const before = runChecks(input, { options: { tolerance: ZERO } }).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
        const result = await roundWorkbook(input, { to: '万元' }, solve);
        expect(result.broken).toEqual([]);
        expect(result.leftOff).toEqual([]);
        expect(result.stats.optimal).toBe(true);
        const output = parseWorkbook(applyToGrid(grid, result));
        expect(output.tables.map((t) => t.unit)).toEqual(input.tables.map(() => '万元'));
        // No finding the input did not already have (a missing table, say): every sum holds exactly.
        const after = runChecks(output, { options: { tolerance: ZERO } }).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
        expect(after).toEqual(before);
        for (const f of result.figures) {
          expect(lt(abs(sub(f.value, f.exact)), UNIT)).toBe(true);
          expect(eq(f.value, floor(f.exact, 2)) || eq(f.value, ceil(f.exact, 2))).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  // A small 支出总表 in 元: 合计 and up to two 类 of one or two 款, 基本支出 and 项目支出 columns.
  const yuan = fc.oneof(fc.integer({ min: 1, max: 500 }).map((h) => h * 100), fc.integer({ min: 1, max: 5_000_000 }));
  const smallTable = fc.array(fc.array(fc.tuple(yuan, yuan), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 });

  function smallGrid(classes: [number, number][][]) {
    const codes = ['201', '208'];
    const rows: Plain[][] = [];
    let tb = 0;
    let tp = 0;
    classes.forEach((kuans, i) => {
      const b = kuans.reduce((s, k) => s + k[0], 0);
      const p = kuans.reduce((s, k) => s + k[1], 0);
      tb += b;
      tp += p;
      rows.push([codes[i], `类${i + 1}`, (b + p) / 100, b / 100, p / 100]);
      kuans.forEach(([kb, kp], j) => rows.push([`${codes[i]}0${j + 1}`, `款${j + 1}`, (kb + kp) / 100, kb / 100, kp / 100]));
    });
    return { sheets: [sheet('支出总表', [['2025年部门支出总表'], ['单位名称：示例', null, null, null, '单位：元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', (tb + tp) / 100, tb / 100, tp / 100], ...rows])] };
  }

  it('adjusts no more figures than the brute-force optimum on small tables', async () => {
    const solve = await highs();
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(smallTable, async (classes) => {
        const model = parseWorkbook(smallGrid(classes));
        const brute = bruteForceAdjusted(model);
        if (brute.best === null) return; // too many free figures for brute force, or none keeps every identity
        const result = await roundWorkbook(model, { to: '万元' }, solve);
        expect(result.leftOff).toEqual([]);
        expect(result.adjusted.length).toBe(brute.best);
        compared++;
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(10);
  }, 120_000);
});
