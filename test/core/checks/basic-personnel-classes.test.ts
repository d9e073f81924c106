import { rule } from '../../../src/core/checks/basic-personnel-classes';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const basic = (personnel: number, pub: number) =>
  funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['301', '工资福利支出', 50, 50, null], ['302', '商品和服务支出', 6, null, 6], ['303', '对个人和家庭的补助', 2, 2, null], ['310', '资本性支出', 2, null, 2]], { total: [60, personnel, pub] });
const unsplit = funcTable('基本', '一般公共预算基本支出表', ['合计'], [['301', '工资福利支出', 50], ['302', '商品和服务支出', 10]], { total: [60] });
const general = (personnel: number) => funcTable('一般', '一般公共预算支出表', ['合计', '人员经费', '公用经费'], [['201', '一般公共服务支出', 60, personnel, 60 - personnel]], { total: [60, personnel, 60 - personnel] });
// One amount column, 人员经费 and 公用经费 as lines over their classes.
const byLines = (personnel: number, pub: number) =>
  funcTable('基本', '一般公共预算基本支出表', ['金额'], [[null, '人员经费', personnel], ['301', '工资福利支出', 50], ['303', '对个人和家庭的补助', 2], [null, '公用经费', pub], ['302', '商品和服务支出', 6], ['310', '资本性支出', 2]], { total: [60] });
const govScheme = funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['501', '机关工资福利支出', 50, 40, 10]], { total: [50, 40, 10] });

ruleTester(rule, {
  valid: [
    { name: '人员经费 = 301 + 303, 公用经费 = 302 + 310', sheets: [basic(52, 8)] },
    { name: 'the 一般公共预算支出表 split against an unsplit 基本支出 table', sheets: [unsplit, general(50)] },
    { name: '政府预算经济分类: not compared', sheets: [govScheme] },
    { name: '人员经费 and 公用经费 as lines over their classes', sheets: [byLines(52, 8)] },
    { name: 'those lines taken before the 一般公共预算支出表 split', sheets: [byLines(52, 8), general(48)] },
  ],
  invalid: [
    {
      name: 'one item booked on the wrong side',
      sheets: [basic(51, 9)],
      findings: [
        { messageId: 'personnel', severity: 'warning', cell: 'D8', related: ['C4', 'C6'], expected: '52', actual: '51' },
        { messageId: 'public', severity: 'warning', cell: 'E8', related: ['C5', 'C7'], expected: '8', actual: '9' },
      ],
    },
    {
      name: 'the 一般公共预算支出表 split disagrees with the classes',
      sheets: [unsplit, general(48)],
      findings: [
        { messageId: 'personnel', sheet: '一般', cell: 'D5', related: ['基本!C4'], expected: '50', actual: '48' },
        { messageId: 'public', sheet: '一般', cell: 'E5', related: ['基本!C5'], expected: '10', actual: '12' },
      ],
    },
    {
      name: 'a 人员经费 line over its classes that is not their sum',
      sheets: [byLines(51, 8)],
      findings: [{ messageId: 'personnel', severity: 'warning', cell: 'C4', related: ['C5', 'C6'], expected: '52', actual: '51' }],
    },
  ],
});
