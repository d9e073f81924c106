import { rule } from '../../../src/core/checks/cross-summary-classes';
import { breakdownSummary, funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

// 支出 side by side by nature, by economic class and by class (classes in the last group).
const threeWays = (general: number) =>
  breakdownSummary(
    '总表',
    '部门收支总表',
    [['一、财政拨款收入', 100]],
    [
      ['支出类别', [['一、基本支出', 60], ['二、项目支出', 40]]],
      ['部门预算经济分类', [['一、工资福利支出', 50], ['二、商品和服务支出', 50]]],
      ['功能分类', [['一般公共服务支出', general], ['社会保障和就业支出', 20]]],
    ],
    { current: [100, 100, 100, 100], grand: [100, 100, 100, 100] },
  );
const expenditure = funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 80], ['208', '社会保障和就业支出', 20]], { total: [100] });
ruleTester(rule, {
  valid: [
    { name: 'classes agree', sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、一般公共服务支出', 80], ['二、社会保障和就业支出', 20], ['支出总计', 100]]), expenditure] },
    { name: 'lines by nature are not classes', sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、基本支出', 60], ['1. 人员经费', 50], ['2. 公用经费', 10], ['二、项目支出', 40], ['支出总计', 100]]), expenditure] },
    { name: 'a 支出 side by class beside breakdowns by nature and by economic class: the economic lines are no classes', sheets: [threeWays(80), expenditure] },
    {
      name: 'four groups, 政府预算 and 部门预算 经济分类 both before the classes',
      sheets: [
        breakdownSummary(
          '总表',
          '部门收支总表',
          [['一、财政拨款收入', 100]],
          [
            ['支出类别', [['一、基本支出', 60], ['二、项目支出', 40]]],
            ['政府预算经济分类', [['一、机关工资福利支出', 50], ['二、机关商品和服务支出', 50]]],
            ['部门预算经济分类', [['一、工资福利支出', 50], ['二、商品和服务支出', 50]]],
            ['功能分类', [['一般公共服务支出', 80], ['社会保障和就业支出', 20]]],
          ],
          { current: [100, 100, 100, 100, 100], grand: [100, 100, 100, 100, 100] },
        ),
        expenditure,
      ],
    },
    {
      name: 'classes, then economic classes under their heading in the same columns',
      sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['按功能分类', null], ['一、一般公共服务支出', 80], ['二、社会保障和就业支出', 20], ['按经济分类', null], ['一、工资福利支出', 60], ['二、商品和服务支出', 40], ['支出总计', 100]]), expenditure],
    },
  ],
  invalid: [
    {
      name: 'a class of the side-by-side breakdown by class differs',
      sheets: [threeWays(81), expenditure],
      findings: [{ messageId: 'mismatch', cell: 'H5', related: ['支出!C4'], expected: '80', actual: '81' }],
    },
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
