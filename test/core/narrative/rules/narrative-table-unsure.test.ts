import { parseWorkbook } from '../../../../src/core/model/parse';
import type { WorkbookModel } from '../../../../src/core/model/types';
import { rule } from '../../../../src/core/narrative/rules/narrative-table-unsure';
import { sampleGrid } from '../../../helpers/samples';
import { textRuleTester } from './tester';

// Sample (a): 项目支出 715.40 of the whole budget, 415.40 of 一般公共预算; 政府性基金 300.00.
// Sample (b): "三公"经费 867.50, 机关运行经费 213.28.
let a: WorkbookModel;
let b: WorkbookModel;
beforeAll(async () => {
  a = parseWorkbook(await sampleGrid('a-2019'));
  b = parseWorkbook(await sampleGrid('b-2025'));
});

textRuleTester(rule, {
  valid: [
    { name: 'a total the heading names, right', text: '（三）“三公”经费\n合计867.50万元。', model: () => b },
    { name: 'an expenditure under the fund’s heading, right', text: '十、政府性基金预算支出情况\n本单位本年支出300.00万元。', model: () => a },
    { name: 'one of two readings matches', text: '三、支出预算情况\n项目支出715.40万元。', model: () => a },
    { name: 'a restatement in an item is not the section’s total', text: '三、一般公共预算支出情况\n本单位安排培训经费12.00万元，预算安排12.00万元。', model: () => a },
    { name: 'a 其中 part is not the section’s total', text: '（三）“三公”经费\n合计867.50万元，其中：接待28.50万元，出国839.00万元。', model: () => b },
    { name: 'a subject the sentence names wins over the heading', text: '（三）“三公”经费\n人员经费2247.40万元。', model: () => b },
  ],
  invalid: [
    { name: 'a total the heading names, wrong', text: '（三）“三公”经费\n合计900.00万元。', model: () => b, findings: [{ quote: '900.00万元', expected: '867.50' }] },
    { name: 'the same total under another heading is read another way', text: '（四）机关运行经费\n合计867.50万元。', model: () => b, findings: [{ quote: '867.50万元', expected: '213.28' }] },
    { name: 'a heading narrows 项目支出 to 一般公共预算', text: '八、一般公共预算项目支出情况\n项目支出400.00万元。', model: () => a, findings: [{ quote: '400.00万元', expected: '415.40' }] },
    { name: 'two readings, none of them the figure', text: '三、支出预算情况\n项目支出400.00万元。', model: () => a, findings: [{ quote: '400.00万元', expected: null }] },
  ],
});
