// More layouts of published tables, each as a small grid of our own figures: what the reader
// makes of it and that the rules find nothing in a table that adds up.
import { toPlain } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { Table } from '../../../src/core/model/types';
import { runChecks } from '../../../src/core/checks';
import { extractFacts } from '../../../src/core/narrative/facts';
import { sheet, type Plain } from '../../helpers/grid';

function model(rows: Plain[][]) {
  return parseWorkbook({ sheets: [sheet('表', rows)] });
}

function table(rows: Plain[][]): Table {
  const m = model(rows);
  expect(m.tables).toHaveLength(1);
  return m.tables[0];
}

/** label → role, level and amounts of the first block. */
function rowsOf(t: Table): [string, string, number | null, string[]][] {
  return t.blocks[0].rows.map((r) => [r.code ?? r.label, r.role, r.level, r.amounts.map((a) => (a?.value ? toPlain(a.value) : '·'))]);
}

function findings(rows: Plain[][]): string[] {
  return runChecks(model(rows))
    .filter((f) => f.rule !== 'table-missing')
    .map((f) => `${f.rule} ${f.cell}`);
}

describe('a 基本支出表 with one amount column, 人员经费 and 公用经费 as lines over their classes', () => {
  const grid: Plain[][] = [
    ['2025年一般公共预算基本支出表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '金额'],
    [null, '合计', 8.7],
    [null, '人员经费', 7.5],
    ['301', '工资福利支出', 6.5],
    ['30101', '基本工资', 6.5],
    ['303', '对个人和家庭的补助', 1],
    ['30305', '生活补助', 1],
    [null, '公用经费', 1.2],
    ['302', '商品和服务支出', 1.2],
    ['30201', '办公费', 1.2],
  ];

  it('reads the two lines as the parts\' subtotals, not as classes', () => {
    expect(rowsOf(table(grid)).filter(([, role]) => role !== 'item')).toEqual([
      ['合计', 'total', null, ['8.7']],
      ['人员经费', 'subtotal', null, ['7.5']],
      ['公用经费', 'subtotal', null, ['1.2']],
    ]);
    expect(findings(grid)).toEqual([]);
  });

  it('gives the drafter the split and the 款 under each part', () => {
    const f = extractFacts(model(grid));
    expect(f.personnel && toPlain(f.personnel.value)).toBe('7.5');
    expect(f.publicFunds && toPlain(f.publicFunds.value)).toBe('1.2');
    expect(f.personnelItems).toEqual(['基本工资', '生活补助']);
    expect(f.publicItems).toEqual(['办公费']);
  });

  it('finds a 人员经费 line that is not the sum of 301 and 303', () => {
    const wrong = grid.map((r) => (r[1] === '人员经费' ? [null, '人员经费', 7.4] : r));
    expect(findings(wrong)).toEqual(['basic-personnel-classes C5']);
  });

  it('leaves a line 人员经费 alone where 公用经费 has none (no split to take)', () => {
    const half = grid.filter((r) => r[1] !== '公用经费');
    expect(rowsOf(table(half)).find(([k]) => k === '人员经费')?.[1]).toBe('item');
  });
});

describe('budget units as rows without codes or indentation', () => {
  const grid = (title: string, first: string, units: [string, number, number][]): Plain[][] => [
    [title],
    ['单位：万元'],
    ['单位名称', '合计', '基本支出', '项目支出'],
    ['合计', 10, 7, 3],
    [first, 10, 7, 3],
    ...units.map(([n, b, p]) => [n, b + p, b, p]),
  ];
  const units: [string, number, number][] = [
    ['清河县档案局本级', 4, 2],
    ['清河县档案数字化中心', 3, 1],
  ];

  it('reads the department\'s line over its 本级 and units as their sum, not one more unit', () => {
    const g = grid('2025年部门支出总表', '清河县档案局', units);
    expect(rowsOf(table(g)).map(([k, role, level]) => [k, role, level])).toEqual([
      ['合计', 'total', null],
      ['清河县档案局', 'item', 1],
      ['清河县档案局本级', 'item', 2],
      ['清河县档案数字化中心', 'item', 2],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('knows the department\'s line by the unit named in the title', () => {
    const g = grid('清河县档案局2025年部门支出总表', '清河县档案局', [
      ['清河县档案馆', 4, 2],
      ['清河县档案数字化中心', 3, 1],
    ]);
    expect(table(g).blocks[0].rows.map((r) => r.level)).toEqual([null, 1, 2, 2]);
    expect(findings(g)).toEqual([]);
  });

  it('leaves units alone whose first line is not their sum (its own 本级 under the department\'s name)', () => {
    const g: Plain[][] = [
      ['清河县档案局2025年部门收入总表'],
      ['单位：万元'],
      ['单位名称', '合计', '一般公共预算拨款'],
      ['合计', 10, 10],
      ['清河县档案局', 6, 6],
      ['清河县档案数字化中心', 4, 4],
      ['清河县档案馆', 0, 0],
    ];
    expect(table(g).blocks[0].rows.map((r) => r.level)).toEqual([null, null, null, null]);
    expect(findings(g)).toEqual([]);
  });

  it('still finds a 合计 that is not the department\'s line', () => {
    const g = grid('2025年部门支出总表', '清河县档案局', units).map((r) => (r[0] === '合计' ? ['合计', 11, 8, 3] : r));
    expect(findings(g)).toEqual(['row-total B4', 'row-total C4']);
  });
});

describe('a 项目支出表 repeating the 一级项目 on every row beside the 二级项目', () => {
  it('names each row by its 二级项目, the 一级 as its parent', () => {
    const g: Plain[][] = [
      ['2025年项目支出表'],
      ['单位：万元'],
      ['一级项目', '二级项目', '合计', '一般公共预算'],
      ['合计', null, 14.5, 14.5],
      ['业务工作经费', '专项调研', 7, 7],
      ['业务工作经费', '政策宣传', 4.5, 4.5],
      ['信息化建设', '网站运行维护', 3, 3],
    ];
    expect(table(g).blocks[0].rows.map((r) => [r.label, r.parent ?? null, r.cell])).toEqual([
      ['合计', null, 'A4'],
      ['专项调研', '业务工作经费', 'B5'],
      ['政策宣传', '业务工作经费', 'B6'],
      ['网站运行维护', '信息化建设', 'B7'],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('keeps a 一级 line of its own (the 二级 blank) over its 二级 rows', () => {
    const g: Plain[][] = [
      ['2025年项目支出表'],
      ['单位：万元'],
      ['一级项目', '二级项目', '合计'],
      ['合计', null, 11.5],
      ['业务工作经费', null, 11.5],
      ['业务工作经费', '专项调研', 7],
      ['业务工作经费', '政策宣传', 4.5],
    ];
    expect(table(g).blocks[0].rows.map((r) => [r.label, r.level, r.parent ?? null])).toEqual([
      ['合计', null, null],
      ['业务工作经费', 1, null],
      ['专项调研', 2, '业务工作经费'],
      ['政策宣传', 2, '业务工作经费'],
    ]);
    expect(findings(g)).toEqual([]);
  });
});

describe('a "三公" table ending in a 相关统计数 part', () => {
  const grid = (money: Plain[][]): Plain[][] => [
    ['2025年一般公共预算“三公”经费支出表'],
    ['单位：万元'],
    ['项目', '2025年预算数'],
    ...money,
    ['相关统计数', null],
    ['因公出国（境）团组数（个）', 2],
    ['因公出国（境）人数（人）', 6],
    ['公务用车购置数（辆）', 1],
    ['公务用车保有量（辆）', 4],
    ['国内公务接待批次（个）', 12],
    ['国内公务接待人次（人）', 90],
  ];

  it('reads the statistics as counts, not money lines', () => {
    const g = grid([
      ['合计', 8.3],
      ['因公出国（境）费', 1.2],
      ['公务用车购置及运行费', 4.6],
      ['其中：公务用车购置费', 3],
      ['公务用车运行费', 1.6],
      ['公务接待费', 2.5],
    ]);
    expect(rowsOf(table(g)).map(([k, role]) => [k, role])).toEqual([
      ['合计', 'total'],
      ['因公出国（境）费', 'item'],
      ['公务用车购置及运行费', 'item'],
      ['公务用车购置费', 'item'],
      ['公务用车运行费', 'item'],
      ['公务接待费', 'item'],
      ['相关统计数', 'count'],
      ['因公出国（境）团组数（个）', 'count'],
      ['因公出国（境）人数（人）', 'count'],
      ['公务用车购置数（辆）', 'count'],
      ['公务用车保有量（辆）', 'count'],
      ['国内公务接待批次（个）', 'count'],
      ['国内公务接待人次（人）', 'count'],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('never takes a count for a money line the table leaves out (no 公务接待费 line)', () => {
    const g = grid([
      ['合计', 5.8],
      ['因公出国（境）费', 1.2],
      ['公务用车购置及运行费', 4.6],
    ]);
    expect(findings(g)).toEqual([]);
    expect(extractFacts(model(g)).threePublic?.reception ?? null).toBeNull();
  });

  it('reads a count named by its unit of count without the heading', () => {
    const g: Plain[][] = [
      ['2025年一般公共预算“三公”经费支出表'],
      ['单位：万元'],
      ['项目', '2025年预算数'],
      ['合计', 3.7],
      ['因公出国（境）费', 1.2],
      ['公务接待费', 2.5],
      ['公务用车保有量（辆）', 4],
    ];
    expect(rowsOf(table(g)).map(([, role]) => role)).toEqual(['total', 'item', 'item', 'count']);
  });
});

describe('人员经费 and 公用经费 headings without an amount', () => {
  it('reads them as subtotals without a figure and takes no split from them', () => {
    const g: Plain[][] = [
      ['2025年一般公共预算基本支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '金额'],
      [null, '合计', 8.7],
      [null, '人员经费', null],
      ['301', '工资福利支出', 7.5],
      [null, '公用经费', null],
      ['302', '商品和服务支出', 1.2],
    ];
    expect(findings(g)).toEqual([]);
    expect(extractFacts(model(g)).personnel).toBeNull();
  });
});

describe('budget units summing to the first line in every column', () => {
  it('takes the first line for the department without 本级 or a title naming it', () => {
    const g: Plain[][] = [
      ['2025年部门支出总表'],
      ['单位：万元'],
      ['单位名称', '合计', '基本支出', '项目支出'],
      ['合计', 10, 7, 3],
      ['清河县档案局', 10, 7, 3],
      ['清河县档案馆', 6, 4, 2],
      ['清河县档案数字化中心', 4, 3, 1],
    ];
    expect(table(g).blocks[0].rows.map((r) => r.level)).toEqual([null, 1, 2, 2]);
    expect(findings(g)).toEqual([]);
  });

  it('does not where only one column adds up', () => {
    const g: Plain[][] = [
      ['2025年部门收入总表'],
      ['单位：万元'],
      ['单位名称', '合计'],
      ['合计', 20],
      ['清河县档案馆', 10],
      ['清河县档案数字化中心', 6],
      ['清河县档案技术服务站', 4],
    ];
    expect(table(g).blocks[0].rows.map((r) => r.level)).toEqual([null, null, null, null]);
    expect(findings(g)).toEqual([]);
  });
});
