import { rule } from '../../../src/core/checks/cross-fiscal';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const fiscal = (general: number, fund: number | null) =>
  summaryTable('财政', '财政拨款收支总表', [['一、一般公共预算', general], ['二、政府性基金预算', fund], ['收入总计', general + (fund ?? 0)]], [['一般公共服务支出', general + (fund ?? 0)], ['支出总计', general + (fund ?? 0)]]);
const general = funcTable('一般', '一般公共预算支出表', ['合计'], [['201', '一般公共服务支出', 90]], { total: [90] });
const emptyFund = sheet('基金', [['政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], [null, '合计', null], ['注：本单位无政府性基金预算支出，本表为空表。']]);

ruleTester(rule, {
  valid: [
    { name: 'sources match their tables, an empty fund table counts as zero', sheets: [fiscal(90, null), general, emptyFund] },
    { name: 'no fiscal summary', sheets: [general] },
    {
      name: 'a 财政拨款支出表 (every fiscal source) beside 政府性基金 income: not compared with 一般公共预算 alone',
      sheets: [fiscal(90, 10), funcTable('一般', '财政拨款支出预算表（按功能科目）', ['合计'], [['201', '一般公共服务支出', 100]], { total: [100] }), funcTable('基金', '政府性基金预算支出表', ['合计'], [['201', '一般公共服务支出', 10]], { total: [10] })],
    },
  ],
  invalid: [
    {
      name: 'a 财政拨款支出表 where 一般公共预算 is the only source: compared with it',
      sheets: [fiscal(95, null), funcTable('一般', '财政拨款支出预算表（按功能科目）', ['合计'], [['201', '一般公共服务支出', 90]], { total: [90] }), emptyFund],
      findings: [{ cell: 'B5', related: ['一般!C5'], expected: '90', actual: '95' }],
    },
    {
      name: 'the summary’s 一般公共预算拨款 differs from the fiscal summary',
      sheets: [summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 92], ['收入总计', 92]], [['一般公共服务支出', 92], ['支出总计', 92]]), fiscal(90, null), general, emptyFund],
      findings: [{ messageId: 'summary', sheet: '总表', cell: 'B5', related: ['财政!B5'], expected: '90', actual: '92' }],
    },
    {
      name: '一般公共预算 and 政府性基金 disagree',
      sheets: [fiscal(95, 5), general, emptyFund],
      findings: [
        { cell: 'B5', related: ['一般!C5'], expected: '90', actual: '95' },
        { cell: 'B6', related: ['基金!C4'], expected: '0', actual: '5' },
      ],
    },
  ],
});
