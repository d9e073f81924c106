import { auditNarrative } from '../../../src/core/narrative/audit';
import { TEXT_RULES } from '../../../src/core/narrative/rules';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookModel } from '../../../src/core/model/types';
import { sampleGrid } from '../../helpers/samples';
import { REFERENCE_MISTAKES, REFERENCE_TEXT } from './reference-text';

// The reference text is an abridged publication: the form rules' findings on it are tested with them.
const ARITHMETIC_ONLY = TEXT_RULES.filter((r) => !r.meta.id.startsWith('form-'));

describe('auditing a text', () => {
  let a: WorkbookModel;
  let a2018: WorkbookModel;
  beforeAll(async () => {
    a = parseWorkbook(await sampleGrid('a-2019'));
    a2018 = parseWorkbook(await sampleGrid('a-2018'));
  });

  it('finds every mistake of the reference text by its own arithmetic, and nothing else', () => {
    const r = auditNarrative({ text: REFERENCE_TEXT, textRules: ARITHMETIC_ONLY });
    expect(r.findings.map((f) => ({ rule: f.rule, quote: f.quote, expected: f.expected }))).toEqual(REFERENCE_MISTAKES);
    expect(r.claims).toBeGreaterThan(40);
    for (const f of r.findings) expect(REFERENCE_TEXT.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });

  it('finds the same and nothing more against the tables of sample (a) and its 2018 tables', () => {
    const r = auditNarrative({ text: REFERENCE_TEXT, model: a, prior: a2018, textRules: ARITHMETIC_ONLY });
    expect(r.findings.map((f) => ({ rule: f.rule, quote: f.quote, expected: f.expected }))).toEqual(REFERENCE_MISTAKES);
  });

  it('reports a figure that is not the table’s, and a change that the two years do not give', () => {
    const text = REFERENCE_TEXT.replace('人员经费70.27万元，公用经费3.58万元', '人员经费70.72万元，公用经费3.13万元').replace('各增加687.47万元，增长675.45%', '各增加678.47万元，增长675.45%');
    const r = auditNarrative({ text, model: a, prior: a2018, textRules: ARITHMETIC_ONLY });
    const extra = r.findings.filter((f) => !REFERENCE_MISTAKES.some((m) => m.quote === f.quote && m.rule === f.rule));
    expect(extra.map((f) => [f.rule, f.quote, f.expected])).toEqual([
      ['narrative-prior-mismatch', '678.47万元', '687.47'],
      ['narrative-rate', '675.45%', '612.45'], // 678.47 / (789.25 − 678.47)
      ['narrative-table-mismatch', '70.72万元', '70.27'],
      ['narrative-table-mismatch', '3.13万元', '3.58'],
    ]);
  });

  it('checks parts against their total, direction words and rates', () => {
    const text = '本单位2020年支出合计100.00万元，其中：基本支出60.00万元，项目支出30.00万元。与2019年相比，增加20.00万元，下降25.00%。公用经费50.00万元，与2019年相比，减少10.00万元，下降16.00%。';
    const r = auditNarrative({ text });
    expect(r.findings.map((f) => [f.rule, f.quote, f.expected])).toEqual([
      ['narrative-parts', '100.00万元', '90'],
      ['narrative-direction', '25.00%', null],
      ['narrative-rate', '16.00%', '16.67'],
    ]);
  });

  it('reads full-width digits and CRLF line endings, with offsets in the normalised text', () => {
    const text = '第二部分\r\n三、支出预算情况\r\n支出合计７８９.２５万元，其中：基本支出７３.８５万元，占９.３５％；项目支出715.4万元，占90.64%。';
    const r = auditNarrative({ text });
    expect(r.findings.map((f) => [f.rule, f.quote, f.offset])).toEqual([['narrative-share', '９.３５％', text.replace(/\r\n/g, '\n').indexOf('９.３５％')]]);
  });

  it('writes its messages in English on request', () => {
    const r = auditNarrative({ text: REFERENCE_TEXT, lang: 'en-US' });
    expect(r.findings.find((f) => f.quote === '9.35%')!.message).toMatch(/^The share should be 9\.36% \(73\.85万元 ÷ 789\.25万元\), the text says 9\.35% \(truncated/);
  });

  it('accepts the shorthand 万 for 万元 and a total restated after its parts', () => {
    const text = '2025年度项目总预算1410.00万，其中支持甲项目340.00万，支持乙项目120.00万，支持丙项目800.00万，支持丁项目70.00万，支持戊项目80.00万元，合计1410.00万。全区新增就业3万人。';
    expect(auditNarrative({ text }).findings).toEqual([]);
    const wrong = text.replace('80.00万元，合计', '90.00万元，合计');
    expect(auditNarrative({ text: wrong }).findings.map((f) => [f.rule, f.expected])).toEqual([['narrative-parts', '1420']]);
  });
});
