// Normalisation: what a PDF copy and mixed punctuation do to a text, undone, with every clean
// character mapped back to its place in the original.
import { normalise, originalSlice } from '../../../src/core/narrative/normalise';
import { auditNarrative } from '../../../src/core/narrative/audit';
import { readClaims } from '../../../src/core/narrative/claims';

describe('normalising a pasted text', () => {
  it.each([
    ['a hard wrap inside a word', '本单位本年度一般公共预算安排的基\n本支出为120.00万元，主要用于保障机构正常运转。', '本单位本年度一般公共预算安排的基本支出为120.00万元，主要用于保障机构正常运转。'],
    ['a wrap between a figure and its unit', '本单位本年度一般公共预算拨款收入合计为35\n万元，与上年持平。', '本单位本年度一般公共预算拨款收入合计为35万元，与上年持平。'],
    ['a lone page number inside a sentence', '本单位本年度收入预算合计为二百万元以上的部分，\n- 3 -\n全部来自财政拨款。', '本单位本年度收入预算合计为二百万元以上的部分，全部来自财政拨款。'],
    ['thousands separators and spaces in figures', '收入合计1,938.00万元，支出合计1 938.00 万元，占比0.87 %。', '收入合计1938.00万元，支出合计1938.00万元，占比0.87%。'],
    ['full-width digits and ASCII punctuation', '其中:基本支出７３.８５万元(占９.３５％);', '其中：基本支出73.85万元（占9.35%）；'],
  ])('%s', (_name, raw, clean) => {
    expect(normalise(raw).text).toBe(clean);
  });

  it('keeps headings, list items and blank lines as breaks', () => {
    const raw = '一、收入预算情况\n本单位收入合计100.00万元。\n（一）基本支出\n1.人员经费60.00万元\n\n公用经费40.00万元';
    expect(normalise(raw).text).toBe(raw);
  });

  it('maps every clean character back to the original', () => {
    const raw = '本单位本年度一般公共预算安排的项\r\n目支出合计为1,234.5\r\n万元，比上年增加1 000.00万元。';
    const n = normalise(raw);
    const at = n.text.indexOf('1234.5万元');
    expect(originalSlice(n, at, at + '1234.5万元'.length).quote).toBe('1,234.5\n万元');
    const r = readClaims(raw);
    const amount = r.claims.find((c) => c.kind === 'amount')!;
    expect([amount.quote, amount.offset, amount.label]).toEqual(['1,234.5\n万元', n.original.indexOf('1,234.5'), '一般公共预算安排的项目支出合计']);
    expect(r.claims.find((c) => c.kind === 'change')!.quote).toBe('1 000.00万元');
  });

  it('reads a direction word in parentheses as the word itself', () => {
    const r = readClaims('项目支出较上年(减)6万元，(减)幅20%，公用经费较上年（增加）2.50万元。');
    expect(r.claims.map((c) => [c.kind, c.quote, c.direction, c.label])).toEqual([
      ['change', '6万元', 'down', '项目支出较上年'],
      ['rate', '20%', 'down', '（减）幅'],
      ['change', '2.50万元', 'up', '公用经费较上年'],
    ]);
  });

  it('reads no missing unit where a PDF broke the line before it, and none under a declared unit', () => {
    expect(auditNarrative({ text: '本单位本年度一般公共预算拨款收入合计为35\n万元，比上年增加5万元，增长16.67%。' }).findings).toEqual([]);
    const declared = '二、收入预算情况\n单位：万元\n本单位本年收入预算120.00，比上年增加20.00，增长20.00%。';
    expect(auditNarrative({ text: declared }).findings).toEqual([]);
  });

  it('stays linear: a megabyte of wrapped lines', () => {
    const line = '本单位本年度一般公共预算安排的基本支出为一百二十万元主要用于保障机构正常运转和\n';
    const n = normalise(line.repeat(Math.ceil(1_000_000 / line.length)));
    expect(n.map.length).toBe(n.text.length);
  });
});
