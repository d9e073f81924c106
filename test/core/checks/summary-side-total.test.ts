import { rule } from '../../../src/core/checks/summary-side-total';
import { breakdownSummary, summaryTable } from './fixtures';
import { ruleTester } from './tester';

// 支出 printed three ways, each a breakdown of the same 64 (by nature, by economic class, by class).
const nature: [string, (string | number)[][]] = ['支出类别', [['一、基本支出', 41], ['二、项目支出', 23]]];
const economic: [string, (string | number)[][]] = ['部门预算经济分类', [['一、工资福利支出', 35], ['二、商品和服务支出', 26], ['三、资本性支出', 3]]];
const byClass: [string, (string | number)[][]] = ['功能分类', [['一般公共服务支出', 50], ['社会保障和就业支出', 14]]];
const breakdownIncome = [['一、财政拨款收入', 64], ['二、事业收入', null]];

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
    {
      name: '支出 by nature, by economic class and by class side by side: each adds up to the total, never summed together',
      sheets: [breakdownSummary('总表', '部门收支总表', breakdownIncome, [nature, economic, byClass], { current: [64, 64, 64, 64], grand: [64, 64, 64, 64] })],
    },
    {
      name: '支出 by class, then by economic class under its own heading, in the same columns',
      sheets: [
        summaryTable(
          '总表',
          '部门收支总表',
          [['一、财政拨款收入', 64], ['二、事业收入', null], ['本年收入合计', 64], ['上年结转', null], ['收入总计', 64]],
          [['（按功能分类）', null], ['一、一般公共服务支出', 50], ['二、社会保障和就业支出', 14], ['（按经济分类）', null], ['一、工资福利支出', 35], ['二、商品和服务支出', 29], ['本年支出合计', 64], ['结转下年', null], ['支出总计', 64]],
        ),
      ],
    },
    {
      name: 'two breakdowns of one kind one after the other (政府预算 and 部门预算 经济分类): each on its own',
      sheets: [
        summaryTable(
          '总表',
          '部门收支总表',
          [['一、财政拨款收入', 64], ['本年收入合计', 64], ['收入总计', 64]],
          [['按政府预算经济分类', null], ['一、机关工资福利支出', 35], ['二、机关商品和服务支出', 29], ['按部门预算经济分类', null], ['一、工资福利支出', 35], ['二、商品和服务支出', 29], ['本年支出合计', 64], ['支出总计', 64]],
        ),
      ],
    },
    {
      name: 'the numbering starting again at 一、 opens the next breakdown',
      sheets: [summaryTable('总表', '部门收支总表', [['一、财政拨款收入', 64], ['本年收入合计', 64], ['收入总计', 64]], [['一、一般公共服务支出', 64], ['一、基本支出', 41], ['二、项目支出', 23], ['本年支出合计', 64], ['支出总计', 64]])],
    },
  ],
  invalid: [
    {
      name: 'one breakdown side by side that does not add up to the total: found on its own column',
      sheets: [breakdownSummary('总表', '部门收支总表', breakdownIncome, [nature, [economic[0], [['一、工资福利支出', 35], ['二、商品和服务支出', 25], ['三、资本性支出', 3]]], byClass], { current: [64, 64, 64, 64], grand: [64, 64, 64, 64] })],
      findings: [{ messageId: 'current', cell: 'F8', related: ['F5', 'F6', 'F7'], expected: '63', actual: '64' }],
    },
    {
      name: 'stacked breakdowns: the one that does not add up is found, the other is not added to it',
      sheets: [
        summaryTable(
          '总表',
          '部门收支总表',
          [['一、财政拨款收入', 64], ['本年收入合计', 64], ['收入总计', 64]],
          [['按功能分类', null], ['一、一般公共服务支出', 50], ['二、社会保障和就业支出', 14], ['按经济分类', null], ['一、工资福利支出', 35], ['二、商品和服务支出', 28], ['本年支出合计', 64], ['支出总计', 64]],
        ),
      ],
      findings: [{ messageId: 'current', cell: 'D11', related: ['D9', 'D10'], expected: '63', actual: '64' }],
    },
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
