import { rule } from '../../../../src/core/narrative/rules/narrative-zero-change';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: '持平', text: '本单位本年“三公”经费预算为6.00万元，与上年持平。' }],
  invalid: [
    { name: '增加0万元', text: '本单位本年“三公”经费预算为6.00万元，比上年增加0万元。', findings: [{ quote: '0万元' }] },
    { name: 'the short form 减0万元', text: '公务接待费2.00万元，较上年减0万元。', findings: [{ quote: '0万元' }] },
  ],
});
