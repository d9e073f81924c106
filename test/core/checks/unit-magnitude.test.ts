import { rule } from '../../../src/core/checks/unit-magnitude';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const t = (sheetName: string, title: string, v: number, basic: number, project: number) =>
  funcTable(sheetName, title, ['合计', '基本支出', '项目支出'], [['2210203', '购房补贴', v, basic, project]], { unit: '元' });

ruleTester(rule, {
  valid: [
    { name: 'same figures in 元', sheets: [t('支出', '部门支出总表', 1867680, 1867680, 0), t('一般', '一般公共预算支出表', 1867680, 1867680, 0)] },
    { name: 'a plain difference is not a unit slip', sheets: [t('支出', '部门支出总表', 1867680, 1867680, 0), t('一般', '一般公共预算支出表', 1000000, 1000000, 0)] },
  ],
  invalid: [
    {
      name: '万元 written in a 元 table: the figure its own row does not support',
      sheets: [t('支出', '部门支出总表', 1867680, 1867680, 0), t('一般', '一般公共预算支出表', 186.77, 1867680, 0)],
      findings: [{ sheet: '一般', cell: 'C4', related: ['支出!C4'], actual: '186.77', expected: '1867680' }],
    },
    {
      name: 'two tables against one',
      sheets: [t('收入', '部门收入总表', 1867680, 1867680, 0), t('支出', '部门支出总表', 186.768, 186.768, 0), t('一般', '一般公共预算支出表', 1867680, 1867680, 0)],
      findings: [{ sheet: '支出', cell: 'C4' }],
    },
  ],
});
