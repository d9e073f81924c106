import { runChecks } from '../../src/core/checks';
import { parseWorkbook } from '../../src/core/model/parse';
import { buildReport } from '../../src/core/report';
import { textReport } from '../../src/cli/text-report';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { injectedBytes } from '../helpers/samples';

describe('the readable report of a continued table', () => {
  it('lists the parts of the table and prints a finding on the continued sheet under that sheet', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await injectedBytes('c-2024-continued-errors.xlsx')));
    const text = textReport(buildReport('c.xlsx', model, runChecks(model)), 'zh');
    expect(text).toMatch(/一般公共预算支出表 \[general-expenditure\] {2}一般公共预算支出表!A1:[A-Z]+\d+ \+ 一般公共预算支出表（续）!A1:[A-Z]+\d+/);
    const section = text.split('【一般公共预算支出表（续）】')[1];
    expect(section).toBeDefined();
    expect(section.split('\n【')[0]).toMatch(/C6 .*\[column-total\]/);
  });
});

describe('the readable report of the injected department sample', () => {
  it('prints every amount with at least two decimals, in the messages and beside them; the JSON keeps the plain value', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await injectedBytes('a-2019-errors.xlsx')));
    const report = buildReport('a.xlsx', model, runChecks(model));
    const text = textReport(report, 'zh');
    expect(text).toMatch(/“合计”的“合计”为 73\.85，比其下各栏之和 74\.30 少 0\.45。 {2}\(应为 74\.30, 实为 73\.85\)/);
    expect(text).toMatch(/“三公”经费合计为 0，但其中各项之和为 1\.50。 {2}\(应为 1\.50, 实为 0\.00\)/);
    expect(report.findings.find((f) => f.rule === 'three-public-sum')).toMatchObject({ expected: '1.5', actual: '0' });
    // no amount is printed with fewer than two decimals
    for (const m of text.matchAll(/(?:应为|实为) (-?\d+(?:\.\d+)?)/g)) expect(m[1]).toMatch(/\.\d{2,}$/);
  });
});
