import { rule } from '../../../../src/core/narrative/rules/narrative-rate';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'rate from this year and the change', text: '公用经费60.00万元，比上年增加10.00万元，增长20.00%。' },
    { name: 'rate before the change', text: '公用经费60.00万元，同比增长20.00%，增加10.00万元。' },
    { name: 'rate from both years stated in an item', text: '2.差旅费（项2010399）支出36.00万元。上年预算执行数为30.00万元，预算安排36.00万元，比上年执行数增加20.00%。' },
    { name: 'a rate measured against last year’s final amount, named by subject', text: '2021年度公务接待费决算12.40万元。2022年度公务接待费预算11.80万元。公务接待费较上年同期减少0.60万元，下降4.84%。' },
    { name: 'last year stated right after the year compared with', text: '（二）资料印刷费2024年预算3万元，较2023年预算2.40万元增长25%。' },
    {
      name: 'a part’s rate that the whole’s base allows',
      text: '本年基本支出比上年增加8.00万元，增长10.00%。主要变动如下：\n1.工资福利支出比上年增加6.00万元，增长12.00%。\n2.商品和服务支出比上年增加1.50万元，增长9.00%。\n3.对个人和家庭的补助比上年增加0.50万元，增长5.00%。',
    },
  ],
  invalid: [
    { name: 'a rate against last year stated right after the year compared with', text: '（二）资料印刷费2024年预算3万元，较2023年预算2.40万元增长80%。', findings: [{ quote: '80%', expected: '25' }] },
    {
      name: 'a part’s rate below what any base the whole allows gives',
      text: '本年基本支出比上年增加8.00万元，增长10.00%。主要变动如下：\n1.工资福利支出比上年增加6.00万元，增长12.00%。\n2.商品和服务支出比上年增加1.50万元，增长0.02%。\n3.对个人和家庭的补助比上年增加0.50万元，增长5.00%。',
      findings: [{ quote: '0.02%', expected: '≥1.86' }],
    },
    { name: 'a wrong rate', text: '公用经费60.00万元，比上年增加10.00万元，增长16.67%。', findings: [{ quote: '16.67%', expected: '20.00' }] },
    { name: 'a rate divided by this year instead of last year', text: '公用经费60.00万元，比上年增加10.00万元，增长16.67%，主要是人员增加。', findings: [{ quote: '16.67%', expected: '20.00' }] },
    { name: 'a wrong rate in an item paragraph', text: '2.差旅费（项2010399）支出36.00万元。上年预算执行数为30.00万元，预算安排36.00万元，比上年执行数增加16.67%。', findings: [{ quote: '16.67%', expected: '20.00' }] },
  ],
});
