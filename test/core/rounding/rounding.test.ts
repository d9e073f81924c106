// 舍位平衡 on small tables: the worked example of docs/rounding.md, identities broken in the
// input, tables already in 万元, identities no rounding can keep, cells that are not amounts.
import { collectIdentities, runChecks } from '../../../src/core/checks';
import { checkPair } from '../../../src/core/checks/compare';
import type { Rule } from '../../../src/core/checks/types';
import { RULES } from '../../../src/core/checks';
import { exact, toPlain, ZERO } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookModel } from '../../../src/core/model/types';
import { roundWorkbook, type RoundingResult } from '../../../src/core/rounding';
import { applyToGrid, relabelUnit } from '../../../src/core/rounding/apply';
import { foldEqualPairs, satisfies } from '../../../src/core/rounding/mip';
import type { SheetGrid } from '../../../src/core/grid';
import { sheet, type Plain } from '../../helpers/grid';
import { highs } from '../../helpers/rounding';

const META = (unit: string): Plain[] => ['单位名称：示例单位', null, null, `单位：${unit}`];

/** 支出总表 in 元: 合计 and three 类 with one column of amounts (and a rate column). */
function expenditure(rows: [string | null, string, number | string | null][], unit = '元', extra: Plain[][] = []): SheetGrid {
  return sheet('支出总表', [['2025年部门支出总表'], META(unit), ['科目编码', '科目名称', '合计', '占比（%）'], ...rows.map(([c, n, v]): Plain[] => [c, n, v, 12.5]), ...extra]);
}

const byCell = (r: RoundingResult) => Object.fromEntries(r.figures.map((f) => [`${f.sheet}!${f.cell}`, toPlain(f.value)]));

async function round(sheets: SheetGrid[], rules?: readonly Rule[]): Promise<{ model: WorkbookModel; result: RoundingResult }> {
  const model = parseWorkbook({ sheets });
  return { model, result: await roundWorkbook(model, { to: '万元', rules }, await highs()) };
}

