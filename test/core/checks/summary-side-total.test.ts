import { rule } from '../../../src/core/checks/summary-side-total';
import { summaryTable } from './fixtures';
import { ruleTester } from './tester';

const expenditure = [
  ['一、一般公共服务支出', 80],
  ['二、社会保障和就业支出', 20],
  ['本年支出合计', 100],
  ['结转下年', 0],
  ['支出总计', 100],
];
ruleTester(rule, {
  valid: [
    {
      name: 'Henan layout: 本年合计 and 总计 with 上年结转',
      sheets: [summaryTable('总表', '部门收支总表', [['一、一般公共预算拨款', 90], ['二、政府性基金预算拨款', 10], ['本年收入合计', 100], ['上年结转', 0], ['收入总计', 100]], expenditure)],
    },
    {
      name: 'district layout: sub-items 1. 2. under 一、, 总计 without 本年合计',
      sheets: [summaryTable('总表', '部门财务收支预算总表', [['一、财政拨款收入', 100], ['1. 一般公共预算资金', 100], ['2. 政府性基金', null], ['二、事业收入', null], ['收入总计', 100]], [['一、一般公共服务支出', 100], ['支出总计', 100]])],
    },
    {
      name: 'nested lines numbered （一）（二） under 一、本年收入 / 一、本年支出, 1. 2. under （一）: parts, not further items',
      sheets: [
        summaryTable(
          '总表',
          '部门收支总表',
          [['一、本年收入', 64], ['（一）一般公共预算拨款收入', 52], ['（二）政府性基金预算拨款收入', 12], ['二、上年结转结余', 3], ['（一）一般公共预算拨款', 3], ['收入总计', 67]],
          [['一、本年支出', 64], ['（一）基本支出', 41], ['1. 人员经费', 35], ['2. 公用经费', 6], ['（二）项目支出', 23], ['二、结转下年', 3], ['支出总计', 67]],
        ),
      ],
    },
    {
      name: 'nested lines numbered 1. 2. under 一、本年收入',
      sheets: [summaryTable('总表', '部门收支总表', [['一、本年收入', 20], ['1. 一般公共预算拨款收入', 15], ['2. 事业收入', 5], ['收入总计', 20]], [['一、本年支出', 20], ['1. 教育支出', 20], ['支出总计', 20]])],
    },
  ],
  invalid: [
    {
      name: 'nested （一）（二） lines that do not add up to 一、本年收入, and a 1. 2. pair under （一）',
      sheets: [
        summaryTable(
          '总表',
          '部门收支总表',
          [['一、本年收入', 64], ['（一）一般公共预算拨款收入', 52], ['（二）政府性基金预算拨款收入', 11], ['收入总计', 64]],
          [['一、本年支出', 64], ['（一）基本支出', 41], ['1. 人员经费', 35], ['2. 公用经费', 7], ['（二）项目支出', 23], ['支出总计', 64]],
        ),
      ],
      findings: [
        { messageId: 'current', cell: 'B5', related: ['B6', 'B7'], expected: '63', actual: '64' },
        { messageId: 'item', cell: 'D6', related: ['D7', 'D8'], expected: '42', actual: '41' },
      ],
    },
    {
      name: '本年收入合计 ≠ Σ items',
      sheets: [summaryTable('总表', '部门收支总表', [['一、一般公共预算拨款', 90], ['二、政府性基金预算拨款', 11], ['本年收入合计', 100], ['上年结转', 0], ['收入总计', 100]], expenditure)],
      findings: [{ messageId: 'current', cell: 'B7', related: ['B5', 'B6'], expected: '101', actual: '100' }],
    },
    {
      name: '收入总计 ≠ 本年收入合计 + 上年结转',
      sheets: [summaryTable('总表', '部门收支总表', [['一、一般公共预算拨款', 90], ['二、政府性基金预算拨款', 10], ['本年收入合计', 100], ['上年结转', 5], ['收入总计', 100]], expenditure)],
      findings: [{ messageId: 'grand', cell: 'B9', related: ['B7', 'B8'], expected: '105', actual: '100' }],
    },
    {
      name: '一、 item ≠ Σ its sub-items',
      sheets: [summaryTable('总表', '部门财务收支预算总表', [['一、财政拨款收入', 100], ['1. 一般公共预算资金', 90], ['2. 政府性基金', null], ['收入总计', 100]], [['一、一般公共服务支出', 100], ['支出总计', 100]])],
      findings: [{ messageId: 'item', cell: 'B5', related: ['B6', 'B7'], expected: '90', actual: '100' }],
    },
  ],
});
