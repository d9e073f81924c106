// Codes as cells hold them: text with stray spaces or full-width digits, numbers that lost a
// leading zero, a "00" format or a display text that shows it.
import { readCodeCell, readSingleCode, readSplitPart, type CodePart } from '../../../src/core/model/code-cells';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { Cell } from '../../../src/core/grid';
import { sheet } from '../../helpers/grid';

describe('reading a code cell', () => {
  it.each<[string, Cell, string]>([
    ['text', { value: '2010301' }, '2010301'],
    ['text with stray and full-width spaces', { value: ' 201\u300003 01 ' }, '2010301'],
    ['full-width digits', { value: '２０１０３' }, '20103'],
    ['a number', { value: 2010301 }, '2010301'],
    ['a number formatted "00"', { value: 3, format: '00' }, '03'],
    ['a number whose display text shows the zero', { value: 3, text: '03' }, '03'],
  ])('%s', (_n, cell, digits) => {
    expect(readCodeCell(cell)).toMatchObject({ kind: 'digits', digits });
  });

  it.each<[CodePart, Cell, unknown]>([
    ['lei', { value: 201 }, { kind: 'part', digits: '201' }],
    ['kuan', { value: 3 }, { kind: 'part', digits: '03' }],
    ['kuan', { value: '3' }, { kind: 'part', digits: '03' }],
    ['xiang', { value: 50 }, { kind: 'part', digits: '50' }],
    ['kuan', { value: 2 }, { kind: 'part', digits: '02' }],
    ['kuan', { value: 20103 }, { kind: 'whole', code: '20103' }],
    ['xiang', { value: 2010350 }, { kind: 'whole', code: '2010350' }],
    ['kuan', { value: 350 }, { kind: 'ambiguous', shown: '350' }],
    ['xiang', { value: 35001 }, { kind: 'ambiguous', shown: '35001' }],
    ['lei', { value: 20 }, { kind: 'ambiguous', shown: '20' }],
    ['kuan', { value: 3.5 }, { kind: 'ambiguous', shown: '3.5' }],
    ['lei', { value: '合计' }, { kind: 'empty' }],
  ])('split column %s: %j', (part, cell, want) => {
    expect(readSplitPart(part, cell)).toEqual(want);
  });

  it.each<[Cell, boolean, unknown]>([
    [{ value: 201 }, false, { kind: 'code', code: '201' }],
    [{ value: 2010301 }, false, { kind: 'code', code: '2010301' }],
    [{ value: 30102 }, true, { kind: 'code', code: '30102' }],
    [{ value: 2010 }, false, { kind: 'ambiguous', shown: '2010' }],
    [{ value: 201031 }, false, { kind: 'ambiguous', shown: '201031' }],
    [{ value: 3010201 }, true, { kind: 'ambiguous', shown: '3010201' }],
    [{ value: 3 }, false, { kind: 'ambiguous', shown: '3' }],
    [{ value: '03' }, false, { kind: 'none' }],
    [{ value: '行政运行' }, false, { kind: 'none' }],
  ])('single column %j (economic %s)', (cell, economic, want) => {
    expect(readSingleCode(cell, economic)).toEqual(want);
  });
});

describe('numeric codes in tables', () => {
  const n = (value: number) => ({ value });
  it('pads split 类/款/项 and 类/款 numbers by level, and keeps the 类 from the rows above', () => {
    const fn = sheet('功能', [
      ['2025年部门支出预算总表'],
      ['单位：元'],
      ['类', '款', '项', '科目名称', '合计'],
      [n(201), null, null, '一般公共服务支出', 5],
      [n(201), n(3), null, '政府办公厅（室）及相关机构事务', 5],
      [n(201), n(3), n(50), '事业运行', 3],
      [null, null, n(1), '行政运行', 2],
    ]);
    const econ = sheet('经济', [
      ['2025年一般公共预算基本支出表'],
      ['单位：元'],
      ['类', '款', '科目名称', '合计'],
      [n(301), null, '工资福利支出', 5],
      [n(301), n(2), '津贴补贴', 5],
    ]);
    const m = parseWorkbook({ sheets: [fn, econ] });
    expect(m.tables[0].blocks[0].rows.map((r) => [r.code, r.level])).toEqual([
      ['201', 1],
      ['20103', 2],
      ['2010350', 3],
      ['2010301', 3],
    ]);
    expect(m.tables[1].blocks[0].rows.map((r) => r.code)).toEqual(['301', '30102']);
    expect(m.issues).toEqual([]);
  });

  it('reports a split value with more digits than its level, and reads the row without a code', () => {
    const s = sheet('功能', [['2025年部门支出预算总表'], ['单位：元'], ['类', '款', '项', '科目名称', '合计'], [n(201), n(350), null, '政府办公厅（室）及相关机构事务', 5]]);
    const m = parseWorkbook({ sheets: [s] });
    expect(m.tables[0].blocks[0].rows[0].code).toBeNull();
    expect(m.issues).toEqual([{ code: 'code-ambiguous', sheet: '功能', cell: 'B4', detail: '350', part: 'kuan' }]);
  });
});
