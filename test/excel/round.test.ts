// 舍位平衡 in the open workbook (fake object model): the converted tables go to new sheets, the
// user's sheets are not written, two syncs whatever the number of sheets, and the new sheets
// read back check clean with a tolerance of 0.
import { runChecks } from '../../src/core/checks';
import { ZERO } from '../../src/core/money';
import { parseWorkbook } from '../../src/core/model/parse';
import { roundWorkbook } from '../../src/core/rounding';
import { readWorkbookIn } from '../../src/excel/excel';
import { copyName, writeRoundedSheetsIn } from '../../src/excel/round';
import { budgetGrid } from '../helpers/budget-gen';
import { highs, inYuan } from '../helpers/rounding';
import { FakeWorkbook } from './fake-excel';
import { sheet } from '../helpers/grid';

const ctxOf = (wb: FakeWorkbook) => wb.context() as unknown as Excel.RequestContext & { syncs: number };
const all = () => true;

const BUDGET = {
  year: 2025,
  classes: [
    [123456789, 2345671, 9876543],
    [5555555, 4444449, 0],
    [7777777, 3333333, 1111115],
  ] as [number, number, number][],
  fund: 2468013,
  three: { abroad: 1234, purchase: 56789, operation: 43215, reception: 9876 },
};

describe('Excel adapter: rounded tables on new sheets', () => {
  it('copies each converted sheet, writes only the copies, in 2 syncs', async () => {
    const grid = inYuan(budgetGrid(BUDGET), ['三公']);
    const wb = FakeWorkbook.fromGrid(grid);
    const original = wb.snapshot();
    const read = await readWorkbookIn(ctxOf(wb), { supports: all });
    const result = await roundWorkbook(parseWorkbook(read), { to: '万元' }, await highs());
    expect(result.adjusted.length).toBeGreaterThan(0);
    const ctx = ctxOf(wb);
    const out = await writeRoundedSheetsIn(ctx, read, result);
    expect(ctx.syncs).toBe(2);
    // The user's sheets are as they were (the fake refuses writes to them anyway).
    const names = grid.sheets.map((s) => s.name);
    expect(JSON.parse(wb.snapshot()).filter(([n]: [string]) => names.includes(n))).toEqual(JSON.parse(original));
    expect([...out.sheets.values()]).toEqual(names.filter((n) => n !== '三公').map((n) => `${n}（万元）`));

    // The new sheets alone, read back, form a 万元 workbook whose every sum holds exactly.
    const back = await readWorkbookIn(ctxOf(wb), { supports: all });
    const copies = { sheets: back.sheets.filter((s) => [...out.sheets.values()].includes(s.name) || s.name === '三公') };
    const model = parseWorkbook(copies);
    expect(model.tables.every((t) => t.unit === '万元')).toBe(true);
    // Only what the input already had (the generator's 项 without 款 rows): no sum is off.
    const key = (f: { rule: string; sheet: string; cell: string | null }) => `${f.rule} ${f.sheet}!${f.cell}`;
    const before = runChecks(parseWorkbook(read), { options: { tolerance: ZERO } }).map((f) => key({ ...f, sheet: out.sheets.get(f.sheet) ?? f.sheet }));
    expect(runChecks(model, { options: { tolerance: ZERO } }).map(key)).toEqual(before);
    // Each adjusted cell is at the same address on its copy.
    const a = result.adjusted[0];
    const copy = back.sheets.find((s) => s.name === out.sheets.get(a.sheet))!;
    expect(model.tables.some((t) => t.sheet === copy.name)).toBe(true);
  });

  it('writes a continued part on a copy of its own sheet, its header unit relabelled', async () => {
    const head = ['科目编码', '科目名称', '合计（元）', '基本支出（元）', '项目支出（元）'];
    const grid = {
      sheets: [
        sheet('表5', [['某单位2025年一般公共预算支出表'], head, [null, '合计', 1502468, 1202468, 300000], ['201', '一般公共服务支出', 1001234, 801234, 200000], ['20103', '政府办公厅（室）及相关机构事务', 1001234, 801234, 200000], ['2010301', '行政运行', 1001234, 801234, 200000]]),
        sheet('表5续', [['续表'], head, ['208', '社会保障和就业支出', 501234, 401234, 100000], ['20805', '行政事业单位养老支出', 501234, 401234, 100000], ['2080505', '机关事业单位基本养老保险缴费支出', 501234, 401234, 100000]]),
      ],
    };
    const wb = FakeWorkbook.fromGrid(grid);
    const read = await readWorkbookIn(ctxOf(wb), { supports: all });
    const result = await roundWorkbook(parseWorkbook(read), { to: '万元' }, await highs());
    const out = await writeRoundedSheetsIn(ctxOf(wb), read, result);
    expect([...out.sheets.entries()]).toEqual([
      ['表5', '表5（万元）'],
      ['表5续', '表5续（万元）'],
    ]);
    const back = await readWorkbookIn(ctxOf(wb), { supports: all });
    const copy = back.sheets.find((s) => s.name === '表5续（万元）')!;
    expect(copy.cells[1].map((c) => c?.value)).toEqual(['科目编码', '科目名称', '合计（万元）', '基本支出（万元）', '项目支出（万元）']);
    expect(copy.cells[2][2]?.value).toBe(50.12);
  });

  it('names copies within 31 characters and never twice', () => {
    expect(copyName('支出总表', '万元', new Set(['支出总表']))).toBe('支出总表（万元）');
    expect(copyName('支出总表', '万元', new Set(['支出总表', '支出总表（万元）']))).toBe('支出总表（万元2）');
    expect(copyName('部门一般公共预算基本支出部门预算经济分类预算表', '万元', new Set()).length).toBeLessThanOrEqual(31);
  });
});
