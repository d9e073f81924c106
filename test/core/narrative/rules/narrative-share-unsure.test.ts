import { rule } from '../../../../src/core/narrative/rules/narrative-share-unsure';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'the one possible denominator gives the share', text: '三、支出预算情况\n本单位支出合计500.00万元。基本支出320.00万元，占64.00%。' },
    { name: 'a sure denominator (the 其中 total) is narrative-share’s business', text: '支出合计500.00万元，其中：基本支出320.00万元，占60.00%。' },
    { name: 'a named denominator the text does not state is not guessed', text: '本单位支出合计500.00万元。项目支出30.00万元，占一般公共预算支出的3.30%。' },
    { name: 'no amount to guess', text: '基本支出320.00万元，占60.00%。' },
    { name: 'several amounts it could be of: no one reading', text: '三、支出预算情况\n本单位收入合计600.00万元。支出合计500.00万元。基本支出320.00万元，占60.00%。' },
  ],
  invalid: [
    { name: 'the one possible denominator does not give it', text: '三、支出预算情况\n本单位支出合计500.00万元。基本支出320.00万元，占60.00%。', findings: [{ quote: '60.00%', expected: '64.00' }] },
  ],
});
