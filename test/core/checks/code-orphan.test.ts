import { rule } from '../../../src/core/checks/code-orphan';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [
    { name: 'every 项 under its 款 and 类', sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['20103', '政府办公厅（室）及相关机构事务', 1], ['2010301', '行政运行', 1]])] },
    { name: 'a table that lists 项 only', sheets: [funcTable('支出', '部门支出总表', ['合计'], [['2010301', '行政运行', 1]])] },
  ],
  invalid: [
    {
      name: 'a 项 whose 款 row is missing',
      sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['2010301', '行政运行', 1]])],
      findings: [{ messageId: 'orphan', cell: 'B5' }],
    },
  ],
});
