import { parseWorkbook } from '../../../../src/core/model/parse';
import { rule } from '../../../../src/core/narrative/rules/form-document-type';
import { sheet } from '../../../helpers/grid';
import { textRuleTester } from './text-tester';

const workbook = (title: string) => parseWorkbook({ sheets: [sheet('表1', [[title], ['单位：万元'], ['收入', null, '支出', null], ['项目', '预算数', '项目', '预算数'], ['一般公共预算拨款', 10, '一般公共服务支出', 10], ['收入总计', 10, '支出总计', 10]], ['A3:B3', 'C3:D3'])] });
const unitBook = workbook('2026年预算单位财务收支预算总表');
const deptBook = workbook('2026年部门财务收支预算总表');

textRuleTester(rule, {
  valid: [
    { name: 'a unit speaking of itself', text: '2026年本单位预算安排购置车辆0辆。', model: unitBook },
    { name: 'a unit naming the economic classification and other departments', text: '按部门预算支出经济分类，工资福利支出8.00万元。经主管部门审核、财政部门批复。', model: unitBook },
    { name: 'a department speaking of itself and of its units', text: '2026年本部门预算由本级和所属2个单位预算构成。部门预算安排购置车辆0辆。', model: deptBook },
    { name: 'no type known', text: '部门预算安排购置车辆0辆。' },
  ],
  invalid: [
    {
      name: "a unit's text copied from the department's (type from the tables)",
      text: '2026年部门预算安排购置车辆0辆；部门预算安排购置单价100万元以上设备0台（套）。本部门无政府性基金预算。',
      model: unitBook,
      reports: [
        { messageId: 'departmentInUnit', quote: '部门预算' },
        { messageId: 'departmentInUnit', quote: '部门预算', at: 1 },
        { messageId: 'departmentInUnit', quote: '本部门' },
      ],
    },
    { name: 'type from the setting', text: '我部门编报绩效目标的项目3个。', documentType: 'unit', reports: [{ messageId: 'departmentInUnit', quote: '我部门' }] },
    { name: "type from the text's own title", text: '某中心2026年单位预算编制说明\n本年部门决算数另行公开。', reports: [{ messageId: 'departmentInUnit', quote: '部门决算' }] },
    { name: 'a department text titled as a unit budget', text: '某局2026年单位预算编制说明\n收入合计10.00万元。', model: deptBook, reports: [{ messageId: 'unitInDepartment', quote: '2026年单位预算' }] },
  ],
});
