import { rule } from '../../../src/core/checks/code-name';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [
    { name: 'names match, brackets full- or half-width', sheets: [funcTable('支出', '2019年部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['20103', '政府办公厅(室)及相关机构事务', 1]])] },
    { name: 'either of the names a list entry gives', sheets: [funcTable('支出', '2020年部门支出总表', ['合计'], [['20805', '行政事业单位养老支出', 1]])] },
    { name: 'an unverified entry proves nothing', sheets: [funcTable('支出', '2025年部门支出总表', ['合计'], [['2080501', '行政单位离退休', 1]])] },
    { name: 'a renamed class is left to code-outdated-name', sheets: [funcTable('支出', '2019年部门支出总表', ['合计'], [['210', '医疗卫生与计划生育支出', 1]])] },
  ],
  invalid: [
    {
      name: 'a name that belongs to another code',
      sheets: [funcTable('支出', '2019年部门支出总表', ['合计'], [['201', '教育支出', 1]])],
      findings: [{ messageId: 'mismatch', severity: 'warning', cell: 'B4' }],
    },
  ],
});
