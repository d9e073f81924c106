import { rule } from '../../../../src/core/narrative/rules/narrative-change';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'both years and the change agree', text: '上年预算数为100.00万元，本年基本支出120.00万元，比上年增加20.00万元。' },
    { name: 'within the precision printed', text: '2021年度公务接待费决算12.40万元。2022年度公务接待费预算11.8万元。公务接待费较上年同期减少0.58万元。' },
  ],
  invalid: [
    { name: 'a change the two years do not give', text: '上年预算数为100.00万元，本年基本支出120.00万元，比上年增加25.00万元。', findings: [{ quote: '25.00万元', expected: '20' }] },
    {
      name: 'last year’s amount is the odd one when the change and the rate agree on another',
      text: '公务接待费2025年预算6.00万元，2024年预算8.50万元，对比减少2.40万元，减少率28.57%。',
      findings: [{ quote: '8.50万元', expected: '8.4' }],
    },
  ],
});
