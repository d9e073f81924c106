import { rule } from '../../../src/core/checks/project-total';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const projects = (total: number | null) =>
  sheet('项目', [['项目支出表'], ['单位：万元'], ['项目名称', '合计', '一般公共预算', '政府性基金'], ...(total === null ? [] : [['合计', total, total, null]]), ['政务服务事项办理', 30, 30, null], ['大厅设备更新', 10, 10, null]]);
const expenditure = funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const general = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const summary = (business: number | null = null) =>
  summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['政府性基金预算拨款', null], ['国有资本经营预算拨款', null], ['事业收入', business], ['收入总计', 100 + (business ?? 0)]], [['一、一般公共服务支出', 100 + (business ?? 0)], ['支出总计', 100 + (business ?? 0)]]);
const emptyFund = sheet('基金', [['政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', null, null, null], ['注：本单位无政府性基金预算支出，本表为空表。']]);

ruleTester(rule, {
  valid: [
    { name: 'project totals agree', sheets: [summary(), projects(40), expenditure, general, emptyFund] },
    { name: 'other income: a table of fiscal sources is not compared with the whole', sheets: [summary(5), projects(40), funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 105, 60, 45]], { total: [105, 60, 45] }), general, emptyFund] },
    { name: 'no 合计 row: the projects add up', sheets: [projects(null), expenditure] },
  ],
  invalid: [
    {
      name: 'the 合计 row differs from the 项目支出 totals',
      sheets: [summary(), projects(42), expenditure, general, emptyFund],
      findings: [
        { messageId: 'total', cell: 'B4', related: ['支出!E5'], expected: '40', actual: '42' },
        { messageId: 'total', cell: 'C4', related: ['一般!E5'], expected: '40', actual: '42' },
      ],
    },
    {
      name: 'no 合计 row: a project missing',
      sheets: [sheet('项目', [['项目支出表'], ['单位：万元'], ['项目名称', '合计'], ['政务服务事项办理', 30]]), expenditure],
      findings: [{ messageId: 'projects', sheet: '支出', cell: 'E5', related: ['项目!B4'], expected: '30', actual: '40' }],
    },
  ],
});
