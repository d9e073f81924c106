import { rule } from '../../../src/core/checks/row-total';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const rows = [
  ['201', '一般公共服务支出', 10],
  ['20103', '政府办公厅（室）及相关机构事务', 10],
  ['208', '社会保障和就业支出', 5],
];
ruleTester(rule, {
  valid: [
    { name: '合计 = Σ 类 rows (款 rows not counted twice)', sheets: [funcTable('支出', '部门支出总表', ['合计'], rows, { total: [15] })] },
    { name: 'no 合计 row', sheets: [funcTable('支出', '部门支出总表', ['合计'], rows)] },
    { name: 'uncoded rows by indentation', sheets: [funcTable('支出', '部门支出总表', ['合计'], [[null, '一般公共服务支出', 10], [null, '  行政运行', 10], [null, '社会保障和就业支出', 5], [null, '  行政单位离退休', 5]], { total: [15] })] },
  ],
  invalid: [
    {
      name: '合计 ≠ Σ 类',
      sheets: [funcTable('支出', '部门支出总表', ['合计'], rows, { total: [16] })],
      findings: [{ messageId: 'sum', cell: 'C7', related: ['C4', 'C6'], expected: '15', actual: '16' }],
    },
  ],
});
