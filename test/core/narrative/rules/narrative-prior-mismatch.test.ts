import { parseWorkbook } from '../../../../src/core/model/parse';
import type { WorkbookModel } from '../../../../src/core/model/types';
import { rule } from '../../../../src/core/narrative/rules/narrative-prior-mismatch';
import { sampleGrid } from '../../../helpers/samples';
import { textRuleTester } from './tester';

let a: WorkbookModel;
let a2018: WorkbookModel;
beforeAll(async () => {
  a = parseWorkbook(await sampleGrid('a-2019'));
  a2018 = parseWorkbook(await sampleGrid('a-2018'));
});

textRuleTester(rule, {
  valid: [{ name: 'the change the two years give', text: '本中心2019年支出总计789.25万元，比2018年增加687.47万元。', model: () => a, prior: () => a2018 }],
  invalid: [{ name: 'a change the two years do not give', text: '本中心2019年支出总计789.25万元，比2018年增加678.47万元。', model: () => a, prior: () => a2018, findings: [{ quote: '678.47万元', expected: '687.47' }] }],
});
