// How the messages of every rule read: a difference says which figure is larger (多 9.00 / 少
// 9.00, 9.00 more / less) instead of a minus sign, and an English message uses English
// punctuation for its own wording (lists joined with ", ", ASCII brackets), Chinese punctuation
// only inside the document's text it quotes.
import { render, RULES, runChecks, translate, type Finding } from '../../src/core/checks';
import { rule as columnTotal } from '../../src/core/checks/column-total';
import { rule as summaryBalance } from '../../src/core/checks/summary-balance';
import { parseWorkbook } from '../../src/core/model/parse';
import { auditNarrative } from '../../src/core/narrative/audit';
import { TEXT_RULES } from '../../src/core/narrative/rules';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { sheet } from '../helpers/grid';
import { chinesePunctuationOutsideQuotes, printsSignedDifference } from '../helpers/message-text';
import { INJECTIONS, injectedBytes, sampleGrid } from '../helpers/samples';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { funcTable } from './checks/fixtures';
import { REFERENCE_TEXT } from './narrative/reference-text';

const cols = ['合计', '基本支出', '项目支出'];
const expenditure = (total: number) => funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', total, 61.1, 39]]);

const clean = (message: string) => [message, chinesePunctuationOutsideQuotes(message)];

// The injected samples' findings, built once: writing and reading the workbooks takes seconds.
let injected: Finding[][] = [];
beforeAll(async () => {
  injected = [];
  for (const set of INJECTIONS) injected.push(runChecks(parseWorkbook(await readWorkbookBytes(await injectedBytes(set.file)))));
}, 120_000);

describe('a difference in a message', () => {
  it('says the figure is smaller, by how much, with no minus sign', () => {
    const [f] = runChecks(parseWorkbook({ sheets: [expenditure(91.1)] }), { rules: [columnTotal] });
    expect(f.message).toBe('“一般公共服务支出”的“合计”为 91.10，比其下各栏之和 100.10 少 9.00。');
    expect(translate([f], 'en-US')[0].message).toBe('"合计" of "一般公共服务支出" is 91.10, 9.00 less than the sum of the columns under it (100.10).');
    // The figures of the finding itself keep their values and the data its signed difference.
    expect([f.expected, f.actual, f.data.difference]).toEqual(['100.1', '91.1', '-9.00']);
  });

  it('says the figure is larger, by how much', () => {
    const [f] = runChecks(parseWorkbook({ sheets: [expenditure(109.1)] }), { rules: [columnTotal] });
    expect(f.message).toBe('“一般公共服务支出”的“合计”为 109.10，比其下各栏之和 100.10 多 9.00。');
    expect(translate([f], 'en-US')[0].message).toBe('"合计" of "一般公共服务支出" is 109.10, 9.00 more than the sum of the columns under it (100.10).');
    expect(f.data.difference).toBe('9.00');
  });

  it('names the side that is larger when two totals disagree', () => {
    const summary = sheet('总表', [
      ['部门收支总表'],
      ['单位：万元'],
      ['收入', null, '支出', null],
      ['项目', '预算数', '项目', '预算数'],
      ['一般公共预算拨款收入', 100, '一般公共服务支出', 91],
      ['本年收入合计', 100, '本年支出合计', 91],
      ['收入总计', 100, '支出总计', 91],
    ]);
    const found = runChecks(parseWorkbook({ sheets: [summary] }), { rules: [summaryBalance] });
    expect(found.map((f) => f.message)).toEqual(['收入总计 100.00 与支出总计 91.00 不相等，支出比收入少 9.00。']);
    expect(translate(found, 'en-US').map((f) => f.message)).toEqual(['Total income 100.00 and total expenditure 91.00 differ: expenditure is 9.00 less than income.']);
  });

  it('is worded the same way in the rounding note of the command line', () => {
    expect(CLI_MESSAGES.zh.round.identityLine('表!C5', '合计', '7.32', '7.33', '-0.01')).toBe('表!C5  合计：7.32 ≠ 7.33（少 0.01）');
    expect(CLI_MESSAGES.en.round.identityLine('表!C5', '合计', '7.34', '7.33', '0.01')).toBe('表!C5  合计: 7.34 ≠ 7.33 (0.01 more)');
  });

  it('is never printed with its sign by any rule on the injected samples', () => {
    expect(injected).toHaveLength(INJECTIONS.length);
    for (const found of injected) {
      for (const f of [...found, ...translate(found, 'en-US')]) expect([f.message, printsSignedDifference(f.message, f.data.difference)]).toEqual([f.message, false]);
    }
  });
});

describe('English messages', () => {
  it('use no Chinese punctuation of their own in any template of any rule', () => {
    for (const rule of [...RULES, ...TEXT_RULES]) {
      for (const [id, m] of Object.entries(rule.meta.messages)) expect([rule.meta.id, id, ...clean(m['en-US'])]).toEqual([rule.meta.id, id, m['en-US'], []]);
      expect(clean(rule.meta.description['en-US'])).toEqual([rule.meta.description['en-US'], []]);
    }
  });

  it('use none in the findings of every table rule on the injected samples', () => {
    let seen = 0;
    for (const zh of injected) {
      const found = translate(zh, 'en-US');
      for (const f of found) expect(clean(f.message)).toEqual([f.message, []]);
      seen += found.length;
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('use none in the rounding notes (the prefix and the 元/万元 hint)', () => {
    const [rule] = RULES.filter((r) => r.meta.id === 'column-total');
    const note = render(rule, { messageId: Object.keys(rule.meta.messages)[0], data: { row: '行', column: '合计', actual: '10000', expected: '1', difference: '9999', hint: 'magnitude' }, rounding: true }, 'en-US');
    expect(clean(note)).toEqual([note, []]);
  });

  it('use none in the findings of every text rule on the reference text, with and without its tables', async () => {
    const a = parseWorkbook(await sampleGrid('a-2019'));
    const a2018 = parseWorkbook(await sampleGrid('a-2018'));
    // Figures changed so that the rules that compare with the tables have something to say.
    const text = REFERENCE_TEXT.replace('人员经费70.27万元，公用经费3.58万元', '人员经费70.72万元，公用经费3.13万元').replace('各增加687.47万元，增长675.45%', '各增加678.47万元，增长675.45%');
    let seen = 0;
    for (const input of [{ text }, { text, model: a, prior: a2018 }]) {
      const r = auditNarrative({ ...input, lang: 'en-US' });
      for (const f of r.findings) expect(clean(f.message)).toEqual([f.message, []]);
      seen += r.findings.length;
    }
    expect(seen).toBeGreaterThan(20);
  }, 60_000);
});
