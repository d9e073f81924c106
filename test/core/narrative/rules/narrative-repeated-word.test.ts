import { rule } from '../../../../src/core/narrative/rules/narrative-repeated-word';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'a reduplicated character', text: '各项工作常常需要统筹。' },
    { name: 'a unit written once', text: '上年结转3500元，占2.50%。' },
  ],
  invalid: [
    { name: 'a doubled word', text: '本单位单位预算由本级构成。', findings: [{ quote: '单位单位', expected: '单位' }] },
    { name: 'a unit doubled after its figure', text: '上年结转3500元元，占2.50%。', findings: [{ quote: '元元', expected: '元' }] },
  ],
});
