import { rule } from '../../../src/core/checks/unit-missing';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

ruleTester(rule, {
  valid: [{ name: 'unit stated', sheets: [sheet('支出', [['部门支出总表'], ['单位：元'], ['科目', '合计'], ['201 一般公共服务支出', 1]])] }],
  invalid: [{ name: 'no unit anywhere', sheets: [sheet('支出', [['部门支出总表'], ['科目', '合计'], ['201 一般公共服务支出', 1]])], findings: [{ messageId: 'missing', cell: 'A1' }] }],
});
