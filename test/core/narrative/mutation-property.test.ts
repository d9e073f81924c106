// Property: realistic texts (written for the project, in several templates) audit clean, and
// with any one figure changed they give a finding on that figure or on the arithmetic it breaks;
// a drafted text with the workbook gives one on every changed amount the auditor ties to a cell.
import { auditNarrative } from '../../../src/core/narrative/audit';
import { readClaims } from '../../../src/core/narrative/claims';
import { add, exact, toFixed } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookModel } from '../../../src/core/model/types';
import { bindings, readings } from '../../../src/core/narrative/bind';
import { extractFacts } from '../../../src/core/narrative/facts';
import { renderText } from '../../../src/core/narrative/doc';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { sampleGrid } from '../../helpers/samples';

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
  numbered: [
    '二、基本支出预算增减情况',
    '本年基本支出167.40万元，比上年增加12.40万元，增长8.00%。主要变动如下：',
    '1.工资福利支出比上年增加10.00万元，主要是人员调资。',
    '2.商品和服务支出比上年增加2.60万元，主要是业务量增加。',
    '3.对个人和家庭的补助比上年减少0.20万元，主要是退休人员减少。',
  ].join('\n'),
  elsewhere: [
    '四、一般公共预算支出情况',
    '工资福利支出预算320.00万元，占基本支出64.00%，比上年增加20.00万元，增长6.67%。',
    '商品和服务支出预算160.00万元，占基本支出32.00%，比上年增加30.00万元，增长23.08%。',
    '对个人和家庭的补助支出预算20.00万元，占基本支出4.00%，比上年增加2.00万元，增长11.11%。',
    '五、一般公共预算基本支出情况',
    '本年一般公共预算基本支出500.00万元，其中：人员经费400.00万元，占基本支出80.00%；公用经费100.00万元，占基本支出20.00%。',
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

describe.each([['a-2019'], ['b-2025'], ['d-2025']] as const)('the draft of sample %s with the workbook', (sample) => {
  let model: WorkbookModel;
  let text: string;
  beforeAll(async () => {
    model = parseWorkbook(await sampleGrid(sample));
    text = renderText(draftNarrative({ model }));
  });

  it('audits clean, and any one amount tied to a cell, changed, gives a finding on that figure', () => {
    const clean = auditNarrative({ text, model });
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.bound).toBeGreaterThan(5);
    const missed: string[] = [];
    let tried = 0;
    // Figures the auditor ties to one cell are expected to be caught by the tables; a subject
    // with several readings (基本支出 of the whole budget or of 一般公共预算) is not guessed.
    const read = readClaims(text);
    const facts = extractFacts(model);
    const single = [...bindings(read, model, null, exact('0.01')).amounts.keys()].filter((c) => new Set(readings(read, facts, c).map((f) => f.value.toString())).size === 1);
    const bound = new Set(single.map((c) => c.offset));
    for (const m of mutations(text)) {
      if (!bound.has(m.offset)) continue;
      const r = auditNarrative({ text: m.text, model });
      tried++;
      if (!r.findings.some((f) => f.offset === m.offset)) missed.push(m.quote);
    }
    expect(tried).toBeGreaterThan(5);
    expect(missed).toEqual([]);
  });
});

describe('a "三公" table pasted as text', () => {
  const table = ['单位：万元 | |', '项 目 | 本年预算数 | 上年预算数 |', '合 计 | 20.50 | 22.00 |', '1.因公出国（境）费 | 2.00 | 2.00 |', '2.公务接待费 | 3.50 | 4.00 |', '3.公务用车购置及运行费 | 15.00 | 16.00 |', '其中：（1）公务用车购置费 | 10.00 | 10.00 |', '（2）公务用车运行维护费 | 5.00 | 6.00 |'].join('\n');

  it('audits clean as written, and any one cell raised by one gives a finding', () => {
    expect(auditNarrative({ text: table }).findings).toEqual([]);
    const silent: string[] = [];
    for (const m of table.matchAll(/\d+\.\d{2}/g)) {
      const raised = toFixed(add(exact(m[0]), exact(1)), 2);
      const r = auditNarrative({ text: table.slice(0, m.index) + raised + table.slice(m.index + m[0].length) });
      if (r.findings.length === 0) silent.push(`${m[0]}@${m.index}`);
    }
    expect(silent).toEqual([]);
  });
});
