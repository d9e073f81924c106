import { rule } from '../../../src/core/checks/summary-balance';
import { summaryTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [{ name: '收入总计 = 支出总计', sheets: [summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一般公共服务支出', 100], ['支出总计', 100]])] }],
  invalid: [
    {
      name: '收入总计 ≠ 支出总计',
      sheets: [summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一般公共服务支出', 90], ['支出总计', 90]])],
      findings: [{ cell: 'D6', related: ['B6'], expected: '100', actual: '90' }],
    },
  ],
});
