import { rule } from '../../../../src/core/narrative/rules/narrative-share';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'shares of the 其中 total', text: '支出合计400.00万元，其中：基本支出300.00万元，占75.00%；项目支出100.00万元，占25.00%。' },
    { name: 'a named denominator not stated in the text is not guessed', text: '项目支出30.00万元，占一般公共预算支出的3.30%。' },
    { name: 'shares of a list whose 其中 opens the next sentence', text: '2026年东湖镇人民政府（单位）支出预算500.00万元，比上年增加20.00万元。其中，基本支出415.00万元，占总支出83%；项目支出85.00万元，占总支出17%。' },
  ],
  invalid: [
    {
      name: 'shares of a list whose 其中 opens the next sentence, truncated and forced to 100',
      text: '2026年东湖镇人民政府（单位）支出预算500.00万元，比上年增加20.00万元。其中，基本支出418.00万元，占总支出83%；项目支出82.00万元，占总支出17%。',
      findings: [
        { quote: '83%', expected: '84' },
        { quote: '17%', expected: '16' },
      ],
    },
    { name: 'a truncated share', text: '支出合计789.25万元，其中：基本支出73.85万元，占9.35%；项目支出715.40万元，占90.64%。', findings: [{ quote: '9.35%', expected: '9.36' }] },
    {
      name: 'a share the list’s other shares contradict, with the total stated later',
      text: '甲类支出80.00万元，占支出总预算80.00%；乙类支出12.00万元，占支出总预算12.00%；丙类支出8.00万元，占支出总预算8.50%。\n二、支出预算\n一般公共预算支出100.00万元。',
      findings: [{ quote: '8.50%', expected: '8.00' }],
    },
  ],
});
