import { rule } from '../../../../src/core/narrative/rules/narrative-pasted-table';
import { readTextTables } from '../../../../src/core/narrative/table-text';
import { textRuleTester } from './tester';

// "三公" tables written for the project, pasted the ways they reach us.
const rows = (car: string, total = '20.50') =>
  ['2024年某局“三公”经费预算表 | |', '单位：万元 | |', '项 目 | 本年预算数 | 其中：财政拨款 |', `合 计 | ${total} | ${total} |`, '1.因公出国（境）费 | 2.00 | 2.00 |', '2.公务接待费 | 3.50 | 3.50 |', `3.公务用车购置及运行费 | ${car} | ${car} |`, '其中：（1）公务用车购置费 | 10.00 | 10.00 |', '（2）公务用车运行维护费 | 5.00 | 5.00 |', '注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。'].join('\n');

const oneCellALine = (reception: string) => ['项目 |', '预算数 |', '合计 |', '12.40 |', '因公出国（境）费 |', '0 |', '公务用车购置及运行费 |', '9.00 |', '其中：公务用车购置费 |', '6.00 |', '公务用车运行费 |', '3.00 |', '公务接待费 |', `${reception} |`].join('\n');

// Two groups of rows, each closed by its 小计, under one 合计.
const subtotals = (first: string, second: string, total = '20.00') =>
  ['项目 | 预算数 |', `合计 | ${total} |`, '办公费 | 2.50 |', '印刷费 | 3.50 |', `小计 | ${first} |`, '公务接待费 | 4.00 |', '公务用车运行维护费 | 10.00 |', `小计 | ${second} |`].join('\n');

// The same kind of table with its columns kept apart by spaces only (a PDF's text).
const spacedRows = (reception: string) =>
  ['单位：万元', '项目    上年预算    本年预算', '合计    9.00    11.00', '1.公务接待费    3.00    ' + reception, '2.公务用车运行维护费    6.00    7.00'].join('\n');

// A table laid out with spaces as a PDF's text keeps it: figures right-aligned under the header's
// titles (display columns: a Chinese character takes two), a blank cell left as a wider gap.
const width = (t: string) => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
const pad = (line: string, figure: string, end: number) => `${line}${' '.repeat(Math.max(2, end - width(line) - width(figure)))}${figure}`;
const aligned = (label: string, prior: string, current: string) => pad(prior ? pad(label, prior, 38) : label, current, 50);
const HEADER = pad(pad('项目', '上年预算', 38), '本年预算', 50);
const withBlanks = (total: string) =>
  ['单位：万元', HEADER, aligned('合计', '9.00', total), aligned('1.因公出国（境）费', '', '2.00'), aligned('2.公务接待费', '3.00', '4.00'), aligned('3.公务用车运行维护费', '6.00', '7.00')].join('\n');
// The same table with a figure between the two columns: it lines up with neither.
const offColumn = ['单位：万元', HEADER, aligned('合计', '9.00', '13.00'), pad('1.因公出国（境）费', '12', 42), aligned('2.公务接待费', '3.00', '4.00'), aligned('3.公务用车运行维护费', '6.00', '7.00')].join('\n');
// A header of two amount columns (本年 first, 上年 second) over rows that each show one figure: a
// training line new this year, a meeting line that only last year had.
const TWO_YEARS = pad(pad('项目', '本年预算', 38), '上年预算', 50);
const oneFigureEach = (total: string) => ['单位：万元', TWO_YEARS, pad('合计', total, 38), pad('1.培训费', '4.00', 38), pad('2.会议费', '2.50', 50), pad('3.差旅费', '3.00', 38)].join('\n');
// Numbered totals as budget systems print them.
const numberedTotal = (total: string) => ['单位：元', '项目    2025年预算数', `一、支出合计    ${total}`, '1、因公出国(境)费用    ', '2、公务接待费    15000', '3、公务用车费    10000', '其中:(1)公务用车运行维护费    10000', '(2)公务用车购置    ', '二、相关统计数    ', '1.公务用车保有量(辆)    1'].join('\n');

