// Property: realistic texts (written for the project, in several templates) audit clean, and
// with any one figure changed they give a finding on that figure or on the arithmetic it breaks.
import { auditNarrative } from '../../../src/core/narrative/audit';
import { readClaims } from '../../../src/core/narrative/claims';
import { add, exact, toFixed } from '../../../src/core/money';

const TEMPLATES: Record<string, string> = {
  county: [
    '一、收入支出预算总体情况',
    '本单位2025年支出合计500.00万元，其中：基本支出320.00万元，占64.00%；项目支出180.00万元，占36.00%。',
    '二、“三公”经费预算情况',
    '“三公”经费预算12.00万元，比上年减少3.00万元，下降20.00%。其中：因公出国（境）费2.00万元，公务用车购置及运行费6.00万元（购置费4.00万元，运行维护费2.00万元），公务接待费4.00万元。',
  ].join('\n'),
  items: [
    '四、一般公共预算支出情况',
    '1.行政运行（项2010101）支出88.00万元，主要用于机关正常运转。上年预算执行数为80.00万元，预算安排88.00万元，比上年执行数增加10.00%，主要原因是人员调资。',
    '2.一般行政管理事务（项2010102）支出45.00万元，主要用于专项业务。上年预算执行数为50.00万元，预算安排45.00万元，比上年执行数减少10.00%，主要原因是项目压减。',
  ].join('\n'),
  pdf: [
    '五、一般公共预算支出情况',
    '2025年本年一般公共预算支出1 250 000.00元，同比增加250,000.00元，增长25.00%。其中：基本支出1,000,000.00元，占一般公',
    '共预算支出80.00%；项目支出250,000.00元，占一般公共预算支出20.00%。',
  ].join('\n'),
};

/** Each figure of a text, and the text with that figure raised by one (one 万元 for an amount in 元). */
function mutations(text: string): { quote: string; offset: number; text: string }[] {
  const out: { quote: string; offset: number; text: string }[] = [];
  for (const c of readClaims(text).claims) {
    if (!c.value || c.kind === 'bare') continue;
    const digits = /[\d, ]+(\.\d+)?/.exec(c.quote)!;
    const raised = toFixed(add(exact(digits[0].replace(/[, ]/g, '')), exact(c.unit === '元' ? 10000 : 1)), digits[1] ? digits[1].length - 1 : 0);
    const at = c.offset + digits.index;
    out.push({ quote: c.quote, offset: c.offset, text: text.slice(0, at) + raised + text.slice(at + digits[0].length) });
  }
  return out;
}

describe.each(Object.entries(TEMPLATES))('template %s', (_name, text) => {
  it('audits clean as written', () => {
    expect(auditNarrative({ text }).findings).toEqual([]);
  });

  it('gives a finding for any one figure changed', () => {
    const silent: string[] = [];
    for (const m of mutations(text)) {
      const r = auditNarrative({ text: m.text });
      if (r.findings.length === 0) silent.push(m.quote);
    }
    expect(silent).toEqual([]);
  });
});
