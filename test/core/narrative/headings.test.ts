// Section headings: recognised in every numbering style, given back their line breaks when a text
// lost them, and used as hints to a figure's subject that never override what a sentence names.
import { exact } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookModel } from '../../../src/core/model/types';
import { auditNarrative } from '../../../src/core/narrative/audit';
import { bindings } from '../../../src/core/narrative/bind';
import { readClaims } from '../../../src/core/narrative/claims';
import { gluedBreaks, headingLevel, hintedKeys } from '../../../src/core/narrative/headings';
import { normalise } from '../../../src/core/narrative/normalise';
import { sampleGrid } from '../../helpers/samples';

describe('heading lines', () => {
  it.each([
    ['第二部分 某中心2025年部门预算情况说明', 0],
    ['一、部门收支预算情况说明', 1],
    ['三、“三公”经费预算情况', 1],
    ['（三）一般公共预算支出', 2],
    ['(三)一般公共预算支出', 2],
    ['1.机关运行经费', 3],
    ['2、政府采购情况', 3],
    ['（1）国有资产占用情况', 4],
    ['①公务接待费', 5],
    ['“三公”经费预算情况说明', 6],
  ])('%s is a heading of level %i', (line, level) => {
    expect(headingLevel(line)).toBe(level);
  });

  it.each([
    '1.行政运行（项2010101）支出88.00万元，主要用于机关正常运转。',
    '本单位2025年支出合计500.00万元。',
    '合计500.00万元',
    '主要用于保障机构正常运转和完成日常工作任务',
  ])('%s is not a heading', (line) => {
    expect(headingLevel(line)).toBeNull();
  });
});

describe('headings glued to the text around them', () => {
  it('finds the breaks a web page lost: before the heading and after its title', () => {
    const line = '原因是调资。二、“三公”经费预算情况“三公”经费预算12.00万元。';
    const at = gluedBreaks(line);
    expect(at.map((i) => line.slice(i, i + 4))).toEqual(['二、“三', '“三公”']);
  });

  it('leaves a heading followed by its colon, or a title that goes on, alone', () => {
    expect(gluedBreaks('（一）机关运行经费情况：本单位2025年机关运行经费10.00万元。')).toEqual([]);
    expect(gluedBreaks('（二）支出预算情况说明：本单位2025年支出10.00万元。')).toEqual([]);
    expect(gluedBreaks('一、收入支出预算总体情况')).toEqual([]);
  });

  it('leaves numbers that enumerate inside a sentence alone', () => {
    // Opened after a colon, going on after semicolons or full stops.
    expect(gluedBreaks('经费主要用于：（一）办公用品4.00万元；（二）差旅3.00万元。')).toEqual([]);
    expect(gluedBreaks('本年支出主要包括：（一）人员支出20.00万元。（二）日常公用支出6.00万元。（三）专项业务2.00万元。')).toEqual([]);
    expect(gluedBreaks('按经济分类，主要是：一、工资福利支出15.00万元。二、商品和服务支出5.00万元。')).toEqual([]);
  });

  it('still breaks before a real heading after an inline enumeration ends', () => {
    const line = '经费主要用于：（一）办公用品4.00万元；（二）差旅3.00万元。二、“三公”经费预算情况“三公”经费预算9.00万元。';
    expect(gluedBreaks(line).map((i) => line.slice(i, i + 4))).toEqual(['二、“三', '“三公”']);
    // Numbered headings that open their line and follow a full stop are headings, not an enumeration.
    const headings = '（一）基本支出情况基本支出30.00万元。（二）项目支出情况项目支出7.00万元。';
    expect(gluedBreaks(headings).map((i) => headings.slice(i, i + 4))).toEqual(['基本支出', '（二）项', '项目支出']);
    // A number that does not follow on from the open enumeration is a heading again.
    const skipped = '用于：（一）办公用品4.00万元；（二）差旅3.00万元。（四）其他说明本年无其他支出。';
    expect(gluedBreaks(skipped).map((i) => skipped.slice(i, i + 3))).toEqual(['（四）', '本年无']);
    // A number that goes on from the enumeration but opens a title of its own is a heading.
    const note = '注：一、本表按规定口径编列。二、支出变化原因说明：会议减少。';
    expect(gluedBreaks(note).map((i) => note.slice(i, i + 2))).toEqual(['二、']);
  });

  it('reads an inline enumeration as one paragraph, as with its line intact', () => {
    const text = '一、支出预算情况\n本年支出主要包括：（一）人员支出20.00万元。（二）日常公用支出6.00万元。';
    const r = readClaims(text);
    const amounts = r.claims.filter((c) => c.kind === 'amount');
    expect(new Set(amounts.map((c) => c.paragraph)).size).toBe(1);
  });

  it('reads a text without line breaks like the same text with them', () => {
    const lines = ['一、支出预算情况', '本单位2025年支出合计500.00万元。', '二、“三公”经费预算情况', '合计12.00万元，比上年减少3.00万元，下降20.00%。'];
    const joined = readClaims(lines.join(''));
    const broken = readClaims(lines.join('\n'));
    const view = (r: ReturnType<typeof readClaims>) => r.claims.map((c) => [c.quote, c.label, c.section, c.headings.join('>')]);
    expect(view(joined)).toEqual(view(broken));
    // Every finding still quotes the original text at its original offset.
    const n = normalise(lines.join(''));
    expect(n.map.length).toBe(n.text.length);
    expect(n.text.split('\n')).toEqual(lines);
  });
});