textRuleTester(rule, {
  valid: [
    { name: 'rows that add up (| between cells)', text: rows('15.00') },
    { name: 'one cell a line that adds up', text: oneCellALine('3.40') },
    {
      name: 'tabs, a column of changes and a column of percentages',
      text: ['项目\t上年\t本年\t增减\t增减幅度', '合计\t10.00\t12.00\t2.00\t20%', '1.公务接待费\t4.00\t5.00\t1.00\t25%', '2.公务用车运行费\t6.00\t7.00\t1.00\t17%'].join('\n'),
    },
    { name: 'blank cells are nothing', text: ['合计 | 8 |', '1.因公出国（境）费 | |', '2.公务接待费 | 8 |'].join('\n') },
    {
      name: 'sentences that restate the table’s figures (this year’s or last year’s)',
      text: `2024年“三公”经费预算20.50万元，比上年减少1.50万元。其中公务接待费3.50万元，上年为4.00万元。\n${rows('15.00')}`,
    },
    { name: 'a sentence about a table without a stated unit is not compared', text: ['合计 | 8 |', '1.因公出国（境）费 | 0 |', '2.公务接待费 | 8 |', '公务接待费预算9万元。'].join('\n') },
    { name: 'spaces between columns, rows that add up', text: spacedRows('4.00') },
    {
      name: 'spaces between columns, rows with fewer figures than others are not read (a blank cannot be placed)',
      text: ['合计    9.00    12.00', '1.公务接待费    5.00', '2.公务用车运行维护费    6.00    7.00'].join('\n'),
    },
    {
      name: 'spaces between columns: a label alone with trailing spaces is a blank row, a numbered title ends the table',
      text: ['合计    8.00', '1.因公出国（境）费    ', '2.公务接待费    8.00', '二、相关统计数    ', '1.接待批次（批）    12', '2.接待人数（人）    80'].join('\n'),
    },
    { name: 'a sentence with runs of spaces is not a table', text: '本年支出    12.00万元，比上年增加    2.00万元。\n合计    3.00\n公务接待费    1.00' },
    { name: 'a table whose 小计 stands above its rows is not summed', text: ['合计 | 9 |', '因公出国（境）费 | 1 |', '小计 | 5 |', '公务用车购置费 | 4 |', '公务接待费 | 1 |'].join('\n') },
    { name: '小计 rows that close the rows above them, and a 合计 of the 小计 rows', text: subtotals('6.00', '14.00') },
    { name: 'a numbered total (一、支出合计) that its rows give', text: numberedTotal('25000') },
    { name: 'a total spaced out (合    计) that its rows give', text: ['合    计    9.00    11.00', '1.公务接待费    3.00    4.00', '2.公务用车运行维护费    6.00    7.00'].join('\n') },
    { name: 'spaces between columns: a blank cell placed by the header, rows that add up', text: withBlanks('13.00') },
    { name: 'spaces between columns: a figure between two columns leaves its row out of every sum', text: offColumn },
    {
      name: 'two totals named differently are not taken for one',
      text: ['收入 | 预算数 |', '一般公共预算拨款收入 | 100.00 |', '本年收入合计 | 100.00 |', '上年结转 | 20.00 |', '收入总计 | 120.00 |'].join('\n'),
    },
    { name: 'two amount columns in the header, one figure a row: each figure in the column it stands under', text: oneFigureEach('7.00') },
    {
      name: 'two amount columns in the header, rows of one cell between bars: which column is not known, nothing summed',
      text: ['项目 | 本年预算 | 上年预算 |', '合计 | 7.00 |', '1.培训费 | 4.00 |', '2.会议费 | 2.50 |', '3.差旅费 | 3.00 |'].join('\n'),
    },
    { name: 'a column of remarks in the header is no column of figures', text: ['项目 | 预算数 | 备注 |', '合计 | 7.00 |', '1.培训费 | 4.00 |', '2.会议费 | 3.00 | 按定额 |'].join('\n') },
    { name: 'rows left outside every 小计 are not summed', text: [...subtotals('6.00', '14.00').split('\n'), '其他费用 | 99.00 |'].join('\n') },
  ],
  invalid: [
    {
      name: 'a row that disagrees with its parts, which the 合计 counts',
      text: rows('0', '20.50'),
      findings: [
        { quote: '0', expected: '15' },
        { quote: '0', expected: '15' },
      ],
    },
    { name: 'a 合计 that the rows do not give', text: rows('15.00', '21.50'), findings: [{ quote: '21.50', expected: '20.5' }, { quote: '21.50', expected: '20.5' }] },
    {
      name: 'a sentence whose figure is none of its row’s',
      text: `2024年“三公”经费预算20.50万元。其中：因公出国（境）费2.00万元，公务接待费3.80万元，公务用车购置及运行费15.00万元。\n${rows('15.00')}`,
      findings: [{ quote: '3.80万元', expected: null }],
    },
    { name: 'a 小计 its rows do not give (the 合计 adds the 小计 as printed)', text: subtotals('7.00', '14.00', '21.00'), findings: [{ quote: '7.00', expected: '6' }] },
    { name: 'a 小计 its rows do not give, whose rows the 合计 counts', text: subtotals('7.00', '14.00'), findings: [{ quote: '7.00', expected: '6' }] },
    { name: 'a 合计 that is not the sum of the 小计 rows', text: subtotals('6.00', '14.00', '19.00'), findings: [{ quote: '19.00', expected: '20' }] },
    { name: 'spaces between columns: a 合计 the rows do not give', text: spacedRows('5.00'), findings: [{ quote: '11.00', expected: '12' }] },
    { name: 'one cell a line: a 合计 the rows do not give', text: oneCellALine('4.40'), findings: [{ quote: '12.40', expected: '13.4' }] },
    { name: 'a numbered total (一、支出合计) the rows do not give', text: numberedTotal('250000'), findings: [{ quote: '250000', expected: '25000' }] },
    { name: 'a 收入总计 the rows do not give', text: ['收入 | 预算数 |', '收入总计 | 130.00 |', '一般公共预算拨款收入 | 100.00 |', '上年结转 | 20.00 |'].join('\n'), findings: [{ quote: '130.00', expected: '120' }] },
    { name: 'spaces between columns: a 合计 its rows do not give, a blank cell placed by the header', text: withBlanks('12.00'), findings: [{ quote: '12.00', expected: '13' }] },
    { name: 'two amount columns in the header, one figure a row: a 合计 this year’s rows do not give', text: oneFigureEach('9.00'), findings: [{ quote: '9.00', expected: '7' }] },
    { name: 'a column of remarks in the header, rows that do not add up', text: ['项目 | 预算数 | 备注 |', '合计 | 8.00 |', '1.培训费 | 4.00 |', '2.会议费 | 3.00 | 按定额 |'].join('\n'), findings: [{ quote: '8.00', expected: '7' }] },
    {
      name: 'two amount columns in the header, bars keeping the blank cells: a 合计 this year’s rows do not give',
      text: ['项目 | 本年预算 | 上年预算 |', '合计 | 9.00 | |', '1.培训费 | 4.00 | |', '2.会议费 | | 2.50 |', '3.差旅费 | 3.00 | |'].join('\n'),
      findings: [{ quote: '9.00', expected: '7' }],
    },
  ],
});

