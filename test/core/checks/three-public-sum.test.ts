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

// 公务用车费 under its short name, numbered （一）（二）（三）, 会议费 and 培训费 below.
const shortNames = (vehicle: number) =>
  sheet('三公', [
    ['2025年“三公”经费预算表'],
    ['金额单位：万元'],
    ['项目', '本年预算数'],
    ['一、“三公”经费合计', 9],
    ['（一）因公出国（境）费', 1],
    ['（二）公务接待费', 3],
    ['（三）公务用车费', vehicle],
    ['1.公务用车购置费', 2],
    ['2.公务用车运行维护费', 3],
    ['二、会议费', 4],
  ]);
// Last year, the change and its rate as columns: the rates do not add up and are no period.
const withRate = sheet('三公', [
  ['“三公”经费预算表'],
  ['单位：万元'],
  ['项目', '2025年预算数', '2024年预算数', '增减额', '增减率（%）'],
  ['合计', 8, 5, 3, 60],
  ['因公出国（境）费', 1, 1, 0, 0],
  ['公务用车购置及运行费', 4, 2, 2, 100],
  ['其中：公务用车购置费', 3, 1, 2, 200],
  ['公务用车运行费', 1, 1, 0, 0],
  ['公务接待费', 3, 2, 1, 50],
]);

// Across, one row per period, then the change and its rate as rows.
const acrossWithRate = (current: number[]) =>
  sheet(
    '三公',
    [
      ['“三公”经费预算表'],
      ['单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', null, null],
      [null, null, null, null, '小计', '购置费', '运行费'],
      ['2025年预算数', ...current],
      ['2024年预算数', 5, 1, 2, 2, 1, 1],
      ['增减额', 3, 0, 1, 2, 2, 0],
      ['增减率（%）', 60, 0, 50, 100, 200, 0],
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'],
  );

ruleTester(rule, {
  valid: [
    { name: 'across: all zero', sheets: [across([0, 0, 0, 0, 0, 0])] },
    { name: 'across: parts add up', sheets: [across([6, 1, 3, 1, 2, 2])] },
    { name: 'down with 上年: both periods add up', sheets: [down([6, 1, 3, 1, 2, 2], [5, 1, 2, 0, 2, 2])] },
    { name: 'down: 公务用车费 under its short name adds up', sheets: [shortNames(5)] },
    { name: 'down: a rate column is not summed', sheets: [withRate] },
    { name: 'across: a rate row is not summed', sheets: [acrossWithRate([8, 1, 3, 4, 3, 1])] },
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
    {
      name: 'across with a rate row: the year\'s 合计 wrong',
      sheets: [acrossWithRate([9, 1, 3, 4, 3, 1])],
      findings: [{ messageId: 'total', cell: 'B5', related: ['C5', 'E5', 'D5'], expected: '8', actual: '9' }],
    },
    {
      name: 'down: 公务用车费 ≠ its purchase and operation lines',
      sheets: [shortNames(6)],
      findings: [
        { messageId: 'vehicle', cell: 'B7', related: ['B8', 'B9'], expected: '5', actual: '6' },
        { messageId: 'total', cell: 'B4', related: ['B5', 'B7', 'B6'], expected: '10', actual: '9' },
      ],
    },
  ],
});
