// Layouts met in published tables of many places and years, each as a small grid of our own
// figures: what the reader makes of it (kind, columns, rows, codes, totals, unit).
import { toPlain } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import { splitEmbeddedCode } from '../../../src/core/model/rows';
import { unitInHeader, unitInText } from '../../../src/core/model/units';
import type { Table } from '../../../src/core/model/types';
import { runChecks } from '../../../src/core/checks';
import { sheet, type Plain } from '../../helpers/grid';

function table(rows: Plain[][], merges: string[] = []): Table {
  const m = parseWorkbook({ sheets: [sheet('表', rows, merges)] });
  expect(m.tables).toHaveLength(1);
  return m.tables[0];
}

/** code or label → role and amounts, for the first block. */
function rowsOf(t: Table): [string, string, string[]][] {
  return t.blocks[0].rows.map((r) => [r.code ?? r.label, r.role, r.amounts.map((a) => (a?.value ? toPlain(a.value) : '·'))]);
}

/** Findings of the table rules (the workbook's missing tables left aside). */
function tableFindings(t: Table): string[] {
  const model = { tables: [t], unrecognized: [], year: t.year, unitName: t.unitName, issues: [] };
  return runChecks(model)
    .filter((f) => f.rule !== 'table-missing')
    .map((f) => `${f.rule} ${f.cell}`);
}

