import { rule } from '../../../src/core/checks/cross-basic';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

const general = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 10, 6, 4]], { total: [10, 6, 4] });
const basic = (total: number, personnel: number, pub: number) => funcTable('基本', '一般公共预算基本支出表', ['合计', '人员经费', '公用经费'], [['301', '工资福利支出', total, personnel, pub]], { total: [total, personnel, pub] });

// The 一般公共预算支出表 splitting 基本支出, the 基本支出表 setting the parts out as lines over their classes.
const generalSplit = funcTable('一般', '一般公共预算支出表', ['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出'], [['201', '一般公共服务支出', 10, 6, 5, 1, 4]], { total: [10, 6, 5, 1, 4] });
const byLines = (personnel: number, pub: number) =>
  funcTable('基本', '一般公共预算基本支出表', ['金额'], [[null, '人员经费', personnel], ['301', '工资福利支出', personnel], [null, '公用经费', pub], ['302', '商品和服务支出', pub]], { total: [personnel + pub] });

ruleTester(rule, {
  valid: [
    { name: '基本支出 = 基本支出表合计', sheets: [general, basic(6, 5, 1)] },
    { name: '人员经费 and 公用经费 lines equal the split of 基本支出', sheets: [generalSplit, byLines(5, 1)] },
  ],
  invalid: [
    {
      name: 'a 人员经费 line that differs from the 一般公共预算支出表',
      sheets: [generalSplit, byLines(4, 2)],
      findings: [
        { cell: 'C4', related: ['一般!E5'], expected: '5', actual: '4' },
        { cell: 'C6', related: ['一般!F5'], expected: '1', actual: '2' },
      ],
    },
    {
      name: '基本支出表合计 differs',
      sheets: [general, basic(7, 5, 2)],
      findings: [{ cell: 'C5', related: ['一般!D5'], expected: '6', actual: '7' }],
    },
  ],
});
