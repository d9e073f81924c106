import { rule } from '../../../src/core/checks/three-public-economic';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const three = (reception: number) =>
  sheet(
    '三公',
    [['一般公共预算“三公”经费支出表'], ['单位：万元'], ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'], [null, null, '小计', '公务用车购置费', '公务用车运行费', null], [3.7 + reception, 2, 1.7, 0, 1.7, reception]],
    ['C3:E3', 'A3:A4', 'B3:B4', 'F3:F4'],
  );
const economic = sheet('经济', [['支出经济分类汇总表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '一般公共预算'], [null, '合计', 5, 5], ['302', '商品和服务支出', 5, 5], ['30212', '因公出国（境）费用', 2, 2], ['30217', '公务接待费', 1.3, 1.3], ['30231', '公务用车运行维护费', 1.7, 1.7]]);
const basic = funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['302', '商品和服务支出', 3.7, null, 3.7], ['30217', '公务接待费', 2, null, 2], ['30231', '公务用车运行维护费', 1.7, null, 1.7]], { total: [3.7, null, 3.7] });
const summary = summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 5], ['收入总计', 5]], [['一、一般公共服务支出', 5], ['支出总计', 5]]);

ruleTester(rule, {
  valid: [
    { name: 'each item equals its economic lines', sheets: [three(1.3), economic] },
    { name: 'only the 基本支出 table: an item above its basic line (project spending)', sheets: [three(2.5), basic, summary] },
    { name: 'no economic table', sheets: [three(9)] },
  ],
  invalid: [
    {
      name: '公务接待费 differs from 30217',
      sheets: [three(1.5), economic],
      findings: [{ messageId: 'mismatch', severity: 'warning', cell: 'F5', related: ['经济!D7'], expected: '1.3', actual: '1.5' }],
    },
    {
      name: 'only the 基本支出 table: 公务接待费 below its basic line',
      sheets: [three(1.5), basic],
      findings: [{ messageId: 'belowBasic', severity: 'warning', cell: 'F5', related: ['基本!C5'], expected: '2', actual: '1.5' }],
    },
  ],
});
