import { rule } from '../../../src/core/checks/cross-summary-split';
import { breakdownSummary, funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

const summary = (personnel: number, pub: number, project = 40) =>
  summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一、基本支出', personnel + pub], ['1. 人员经费', personnel], ['2. 公用经费', pub], ['二、项目支出', project], ['支出总计', 100]]);
const expenditure = funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const general = (basic: number) => funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', basic + 40, basic, 40]], { total: [basic + 40, basic, 40] });
const basicTable = funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['301', '工资福利支出', 50, 50, null], ['302', '商品和服务支出', 10, null, 10]], { total: [60, 50, 10] });

// 支出 by nature beside 支出 by class (Shandong-style column groups).
const sideBySide = (basic: number, project: number) =>
  breakdownSummary('总表', '部门收支总表', [['一般公共预算拨款', 100]], [['功能分类', [['一般公共服务支出', 100]]], ['支出类别', [['一、基本支出', basic], ['二、项目支出', project]]]], { current: [100, 100, 100], grand: [100, 100, 100] });

ruleTester(rule, {
  valid: [
    { name: 'the summary split agrees with the detail tables', sheets: [summary(50, 10), expenditure, general(60), basicTable] },
    { name: 'part of 基本支出 is not 一般公共预算: 人员经费 and 公用经费 not compared', sheets: [summary(52, 8), expenditure, general(55), basicTable] },
    {
      name: 'lines named 人员经费支出 / 公用经费支出 without a 基本支出 line',
      sheets: [summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一、人员经费支出', 50], ['二、公用经费支出', 10], ['三、项目支出', 40], ['支出总计', 100]]), expenditure, general(60), basicTable],
    },
    { name: 'a summary by 类 has no such lines', sheets: [summaryTable('总表', '部门收支总表', [['收入总计', 100]], [['一、一般公共服务支出', 100], ['支出总计', 100]]), expenditure, basicTable] },
    { name: 'lines by nature in a column group of their own beside the classes', sheets: [sideBySide(60, 40), expenditure, general(60), basicTable] },
  ],
  invalid: [
    {
      name: 'lines by nature in their own column group disagree with the expenditure table',
      sheets: [sideBySide(61, 39), expenditure, general(60), basicTable],
      findings: [
        { messageId: 'nature', cell: 'F5', related: ['支出!D5'], expected: '60', actual: '61' },
        { messageId: 'nature', cell: 'F6', related: ['支出!E5'], expected: '40', actual: '39' },
      ],
    },
    {
      name: 'an amount moved between 人员经费 and 公用经费',
      sheets: [summary(51, 9), expenditure, general(60), basicTable],
      findings: [
        { messageId: 'basic', cell: 'D6', related: ['基本!D6'], expected: '50', actual: '51' },
        { messageId: 'basic', cell: 'D7', related: ['基本!E6'], expected: '10', actual: '9' },
      ],
    },
    {
      name: '人员经费支出 differs, in a summary without a 基本支出 line',
      sheets: [summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一、人员经费支出', 52], ['二、公用经费支出', 8], ['三、项目支出', 40], ['支出总计', 100]]), expenditure, general(60), basicTable],
      findings: [
        { messageId: 'basic', cell: 'D5', expected: '50', actual: '52' },
        { messageId: 'basic', cell: 'D6', expected: '10', actual: '8' },
      ],
    },
    {
      name: '项目支出 differs from the expenditure table',
      sheets: [summary(50, 10, 41), expenditure, general(60), basicTable],
      findings: [{ messageId: 'nature', cell: 'D8', related: ['支出!E5'], expected: '40', actual: '41' }],
    },
  ],
});
