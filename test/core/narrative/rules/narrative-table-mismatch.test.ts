import { parseWorkbook } from '../../../../src/core/model/parse';
import type { WorkbookModel } from '../../../../src/core/model/types';
import { rule } from '../../../../src/core/narrative/rules/narrative-table-mismatch';
import { sampleGrid } from '../../../helpers/samples';
import { textRuleTester } from './tester';
import { sheet } from '../../../helpers/grid';

let a: WorkbookModel;
let running: WorkbookModel;
beforeAll(async () => {
  a = parseWorkbook(await sampleGrid('a-2019'));
  // A 机关运行经费 table of its own, beside the sample's tables.
  const grid = await sampleGrid('a-2019');
  running = parseWorkbook({ sheets: [...grid.sheets, sheet('机关运行经费', [['2019年机关运行经费预算表'], ['单位：万元'], ['项目', '2019年预算数', '2018年预算数'], ['机关运行经费', 3.58, 3.2]])] });
});

textRuleTester(rule, {
  valid: [
    { name: 'figures that are the tables’', text: '本中心2019年一般公共预算基本支出73.85万元，其中：人员经费70.27万元，公用经费3.58万元。', model: () => a },
    { name: 'a class named by its former name and code', text: '医疗卫生(类)支出3.07万元。一般公共服务支出（类201）475.50万元。', model: () => a },
    { name: 'a subject the tables do not have is not bound', text: '培训项目经费12.00万元。', model: () => a },
    { name: '机关运行经费 of a table of its own', text: '本中心2019年机关运行经费预算3.58万元。', model: () => running },
  ],
  invalid: [
    { name: 'a figure 1 万元 off its cell, in any section', text: '第二部分\n十二、其他\n人员经费71.27万元。', model: () => a, findings: [{ quote: '71.27万元', expected: '70.27' }] },
    { name: 'a class by code', text: '一般公共服务支出（类201）475.00万元。', model: () => a, findings: [{ quote: '475.00万元', expected: '475.50' }] },
    { name: '机关运行经费 off the figure of its own table', text: '本中心2019年机关运行经费预算3.20万元。', model: () => running, findings: [{ quote: '3.20万元', expected: '3.58' }] },
  ],
});
