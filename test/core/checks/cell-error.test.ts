import { rule } from '../../../src/core/checks/cell-error';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

ruleTester(rule, {
  valid: [{ name: 'numbers only', sheets: [sheet('支出', [['部门支出总表'], ['单位：元'], ['科目', '合计'], ['201 一般公共服务支出', 1]])] }],
  invalid: [
    {
      name: 'a #REF! in an amount cell',
      sheets: [sheet('支出', [['部门支出总表'], ['单位：元'], ['科目', '合计'], ['201 一般公共服务支出', { value: null, error: '#REF!' }]])],
      findings: [{ messageId: 'error', severity: 'error', cell: 'B4' }],
    },
  ],
});
