import { rule } from '../../../src/core/checks/row-change';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const COLS = ['2024年预算数', '2025年预算数', '增减额', '增减率（%）'];
const table = (rows: (string | number | null)[][], columns = COLS) => funcTable('支出', '2025年一般公共预算支出表', columns, rows);

ruleTester(rule, {
  valid: [
    {
      name: 'changes and rates as the two columns give them (a rate within one unit of its last printed place)',
      sheets: [table([['201', '一般公共服务支出', 30, 33, 3, 10], ['208', '社会保障和就业支出', 12, 10, -2, -16.67], ['212', '城乡社区支出', 3, 4, 1, 33.33], ['213', '农林水支出', 3, 4, 1, 33.34]])],
    },
    { name: 'a new item: last year blank, change = this year, no rate', sheets: [table([['213', '农林水支出', null, 5, 5, null]])] },
    { name: 'rates held as fractions in cells formatted 0.00%', sheets: [table([['201', '一般公共服务支出', 30, 33, 3, 0.1]])] },
    { name: 'no last-year column: nothing to compare', sheets: [table([['201', '一般公共服务支出', 33, 3]], ['2025年预算数', '增减额'])] },
  ],
  invalid: [
    {
      name: 'a change that the rounding of the printed figures explains is a note',
      sheets: [table([['201', '一般公共服务支出', 30.004, 33.004, 3.01, 10]])],
      findings: [{ messageId: 'change', cell: 'E4', severity: 'info' }],
    },
    {
      name: 'a change that is not this year minus last year',
      sheets: [table([['208', '社会保障和就业支出', 10, 12, 3, 20]])],
      findings: [{ messageId: 'change', cell: 'E4', related: ['D4', 'C4'], expected: '2', actual: '3', severity: 'warning' }],
    },
    {
      name: 'a rate computed against the wrong base',
      sheets: [table([['208', '社会保障和就业支出', 10, 12, 2, 16.67]])],
      findings: [{ messageId: 'rate', cell: 'F4', related: ['D4', 'C4'], expected: '20.00', actual: '16.67' }],
    },
    {
      name: 'a fall printed as a rise',
      sheets: [table([['208', '社会保障和就业支出', 12, 10, 2, 16.67]])],
      findings: [
        { messageId: 'change', cell: 'E4', expected: '-2', actual: '2' },
        { messageId: 'rate', cell: 'F4', expected: '-16.67', actual: '16.67' },
      ],
    },
  ],
});
