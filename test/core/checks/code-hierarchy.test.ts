import { rule } from '../../../src/core/checks/code-hierarchy';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [
    {
      name: '类 = Σ 款 = Σ 项',
      sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 10], ['20103', '政府办公厅（室）及相关机构事务', 10], ['2010301', '行政运行', 4], ['2010302', '一般行政管理事务', 6]])],
    },
    { name: '经济分类 类 = Σ 款', sheets: [funcTable('基本', '一般公共预算基本支出表', ['合计'], [['301', '工资福利支出', 3], ['30101', '基本工资', 1], ['30102', '津贴补贴', 2]])] },
  ],
  invalid: [
    {
      name: '款 ≠ Σ 项',
      sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 10], ['20103', '政府办公厅（室）及相关机构事务', 10], ['2010301', '行政运行', 4], ['2010302', '一般行政管理事务', 7]])],
      findings: [{ cell: 'C5', related: ['C6', 'C7'], expected: '11', actual: '10' }],
    },
    {
      name: '类 ≠ Σ 款',
      sheets: [funcTable('基本', '一般公共预算基本支出表', ['合计'], [['301', '工资福利支出', 4], ['30101', '基本工资', 1], ['30102', '津贴补贴', 2]])],
      findings: [{ cell: 'C4', related: ['C5', 'C6'], expected: '3', actual: '4' }],
    },
  ],
});
