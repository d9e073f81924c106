import { rule } from '../../../src/core/checks/cross-income-expenditure';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

const income = funcTable('收入', '部门收入总表', ['合计'], [['201', '一般公共服务支出', 100], ['2010301', '行政运行', 100]], { total: [100] });
const expenditure = (run: number, other: number | null = null) =>
  funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', run + (other ?? 0)], ['2010301', '行政运行', run], ...(other === null ? [] : [['2010302', '一般行政管理事务', other]])], { total: [run + (other ?? 0)] });
const carried = summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一、一般公共服务支出', 95], ['结转下年', 5], ['支出总计', 100]]);

ruleTester(rule, {
  valid: [
    { name: 'codes agree', sheets: [income, expenditure(100)] },
    { name: 'money carried forward: not compared', sheets: [carried, income, expenditure(95)] },
  ],
  invalid: [
    {
      name: 'a code differs, and a code only in the expenditure table',
      sheets: [income, expenditure(90, 10)],
      findings: [
        { messageId: 'mismatch', sheet: '收入', cell: 'C5', related: ['支出!C5'], expected: '90', actual: '100' },
        { messageId: 'onlyExpenditure', sheet: '支出', cell: 'C6', expected: '0', actual: '10' },
      ],
    },
  ],
});
