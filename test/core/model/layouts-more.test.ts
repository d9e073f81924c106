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
