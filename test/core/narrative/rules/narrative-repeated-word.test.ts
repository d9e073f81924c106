import { rule } from '../../../../src/core/narrative/rules/narrative-repeated-word';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'a reduplicated character', text: '各项工作常常需要统筹。' },
    { name: 'a unit written once', text: '上年结转3500元，占2.50%。' },
    // 化验、检验、检测 run together: 验检 is the seam of two words, and 检测 stands elsewhere.
    { name: 'compounds side by side that repeat characters across their seams', text: '专用设备用于化验检验检测，检测费用按次结算。' },
  ],
  invalid: [
    { name: 'a doubled word', text: '本单位单位预算由本级构成。', findings: [{ quote: '单位单位', expected: '单位' }] },
    { name: 'a word of the text doubled, beside a word it also forms a seam with', text: '做好检测检测设备的维护，检测费用按次结算。', findings: [{ quote: '检测检测', expected: '检测' }] },
    { name: 'a unit doubled after its figure', text: '上年结转3500元元，占2.50%。', findings: [{ quote: '元元', expected: '元' }] },
  ],
});
