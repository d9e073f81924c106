import { rule } from '../../../src/core/checks/column-total';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const cols = ['合计', '基本支出', '项目支出'];

/** 合计 | 基本支出 (小计, 人员经费, 公用经费) | 项目支出, one 类 row with the given amounts. */
const withSubtotal = (amounts: number[]) =>
  sheet(
    '一般',
    [
      ['一般公共预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
      [null, null, null, '小计', '人员经费', '公用经费', null],
      ['201', '一般公共服务支出', ...amounts],
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4'],
  );
ruleTester(rule, {
  valid: [
    { name: '合计 = 基本 + 项目', sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10.5, 4.25, 6.25]], { total: [10.5, 4.25, 6.25] })] },
    { name: 'blank parts count as zero', sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10, '—', 10]])] },
    {
      name: 'a 小计 group counts through its 小计',
      sheets: [
        withSubtotal([10, 6, 5, 1, 4]),
      ],
    },
    { name: 'integer amounts that add up', sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10, 5, 5]])] },
    {
      name: 'the amount reserved for small and medium enterprises is not one more part of 合计',
      sheets: [
        sheet('政府采购', [
          ['2026年政府采购预算表'],
          ['单位：万元'],
          ['项目名称', '采购品目', '合计', '货物', '工程', '服务', '面向中小企业预留'],
          ['合计', null, 31.5, 19.5, 0, 12, 12],
          ['服务大厅物业管理', '物业管理服务', 31.5, 19.5, 0, 12, 12],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: '合计 ≠ 基本 + 项目, on the 合计 cell with its parts',
      sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10.5, 4.25, 6.35]])],
      findings: [{ messageId: 'sum', severity: 'error', sheet: '支出', cell: 'C4', related: ['D4', 'E4'], expected: '10.6', actual: '10.5' }],
    },
    {
      name: 'a difference within the rounding bound is info',
      sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10.51, 4.25, 6.25]])],
      findings: [{ severity: 'info', cell: 'C4', expected: '10.5', actual: '10.51' }],
    },
    {
      name: 'a larger configured tolerance turns a difference into a note',
      tolerance: '0.5',
      sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', 10.9, 4.25, 6.25]])],
      findings: [{ severity: 'info', cell: 'C4' }],
    },
    {
      name: 'whole-yuan figures allow 0.5 per term',
      sheets: [funcTable('支出', '部门支出总表', cols, [['201', '一般公共服务支出', { value: 101, format: '#,##0' }, { value: 50, format: '#,##0' }, { value: 50, format: '#,##0' }]], { unit: '元' })],
      findings: [{ severity: 'info', expected: '100', actual: '101' }],
    },
    {
      name: 'a 小计 that is not the sum of its group',
      sheets: [
        withSubtotal([10, 6, 5, 2, 4]),
      ],
      findings: [{ cell: 'D5', related: ['E5', 'F5'], expected: '7', actual: '6' }],
    },
  ],
});
