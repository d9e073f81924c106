import { rule } from '../../../../src/core/narrative/rules/narrative-zero-base';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: '新增 from nothing', text: '政府性基金安排的支出50.00万元，比上年新增50.00万元（上年无此项预算）。' },
    { name: '下降100% to nothing', text: '项目支出0万元，比上年减少40.00万元，下降100%。' },
  ],
  invalid: [{ name: 'a growth rate from a zero base', text: '政府性基金安排的支出50.00万元，比上年增加50.00万元，增长50%。', findings: [{ quote: '50%' }] }],
});
