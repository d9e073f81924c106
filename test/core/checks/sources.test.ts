// Fund sources as headers and income lines name them, and the conditions the identities need.
import { allFiscal, columnSource, sourceOf } from '../../../src/core/checks/sources';
import { parseWorkbook } from '../../../src/core/model/parse';
import { summaryTable } from './fixtures';

describe('sourceOf / columnSource', () => {
  it.each([
    [['一般公共预算'], 'general'],
    [['财政拨款收入', '一般公共预算'], 'general'],
    [['收入预算', '财政拨款收入'], 'fiscal'],
    [['政府性基金预算'], 'fund'],
    [['国有资本经营预算'], 'capital'],
    [['事业单位经营收入'], 'operating'],
    [['事业收入'], 'business'],
    [['财政专户管理资金'], 'special'],
    [['其他收入'], 'other'],
    [['合计'], 'total'],
    // A 小计 under a source is that source's; a split under a source is not a source.
    [['一般公共预算', '小计'], 'general'],
    [['一般公共预算', '基本支出'], null],
    [['支出', '合计'], 'total'],
    // Carry-over money is never this year's source.
    [['上年结转', '一般公共预算'], 'carry'],
  ] as [string[], string | null][])('%j → %s', (path, source) => {
    expect(columnSource(path)).toBe(source);
  });

  it('reads income lines with their numbering', () => {
    expect(sourceOf('一、一般公共预算拨款')).toBe('general');
    expect(sourceOf('上年结转')).toBe('carry');
  });
});

describe('allFiscal', () => {
  const model = (lines: [string, number | null][]) => parseWorkbook({ sheets: [summaryTable('总表', '部门收支总表', [...lines, ['收入总计', 100]], [['一般公共服务支出', 100], ['支出总计', 100]])] });
  it('is true when only 财政拨款 lines hold money', () => {
    expect(allFiscal(model([['一般公共预算拨款', 90], ['政府性基金预算拨款', 10], ['事业收入', null], ['上年结转', 0]]))).toBe(true);
  });
  it('is false with 事业收入 or a carry-over', () => {
    expect(allFiscal(model([['一般公共预算拨款', 90], ['事业收入', 10]]))).toBe(false);
    expect(allFiscal(model([['一般公共预算拨款', 90], ['上年结转', 10]]))).toBe(false);
  });
  it('is unknown without a summary or income table', () => {
    expect(allFiscal(parseWorkbook({ sheets: [] }))).toBeNull();
  });
});
