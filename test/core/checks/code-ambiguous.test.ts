import { rule } from '../../../src/core/checks/code-ambiguous';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const plain = (value: number, format?: string) => ({ value, format });
const head = [['2025年部门支出预算总表'], ['单位：元'], ['类', '款', '项', '科目名称', '合计']];
const single = (code: number | string, kind = '部门支出总表', header = '科目编码') => [
  sheet('支出', [[kind], ['单位：元'], [header, '科目名称', '合计'], [typeof code === 'number' ? plain(code) : code, '一般公共服务支出', 5]]),
];

ruleTester(rule, {
  valid: [
    { name: 'numbers padded by level: 201 | 3 | 50', sheets: [sheet('支出', [...head, [plain(201), null, null, '一般公共服务支出', 5], [plain(201), plain(3), null, '政府办公厅（室）及相关机构事务', 5], [plain(201), plain(3), plain(50), '事业运行', 5]])] },
    { name: 'a whole code written in the 款 column', sheets: [sheet('支出', [...head, [null, plain(20103), null, '政府办公厅（室）及相关机构事务', 5]])] },
    { name: 'a 7-digit number in a single column', sheets: single(2010301) },
    { name: 'a 5-digit number in an economic table', sheets: single(30102, '一般公共预算基本支出表') },
    { name: 'a unit code column is not a classification code', sheets: single(101001, '部门收入总表', '单位编码') },
  ],
  invalid: [
    {
      name: 'three digits in a 款 column',
      sheets: [sheet('支出', [...head, [plain(201), plain(350), null, '政府办公厅（室）及相关机构事务', 5]])],
      findings: [{ messageId: 'ambiguous', severity: 'warning', cell: 'B4' }],
    },
    { name: 'a 4-digit number in a single column', sheets: single(2010), findings: [{ messageId: 'ambiguous', cell: 'A4' }] },
    { name: 'a 6-digit number in a single column', sheets: single(201031), findings: [{ messageId: 'ambiguous', cell: 'A4' }] },
    { name: 'a 7-digit number in an economic table', sheets: single(3010201, '一般公共预算基本支出表'), findings: [{ messageId: 'ambiguous', cell: 'A4' }] },
    { name: 'a fraction in a code column', sheets: single(201.5), findings: [{ messageId: 'ambiguous', cell: 'A4' }] },
    { name: 'text of 6 digits in a single column', sheets: single('201031'), findings: [{ messageId: 'ambiguous', cell: 'A4' }] },
  ],
});
