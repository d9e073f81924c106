import { rule } from '../../../src/core/checks/sheet-trimmed';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const table = [['部门支出总表'], ['单位：万元'], ['科目', '合计'], ['201 一般公共服务支出', 5]];
ruleTester(rule, {
  valid: [{ name: 'a sheet read whole', sheets: [sheet('支出', table)] }],
  invalid: [{ name: 'a sheet with cells left out', sheets: [{ ...sheet('支出', table), trimmed: 1 }], findings: [{ messageId: 'trimmed', severity: 'warning', sheet: '支出', cell: null }] }],
});
