import { rule } from '../../../../src/core/narrative/rules/narrative-blank-rate';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: 'a rate with its number', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增长20.00%。' }],
  invalid: [
    { name: '增长% with the value it should have', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增长%。', findings: [{ quote: '增长%', expected: '20.00' }] },
    { name: '增幅% (short form)', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增幅%。', findings: [{ quote: '增幅%', expected: '20.00' }] },
  ],
});
