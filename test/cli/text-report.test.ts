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
