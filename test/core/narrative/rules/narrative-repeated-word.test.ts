import { rule } from '../../../../src/core/narrative/rules/narrative-repeated-word';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: 'a reduplicated character', text: '各项工作常常需要统筹。' }],
  invalid: [{ name: 'a doubled word', text: '本单位单位预算由本级构成。', findings: [{ quote: '单位单位', expected: '单位' }] }],
});