describe('reading a pasted table', () => {
  it('places the rows a 其中 opens under their row, and the rows after them back at the top', () => {
    const [t] = readTextTables(oneCellALine('3.40'));
    expect(t.rows.map((r) => `${r.level}:${r.label}`)).toEqual(['top:项目', 'top:预算数', 'total:合计', 'top:因公出国（境）费', 'top:公务用车购置及运行费', 'sub:公务用车购置费', 'sub:公务用车运行费', 'top:公务接待费']);
  });
  it('reads columns kept apart by spaces, each cell at its offset', () => {
    const text = spacedRows('4.00');
    const [t] = readTextTables(text);
    expect(t.rows.map((r) => `${r.level}:${r.label}:${r.cells.map((c) => c.quote).join('/')}`)).toEqual(['total:合计:9.00/11.00', 'top:公务接待费:3.00/4.00', 'top:公务用车运行维护费:6.00/7.00']);
    for (const r of t.rows) for (const c of r.cells) if (c.quote) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
    // A sentence with runs of spaces in it is no row.
    expect(readTextTables('本年支出    12.00万元，比上年增加    2.00万元。\n经费合计    3.00')).toEqual([]);
  });
  it('places a blank cell of a row laid out with spaces by the columns of the header', () => {
    const text = withBlanks('13.00');
    const [t] = readTextTables(text);
    expect(t.rows.map((r) => `${r.level}:${r.label}:${r.cells.map((c) => c.quote || '_').join('/')}`)).toEqual(['total:合计:9.00/13.00', 'top:因公出国（境）费:_/2.00', 'top:公务接待费:3.00/4.00', 'top:公务用车运行维护费:6.00/7.00']);
    for (const r of t.rows) for (const c of r.cells) if (c.quote) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  });
  it('leaves a row out when the header does not tell where its blank is', () => {
    const [t] = readTextTables(offColumn);
    expect(t.rows[1]).toMatchObject({ label: '因公出国（境）费', cells: [], unplaced: { figures: 1, columns: 2 } });
    // Without a header no blank is placed.
    const [u] = readTextTables(['合计    9.00    12.00', '1.公务接待费    5.00', '2.公务用车运行维护费    6.00    7.00'].join('\n'));
    expect(u.rows.map((r) => r.unplaced ?? null)).toEqual([null, { figures: 1, columns: null }, null]);
  });
  it('puts a lone figure in the column of the header it stands under', () => {
    const [t] = readTextTables(oneFigureEach('7.00'));
    expect(t.rows.map((r) => `${r.label}:${r.cells.map((c) => c.quote || '_').join('/')}`)).toEqual(['合计:7.00/_', '培训费:4.00/_', '会议费:_/2.50', '差旅费:3.00/_']);
    // Between bars, a row of fewer cells than the header's columns is left unread.
    const [u] = readTextTables(['项目 | 本年预算 | 上年预算 |', '合计 | 7.00 |', '1.培训费 | 4.00 | |'].join('\n'));
    expect(u.rows.map((r) => r.unplaced ?? null)).toEqual([{ figures: 1, columns: 2 }, null]);
  });
  it('takes numbered and spaced-out totals for the total row', () => {
    expect(readTextTables(numberedTotal('25000'))[0].rows.map((r) => `${r.level}:${r.label}`)).toEqual(['total:支出合计', 'top:因公出国(境)费用', 'top:公务接待费', 'top:公务用车费', 'sub:公务用车运行维护费', 'sub:公务用车购置']);
  });
  it('keeps each cell at its offset in the original text', () => {
    const text = rows('15.00');
    for (const r of readTextTables(text)[0].rows) for (const c of r.cells) if (c.quote) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  });
});
