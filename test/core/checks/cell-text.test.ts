import { rule } from '../../../src/core/checks/cell-text';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

ruleTester(rule, {
  valid: [{ name: 'numeric text is a number', sheets: [sheet('支出', [['部门支出总表'], ['单位：元'], ['科目', '合计', '基本支出'], ['201 一般公共服务支出', '1,234.00', 1234]])] }],
  invalid: [
    {
      name: 'words in an amount cell',
      sheets: [sheet('支出', [['部门支出总表'], ['单位：元'], ['科目', '合计', '基本支出'], ['201 一般公共服务支出', 5, '见说明']])],
      findings: [{ messageId: 'text', severity: 'warning', cell: 'C4' }],
    },
  ],
});
