import { rule } from '../../../src/core/checks/cross-summary-classes';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

const expenditure = funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 80], ['208', '社会保障和就业支出', 20]], { total: [100] });
ruleTester(rule, {
  valid: [
    { name: 'classes agree', sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、一般公共服务支出', 80], ['二、社会保障和就业支出', 20], ['支出总计', 100]]), expenditure] },
    { name: 'lines by nature are not classes', sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、基本支出', 60], ['1. 人员经费', 50], ['2. 公用经费', 10], ['二、项目支出', 40], ['支出总计', 100]]), expenditure] },
  ],
  invalid: [
    {
      name: 'a class differs, and a class the expenditure table lacks',
      sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、一般公共服务支出', 70], ['二、社会保障和就业支出', 20], ['三、教育支出', 10], ['支出总计', 100]]), expenditure],
      findings: [
        { messageId: 'mismatch', cell: 'D5', related: ['支出!C4'], expected: '80', actual: '70' },
        { messageId: 'missing', cell: 'D7' },
      ],
    },
  ],
});
