import { rule } from '../../../../src/core/narrative/rules/narrative-restated';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'the same name under two headings', text: '1.基本支出80.00万元，其中商品和服务支出20.00万元。\n2.项目支出30.00万元，其中商品和服务支出30.00万元。' },
    { name: 'a total restated with the same value', text: '一、总体情况\n一般公共预算支出110.00万元。\n二、一般公共预算支出\n一般公共预算支出110.00万元。' },
  ],
  invalid: [{ name: 'a total restated with another value', text: '一、总体情况\n一般公共预算基本支出88.13万元。\n二、基本支出情况\n一般公共预算基本支出91.10万元，其中人员经费80.00万元。', findings: [{ quote: '91.10万元', expected: '88.13' }] }],
});
