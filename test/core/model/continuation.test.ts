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

/** The second part's rows without title or header (the next page's rows simply go on). */
const rowsOnly = (x = 50): Cells => second(undefined, x).slice(2);

/** A split 类|款|项 table in 元 whose classes are written once, on their own row (款 and 项 rows leave 类 blank). */
const SPLIT_HEAD: Cells = [
  ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
  ['类', '款', '项', null, null, null, null],
];
function splitFirst(): Cells {
  return [
    ['某单位2025年一般公共预算支出表', null, null, null, null, null, null],
    ['编制单位：某单位', null, null, null, null, null, '单位：元'],
    ...SPLIT_HEAD,
    ['201', null, null, '一般公共服务支出', 9000, 7000, 2000],
    [null, '03', null, '政府办公厅（室）及相关机构事务', 9000, 7000, 2000],
    [null, null, '01', '行政运行', 7000, 7000, null],
    [null, null, '50', '事业运行', 2000, null, 2000],
    ['208', null, null, '社会保障和就业支出', 4600, 4600, null],
    [null, '05', null, '行政事业单位养老支出', 4600, 4600, null],
    [null, null, '05', '机关事业单位基本养老保险缴费支出', 3000, 3000, null],
  ];
}
/** The rest of class 208 on the next page: 类 and 款 blank, as inside one table. */
function splitSecond(title = '续表', x = 1600): Cells {
  return [
    [title, null, null, null, null, null, null],
    ...SPLIT_HEAD,
    [null, null, '06', '机关事业单位职业年金缴费支出', x, 1600, null],
    ['210', null, null, '卫生健康支出', 800, 800, null],
    [null, '11', null, '行政事业单位医疗', 800, 800, null],
    [null, null, '01', '行政单位医疗', 800, 800, null],
    [null, null, null, '合计', 14400, 12400, 2000],
  ];
}

