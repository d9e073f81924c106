import { rule } from '../../../src/core/checks/cross-economic';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const summary = summaryTable('总表', '部门收支总表', [['一般公共预算拨款', 100], ['收入总计', 100]], [['一、一般公共服务支出', 100], ['支出总计', 100]]);
const economic = (office: number, project = 40) =>
  sheet('经济', [['支出经济分类汇总表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', 60 + project, 60, project], ['301', '工资福利支出', 50, 50, null], ['302', '商品和服务支出', office + project, office, project]]);
const expenditure = funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const general = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 100, 60, 40]], { total: [100, 60, 40] });
const basic = funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['301', '工资福利支出', 50, 50, null], ['302', '商品和服务支出', 10, null, 10]], { total: [60, 50, 10] });

ruleTester(rule, {
  valid: [
    { name: 'totals and 基本支出 by code agree', sheets: [summary, economic(10), expenditure, general, basic] },
    { name: 'no other table', sheets: [economic(12)] },
  ],
  invalid: [
    {
      name: 'a 基本支出 line differs from the 基本支出 table',
      sheets: [summary, economic(12), expenditure, general, basic],
      findings: [{ messageId: 'basicByCode', cell: 'D6', related: ['基本!C5'], expected: '10', actual: '12' }],
    },
    {
      name: 'the 项目支出 total differs from the expenditure table',
      sheets: [summary, economic(10, 45), expenditure, general, basic],
      findings: [
        { messageId: 'total', cell: 'C4', related: ['支出!C5'], expected: '100', actual: '105' },
        { messageId: 'total', cell: 'E4', related: ['支出!E5'], expected: '40', actual: '45' },
      ],
    },
  ],
});
