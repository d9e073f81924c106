import { toPlain } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { Table } from '../../../src/core/model/types';
import { sheet } from '../../helpers/grid';

function amounts(t: Table, side = 0): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of t.blocks[side].rows) out[r.code ?? r.label] = r.amounts.map((a) => (a?.value ? toPlain(a.value) : a?.error ?? a?.text ?? '·'));
  return out;
}

describe('parsing layouts', () => {
  it('reads a multi-row merged header into column paths and split 类/款/项 codes', () => {
    const s = sheet(
      '表',
      [
        ['2025年部门支出预算总表', null, null, null, null, null, null],
        ['编制部门：某区某局', null, null, null, null, null, '单位：元'],
        ['项目', null, null, null, '支出预算', null, null],
        ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项', null, null, null, null],
        ['201', null, null, '一般公共服务支出', 300, 100, 200],
        ['201', '03', null, '政府办公厅（室）及相关机构事务', 300, 100, 200],
        ['201', '03', '01', '行政运行', 100, 100, null],
        [null, null, '02', '一般行政管理事务', 200, null, 200],
        [null, null, null, null, null, null, null],
        ['合计', null, null, null, 300, 100, 200],
      ],
      ['A1:G1', 'A3:D3', 'E3:G3', 'A4:C4', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'A11:D11'],
    );
    const m = parseWorkbook({ sheets: [s] });
    expect(m.tables).toHaveLength(1);
    const t = m.tables[0];
    expect(t).toMatchObject({ kind: 'expenditure', unit: '元', unitCell: 'G2', year: 2025, unitName: '某区某局', range: 'A1:G11', headerRows: [2, 3, 4] });
    expect(t.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['支出预算/合计', '支出预算/基本支出', '支出预算/项目支出']);
    expect(t.blocks[0].rows.map((r) => [r.code, r.level, r.role])).toEqual([
      ['201', 1, 'item'],
      ['20103', 2, 'item'],
      ['2010301', 3, 'item'],
      ['2010302', 3, 'item'],
      [null, null, 'total'],
    ]);
    expect(amounts(t)['2010302']).toEqual(['200', '·', '200']);
    expect(t.blocks[0].rows[3].amounts[0]!.cell).toBe('E9');
  });

  it('reads codes embedded in names and codes in one column, and 合计 first', () => {
    const s = sheet('Sheet1', [
      ['表5 2019年一般公共预算支出表'],
      ['单位名称：某县某中心', null, '单位：万元'],
      ['科目', '合计', '基本支出'],
      ['合计', 12.5, 12.5],
      ['201 一般公共服务支出', 12.5, 12.5],
      ['  20103 政府办公厅（室）及相关机构事务', 12.5, 12.5],
      ['    2010301 行政运行', 12.5, 12.5],
    ]);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.kind).toBe('general-expenditure');
    expect(t.unit).toBe('万元');
    expect(t.unitName).toBe('某县某中心');
    expect(t.blocks[0].rows.map((r) => [r.code, r.label])).toEqual([
      [null, '合计'],
      ['201', '一般公共服务支出'],
      ['20103', '政府办公厅（室）及相关机构事务'],
      ['2010301', '行政运行'],
    ]);
    const code = sheet('Sheet2', [['表3 部门支出总表'], ['单位：千元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 5], ['2010301', '行政运行', 5]]);
    const t2 = parseWorkbook({ sheets: [code] }).tables[0];
    expect(t2.unit).toBe('千元');
    expect(t2.blocks[0].rows.map((r) => r.code)).toEqual(['201', '2010301']);
  });

  it('gives levels from indentation when a table has no codes', () => {
    const s = sheet('表3', [
      ['部门支出总表'],
      ['单位：亿元'],
      ['项目', '合计'],
      ['一般公共服务支出', 3],
      ['  政府办公厅（室）及相关机构事务', 3],
      ['    行政运行', 1],
      ['    一般行政管理事务', 2],
      ['合计', 3],
    ]);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.unit).toBe('亿元');
    expect(t.blocks[0].rows.map((r) => r.level)).toEqual([1, 2, 3, 3, null]);
  });

  it('reads indent levels that the reader gives with the cell', () => {
    const s = sheet('表3', [
      ['部门支出总表'],
      ['单位：万元'],
      ['项目', '合计'],
      [{ value: '一般公共服务支出', indent: 0 }, 3],
      [{ value: '政府办公厅（室）及相关机构事务', indent: 1 }, 3],
      [{ value: '行政运行', indent: 2 }, 3],
    ]);
    expect(parseWorkbook({ sheets: [s] }).tables[0].blocks[0].rows.map((r) => r.level)).toEqual([1, 2, 3]);
  });

  it('finds two stacked tables on one sheet, anywhere in it', () => {
    const s = sheet(
      '基金与国资',
      [
        [null, null, null, null],
        [null, '2025年政府性基金预算支出表', null, null],
        [null, '单位：元', null, null],
        [null, '科目', '合计', '项目支出'],
        [null, '合计', null, null],
        [null, '注：本单位无政府性基金预算支出，故本表为空表。', null, null],
        [null, null, null, null],
        [null, null, null, null],
        [null, '2025年国有资本经营预算支出表', null, null],
        [null, '单位：元', null, null],
        [null, '科目', '合计', '项目支出'],
        [null, '223 国有资本经营预算支出', 10, 10],
        [null, '合计', 10, 10],
      ],
      [],
      { row: 4, col: 2 },
    );
    const m = parseWorkbook({ sheets: [s] });
    expect(m.tables.map((t) => [t.kind, t.range, t.empty, t.titleCell])).toEqual([
      ['fund-expenditure', 'C6:F10', true, 'D6'],
      ['state-capital-expenditure', 'C13:F17', false, 'D13'],
    ]);
    expect(m.tables[0].note).toEqual({ text: '注：本单位无政府性基金预算支出，故本表为空表。', cell: 'D10' });
    expect(m.tables[1].blocks[0].rows[0].amounts[0]!.cell).toBe('E16');
  });

  it('skips a column-numbering row (栏次 1 2 3)', () => {
    const s = sheet('表', [['部门收入总表'], ['单位：万元'], ['项目', '合计', '一般公共预算'], ['栏次', 1, 2], ['201 一般公共服务支出', 5, 5]]);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.blocks[0].rows).toHaveLength(1);
  });

  it('never reads a 行次 column as amounts, and leaves the 栏次 numbers out of column names (决算 layout)', () => {
    const summary = sheet(
      '收支',
      [
        ['收入支出决算总表'],
        ['部门：某局', null, null, null, null, '金额单位：万元'],
        ['收入', null, null, '支出', null, null],
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['栏次', null, 1, '栏次', null, 2],
        ['一、一般公共预算财政拨款收入', 1, 100, '一、一般公共服务支出', 32, 100],
        ['二、政府性基金预算财政拨款收入', 2, null, '二、外交支出', 33, null],
        ['本年收入合计', 3, 100, '本年支出合计', 34, 100],
        ['年初结转和结余', 4, null, '年末结转和结余', 35, null],
        ['总计', 5, 100, '总计', 36, 100],
      ],
      ['A3:C3', 'D3:F3'],
    );
    const income = sheet(
      '收入',
      [
        ['收入决算表'],
        ['部门：某局', null, null, null, '金额单位：万元'],
        ['项目', null, '本年收入合计', '财政拨款收入', '事业收入'],
        ['科目编码', '科目名称', null, null, null],
        ['栏次', null, 1, 2, 3],
        ['合计', null, 100, 100, null],
        ['201', '一般公共服务支出', 100, 100, null],
      ],
      ['A3:B3', 'C3:C4', 'D3:D4', 'E3:E4'],
    );
    const m = parseWorkbook({ sheets: [summary, income] });
    expect(m.issues).toEqual([]);
    expect(m.tables.map((t) => [t.kind, t.unit, t.unitName, t.headerRows])).toEqual([
      ['summary', '万元', '某局', [2, 3, 4]],
      ['income', '万元', '某局', [2, 3, 4]],
    ]);
    const [s, i] = m.tables;
    expect(s.blocks.map((b) => b.columns.map((c) => `${c.letter}=${c.path.join('/')}`))).toEqual([['C=收入/金额'], ['F=支出/金额']]);
    expect(s.blocks[0].rows.map((r) => [r.label, r.role, r.amounts.length])).toEqual([
      ['一般公共预算财政拨款收入', 'item', 1],
      ['政府性基金预算财政拨款收入', 'item', 1],
      ['本年收入合计', 'current-total', 1],
      ['年初结转和结余', 'carry', 1],
      ['总计', 'grand-total', 1],
    ]);
    expect(i.blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['本年收入合计', '财政拨款收入', '事业收入']);
    expect(i.blocks[0].rows.map((r) => [r.code, r.role])).toEqual([
      [null, 'total'],
      ['201', 'item'],
    ]);
  });

  it('reads budget-unit codes as levels, never as classification codes', () => {
    const s = sheet('收入', [
      ['部门收入总表'],
      ['单位：万元'],
      ['单位代码', '单位名称', '合计', '一般公共预算'],
      [null, '合计', 9, 9],
      ['301', '某局', 9, 9],
      ['301001', '某局本级', 5, 5],
      ['301002', '某局所属中心', 4, 4],
    ]);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.codeScheme).toBeNull();
    expect(t.blocks[0].rows.map((r) => [r.label, r.code, r.level])).toEqual([
      ['合计', null, null],
      ['某局', null, 1],
      ['某局本级', null, 2],
      ['某局所属中心', null, 2],
    ]);
  });

  it('puts last year, the change and the rate after this year, and takes 总计 for the total outside summaries', () => {
    const s = sheet('表5', [
      ['2025年一般公共预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '2024年预算数', '2025年预算数', '增减', '增长%'],
      ['201', '一般公共服务支出', 8, 10, 2, 25],
      [null, '总计', 8, 10, 2, 25],
    ]);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.blocks[0].columns.map((c) => `${c.letter}=${c.path.join('/')}`)).toEqual(['D=2025年预算数', 'C=2024年预算数', 'E=增减', 'F=增长%']);
    expect(t.blocks[0].rows.map((r) => [r.role, r.amounts.map((a) => a!.cell).join(' ')])).toEqual([
      ['item', 'D4 C4 E4 F4'],
      ['total', 'D5 C5 E5 F5'],
    ]);
    const carry = sheet('表2', [['部门收入总表'], ['单位：万元'], ['科目编码', '科目名称', '上年结转', '合计'], ['201', '一般公共服务支出', 1, 10]]);
    expect(parseWorkbook({ sheets: [carry] }).tables[0].blocks[0].columns.map((c) => c.letter)).toEqual(['C', 'D']);
  });

  it('reads parts laid side by side as one table (人员经费 | 公用经费), with a form number on the meta line', () => {
    const s = sheet(
      '公开06表',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        ['部门：某局', null, null, null, '公开06表', '金额单位：万元'],
        ['人员经费', null, null, '公用经费', null, null],
        ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', 7, '302', '商品和服务支出', 2],
        ['30101', '基本工资', 7, '30201', '办公费', 2],
        ['人员经费合计', null, 7, '公用经费合计', null, 2],
      ],
      ['A3:C3', 'D3:F3'],
    );
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t).toMatchObject({ kind: 'general-basic', unit: '万元', unitName: '某局', headerRows: [2, 3] });
    expect(t.blocks).toHaveLength(1);
    expect(t.blocks[0].rows.map((r) => [r.code, r.role, r.amounts.map((a) => a?.cell ?? '∅').join(' ')])).toEqual([
      ['301', 'item', 'C5 ∅'],
      ['30101', 'item', 'C6 ∅'],
      ['302', 'item', '∅ F5'],
      ['30201', 'item', '∅ F6'],
      [null, 'total', 'C7 F7'],
    ]);
  });

  it('keeps each budget unit with its rows where a table repeats the classification per unit', () => {
    const byColumn = sheet('支出', [
      ['部门支出总表'],
      ['单位：万元'],
      ['单位名称', '科目编码', '科目名称', '合计'],
      [null, null, '合计', 30],
      ['某局本级', '201', '一般公共服务支出', 20],
      ['某局本级', '2010301', '行政运行', 20],
      ['某中心', '201', '一般公共服务支出', 10],
      ['某中心', '2010350', '事业运行', 10],
    ]);
    const byHeading = sheet('支出', [
      ['部门支出总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计'],
      [null, '合计', 30],
      ['101001', '某局本级', 20],
      ['201', '一般公共服务支出', 20],
      ['2010301', '行政运行', 20],
      ['101002', '某中心', 10],
      ['201', '一般公共服务支出', 10],
      ['2010350', '事业运行', 10],
    ]);
    const read = (s: ReturnType<typeof sheet>) => parseWorkbook({ sheets: [s] });
    expect(read(byColumn).tables[0].blocks[0].rows.map((r) => [r.code, r.label, r.unit])).toEqual([
      [null, '合计', undefined],
      ['201', '一般公共服务支出', '某局本级'],
      ['2010301', '行政运行', '某局本级'],
      ['201', '一般公共服务支出', '某中心'],
      ['2010350', '事业运行', '某中心'],
    ]);
    const m = read(byHeading);
    expect(m.issues).toEqual([]);
    expect(m.tables[0].blocks[0].rows.map((r) => [r.code, r.label, r.unit])).toEqual([
      [null, '合计', undefined],
      [null, '某局本级', '某局本级'],
      ['201', '一般公共服务支出', '某局本级'],
      ['2010301', '行政运行', '某局本级'],
      [null, '某中心', '某中心'],
      ['201', '一般公共服务支出', '某中心'],
      ['2010350', '事业运行', '某中心'],
    ]);
    // One unit, or codes that do not repeat: the unit column is only a label.
    const single = sheet('支出', [['部门支出总表'], ['单位：万元'], ['单位名称', '科目编码', '科目名称', '合计'], ['某局本级', '201', '一般公共服务支出', 20], ['某中心', '208', '社会保障和就业支出', 10]]);
    expect(read(single).tables[0].blocks[0].rows.map((r) => r.unit)).toEqual([undefined, undefined]);
  });

  it('reads this year first on each side of a summary that shows last year and the change', () => {
    const s = sheet(
      '总表',
      [
        ['2025年部门收支总表'],
        ['单位：万元'],
        ['收入', null, null, null, '支出', null, null, null],
        ['项目', '2024年预算数', '2025年预算数', '增减%', '项目', '2024年预算数', '2025年预算数', '增减%'],
        ['一、一般公共预算拨款收入', 80, 100, 25, '一、一般公共服务支出', 80, 100, 25],
        ['收入总计', 80, 100, 25, '支出总计', 80, 100, 25],
      ],
      ['A3:D3', 'E3:H3'],
    );
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.blocks.map((b) => [b.side, b.columns.map((c) => c.letter).join('')])).toEqual([
      ['income', 'CBD'],
      ['expenditure', 'GFH'],
    ]);
    expect(t.blocks[1].rows[1].amounts[0]).toMatchObject({ cell: 'G6' });
  });

  it('reads the spending first in a fund table that shows its carry-overs and income too (决算 公开08表)', () => {
    const s = sheet(
      '公开08表',
      [
        ['政府性基金预算财政拨款收入支出决算表'],
        ['部门：某局', null, null, null, null, null, null, '金额单位：万元'],
        ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
        ['科目编码', '科目名称', null, null, '小计', '基本支出', '项目支出', null],
        ['栏次', null, 1, 2, 3, 4, 5, 6],
        [null, '合计', 1, 9, 10, null, 10, null],
        ['212', '城乡社区支出', 1, 9, 10, null, 10, null],
      ],
      ['A3:B3', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
    );
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.kind).toBe('fund-expenditure');
    expect(t.blocks[0].columns.map((c) => `${c.letter}=${c.path.join('/')}`)).toEqual(['E=本年支出/小计', 'F=本年支出/基本支出', 'G=本年支出/项目支出', 'C=年初结转和结余', 'D=本年收入', 'H=年末结转和结余']);
  });

  it('keeps a 行次 column that does not number the rows', () => {
    const s = sheet('表', [['部门支出总表'], ['单位：万元'], ['科目', '行次', '合计'], ['201 一般公共服务支出', 5.5, 5.5], ['合计', 5.5, 5.5]]);
    expect(parseWorkbook({ sheets: [s] }).tables[0].blocks[0].columns.map((c) => c.path.join('/'))).toEqual(['行次', '合计']);
  });

  it('reads a two-sided summary table into its 收入 and 支出 sides with outline levels', () => {
    const s = sheet(
      '总表',
      [
        ['2025年部门财务收支预算总表'],
        ['单位：元'],
        ['本年收入', null, '本年支出', null],
        ['项目', '预算数', '项目', '预算数'],
        ['一、财政拨款收入', 100, '一、一般公共服务支出', 100],
        ['1. 一般公共预算资金', 100, null, null],
        ['二、事业收入', '—', null, null],
        ['收入总计', 100, '支出总计', 100],
      ],
      ['A3:B3', 'C3:D3'],
    );
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.blocks.map((b) => b.side)).toEqual(['income', 'expenditure']);
    expect(t.blocks[0].rows.map((r) => [r.label, r.outline, r.role])).toEqual([
      ['财政拨款收入', 1, 'item'],
      ['一般公共预算资金', 3, 'item'],
      ['事业收入', 1, 'item'],
      ['收入总计', null, 'grand-total'],
    ]);
    expect(t.blocks[0].rows[2].amounts[0]!.value).toBeNull();
    expect(t.blocks[1].rows.map((r) => r.label)).toEqual(['一般公共服务支出', '支出总计']);
  });

  it('reports a non-budget sheet and an empty sheet as not recognised, never guessed', () => {
    const m = parseWorkbook({
      sheets: [sheet('填报说明', [['填报说明'], ['1. 金额以元为单位。'], ['2. 合计', 5]]), sheet('空', []), sheet('数据', [['a', 'b'], [1, 2], [3, 4]])],
    });
    expect(m.tables).toEqual([]);
    expect(m.unrecognized).toEqual([
      { sheet: '填报说明', reason: 'no-budget-table' },
      { sheet: '空', reason: 'empty' },
      { sheet: '数据', reason: 'no-budget-table' },
    ]);
  });

  it('accepts an explicit kind for a sheet and falls back to the header signature', () => {
    const untitled = sheet('Sheet3', [['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 5, 5, null]]);
    expect(parseWorkbook({ sheets: [untitled] }).tables).toEqual([]);
    const m = parseWorkbook({ sheets: [untitled] }, { kinds: { Sheet3: 'expenditure' } });
    expect(m.tables[0]).toMatchObject({ kind: 'expenditure', detectedBy: 'override', unit: '万元' });
    const wrong = parseWorkbook({ sheets: [untitled] }, { kinds: { Sheet3: 'nonsense' } });
    expect(wrong.issues).toContainEqual(expect.objectContaining({ code: 'kind-override-unknown', detail: 'nonsense' }));

    const three = sheet('Sheet4', [['单位：万元'], ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'], [3, 1, 1, 1]]);
    expect(parseWorkbook({ sheets: [three] }).tables[0]).toMatchObject({ kind: 'three-public', detectedBy: 'header' });
  });

  it('keeps error cells and text in amount cells as issues, never a crash', () => {
    const s = sheet('表', [
      ['部门支出总表'],
      ['单位：万元'],
      ['科目', '合计', '基本支出'],
      ['201 一般公共服务支出', { value: null, error: '#REF!' }, '见说明'],
      ['合计', 5, 5],
    ]);
    const m = parseWorkbook({ sheets: [s] });
    const row = m.tables[0].blocks[0].rows[0];
    expect(row.amounts.map((a) => [a!.value, a!.error, a!.text])).toEqual([
      [null, '#REF!', undefined],
      [null, undefined, '见说明'],
    ]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ['formula-error', 'B4'],
      ['text-in-amount', 'C4'],
    ]);
  });

  it('reads the unit from a header cell when there is no 单位 line', () => {
    const s = sheet('表', [['"三公"经费支出表'], ['项目', '金额（万元）'], ['合计', 1], ['因公出国（境）费', 1]]);
    expect(parseWorkbook({ sheets: [s] }).tables[0].unit).toBe('万元');
  });

  it('reads the unit beside the title on its row', () => {
    const s = sheet('表', [['某单位2025年部门支出总表', null, '单位：元'], ['科目', '合计'], ['201 一般公共服务支出', 5]]);
    const m = parseWorkbook({ sheets: [s] });
    expect([m.tables[0].unit, m.tables[0].unitCell]).toEqual(['元', 'C1']);
    expect(m.issues).toEqual([]);
  });

  it('says when a table has no unit', () => {
    const s = sheet('表', [['部门支出总表'], ['科目', '合计'], ['201 一般公共服务支出', 5]]);
    const m = parseWorkbook({ sheets: [s] });
    expect(m.tables[0].unit).toBeNull();
    expect(m.issues.map((i) => i.code)).toEqual(['no-unit']);
  });
});

describe('财政拨款安排的基本支出预算表', () => {
  it('is read as the 一般公共预算基本支出表, by 经济分类', () => {
    const m = parseWorkbook({
      sheets: [
        sheet('基本支出', [
          ['某中心2025年财政拨款安排的基本支出预算表', null, null, null, null],
          ['部门：某中心', null, null, null, '单位：万元'],
          ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
          [null, '合计', 50, 45, 5],
          ['301', '工资福利支出', 45, 45, null],
          ['30101', '基本工资', 45, 45, null],
          ['302', '商品和服务支出', 5, null, 5],
          ['30201', '办公费', 5, null, 5],
        ]),
      ],
    });
    expect(m.tables.map((t) => [t.kind, t.codeScheme])).toEqual([['general-basic', 'economic-dept']]);
    expect(m.tables[0].blocks[0].rows.map((r) => r.code ?? r.role)).toEqual(['total', '301', '30101', '302', '30201']);
  });
});

describe('a department code as a unit heading in the code column', () => {
  const rows = (dept: string, name: string) => [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 58, 40, 18],
    [dept, name, 58, 40, 18],
    ['208', '社会保障和就业支出', 58, 40, 18],
    ['20801', '人力资源和社会保障管理事务', 58, 40, 18],
    ['2080101', '行政运行', 58, 40, 18],
  ];
  const codes = (t: Table) => t.blocks[0].rows.map((r) => r.code ?? r.label);

  it('reads 301 某某局 above its classes as the department, not the economic class 301', () => {
    const m = parseWorkbook({ sheets: [sheet('支出', [['清河县人力资源局2025年部门支出总表'], ['单位：万元'], ...rows('301', '清河县人力资源局')])] });
    expect(codes(m.tables[0])).toEqual(['合计', '清河县人力资源局', '208', '20801', '2080101']);
  });

  it('takes the department code from the meta line, also in a 经济分类 table whose first class is 301', () => {
    const m = parseWorkbook({
      sheets: [
        sheet('基本', [
          ['2025年一般公共预算基本支出表'],
          ['部门编码：301', null, '单位：万元'],
          ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
          [null, '合计', 9, 7, 2],
          ['301', '清河县人力资源局（本级）', 9, 7, 2],
          ['301', '工资福利支出', 7, 7, null],
          ['30101', '基本工资', 7, 7, null],
          ['302', '商品和服务支出', 2, null, 2],
          ['30201', '办公费', 2, null, 2],
        ]),
      ],
    });
    expect(codes(m.tables[0])).toEqual(['合计', '清河县人力资源局（本级）', '301', '30101', '302', '30201']);
  });

  it('reads the code inside the name column too (301 某某局 over 208 …)', () => {
    const m = parseWorkbook({
      sheets: [sheet('支出', [['[301]清河县人力资源局2025年部门支出总表'], ['单位：万元'], ['科目', '合计'], ['合计', 58], ['301 清河县人力资源局', 58], ['208 社会保障和就业支出', 58], ['  20801 人力资源和社会保障管理事务', 58]])],
    });
    expect(codes(m.tables[0])).toEqual(['合计', '清河县人力资源局', '208', '20801']);
  });

  it('keeps a 3-digit class whose name is a class name, and a unit-like name under another department code', () => {
    const m = parseWorkbook({ sheets: [sheet('支出', [['2025年部门支出总表'], ['部门编码：402', null, '单位：万元'], ...rows('301', '清河县人力资源局')])] });
    expect(codes(m.tables[0])[1]).toBe('301');
    const c = parseWorkbook({ sheets: [sheet('支出', [['2025年部门支出总表'], ['单位：万元'], ...rows('299', '其他支出')])] });
    expect(codes(c.tables[0])[1]).toBe('299');
  });
});

describe('a summary whose 支出 side is printed several ways', () => {
  it('reads breakdowns one after the other under their headings, the headings left out', () => {
    const s = sheet(
      '总表',
      [
        ['2025年部门收支总表'],
        ['单位：万元'],
        ['收入', null, '支出', null],
        ['项目', '预算数', '项目', '预算数'],
        ['一、财政拨款收入', 64, '（按功能分类）', null],
        [null, null, '一、一般公共服务支出', 50],
        [null, null, '二、社会保障和就业支出', 14],
        [null, null, '（按经济分类）', null],
        [null, null, '一、工资福利支出', 35],
        [null, null, '二、商品和服务支出', 29],
        ['本年收入合计', 64, '本年支出合计', 64],
      ],
      ['A3:B3', 'C3:D3'],
    );
    const side = parseWorkbook({ sheets: [s] }).tables[0].blocks[1];
    expect(side.breakdown).toBeUndefined();
    expect(side.rows.map((r) => [r.label, r.breakdown ?? null])).toEqual([
      ['一般公共服务支出', 'function'],
      ['社会保障和就业支出', 'function'],
      ['工资福利支出', 'economic'],
      ['商品和服务支出', 'economic'],
      ['本年支出合计', null],
    ]);
  });

  it('leaves a side printed once as it was: no breakdown marked', () => {
    const s = sheet('总表', [['2025年部门收支总表'], ['单位：万元'], ['收入', null, '支出', null], ['项目', '预算数', '项目', '预算数'], ['一、财政拨款收入', 64, '一、基本支出', 41], [null, null, '二、项目支出', 23], ['本年收入合计', 64, '本年支出合计', 64]], ['A3:B3', 'C3:D3']);
    const t = parseWorkbook({ sheets: [s] }).tables[0];
    expect(t.blocks.flatMap((b) => [b.breakdown, ...b.rows.map((r) => r.breakdown)]).filter((x) => x !== undefined)).toEqual([]);
  });
});

describe('a department code heading its classes in a 类 column', () => {
  it('reads 301 in the 类 column with a unit name over 208 as the department', () => {
    const m = parseWorkbook({
      sheets: [
        sheet('支出', [
          ['清河县人力资源局2025年部门支出总表'],
          ['单位：万元'],
          ['科目编码', null, null, '科目名称', '合计'],
          ['类', '款', '项', null, null],
          [null, null, null, '合计', 58],
          ['301', null, null, '清河县人力资源局', 58],
          ['208', null, null, '社会保障和就业支出', 58],
          ['208', '01', null, '人力资源和社会保障管理事务', 58],
        ], ['A3:C3', 'D3:D4', 'E3:E4']),
      ],
    });
    expect(m.tables[0].blocks[0].rows.map((r) => r.code ?? r.label)).toEqual(['合计', '清河县人力资源局', '208', '20801']);
  });
});
