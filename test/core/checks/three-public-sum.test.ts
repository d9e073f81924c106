import { rule } from '../../../src/core/checks/three-public-sum';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const across = (values: number[]) =>
  sheet(
    '三公',
    [
      ['一般公共预算“三公”经费支出表'],
      ['单位：万元'],
      ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
      [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
      values,
    ],
    ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4'],
  );
const down = (cur: number[], prior: number[]) =>
  sheet('三公', [
    ['“三公”经费预算表'],
    ['单位：万元'],
    ['项目', '2025年预算数', '2024年预算数'],
    ['合计', cur[0], prior[0]],
    ['1.因公出国（境）费', cur[1], prior[1]],
    ['2.公务用车购置及运行费', cur[2], prior[2]],
    ['其中：公务用车购置费', cur[3], prior[3]],
    ['      公务用车运行费', cur[4], prior[4]],
    ['3.公务接待费', cur[5], prior[5]],
  ]);

ruleTester(rule, {
  valid: [
    { name: 'across: all zero', sheets: [across([0, 0, 0, 0, 0, 0])] },
    { name: 'across: parts add up', sheets: [across([6, 1, 3, 1, 2, 2])] },
    { name: 'down with 上年: both periods add up', sheets: [down([6, 1, 3, 1, 2, 2], [5, 1, 2, 0, 2, 2])] },
  ],
  invalid: [
    {
      name: 'across: a zero 合计 with a non-zero part',
      sheets: [across([0, 0, 0, 0, 0, 1.5])],
      findings: [{ messageId: 'zeroTotal', cell: 'A5', related: ['B5', 'C5', 'F5'], expected: '1.5', actual: '0' }],
    },
    {
      name: 'down: 上年 合计 wrong and 本年 vehicle ≠ purchase + operation',
      sheets: [down([6, 1, 3, 1, 1, 2], [6, 1, 2, 0, 2, 2])],
      findings: [
        { messageId: 'vehicle', cell: 'B6', related: ['B7', 'B8'], expected: '2', actual: '3' },
        { messageId: 'total', cell: 'C4', related: ['C5', 'C6', 'C9'], expected: '5', actual: '6' },
      ],
    },
  ],
});
