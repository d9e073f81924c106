import { rule } from '../../../src/core/checks/cross-basic';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const general = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 10, 6, 4]], { total: [10, 6, 4] });
const basic = (total: number, personnel: number, pub: number) => funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['301', '工资福利支出', total, personnel, pub]], { total: [total, personnel, pub] });

ruleTester(rule, {
  valid: [{ name: '基本支出 = 基本支出表合计', sheets: [general, basic(6, 5, 1)] }],
  invalid: [
    {
      name: '基本支出表合计 differs',
      sheets: [general, basic(7, 5, 2)],
      findings: [{ cell: 'C5', related: ['一般!D5'], expected: '6', actual: '7' }],
    },
  ],
});
