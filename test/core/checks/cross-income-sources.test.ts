import { rule } from '../../../src/core/checks/cross-income-sources';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const summary = (general: number, business: number, carry = 0) =>
  summaryTable('总表', '部门收支总表', [['一般公共预算拨款', general], ['政府性基金预算拨款', null], ['事业收入', business], ['本年收入合计', general + business], ['上年结转', carry], ['收入总计', general + business + carry]], [['一、一般公共服务支出', general + business + carry], ['支出总计', general + business + carry]]);
const income = (general: number, business: number, carry: number | null = null) =>
  funcTable('收入', '部门收入总表', ['合计', '上年结转', '一般公共预算', '政府性基金', '事业收入'], [['201', '一般公共服务支出', general + business + (carry ?? 0), carry, general, null, business]], { total: [general + business + (carry ?? 0), carry, general, null, business] });
const general = funcTable('一般', '一般公共预算支出表', ['合计'], [['201', '一般公共服务支出', 100]], { total: [100] });
const emptyFund = sheet('基金', [['政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], [null, '合计', null], ['注：本单位无政府性基金预算支出，本表为空表。']]);

ruleTester(rule, {
  valid: [
    { name: 'summary lines, income columns and source tables agree', sheets: [summary(100, 10), income(100, 10), general, emptyFund] },
    { name: 'with a carry-over, codes are not compared with the source tables', sheets: [summary(95, 10, 5), income(95, 10, 5), general, emptyFund] },
  ],
  invalid: [
    {
      name: 'the summary’s 事业收入 differs from the income table',
      sheets: [summary(100, 12), income(100, 10), general, emptyFund],
      findings: [{ messageId: 'summary', cell: 'B7', related: ['收入!G5'], expected: '10', actual: '12' }],
    },
    {
      name: 'a code’s 一般公共预算 differs from the 一般公共预算支出表',
      sheets: [summary(95, 10), income(95, 10), general, emptyFund],
      findings: [{ messageId: 'byCode', cell: 'E4', related: ['一般!C4'], expected: '100', actual: '95' }],
    },
  ],
});
