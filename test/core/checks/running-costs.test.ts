import { rule } from '../../../src/core/checks/running-costs';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const three = (running: number) =>
  sheet(
    '三公',
    [['“三公”经费和机关运行经费预算表'], ['单位：万元'], ['“三公”经费预算数', null, null, '机关运行经费预算数'], ['合计', '因公出国(境)费', '公务接待费', null], [1, null, 1, running]],
    ['A3:C3', 'D3:D4'],
  );
// A 机关运行经费 table of its own: by 经济分类 with a 合计 row, or one line 项目 | 预算数.
const ownByCode = (total: number) =>
  sheet('机关运行经费', [
    ['2025年机关运行经费预算表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '机关运行经费'],
    [null, '合计', total],
    ['302', '商品和服务支出', total],
  ]);
const ownOneLine = (v: number) => sheet('运行经费', [['2025年机关运行经费安排情况表'], ['单位：万元'], ['项目', '2024年预算数', '2025年预算数'], ['机关运行经费', 9, v]]);
// Several lines, no 合计: by 经济分类 (类 302 with its 款, 类 310), or by name alone.
const ownLines = (office: number) =>
  sheet('运行经费', [
    ['2025年机关运行经费预算表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '预算数'],
    ['302', '商品和服务支出', 7.3],
    ['30201', '办公费', office],
    ['30211', '差旅费', 7.3 - office],
    ['310', '资本性支出', 1],
  ]);
const ownNames = sheet('运行经费', [['2025年机关运行经费预算表'], ['单位：万元'], ['项目', '预算数'], ['办公费', 5], ['差旅费', 3.3]]);
const basic = (unit: string, pub: number) => funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['302', '商品和服务支出', pub, null, pub]], { unit, total: [pub, null, pub] });

ruleTester(rule, {
  valid: [
    { name: 'equal in the same unit', sheets: [three(8.3), basic('万元', 8.3)] },
    { name: '元 printed rounded in 万元', sheets: [three(213.28), basic('元', 2132777.54)] },
    { name: 'no 机关运行经费', sheets: [basic('万元', 8.3)] },
    { name: 'a table of its own, by 经济分类', sheets: [ownByCode(8.3), basic('万元', 8.3)] },
    { name: 'a table of its own, one line, last year first', sheets: [ownOneLine(8.3), basic('万元', 8.3)] },
    { name: 'the "三公" figure before a table of its own', sheets: [three(8.3), ownByCode(9), basic('万元', 8.3)] },
    { name: 'several lines by 经济分类, no 合计: the classes added up (款 inside their 类)', sheets: [ownLines(2), basic('万元', 8.3)] },
    { name: 'lines by name alone are not added up, but the "三公" figure is used where there is one', sheets: [three(8.3), ownNames, basic('万元', 8.3)] },
  ],
  invalid: [
    {
      name: 'several lines by 经济分类 that do not add up to 公用经费',
      sheets: [ownLines(2), basic('万元', 9.3)],
      findings: [{ severity: 'warning', sheet: '基本', cell: 'E5', related: ['运行经费!C4', '运行经费!C7'], expected: '8.3', actual: '9.3' }],
    },
    {
      name: 'several lines by name alone, no 合计: no figure, and the table says so',
      sheets: [ownNames, basic('万元', 8.3)],
      findings: [{ severity: 'warning', sheet: '运行经费', cell: 'A1', messageId: 'noFigure' }],
    },
    {
      name: '机关运行经费 above 公用经费',
      sheets: [three(8.6), basic('万元', 8.3)],
      findings: [{ severity: 'warning', cell: 'D5', related: ['基本!E5'], expected: '8.3', actual: '8.6' }],
    },
    {
      name: 'a table of its own above 公用经费',
      sheets: [ownByCode(8.6), basic('万元', 8.3)],
      findings: [{ severity: 'warning', cell: 'C4', related: ['基本!E5'], expected: '8.3', actual: '8.6' }],
    },
    {
      name: 'one line of its own, this year column read',
      sheets: [ownOneLine(8.6), basic('万元', 8.3)],
      findings: [{ severity: 'warning', cell: 'C4', related: ['基本!E5'], expected: '8.3', actual: '8.6' }],
    },
  ],
});