describe('codes written with the name', () => {
  it.each([
    ['[201]一般公共服务支出', '201', '一般公共服务支出'],
    ['【20103】政府办公厅（室）及相关机构事务', '20103', '政府办公厅（室）及相关机构事务'],
    ['［2010301］ 行政运行', '2010301', '行政运行'],
    ['(30101)基本工资', '30101', '基本工资'],
  ])('reads the code in brackets before the name: %s', (text, code, name) => {
    expect(splitEmbeddedCode(text)).toEqual({ code, name });
  });

  it('reads a code in brackets after the name only where asked (classes, not projects)', () => {
    expect(splitEmbeddedCode('行政运行（2010301）', true)).toEqual({ code: '2010301', name: '行政运行' });
    expect(splitEmbeddedCode('政府办公厅（室）及相关机构事务(20103)', true)).toEqual({ code: '20103', name: '政府办公厅（室）及相关机构事务' });
    expect(splitEmbeddedCode('行政运行（2010301）')).toBeNull();
    // Not a code: a year, a count, brackets with words.
    expect(splitEmbeddedCode('设备更新（2025）', true)).toBeNull();
    expect(splitEmbeddedCode('办公费（含印刷）', true)).toBeNull();
  });

  it('reads a 支出总表 whose names carry their codes in brackets, before or after', () => {
    for (const [lei, kuan, xiang1, xiang2] of [
      ['[201]一般公共服务支出', '[20103]政府办公厅（室）及相关机构事务', '[2010301]行政运行', '[2010302]一般行政管理事务'],
      ['一般公共服务支出（201）', '政府办公厅（室）及相关机构事务（20103）', '行政运行（2010301）', '一般行政管理事务（2010302）'],
    ]) {
      const t = table([
        ['2025年部门支出总表'],
        ['单位：元'],
        ['科目', '合计', '基本支出', '项目支出'],
        ['合计', 730, 410, 320],
        [lei, 730, 410, 320],
        [kuan, 730, 410, 320],
        [xiang1, 410, 410, null],
        [xiang2, 320, null, 320],
      ]);
      expect(t.codeScheme).toBe('function');
      expect(t.blocks[0].rows.map((r) => [r.code, r.level, r.label])).toEqual([
        [null, null, '合计'],
        ['201', 1, '一般公共服务支出'],
        ['20103', 2, '政府办公厅（室）及相关机构事务'],
        ['2010301', 3, '行政运行'],
        ['2010302', 3, '一般行政管理事务'],
      ]);
      expect(tableFindings(t)).toEqual([]);
    }
  });

  it('reads 款 and 项 written by their own two digits under their parent, deeper in', () => {
    const inColumn = table([
      ['2025年部门支出总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 21, 13, 8],
      ['201', '一般公共服务支出', 21, 13, 8],
      ['  03', '政府办公厅（室）及相关机构事务', 21, 13, 8],
      ['    01', '行政运行', 13, 13, null],
      ['    02', '一般行政管理事务', 8, null, 8],
    ]);
    const inName = table([
      ['2025年部门支出总表'],
      ['单位：万元'],
      ['科目', '合计', '基本支出', '项目支出'],
      ['合计', 21, 13, 8],
      ['201 一般公共服务支出', 21, 13, 8],
      ['　03 政府办公厅（室）及相关机构事务', 21, 13, 8],
      ['　　01 行政运行', 13, 13, null],
      ['　　02 一般行政管理事务', 8, null, 8],
    ]);
    for (const t of [inColumn, inName]) {
      expect(t.blocks[0].rows.map((r) => [r.code, r.level, r.label])).toEqual([
        [null, null, '合计'],
        ['201', 1, '一般公共服务支出'],
        ['20103', 2, '政府办公厅（室）及相关机构事务'],
        ['2010301', 3, '行政运行'],
        ['2010302', 3, '一般行政管理事务'],
      ]);
      expect(tableFindings(t)).toEqual([]);
    }
    // 经济分类 has no 项: two digits under a 类 are its 款, at any depth.
    const economic = table([
      ['2025年一般公共预算基本支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['301', '工资福利支出', 9, 9, null],
      ['01', '基本工资', 9, 9, null],
      ['302', '商品和服务支出', 3, null, 3],
      ['01', '办公费', 3, null, 3],
    ]);
    expect(economic.blocks[0].rows.map((r) => r.code)).toEqual(['301', '30101', '302', '30201']);
  });

  it('leaves two digits without a parent row, or at the parent\'s depth, unread', () => {
    const t = table([
      ['2025年部门支出总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计'],
      ['03', '政府办公厅（室）及相关机构事务', 5],
      ['201', '一般公共服务支出', 5],
      ['03', '政府办公厅（室）及相关机构事务', 5],
    ]);
    expect(t.blocks[0].rows.map((r) => r.code)).toEqual([null, '201', null]);
  });

  it('reads code and name under one header merged over both columns', () => {
    const t = table(
      [
        ['2025年一般公共预算支出表'],
        ['单位：万元'],
        ['项目', null, '合计', '基本支出', '项目支出'],
        ['合计', null, 17, 12, 5],
        ['201', '一般公共服务支出', 17, 12, 5],
        ['20103', '政府办公厅（室）及相关机构事务', 17, 12, 5],
        ['2010301', '行政运行', 12, 12, null],
        ['2010302', '一般行政管理事务', 5, null, 5],
      ],
      ['A3:B3'],
    );
    expect(t.blocks[0].rows.map((r) => [r.cell, r.code, r.label])).toEqual([
      ['A4', null, '合计'],
      ['B5', '201', '一般公共服务支出'],
      ['B6', '20103', '政府办公厅（室）及相关机构事务'],
      ['B7', '2010301', '行政运行'],
      ['B8', '2010302', '一般行政管理事务'],
    ]);
    expect(tableFindings(t)).toEqual([]);
  });

  it('keeps a number after a project name as part of the name', () => {
    const t = table([
      ['2025年项目支出表'],
      ['单位：万元'],
      ['项目名称', '合计', '一般公共预算'],
      ['合计', 9, 9],
      ['档案数字化（20251）', 9, 9],
    ]);
    expect(t.blocks[0].rows.map((r) => [r.code, r.label])).toEqual([
      [null, '合计'],
      [null, '档案数字化（20251）'],
    ]);
  });
});

describe('units and totals', () => {
  it('reads 人民币 before the unit, on the meta line and in a header', () => {
    expect(unitInText('金额单位：人民币万元')).toBe('万元');
    expect(unitInText('单位:人民币元')).toBe('元');
    expect(unitInText('单位（万元）')).toBe('万元');
    expect(unitInText('金额单位(人民币元)')).toBe('元');
    expect(unitInHeader('金额（人民币万元）')).toBe('万元');
    const t = table([
      ['2025年部门收入总表'],
      ['编制单位：某市档案馆', null, '金额单位：人民币万元'],
      ['科目代码', '科目名称', '合计', '一般公共预算拨款收入', '事业收入'],
      ['合计', null, 15.5, 12, 3.5],
      ['207', '文化旅游体育与传媒支出', 15.5, 12, 3.5],
    ]);
    expect(t).toMatchObject({ kind: 'income', unit: '万元', unitCell: 'C2', unitName: '某市档案馆', headerRows: [2] });
    expect(t.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '一般公共预算拨款收入', '事业收入']);
  });

  it('reads 单位：万元 at the end of a header row as the unit, not as a column\'s name', () => {
    const t = table([
      ['2025年部门支出总表'],
      ['项目', null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 6.6, 4.4, 2.2],
      ['201', '一般公共服务支出', 6.6, 4.4, 2.2],
      ['20103', '政府办公厅（室）及相关机构事务', 6.6, 4.4, 2.2],
      ['2010301', '行政运行', 6.6, 4.4, 2.2],
    ]);
    expect(t).toMatchObject({ unit: '万元', unitCell: 'E2' });
    expect(t.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '基本支出', '项目支出']);
    expect(tableFindings(t)).toEqual([]);
  });

  it('takes 合计： (with a colon) as the total', () => {
    const t = table([
      ['2025年政府性基金预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['212', '城乡社区支出', 7.2, null, 7.2],
      ['21208', '国有土地使用权出让收入安排的支出', 7.2, null, 7.2],
      ['2120803', '城市建设支出', 7.2, null, 7.2],
      ['合计：', null, 7.2, null, 7.2],
    ]);
    expect(rowsOf(t).map(([k, role]) => [k, role])).toEqual([
      ['212', 'item'],
      ['21208', 'item'],
      ['2120803', 'item'],
      ['合计：', 'total'],
    ]);
  });
});

describe('numbered rows and counts', () => {
  it('reads a "三公" table whose rows are numbered in a 序号 column, the unit in the header', () => {
    const t = table([
      ['2025年一般公共预算“三公”经费支出表'],
      ['序号', '项目', '预算数（万元）'],
      [1, '因公出国（境）费', 1.2],
      [2, '公务用车购置及运行费', 4.6],
      [null, '其中：公务用车购置费', 3],
      [null, '公务用车运行费', 1.6],
      [3, '公务接待费', 2.5],
      [null, '合计', 8.3],
    ]);
    expect(t).toMatchObject({ kind: 'three-public', unit: '万元', headerRows: [1] });
    expect(t.blocks[0].columns.map((c) => c.letter)).toEqual(['C']);
    expect(rowsOf(t)).toEqual([
      ['因公出国（境）费', 'item', ['1.2']],
      ['公务用车购置及运行费', 'item', ['4.6']],
      ['公务用车购置费', 'item', ['3']],
      ['公务用车运行费', 'item', ['1.6']],
      ['公务接待费', 'item', ['2.5']],
      ['合计', 'total', ['8.3']],
    ]);
    expect(tableFindings(t)).toEqual([]);
  });

  it('reads the totals of each part of a 基本支出表 (人员经费合计, 公用经费小计) as subtotals under the 合计', () => {
    for (const [personnel, publicUse] of [
      ['人员经费合计', '公用经费合计'],
      ['人员经费小计', '公用经费小计'],
    ]) {
      const t = table([
        ['2025年一般公共预算基本支出表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '金额'],
        [null, personnel, 7.5],
        ['301', '工资福利支出', 7.5],
        ['30101', '基本工资', 7.5],
        [null, publicUse, 1.2],
        ['302', '商品和服务支出', 1.2],
        ['30201', '办公费', 1.2],
        [null, '合计', 8.7],
      ]);
      expect(rowsOf(t).map(([k, role]) => [k, role])).toEqual([
        [personnel, 'subtotal'],
        ['301', 'item'],
        ['30101', 'item'],
        [publicUse, 'subtotal'],
        ['302', 'item'],
        ['30201', 'item'],
        ['合计', 'total'],
      ]);
      expect(tableFindings(t)).toEqual([]);
    }
  });

  it('reads a column that describes the project (资金来源, 项目类型) as words, not amounts', () => {
    const t = table([
      ['2025年项目支出表'],
      ['单位：万元'],
      ['项目名称', '资金来源', '项目类型', '金额'],
      ['合计', null, null, 13.6],
      ['信息系统运行维护', '一般公共预算', '延续性项目', 8.1],
      ['馆藏档案数字化', '政府性基金', '新增项目', 5.5],
    ]);
    expect(t.blocks[0].labelColumns).toEqual([0, 1, 2]);
    expect(rowsOf(t)).toEqual([
      ['合计', 'total', ['13.6']],
      ['信息系统运行维护', 'item', ['8.1']],
      ['馆藏档案数字化', 'item', ['5.5']],
    ]);
    expect(tableFindings(t)).toEqual([]);
  });

  it('gives levels to names set out like steps (一级项目 | 二级项目)', () => {
    const t = table([
      ['2025年项目支出表'],
      ['单位：万元'],
      ['一级项目', '二级项目', '合计', '一般公共预算'],
      ['合计', null, 11.5, 11.5],
      ['业务工作经费', null, 11.5, 11.5],
      [null, '专项调研', 7, 7],
      [null, '政策宣传', 4.5, 4.5],
    ]);
    expect(t.blocks[0].rows.map((r) => [r.label, r.level])).toEqual([
      ['合计', null],
      ['业务工作经费', 1],
      ['专项调研', 2],
      ['政策宣传', 2],
    ]);
    expect(tableFindings(t)).toEqual([]);
  });

  it('leaves the 数量 of a 政府采购预算表 out of the amounts', () => {
    const t = table([
      ['2025年政府采购预算表'],
      ['单位：万元'],
      ['序号', '采购项目', '采购品目', '数量', '合计', '货物', '工程', '服务'],
      [null, '合计', null, null, 26, 18, null, 8],
      [1, '办公设备购置', '台式计算机', 12, 18, 18, null, null],
      [2, '物业管理', '物业管理服务', 1, 8, null, null, 8],
    ]);
    expect(t.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['合计', '货物', '工程', '服务']);
    expect(tableFindings(t)).toEqual([]);
  });
});

describe('titles and years', () => {
  it('reads this year first where only the header names the years', () => {
    const t = table([
      ['一般公共预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '2024年预算数', '2025年预算数'],
      ['201', '一般公共服务支出', 8.4, 9.1],
      ['20103', '政府办公厅（室）及相关机构事务', 8.4, 9.1],
      ['2010301', '行政运行', 8.4, 9.1],
      ['合计', null, 8.4, 9.1],
    ]);
    expect(t.blocks[0].columns.map((c) => c.path[0])).toEqual(['2025年预算数', '2024年预算数']);
    expect(rowsOf(t)[3]).toEqual(['合计', 'total', ['9.1', '8.4']]);
  });

  it('takes a column of an earlier year beside this year\'s for a comparison, not a part of the 合计', () => {
    const t = table([
      ['2025年部门收入总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '一般公共预算拨款', '事业收入', '2024年执行数', '增减额'],
      ['合计', null, 12, 9, 3, 10, 2],
      ['201', '一般公共服务支出', 12, 9, 3, 10, 2],
    ]);
    expect(t.blocks[0].columns.map((c) => [c.path[0], c.comparison ?? false])).toEqual([
      ['合计', false],
      ['一般公共预算拨款', false],
      ['事业收入', false],
      ['2024年执行数', true],
      ['增减额', true],
    ]);
    expect(tableFindings(t)).toEqual([]);
  });

  it('reads an 一般公共预算 table by economic class as the economic summary of that source', () => {
    const t = table([
      ['2025年一般公共预算支出经济分类预算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 11, 7, 4],
      ['301', '工资福利支出', 7, 7, null],
      ['30101', '基本工资', 7, 7, null],
      ['302', '商品和服务支出', 4, null, 4],
      ['30201', '办公费', 4, null, 4],
    ]);
    expect(t).toMatchObject({ kind: 'economic', codeScheme: 'economic-dept' });
    expect(tableFindings(t)).toEqual([]);
  });
});
