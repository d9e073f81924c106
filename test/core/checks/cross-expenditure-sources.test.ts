import { rule } from '../../../src/core/checks/cross-expenditure-sources';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

const summary = (business: number | null = null) =>
  summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['政府性基金预算拨款', 20], ['国有资本经营预算拨款', null], ['事业收入', business], ['收入总计', 120 + (business ?? 0)]], [['一、一般公共服务支出', 100], ['支出总计', 120 + (business ?? 0)]]);
const expenditure = (basic: number) =>
  funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', basic + 40, basic, 40], ['212', '城乡社区支出', 20, null, 20]], { total: [basic + 60, basic, 60] });
const general = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const fund = funcTable('基金', '政府性基金预算支出表', ['合计', '基本支出', '项目支出'], [['212', '城乡社区支出', 20, null, 20]], { total: [20, null, 20] });

ruleTester(rule, {
  valid: [
    { name: 'the expenditure table is the sum of the source tables', sheets: [summary(), expenditure(60), general, fund] },
    { name: 'other income: not compared', sheets: [summary(2), expenditure(62), general, fund] },
  ],
  invalid: [
    {
      name: 'a code’s 基本支出 differs from the sources',
      sheets: [summary(), expenditure(62), general, fund],
      findings: [
        { cell: 'C4', related: ['一般!C4'], expected: '100', actual: '102' },
        { cell: 'D4', related: ['一般!D4'], expected: '60', actual: '62' },
        { cell: 'C6', related: ['一般!C5', '基金!C5'], expected: '120', actual: '122' },
        { cell: 'D6', related: ['一般!D5', '基金!D5'], expected: '60', actual: '62' },
      ],
    },
  ],
});
