import { rule } from '../../../src/core/checks/code-outdated-name';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [
    { name: 'the old name in its own year', sheets: [funcTable('支出', '2018年部门支出总表', ['合计'], [['210', '医疗卫生与计划生育支出', 1]])] },
    { name: 'the current name', sheets: [funcTable('支出', '2019年部门支出总表', ['合计'], [['210', '卫生健康支出', 1]])] },
  ],
  invalid: [
    {
      name: 'the old name after the rename, in a coded table and in the summary',
      sheets: [
        funcTable('支出', '2019年部门支出总表', ['合计'], [['210', '医疗卫生与计划生育支出', 1]]),
        summaryTable('总表', '2019年部门收支总表', [['收入总计', 1]], [['一、医疗卫生与计划生育支出', 1], ['支出总计', 1]]),
      ],
      findings: [
        { messageId: 'outdated', sheet: '支出', cell: 'B4' },
        { messageId: 'outdated', sheet: '总表', cell: 'C5' },
      ],
    },
  ],
});
