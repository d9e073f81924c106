import { rule } from '../../../src/core/checks/cross-totals';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

const summary = (inc: number, exp: number) => summaryTable('总表', '部门收支总表', [['一般公共预算拨款', inc], ['本年收入合计', inc], ['收入总计', inc]], [['一般公共服务支出', exp], ['本年支出合计', exp], ['支出总计', exp]]);
const income = (v: number, unit = '万元') => funcTable('收入', '部门收入总表', ['合计', '一般公共预算'], [['201', '一般公共服务支出', v, v]], { total: [v, v], unit });
const expenditure = (v: number) => funcTable('支出', '部门支出总表', ['合计', '基本支出'], [['201', '一般公共服务支出', v, v]], { total: [v, v] });

ruleTester(rule, {
  valid: [
    { name: 'all totals agree', sheets: [summary(100, 100), income(100), expenditure(100)] },
    { name: 'agree across units (元 vs 万元)', sheets: [summary(100, 100), income(1000000, '元'), expenditure(100)] },
    { name: 'tables missing: nothing to compare', sheets: [income(100)] },
  ],
  invalid: [
    {
      name: 'the income table disagrees with the summary and the expenditure table',
      sheets: [summary(100, 100), income(101), expenditure(100)],
      findings: [
        { sheet: '收入', cell: 'C5', related: ['总表!B6'], expected: '100', actual: '101' },
        { sheet: '支出', cell: 'C5', related: ['收入!C5'], expected: '101', actual: '100' },
      ],
    },
  ],
});
