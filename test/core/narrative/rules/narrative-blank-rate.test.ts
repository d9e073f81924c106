import { rule } from '../../../../src/core/narrative/rules/narrative-blank-rate';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: 'a rate with its number', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增长20.00%。' }],
  invalid: [
    { name: '增长% with the value it should have', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增长%。', findings: [{ quote: '增长%', expected: '20.00' }] },
    {
      name: '占…% of a part whose whole is stated in a later section',
      text: '工资福利支出预算320.00万元，占基本支出64.00%。\n商品和服务支出预算160.00万元，占基本支出 %。\n对个人和家庭的补助支出预算20.00万元，占基本支出4.00%。\n二、基本支出\n本年基本支出500.00万元。',
      findings: [{ quote: '占基本支出 %', expected: '32.00' }],
    },
    { name: '增幅% (short form)', text: '机关运行经费预算60.00万元，比上年增加10.00万元，增幅%。', findings: [{ quote: '增幅%', expected: '20.00' }] },
  ],
});