describe('hints a heading gives', () => {
  it.each([
    ['合计', ['三、“三公”经费预算情况'], ['三公经费']],
    ['', ['（四）机关运行经费'], ['机关运行经费']],
    ['支出', ['十、政府性基金预算支出情况'], ['政府性基金支出']],
    ['合计', ['（三）一般公共预算支出'], ['一般公共预算支出']],
    ['合计', ['第二部分', '六、一般公共预算基本支出情况'], ['一般公共预算基本支出']],
    ['基本支出', ['六、一般公共预算基本支出情况'], ['一般公共预算基本支出']],
    ['项目支出', ['十、政府性基金预算支出情况'], ['政府性基金项目支出']],
  ])('%s under %j reads as %j', (key, headings, keys) => {
    expect(hintedKeys(key, headings)).toEqual(keys);
  });

  it.each([
    ['公务接待费', ['三、“三公”经费预算情况']],
    ['人员经费', ['六、一般公共预算基本支出情况']],
    ['收入合计', ['三、“三公”经费预算情况']],
    ['合计', ['三、支出预算情况']],
    ['合计', []],
  ])('%s under %j gets no hint', (key, headings) => {
    expect(hintedKeys(key, headings)).toEqual([]);
  });
});

describe('binding with headings', () => {
  let a: WorkbookModel;
  let b: WorkbookModel;
  beforeAll(async () => {
    a = parseWorkbook(await sampleGrid('a-2019'));
    b = parseWorkbook(await sampleGrid('b-2025'));
  });
  const bound = (text: string, model: WorkbookModel) => [...bindings(readClaims(text), model, null, exact('0.01')).amounts.values()].map((x) => ({ quote: x.claim.quote, reading: x.reading, how: x.how, cells: x.fig.sources.join(',') }));

  it('binds the same sentence differently under different headings', () => {
    const sentence = '合计867.50万元。';
    expect(bound(`（三）“三公”经费\n${sentence}`, b)).toEqual([{ quote: '867.50万元', reading: '三公经费', how: 'heading', cells: '三公经费和机关运行经费!C4' }]);
    expect(bound(`（四）机关运行经费\n${sentence}`, b)).toEqual([{ quote: '867.50万元', reading: '机关运行经费', how: 'heading', cells: '三公经费和机关运行经费!C10' }]);
    expect(bound(`六、政府采购情况\n${sentence}`, b)).toEqual([]);
    const spent = '本单位本年支出300.00万元。';
    expect(bound(`十、政府性基金预算支出情况\n${spent}`, a)[0]).toMatchObject({ reading: '政府性基金预算支出', how: 'heading' });
    expect(bound(`三、支出预算情况\n${spent}`, a)[0]).toMatchObject({ reading: '本年支出合计', how: 'named' });
  });

  it('never lets a heading override a subject the sentence names', () => {
    // Under the "三公" heading, 人员经费 and 收入合计 are still what they say.
    expect(bound('（三）“三公”经费\n人员经费2247.40万元。收入合计9101.68万元。', b).map((x) => [x.reading, x.how])).toEqual([
      ['人员经费', 'named'],
      ['本年收入合计', 'named'],
    ]);
    // A heading's reading is only taken among the sentence's own: 基本支出 under a fund that has none.
    expect(bound('十、政府性基金预算支出情况\n基本支出73.85万元。', a)).toEqual([{ quote: '73.85万元', reading: '基本支出（全部资金）', how: 'named', cells: '部门支出总表!D4' }]);
    // A named figure that is not its cell stays an error, whatever the heading says.
    const r = auditNarrative({ text: '（三）“三公”经费\n人员经费2000.00万元。', model: b });
    expect(r.findings.filter((f) => f.rule.startsWith('narrative-')).map((f) => [f.rule, f.severity])).toEqual([['narrative-table-mismatch', 'error']]);
  });

  it('gives a warning, never an error, when only the heading gives the subject', () => {
    const r = auditNarrative({ text: '（三）“三公”经费\n合计900.00万元。', model: b });
    const own = r.findings.filter((f) => f.rule.startsWith('narrative-'));
    expect(own.map((f) => [f.rule, f.severity])).toEqual([['narrative-table-unsure', 'warning']]);
    expect(own[0].message).toContain('按“三公经费”理解');
    expect(auditNarrative({ text: '(三)"三公"经费\n合计900.00万元。', model: b, lang: 'en-US' }).findings.find((f) => f.rule === 'narrative-table-unsure')?.message).toContain('Read as "三公经费"');
  });
});