describe('continuations without a table name, without a header, or with another header', () => {
  it.each(['续表', '续表1', '（续表）', '续表 2-1'])('a bare %s takes the kind of the table before it', (title) => {
    const m = parseWorkbook({ sheets: [sheet('表5', first()), sheet('表5续', second(title))] });
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].kind).toBe('general-expenditure');
    expect(m.tables[0].blocks[0].rows.at(-1)?.amounts[0]?.cell).toBe('表5续!C5');
    expect(findings(m)).toEqual([]);
  });

  it('a bare 续表 further down the same sheet splits the region and joins', () => {
    const m = parseWorkbook({ sheets: [sheet('表5', [...first(), [null], ...second('续表')])] });
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].blocks[0].rows.map((r) => r.code ?? r.label)).toEqual(['合计', '201', '20103', '2010301', '2010350', '208', '20805', '2080505']);
    expect(findings(m)).toEqual([]);
  });

  it('a bare 续表 with no table before it is no table', () => {
    const m = parseWorkbook({ sheets: [sheet('x', second('续表'))] });
    expect(m.tables).toEqual([]);
  });

  it('rows that go on with no header: under 续表, or alone at the top of the next sheet', () => {
    const titled = parseWorkbook({ sheets: [sheet('表5', first()), sheet('表5续', [['续表1'], ...rowsOnly()])] });
    expect(titled.tables).toHaveLength(1);
    expect(titled.issues.filter((i) => i.code === 'no-header' || i.code === 'no-unit')).toEqual([]);
    expect(findings(titled)).toEqual([]);
    const bare = parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', rowsOnly())] });
    expect(bare.tables).toHaveLength(1);
    expect(bare.unrecognized).toEqual([]);
    expect(bare.tables[0].parts?.map((p) => p.sheet)).toEqual(['第1页', '第2页']);
    expect(bare.tables[0].blocks[0].rows.at(-1)?.amounts[0]?.cell).toBe('第2页!C3');
    expect(findings(bare)).toEqual([]);
    const wrong = findings(parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', rowsOnly(55))] }));
    expect(wrong.some((f) => f.sheet === '第2页' && f.cell === 'C3')).toBe(true);
  });

  it('rows alone at the top of a sheet whose next table starts further down (a table ending mid-page)', () => {
    const fund: Cells = [['某单位2025年政府性基金预算支出表'], ['单位：万元'], HEAD[0], [null, '合计', 6, 0, 6], ['212', '城乡社区支出', 6, null, 6]];
    const m = parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', [...rowsOnly(), [null], ...fund])] });
    expect(m.tables.map((t) => [t.kind, t.sheet, t.parts?.length ?? 1])).toEqual([
      ['general-expenditure', '第1页', 2],
      ['fund-expenditure', '第2页', 1],
    ]);
    expect(m.tables[0].blocks[0].rows.at(-1)?.amounts[0]?.cell).toBe('第2页!C3');
    expect(findings(m)).toEqual([]);
  });

  it('rows alone are not joined where they do not fit the header before them, or repeat its codes', () => {
    const wider = rowsOnly().map((r) => [...r, 7]);
    const m = parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', wider)] });
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].parts).toBeUndefined();
    expect(m.unrecognized.map((u) => u.sheet)).toEqual(['第2页']);
    const again = rowsOnly();
    again[0] = ['201', '一般公共服务支出', 50, 40, 10];
    expect(parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', again)] }).tables[0].parts).toBeUndefined();
  });

  it('the last page with the 合计 line alone joins a first part without one; uncoded rows of a coded table do not', () => {
    const noTotal = first().filter((r) => r[1] !== '合计');
    const m = parseWorkbook({ sheets: [sheet('第1页', noTotal), sheet('第2页', [[null, '合计', 100, 80, 20]])] });
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].blocks[0].rows.at(-1)?.role).toBe('total');
    expect(findings(m)).toEqual([]);
    const names = parseWorkbook({ sheets: [sheet('第1页', first()), sheet('第2页', [[null, '社会保障和就业支出', 50, 40, 10]])] });
    expect(names.tables[0].parts).toBeUndefined();
    // A 续表 whose page lost its code column is laid out otherwise: kept apart.
    const codeless = second('续表').map((r) => r.slice(1));
    codeless[0] = ['续表'];
    expect(parseWorkbook({ sheets: [sheet('a', first()), sheet('b', codeless)] }).tables).toHaveLength(2);
  });

  it('matches columns by their header text, not their place: a column dropped, a column added, columns in another order', () => {
    // The second page leaves out 项目支出 (blank on it) and shows 基本支出 in the last column.
    const dropped: Cells = [
      ['续表', null, null, null],
      ['科目编码', '科目名称', '合计', '基本支出'],
      ['208', '社会保障和就业支出', 40, 40],
      ['20805', '行政事业单位养老支出', 40, 40],
      ['2080505', '机关事业单位基本养老保险缴费支出', 40, 40],
    ];
    const host = first();
    host[3] = [null, '合计', 140, 120, 20];
    const m = parseWorkbook({ sheets: [sheet('a', host), sheet('b', dropped)] });
    expect(m.tables).toHaveLength(1);
    const last = m.tables[0].blocks[0].rows.at(-1)!;
    expect(last.amounts.map((a) => a?.cell ?? null)).toEqual(['b!C5', 'b!D5', null]);
    expect(findings(m)).toEqual([]);
    // The first page had no 项目支出 column; the second shows it.
    const narrow = first().map((r) => r.slice(0, 4));
    narrow[3] = [null, '合计', 140, 140];
    narrow[4] = ['201', '一般公共服务支出', 100, 100];
    narrow[5] = ['20103', '政府办公厅（室）及相关机构事务', 100, 100];
    narrow[6] = ['2010301', '行政运行', 80, 80];
    narrow[7] = ['2010350', '事业运行', 20, 20];
    const wide = second('续表', 40);
    wide.splice(2, 3, ['208', '社会保障和就业支出', 40, 30, 10], ['20805', '行政事业单位养老支出', 40, 30, 10], ['2080505', '机关事业单位基本养老保险缴费支出', 40, 30, 10]);
    const added = parseWorkbook({ sheets: [sheet('a', narrow), sheet('b', wide)] });
    expect(added.tables).toHaveLength(1);
    expect(added.tables[0].blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '基本支出', '项目支出']);
    expect(added.tables[0].blocks[0].rows[1].amounts).toHaveLength(3);
    // Reordered: 项目支出 before 基本支出 on the second page.
    const swapped = second('续表').map((r) => [r[0], r[1], r[2], r[4], r[3]]);
    const s = parseWorkbook({ sheets: [sheet('a', first()), sheet('b', swapped)] });
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0].blocks[0].rows.at(-1)!.amounts.map((a) => a?.cell)).toEqual(['b!C5', 'b!E5', 'b!D5']);
    expect(findings(s)).toEqual([]);
  });

  it('a split 类|款|项 part whose first rows leave 类 and 款 blank takes them from the part before', () => {
    const m = parseWorkbook({ sheets: [sheet('表5', splitFirst()), sheet('表5续', splitSecond())] });
    expect(m.tables).toHaveLength(1);
    const rows = m.tables[0].blocks[0].rows;
    expect(rows.map((r) => r.code ?? r.label)).toEqual(['201', '20103', '2010301', '2010350', '208', '20805', '2080505', '2080506', '210', '21011', '2101101', '合计']);
    expect(rows[7].level).toBe(3);
    expect(findings(m)).toEqual([]);
    // An error in the carried row is found on its cell, as inside one table.
    const wrong = findings(parseWorkbook({ sheets: [sheet('表5', splitFirst()), sheet('表5续', splitSecond('续表', 1700))] }));
    expect(wrong.some((f) => f.rule === 'column-total' && f.sheet === '表5续' && f.cell === 'E4')).toBe(true);
    expect(wrong.some((f) => f.rule === 'code-hierarchy' && f.sheet === '表5' && f.related.includes('表5续!E4'))).toBe(true);
    // Further down the same sheet, the rows carry over too.
    const down = parseWorkbook({ sheets: [sheet('表5', [...splitFirst(), ...splitSecond()])] });
    expect(down.tables[0].blocks[0].rows[7].code).toBe('2080506');
    expect(findings(down)).toEqual([]);
  });

  it('a table of its own with a blank 类 keeps its rows uncoded (nothing before to carry from)', () => {
    const m = parseWorkbook({ sheets: [sheet('x', [['某单位2025年一般公共预算支出表'], ['单位：元'], ...splitSecond().slice(1)])] });
    expect(m.tables[0].blocks[0].rows[0].code).toBeNull();
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

  it('relabels the unit in the header of every part: 合计（元） on the first sheet and on the continued one', async () => {
    const { roundWorkbook } = await import('../../../src/core/rounding');
    const { applyToGrid } = await import('../../../src/core/rounding/apply');
    const { writeRounded } = await import('../../../src/xlsx/round');
    const { readWorkbookBytes } = await import('../../../src/xlsx/read');
    const { highs } = await import('../../helpers/rounding');
    const ExcelJS = (await import('exceljs')).default;
    const head = ['科目编码', '科目名称', '合计（元）', '基本支出（元）', '项目支出（元）'];
    const a: Cells = [['某单位2025年一般公共预算支出表'], head, [null, '合计', 1502468, 1202468, 300000], ['201', '一般公共服务支出', 1001234, 801234, 200000], ['20103', '政府办公厅（室）及相关机构事务', 1001234, 801234, 200000], ['2010301', '行政运行', 1001234, 801234, 200000]];
    const b: Cells = [['续表', null, null, null, '单位：元'], head, ['208', '社会保障和就业支出', 501234, 401234, 100000], ['20805', '行政事业单位养老支出', 501234, 401234, 100000], ['2080505', '机关事业单位基本养老保险缴费支出', 501234, 401234, 100000]];
    const grid = { sheets: [sheet('表5', a), sheet('表5续', b)] };
    const model = parseWorkbook(grid);
    expect(model.tables).toHaveLength(1);
    const result = await roundWorkbook(model, { to: '万元' }, await highs());
    const out = applyToGrid(grid, result);
    const text = (s: number, r: number, c: number) => out.sheets[s].cells[r][c]?.value;
    expect([text(0, 1, 2), text(1, 1, 2), text(1, 1, 4), text(1, 0, 4)]).toEqual(['合计（万元）', '合计（万元）', '项目支出（万元）', '单位：万元']);
    // The file writer relabels the same cells.
    const wb = new ExcelJS.Workbook();
    for (const s of [['表5', a], ['表5续', b]] as const) wb.addWorksheet(s[0]).addRows(s[1].map((r) => r.map((v) => v ?? undefined)));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const written = await writeRounded(bytes, await roundWorkbook(parseWorkbook(await readWorkbookBytes(bytes)), { to: '万元' }, await highs()));
    const back = await readWorkbookBytes(written.bytes);
    expect([back.sheets[0].cells[1][2]?.value, back.sheets[1].cells[1][3]?.value, back.sheets[1].cells[0][4]?.value]).toEqual(['合计（万元）', '基本支出（万元）', '单位：万元']);
    expect(findings(parseWorkbook(back))).toEqual([]);
  });
});
