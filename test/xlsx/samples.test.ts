// The bundled samples, read through the file reader: every table detected with its kind, every
// amount with its value, unit and cell.
import { runChecks } from '../../src/core/checks';
import { exact, toPlain } from '../../src/core/money';
import { parseWorkbook } from '../../src/core/model/parse';
import type { Table, WorkbookModel } from '../../src/core/model/types';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { SAMPLE_E } from '../../scripts/samples/data';
import { writeFinal } from '../../scripts/samples/final';
import { stackOnOneSheet } from '../../scripts/samples/one-sheet';
import { INJECTIONS, injectedBytes, sampleGrid } from '../helpers/samples';

function find(m: WorkbookModel, kind: string): Table {
  const t = m.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind}`);
  return t;
}

function cellValue(m: WorkbookModel, sheetName: string, cell: string): string | null {
  // A continued part on another sheet qualifies its cells with its sheet.
  for (const t of m.tables) {
    const at = (a: string) => a === `${sheetName}!${cell}` || (t.sheet === sheetName && a === cell);
    for (const b of t.blocks) for (const r of b.rows) for (const a of r.amounts) if (a && at(a.cell)) return a.value ? toPlain(a.value) : null;
  }
  throw new Error(`${sheetName}!${cell} is not an amount of the model`);
}

describe('sample (a): the reference unit, 2019, 万元', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = parseWorkbook(await sampleGrid('a-2019'));
  });

  it('detects the ten tables of the template with their kinds', () => {
    expect(m.tables.map((t) => t.kind)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'general-expenditure',
      'general-basic',
      'economic',
      'three-public',
      'fund-expenditure',
      'state-capital-expenditure',
    ]);
    expect(m.unrecognized).toEqual([]);
    expect(m.issues).toEqual([]);
    expect(m.year).toBe(2019);
    expect(m.unitName).toBe('延津县行政服务中心');
    for (const t of m.tables) expect(t.unit).toBe('万元');
  });

  it('holds the figures of the reference text on their cells', () => {
    const s = find(m, 'summary');
    expect(s.blocks.map((b) => b.side)).toEqual(['income', 'expenditure']);
    const grand = s.blocks[0].rows.find((r) => r.role === 'grand-total')!;
    expect([toPlain(grand.amounts[0]!.value!), grand.amounts[0]!.cell]).toEqual(['789.25', 'B14']);
    const e = find(m, 'expenditure');
    const total = e.blocks[0].rows.find((r) => r.role === 'total')!;
    expect(total.amounts.map((a) => toPlain(a!.value!))).toEqual(['789.25', '73.85', '715.4']);
    const g = find(m, 'general-expenditure');
    expect(g.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
    const byCode = Object.fromEntries(g.blocks[0].rows.filter((r) => r.level === 1).map((r) => [r.code, toPlain(r.amounts[0]!.value!)]));
    expect(byCode).toEqual({ '201': '475.5', '208': '10.68', '210': '3.07' });
    expect(cellValue(m, '一般公共预算支出表', 'E5')).toBe('70.27');
    expect(cellValue(m, '一般公共预算支出表', 'F5')).toBe('3.58');
    expect(cellValue(m, '政府性基金预算支出表', 'C4')).toBe('300');
    const three = find(m, 'three-public');
    expect(three.blocks[0].rows[0].amounts.map((a) => toPlain(a!.value!))).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(find(m, 'state-capital-expenditure')).toMatchObject({ empty: true, note: { cell: 'A5' } });
  });

  it('reads codes written inside names in the 基本支出 table and split 类/款 in the 经济分类 table', () => {
    const basic = find(m, 'general-basic');
    expect(basic.codeScheme).toBe('economic-dept');
    expect(basic.blocks[0].rows.slice(0, 3).map((r) => [r.code, r.label])).toEqual([
      [null, '合计'],
      ['301', '工资福利支出'],
      ['30101', '基本工资'],
    ]);
    const econ = find(m, 'economic');
    expect(econ.blocks[0].rows.filter((r) => r.level === 1).map((r) => r.code)).toEqual(['301', '302', '303', '310']);
  });

  it('has a prior year (2018) in the same layout', async () => {
    const prior = parseWorkbook(await sampleGrid('a-2018'));
    expect(prior.year).toBe(2018);
    expect(find(prior, 'fund-expenditure').empty).toBe(true);
    expect(find(prior, 'fund-expenditure').note?.text).toContain('本表为空表');
    const grand = find(prior, 'summary').blocks[0].rows.find((r) => r.role === 'grand-total')!;
    expect(toPlain(grand.amounts[0]!.value!)).toBe('101.78');
  });
});

describe('sample (b): another template, 元, codes split over columns', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = parseWorkbook(await sampleGrid('b-2025'));
  });

  it('detects every table, the two stacked on one sheet, and leaves the instructions sheet unrecognised', () => {
    expect(m.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['summary', '部门财务收支预算总表'],
      ['income', '部门收入预算总表'],
      ['expenditure', '部门支出预算总表'],
      ['fiscal-summary', '部门财政拨款收支预算总表'],
      ['general-expenditure', '一般公共预算支出功能分类预算表'],
      ['fund-expenditure', '政府性基金及国有资本经营'],
      ['state-capital-expenditure', '政府性基金及国有资本经营'],
      ['general-basic', '一般公共预算基本支出经济分类'],
      ['three-public', '三公经费和机关运行经费'],
    ]);
    expect(m.unrecognized).toEqual([{ sheet: '填报说明', reason: 'no-budget-table' }]);
    expect(m.unitName).toBe('青山区人民政府办公室');
  });

  it('reads units per table: 元, and 万元 for the "三公" table', () => {
    expect(m.tables.map((t) => t.unit)).toEqual(['元', '元', '元', '元', '元', '元', '元', '元', '万元']);
  });

  it('reads split codes, 合计 at the bottom after padding rows, and empty tables with notes', () => {
    const g = find(m, 'general-expenditure');
    const rows = g.blocks[0].rows;
    expect(rows[0]).toMatchObject({ code: '201', level: 1 });
    expect(rows[2]).toMatchObject({ code: '2010301', level: 3, label: '行政运行' });
    const total = rows[rows.length - 1];
    expect(total.role).toBe('total');
    expect(total.amounts.map((a) => [toPlain(a!.value!), a!.cell])).toEqual([
      ['91016775.35', 'E26'],
      ['24606775.35', 'F26'],
      ['66410000', 'G26'],
    ]);
    expect(total.amounts[2]!.decimals).toBe(2);
    const fund = find(m, 'fund-expenditure');
    expect(fund.empty).toBe(true);
    expect(fund.note?.text).toMatch(/^注：本部门2025年无政府性基金/);
  });

  it('reads the "三公" table with its 上年 column', () => {
    const t = find(m, 'three-public');
    expect(t.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['2024年预算数', '2025年预算数']);
    expect(t.blocks[0].rows.map((r) => [r.label, r.role, toPlain(r.amounts[1]!.value!)])).toEqual([
      ['“三公”经费合计', 'total', '867.5'],
      ['因公出国(境)费', 'item', '839'],
      ['公务接待费', 'item', '28.5'],
      ['公务用车购置及运行费', 'item', '0'],
      ['公务用车购置费', 'item', '0'],
      ['公务用车运行费', 'item', '0'],
      ['机关运行经费', 'item', '213.28'],
    ]);
  });
});

describe('the layout-quirk sample: (a) with numeric codes, 合　计, text amounts, hidden rows, Sheet1…Sheet9', () => {
  let m: WorkbookModel;
  let a: WorkbookModel;
  beforeAll(async () => {
    m = parseWorkbook(await sampleGrid('a-2019-quirks'));
    a = parseWorkbook(await sampleGrid('a-2019'));
  });

  it('finds the ten tables by their titles on nine sheets, all in 万元, with nothing to report', () => {
    expect(m.tables.map((t) => [t.kind, t.sheet])).toEqual(a.tables.map((t, i) => [t.kind, `Sheet${Math.min(i + 1, 9)}`]));
    expect(m.tables.map((t) => t.unit)).toEqual(a.tables.map(() => '万元'));
    expect(m.unrecognized).toEqual([]);
    expect(m.issues).toEqual([]);
    expect(runChecks(m, { options: { tolerance: exact('0.01') } })).toEqual([]);
  });

  it('reads the figures, codes and roles of sample (a)', () => {
    const figures = (x: WorkbookModel) => x.tables.map((t) => t.blocks.map((b) => b.rows.map((r) => [r.code, r.label.replace(/\s/g, ''), r.role, r.amounts.map((v) => (v?.value ? toPlain(v.value) : null))])));
    expect(figures(m)).toEqual(figures(a));
    const econ = find(m, 'economic');
    expect(econ.blocks[0].rows.filter((r) => r.code?.length === 5).map((r) => r.code)).toContain('30102');
  });
});

describe('sample (c): layout (a) as later templates have it', () => {
  it('detects twelve tables, the project and procurement tables among them, and reads the split summary', async () => {
    const m = parseWorkbook(await sampleGrid('c-2024'));
    expect(m.tables.map((t) => t.kind)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'general-expenditure',
      'general-basic',
      'economic',
      'three-public',
      'fund-expenditure',
      'state-capital-expenditure',
      'project-expenditure',
      'procurement',
    ]);
    expect(m.issues).toEqual([]);
    const side = find(m, 'summary').blocks[1];
    expect(side.rows.filter((r) => r.role === 'item').map((r) => [r.label, toPlain(r.amounts[0]!.value!)])).toEqual([
      ['基本支出', '88.3'],
      ['人员经费', '80'],
      ['公用经费', '8.3'],
      ['项目支出', '52'],
    ]);
    expect(find(m, 'procurement').blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '货物', '工程', '服务']);
    expect(cellValue(m, '三公经费支出表', 'G6')).toBe('8.3');
  });
});

describe('sample (c) with its 一般公共预算支出表 continued on the next sheet', () => {
  it('reads one table of two parts, the continued rows on their own sheet, and finds nothing', async () => {
    const m = parseWorkbook(await sampleGrid('c-2024-continued'));
    const plain = parseWorkbook(await sampleGrid('c-2024'));
    expect(m.tables.map((t) => t.kind)).toEqual(plain.tables.map((t) => t.kind));
    expect(m.issues).toEqual([]);
    const t = find(m, 'general-expenditure');
    expect(t.parts?.map((p) => p.sheet)).toEqual(['一般公共预算支出表', '一般公共预算支出表（续）']);
    expect(t.blocks[0].rows.map((r) => r.code ?? r.label)).toEqual(find(plain, 'general-expenditure').blocks[0].rows.map((r) => r.code ?? r.label));
    expect(cellValue(m, '一般公共预算支出表（续）', 'C6')).toBe('7.4');
    expect(runChecks(m).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('sample (b) continued by rows alone, each code written once', () => {
  it('joins the rows with no title or header, gives the first ones their 类 and 款, and finds nothing', async () => {
    const m = parseWorkbook(await sampleGrid('b-2025-continued'));
    const plain = parseWorkbook(await sampleGrid('b-2025'));
    expect(m.tables.map((t) => t.kind)).toEqual(plain.tables.map((t) => t.kind));
    expect(m.unrecognized.map((u) => u.sheet)).toEqual(plain.unrecognized.map((u) => u.sheet));
    expect(m.issues).toEqual(plain.issues);
    const t = find(m, 'general-expenditure');
    expect(t.parts?.map((p) => p.sheet)).toEqual(['一般公共预算支出功能分类预算表', '一般公共预算支出功能分类预算表（2）']);
    expect(t.blocks[0].rows.map((r) => r.code ?? r.label)).toEqual(find(plain, 'general-expenditure').blocks[0].rows.map((r) => r.code ?? r.label));
    expect(t.blocks[0].rows.find((r) => r.code === '2080506')?.cell).toBe('一般公共预算支出功能分类预算表（2）!D1');
    expect(cellValue(m, '一般公共预算支出功能分类预算表（2）', 'E1')).toBe('881579.76');
    expect(runChecks(m).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('sample (d): a provincial template with units, indentation and last year first', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = parseWorkbook(await sampleGrid('d-2025'));
  });

  it('detects the nine tables, two on one sheet, with nothing to report', () => {
    expect(m.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['summary', '1 收支总表'],
      ['income', '2 收入总表'],
      ['expenditure', '3 支出总表'],
      ['fiscal-summary', '4 财政拨款收支总表'],
      ['general-expenditure', '5 一般公共预算支出表'],
      ['general-basic', '6 基本支出表'],
      ['three-public', '7 三公经费'],
      ['fund-expenditure', '8 基金和国有资本'],
      ['state-capital-expenditure', '8 基金和国有资本'],
    ]);
    expect(m.unrecognized).toEqual([]);
    expect(m.issues).toEqual([]);
    for (const t of m.tables) expect(t.unit).toBe('万元');
    expect(runChecks(m, { options: { tolerance: exact('0.01') } })).toEqual([]);
  });

  it('reads unit codes as levels, indentation as levels, 总计 as the total and this year first', () => {
    const income = find(m, 'income');
    expect(income.codeScheme).toBeNull();
    expect(income.blocks[0].rows.map((r) => [r.code, r.level, r.role])).toEqual([
      [null, null, 'total'],
      [null, 1, 'item'],
      [null, 2, 'item'],
      [null, 2, 'item'],
    ]);
    const e = find(m, 'expenditure').blocks[0].rows;
    expect(e.slice(0, 3).map((r) => [r.level, r.label])).toEqual([
      [1, '一般公共服务支出'],
      [2, '政府办公厅（室）及相关机构事务'],
      [3, '行政运行'],
    ]);
    expect(e[e.length - 1]).toMatchObject({ role: 'total', cell: 'A22' });
    const g = find(m, 'general-expenditure').blocks[0];
    expect(g.columns.map((c) => c.letter)).toEqual(['D', 'E', 'F', 'G', 'H', 'C', 'I', 'J']);
    expect(cellValue(m, '5 一般公共预算支出表', 'C6')).toBe('260.5');
    expect(g.rows[0].amounts[0]).toMatchObject({ cell: 'D6' });
    expect(find(m, 'state-capital-expenditure')).toMatchObject({ empty: true, note: { cell: 'A11' } });
  });
});

describe('layout (d) with nested summaries and the 支出总表 by budget unit', () => {
  it('reads 一、本年收入 as the year\'s total over its sources and the lines under 二、上年结转结余 as its parts', async () => {
    const m = parseWorkbook(await sampleGrid('d-2025-nested'));
    const side = find(m, 'fiscal-summary').blocks[0];
    expect(side.rows.map((r) => [r.label.trim(), r.role, r.ofWhich, r.carryPart ?? false])).toEqual([
      ['本年收入', 'current-total', false, false],
      ['一般公共预算拨款收入', 'item', false, false],
      ['政府性基金预算拨款收入', 'item', false, false],
      ['国有资本经营预算拨款收入', 'item', false, false],
      ['上年结转结余', 'carry', false, false],
      ['一般公共预算拨款', 'item', true, true],
      ['政府性基金预算拨款', 'item', true, true],
      ['收 入 总 计', 'grand-total', false, false],
    ]);
    expect(runChecks(m, { options: { tolerance: exact('0.01') } })).toEqual([]);
    const units = find(m, 'expenditure').blocks[0].rows.filter((r) => r.code === '201').map((r) => [r.unit, toPlain(r.amounts[0]!.value!)]);
    expect(units).toEqual([
      ['临江市政务服务中心（本级）', '192.5'],
      ['临江市公共资源交易所', '45'],
    ]);
  });
});

describe('layout (d) as another province prints it: 支出 three ways, numbered lines, the department code heading its classes', () => {
  it('reads each column group of the 支出 side as a breakdown of the same total, the lines under 一、本年收入 as its parts', async () => {
    const m = parseWorkbook(await sampleGrid('d-2025-breakdowns'));
    const summary = find(m, 'summary');
    expect(summary.blocks.map((b) => [b.side, b.breakdown ?? null])).toEqual([
      ['income', null],
      ['expenditure', 'function'],
      ['expenditure', 'economic'],
      ['expenditure', 'nature'],
    ]);
    // The totals' line names only the first group's label cell; the others take its role.
    expect(summary.blocks.slice(1).map((b) => b.rows.filter((r) => r.role !== 'item').map((r) => r.role))).toEqual([
      ['current-total', 'carry', 'grand-total'],
      ['current-total', 'grand-total'],
      ['current-total', 'grand-total'],
    ]);
    expect(summary.blocks[0].rows.filter((r) => r.role === 'item' && !r.ofWhich).map((r) => r.outline)).toEqual([2, 2, 2, 2, 2]);
    expect(runChecks(m, { options: { tolerance: exact('0.01') } })).toEqual([]);
    const expenditure = find(m, 'expenditure').blocks[0].rows;
    expect(expenditure.slice(0, 3).map((r) => [r.label, r.code])).toEqual([
      ['合计', null],
      ['临江市政务服务中心', null],
      ['一般公共服务支出', '201'],
    ]);
  });
});

describe('layouts (d) and (e) with every table stacked down one sheet', () => {
  it('reads the same tables, figures and roles as from one sheet per table, with nothing to report', async () => {
    const figures = (x: WorkbookModel) => x.tables.map((t) => [t.kind, t.unit, t.blocks.map((b) => b.rows.map((r) => [r.code, r.level, r.label, r.role, r.amounts.map((v) => (v?.value ? toPlain(v.value) : null))]))]);
    const one = parseWorkbook(await sampleGrid('d-2025-one-sheet'));
    expect(figures(one)).toEqual(figures(parseWorkbook(await sampleGrid('d-2025'))));
    expect(one.issues).toEqual([]);
    expect(runChecks(one, { options: { tolerance: exact('0.01') } })).toEqual([]);
    const final = parseWorkbook(await readWorkbookBytes(new Uint8Array((await stackOnOneSheet(writeFinal(SAMPLE_E), '决算公开表').xlsx.writeBuffer()) as ArrayBuffer)));
    expect(figures(final)).toEqual(figures(parseWorkbook(await sampleGrid('e-2024-final'))));
    expect(runChecks(final, { options: { tolerance: exact('0.01') } })).toEqual([]);
  });
});

describe('sample (e): final accounts with 行次 columns, 栏次 rows and parts side by side', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = parseWorkbook(await sampleGrid('e-2024-final'));
  });

  it('detects the nine 公开 tables with nothing to report', () => {
    expect(m.tables.map((t) => t.kind)).toEqual(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'general-basic', 'three-public', 'fund-expenditure', 'state-capital-expenditure']);
    expect(m.issues).toEqual([]);
    expect(m.unitName).toBe('临江市档案馆');
    expect(runChecks(m, { options: { tolerance: exact('0.01') } })).toEqual([]);
  });

  it('reads no 行次 column as amounts and no 栏次 number into a column name', () => {
    const s = find(m, 'summary');
    expect(s.blocks.map((b) => b.columns.map((c) => `${c.letter}=${c.path.join('/')}`))).toEqual([['C=收入/金额'], ['F=支出/金额']]);
    expect(find(m, 'income').blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    const f = find(m, 'fiscal-summary');
    expect(f.blocks[1].columns.map((c) => c.letter)).toEqual(['F', 'G', 'H', 'I']);
  });

  it('reads 人员经费 beside 公用经费 as one table, their totals as one row', () => {
    const b = find(m, 'general-basic').blocks[0];
    expect(b.columns.map((c) => c.path.join('/'))).toEqual(['人员经费/决算数', '公用经费/决算数']);
    expect(b.rows.filter((r) => r.level === 1).map((r) => [r.code, r.cell])).toEqual([
      ['301', 'B5'],
      ['302', 'E5'],
      ['310', 'E13'],
    ]);
    const total = b.rows[b.rows.length - 1];
    expect([total.role, total.amounts.map((a) => a!.cell)]).toEqual(['total', ['C15', 'F15']]);
  });
});

describe('samples with injected errors', () => {
  it.each(INJECTIONS.map((s) => [s.file, s] as const))('%s reads back every injected value on its cell', async (_f, set) => {
    const m = parseWorkbook(await readWorkbookBytes(await injectedBytes(set.file)));
    for (const inj of set.injections) {
      expect({ at: `${inj.sheet}!${inj.cell}`, value: cellValue(m, inj.sheet, inj.cell) }).toEqual({ at: `${inj.sheet}!${inj.cell}`, value: inj.to === null ? null : String(inj.to) });
    }
  });
});
