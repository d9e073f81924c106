import { rule } from '../../../src/core/checks/table-missing';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const expenditure = funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1]]);
ruleTester(rule, {
  valid: [{ name: 'the configured set is present', requiredKinds: ['expenditure'], sheets: [expenditure] }],
  invalid: [
    {
      name: 'the default set, with one table present',
      sheets: [expenditure],
      findings: ['summary', 'income', 'fiscal-summary', 'general-expenditure', 'general-basic', 'three-public', 'fund-expenditure'].map(() => ({ messageId: 'missing', cell: null, sheet: '' })),
    },
  ],
});
