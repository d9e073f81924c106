import { runChecks } from '../../../src/core/checks';
import { kindOfTitle } from '../../../src/core/model/kinds';
import { isContinuationTitle } from '../../../src/core/model/continuation';
import { parseWorkbook } from '../../../src/core/model/parse';
import { sheet } from '../../helpers/grid';

type Cells = (string | number | null)[][];

/** Findings other than the tables missing from a one-table workbook. */
const findings = (m: ReturnType<typeof parseWorkbook>) => runChecks(m).filter((f) => f.severity !== 'info' && f.rule !== 'table-missing');

const HEAD: Cells = [
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
];

/** A 一般公共预算支出表 in 万元: 合计 first, then 201 on the first part, 208 on the second. */
function first(title = '某单位2025年一般公共预算支出表'): Cells {
  return [
    [title, null, null, null, null],
    ['单位名称：某单位', null, null, null, '单位：万元'],
    ...HEAD,
    [null, '合计', 150, 120, 30],
    ['201', '一般公共服务支出', 100, 80, 20],
    ['20103', '政府办公厅（室）及相关机构事务', 100, 80, 20],
    ['2010301', '行政运行', 80, 80, null],
    ['2010350', '事业运行', 20, null, 20],
  ];
}

function second(title = '某单位2025年一般公共预算支出表（续）', x = 50): Cells {
  return [
    [title, null, null, null, null],
    ...HEAD,
    ['208', '社会保障和就业支出', 50, 40, 10],
    ['20805', '行政事业单位养老支出', 50, 40, 10],
    ['2080505', '机关事业单位基本养老保险缴费支出', x, 40, 10],
  ];
}

describe('tables continued on the next sheet or further down', () => {
  it.each([
    ['某单位2025年一般公共预算支出表（续）', true],
    ['一般公共预算支出表(续表)', true],
    ['续表1 一般公共预算支出表', true],
    ['一般公共预算支出表续表', true],
    ['某单位2025年一般公共预算支出表', false],
    ['继续教育支出表', false],
  ])('%s is a continuation: %s', (title, yes) => {
    expect(isContinuationTitle(title)).toBe(yes);
    expect(kindOfTitle(title)).toBe(title === '继续教育支出表' ? null : 'general-expenditure');
  });

  it('joins a continuation on the next sheet: rows in order, cells on their own sheet', () => {
    const m = parseWorkbook({ sheets: [sheet('表5', first()), sheet('表5续', second())] });
    expect(m.tables).toHaveLength(1);
    const t = m.tables[0];
    expect(t.sheet).toBe('表5');
    expect(t.unit).toBe('万元');
    expect(t.blocks[0].rows.map((r) => r.code ?? r.label)).toEqual(['合计', '201', '20103', '2010301', '2010350', '208', '20805', '2080505']);
    expect(t.blocks[0].rows[7].cell).toBe('表5续!B5');
    expect(t.blocks[0].rows[7].amounts[0]?.cell).toBe('表5续!C5');
    expect(t.blocks[0].rows[1].amounts[0]?.cell).toBe('C5');
    expect(t.parts?.map((p) => p.sheet)).toEqual(['表5', '表5续']);
    expect(m.issues.filter((i) => i.code === 'no-unit')).toEqual([]);
    expect(findings(m)).toEqual([]);
  });

  it('reports an error in the continued part on its own cell', () => {
    const m = parseWorkbook({ sheets: [sheet('表5', first()), sheet('表5续', second(undefined, 55))] });
    const found = findings(m);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.sheet === '表5续' && f.cell === 'C5')).toBe(true);
  });

  it('joins a continuation further down the same sheet, and the same title repeated without a 合计', () => {
    const down = parseWorkbook({ sheets: [sheet('表5', [...first(), [null], ...second()])] });
    expect(down.tables).toHaveLength(1);
    expect(down.tables[0].blocks[0].rows.at(-1)?.amounts[0]?.cell).toBe('C14');
    const repeated = parseWorkbook({ sheets: [sheet('表5', first()), sheet('表5(2)', second('某单位2025年一般公共预算支出表'))] });
    expect(repeated.tables).toHaveLength(1);
    expect(findings(repeated)).toEqual([]);
  });

  it('keeps two tables of one title apart where both or neither have a 合计, or a code comes twice; and where headers or kinds differ', () => {
    const withTotal = second('某单位2025年一般公共预算支出表');
    withTotal.splice(2, 0, [null, '合计', 50, 40, 10]);
    expect(parseWorkbook({ sheets: [sheet('a', first()), sheet('b', withTotal)] }).tables).toHaveLength(2);
    const noTotals = first('某单位2025年一般公共预算支出表').filter((r) => r[1] !== '合计');
    expect(parseWorkbook({ sheets: [sheet('a', noTotals), sheet('b', second('某单位2025年一般公共预算支出表'))] }).tables).toHaveLength(2);
    const sameCodes = second('某单位2025年一般公共预算支出表');
    sameCodes[2] = ['201', '一般公共服务支出', 50, 40, 10];
    expect(parseWorkbook({ sheets: [sheet('a', first()), sheet('b', sameCodes)] }).tables).toHaveLength(2);
    const otherHead = second();
    otherHead[1] = ['科目编码', '科目名称', '合计', '人员经费', '公用经费'];
    expect(parseWorkbook({ sheets: [sheet('a', first()), sheet('b', otherHead)] }).tables).toHaveLength(2);
    const otherKind = second('某单位2025年政府性基金预算支出表（续）');
    expect(parseWorkbook({ sheets: [sheet('a', first()), sheet('b', otherKind)] }).tables).toHaveLength(2);
  });
});

describe('舍位平衡 over a continued table', () => {
  it('converts the continued part on its own sheet and keeps the sums', async () => {
    const { roundWorkbook } = await import('../../../src/core/rounding');
    const { applyToGrid } = await import('../../../src/core/rounding/apply');
    const { highs } = await import('../../helpers/rounding');
    const yuan = (rows: Cells) => rows.map((r) => r.map((v) => (v === '单位：万元' ? '单位：元' : v)));
    // The same tables in 元, with odd 元 so that rounding must balance.
    const a = yuan(first());
    const b = yuan(second());
    a[3] = [null, '合计', 1502468, 1202468, 300000];
    a[4] = ['201', '一般公共服务支出', 1001234, 801234, 200000];
    a[5] = ['20103', '政府办公厅（室）及相关机构事务', 1001234, 801234, 200000];
    a[6] = ['2010301', '行政运行', 801234, 801234, null];
    a[7] = ['2010350', '事业运行', 200000, null, 200000];
    b[2] = ['208', '社会保障和就业支出', 501234, 401234, 100000];
    b[3] = ['20805', '行政事业单位养老支出', 501234, 401234, 100000];
    b[4] = ['2080505', '机关事业单位基本养老保险缴费支出', 501234, 401234, 100000];
    const grid = { sheets: [sheet('表5', a), sheet('表5续', b)] };
    const model = parseWorkbook(grid);
    expect(model.tables).toHaveLength(1);
    const result = await roundWorkbook(model, { to: '万元' }, await highs());
    const moved = result.figures.filter((f) => f.sheet === '表5续');
    expect(moved.map((f) => f.cell).sort()).toEqual(['C3', 'C4', 'C5', 'D3', 'D4', 'D5', 'E3', 'E4', 'E5']);
    const again = parseWorkbook(applyToGrid(grid, result));
    expect(findings(again)).toEqual([]);
  });
});