describe('roundWorkbook', () => {
  it('worked example: one figure raised, the one nearest the midpoint', async () => {
    // 14,449 + 24,441 + 34,445 = 73,335 元; half-up in 万元: 1.44 + 2.44 + 3.44 = 7.32 ≠ 7.33.
    const { result } = await round([expenditure([[null, '合计', 73335], ['201', '一般公共服务支出', 14449], ['208', '社会保障和就业支出', 24441], ['210', '卫生健康支出', 34445]])]);
    expect(byCell(result)).toEqual({ '支出总表!C4': '7.33', '支出总表!C5': '1.45', '支出总表!C6': '2.44', '支出总表!C7': '3.44' });
    expect(result.adjusted.map((f) => [f.cell, toPlain(f.exact), toPlain(f.halfUp), toPlain(f.value)])).toEqual([['C5', '1.4449', '1.44', '1.45']]);
    expect(result.broken).toEqual([]);
    expect(result.leftOff).toEqual([]);
    expect(result.stats.optimal).toBe(true);
  });

  it('leaves rates, blanks and text alone and relabels the unit', async () => {
    const grid = { sheets: [expenditure([[null, '合计', 30000], ['201', '一般公共服务支出', 30000], ['208', '社会保障和就业支出', null], ['210', '卫生健康支出', '—']])] };
    const model = parseWorkbook(grid);
    const result = await roundWorkbook(model, { to: '万元' }, await highs());
    expect(byCell(result)).toEqual({ '支出总表!C4': '3', '支出总表!C5': '3' });
    const out = parseWorkbook(applyToGrid(grid, result));
    expect(out.tables[0].unit).toBe('万元');
    expect(out.tables[0].blocks[0].rows[0].amounts[1]?.value).toEqual(exact(12.5)); // the rate column
    expect(runChecks(out, { options: { tolerance: ZERO } }).filter((f) => f.rule !== 'table-missing')).toEqual([]);
  });

  it('lists an identity broken in the input first and balances the others', async () => {
    // The 合计 is 5 元 off: a real error, not rounding.
    const { result } = await round([expenditure([[null, '合计', 73340], ['201', '一般公共服务支出', 14449], ['208', '社会保障和就业支出', 24441], ['210', '卫生健康支出', 34445]])]);
    expect(result.broken.map((b) => [b.rule, b.cell, toPlain(b.actual), toPlain(b.expected)])).toEqual([['row-total', 'C4', '73340', '73335']]);
    expect(result.adjusted).toEqual([]); // nothing else to keep
  });

  it('keeps a table already in 万元 as it is, and a cross-table identity across the units', async () => {
    // A rule of the test: the 三公 table's 合计 equals the expenditure table's 210 row.
    const pair: Rule = {
      meta: { id: 'test-pair', family: 'cross-table', description: { 'zh-CN': '测试', 'en-US': 'test' }, messages: {} },
      check(ctx) {
        const [exp, three] = ctx.model.tables;
        const a = three.blocks[0].rows[0].amounts[0]!;
        const b = exp.blocks[0].rows[3].amounts[0]!;
        checkPair(ctx, { sheet: three.sheet, unit: three.unit, actual: a, expected: { amount: b, sheet: exp.sheet, unit: exp.unit }, messageId: 'x' });
      },
    };
    const three = sheet('三公', [['2025年“三公”经费支出表'], META('万元'), ['合计', '因公出国（境）费', '公务接待费'], [3.45, 1.2, 2.25]]);
    // 34,449 元 is 3.4449 万元: half-up 3.44, but the 三公 table says 3.45, so 3.45 it must be.
    const { result } = await round([expenditure([[null, '合计', 73335], ['201', '一般公共服务支出', 14441], ['208', '社会保障和就业支出', 24445], ['210', '卫生健康支出', 34449]]), three], [...RULES, pair]);
    expect(result.tables.map((t) => [t.sheet, t.converted])).toEqual([['支出总表', true], ['三公', false]]);
    expect(byCell(result)['支出总表!C7']).toBe('3.45');
    expect(Object.keys(byCell(result)).some((k) => k.startsWith('三公'))).toBe(false);
    expect(result.leftOff).toEqual([]);
    expect(result.adjusted.map((f) => f.cell)).toEqual(['C7']); // and 1.44 + 2.44 + 3.45 = 7.33
  });

  it('reports the fewest identities no rounding can keep', async () => {
    // x = y in one table (two 类 rows of equal 12,350 元), but two 万元 figures pin x to 1.24 and y to 1.23.
    const pin = (row: number, col: number): Rule => ({
      meta: { id: `pin-${row}-${col}`, family: 'cross-table', description: { 'zh-CN': '测试', 'en-US': 'test' }, messages: {} },
      check(ctx) {
        const [exp, fixed] = ctx.model.tables;
        checkPair(ctx, { sheet: fixed.sheet, unit: fixed.unit, actual: fixed.blocks[0].rows[0].amounts[col]!, expected: { amount: exp.blocks[0].rows[row].amounts[0]!, sheet: exp.sheet, unit: exp.unit }, messageId: 'x' });
      },
    });
    const same: Rule = {
      meta: { id: 'same', family: 'table', description: { 'zh-CN': '测试', 'en-US': 'test' }, messages: {} },
      check(ctx) {
        const rows = ctx.model.tables[0].blocks[0].rows;
        checkPair(ctx, { sheet: '支出总表', unit: '元', actual: rows[1].amounts[0]!, expected: { amount: rows[2].amounts[0]!, sheet: '支出总表', unit: '元' }, messageId: 'x' });
      },
    };
    const fixed = sheet('三公', [['2025年“三公”经费支出表'], META('万元'), ['合计', '因公出国（境）费', '公务接待费'], [2.47, 1.24, 1.23]]);
    const { result } = await round([expenditure([[null, '合计', 24700], ['201', '一般公共服务支出', 12350], ['208', '社会保障和就业支出', 12350]]), fixed], [...RULES, pin(1, 1), pin(2, 2), same]);
    expect(result.broken).toEqual([]);
    expect(result.leftOff).toHaveLength(1);
    expect(result.stats.optimal).toBe(true);
  });

  it('skips identities with text or error cells and says so', async () => {
    const { result } = await round([expenditure([[null, '合计', 30000], ['201', '一般公共服务支出', 'abc'], ['208', '社会保障和就业支出', 30000]])]);
    expect(result.skipped.map((s) => [s.rule, s.reason])).toEqual([['row-total', 'unreadable']]);
  });

  it('does nothing to a workbook already in 万元', async () => {
    const { result } = await round([expenditure([[null, '合计', 7.33], ['201', '一般公共服务支出', 7.33]], '万元')]);
    expect(result.figures).toEqual([]);
    expect(result.tables[0].converted).toBe(false);
  });
});

describe('helpers', () => {
  it('relabels only the table unit', () => {
    expect(relabelUnit('单位：元', '元', '万元')).toBe('单位：万元');
    expect(relabelUnit('金额单位:元', '元', '万元')).toBe('金额单位:万元');
    expect(relabelUnit('预算数（元）', '元', '万元')).toBe('预算数（万元）');
    expect(relabelUnit('编制单位：某单位  单位：万元', '元', '万元')).toBe('编制单位：某单位  单位：万元');
    expect(relabelUnit('单位：千元', '千元', '万元')).toBe('单位：万元');
  });

  it('folds x = y pairs without changing the optimum', () => {
    const p = {
      variables: [0, 1, 2, 3].map((i) => ({ lower: 0, upper: 1, integer: true, cost: i % 2 ? 1 : -1 })),
      constraints: [
        { terms: [{ v: 0, a: 1 }, { v: 1, a: -1 }], lower: 0, upper: 0 },
        { terms: [{ v: 2, a: 1 }, { v: 3, a: -1 }], lower: 0, upper: 0 },
        { terms: [{ v: 0, a: 1 }, { v: 2, a: 1 }], lower: 1, upper: 1 },
      ],
    };
    const f = foldEqualPairs(p)!;
    expect(f.problem.variables).toHaveLength(2);
    expect(f.problem.constraints).toHaveLength(1);
    expect(satisfies(p, f.expand([1, 0]))).toBe(true);
  });

  it('every identity of a model is seen by the rounding', async () => {
    const model = parseWorkbook({ sheets: [expenditure([[null, '合计', 73335], ['201', '一般公共服务支出', 14449], ['208', '社会保障和就业支出', 24441], ['210', '卫生健康支出', 34445]])] });
    const result = await roundWorkbook(model, { to: '万元' }, await highs());
    expect(result.stats.identities).toBe(collectIdentities(model).length);
  });
});
