import { rule } from '../../../../src/core/narrative/rules/narrative-direction';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: '增加 with 增长', text: '公用经费48.00万元，比上年增加8.00万元，增长20.00%。' },
    { name: 'short forms 减 with 减幅', text: '公用经费32.00万元，较上年减8.00万元，减幅20.00%。' },
  ],
  invalid: [
    { name: '增加 with 下降', text: '公用经费48.00万元，比上年增加8.00万元，下降20.00%。', findings: [{ quote: '20.00%' }] },
    { name: '减 with 增', text: '商品和服务支出较上年减0.50万元，增2.00%。', findings: [{ quote: '2.00%' }] },
    { name: 'a direction the two years contradict', text: '（一）培训费（项2010350）支出90.00万元。上年预算执行数为100.00万元，预算安排90.00万元，比上年执行数增加10.00%。', findings: [{ quote: '10.00%' }] },
  ],
});
