import { rule } from '../../../../src/core/narrative/rules/form-doubled-punctuation';
import { textRuleTester } from './text-tester';

textRuleTester(rule, {
  valid: [
    { name: 'single marks', text: '收入合计10.00万元，支出合计10.00万元。其中：基本支出8.00万元。' },
    { name: 'a closing quote between marks', text: '即“三公”经费。“一网通办”，“最多跑一次”。' },
    { name: 'an ellipsis is not doubled punctuation', text: '主要用于。。。' },
  ],
  invalid: [
    { name: 'doubled full stop', text: '公用经费2.00万元。。人员经费8.00万元。', reports: [{ messageId: 'doubled', quote: '。。' }] },
    { name: 'doubled comma and comma before a stop', text: '项目支出5.00万元，，主要用于培训，。', reports: [{ messageId: 'doubled', quote: '，，' }, { messageId: 'doubled', quote: '，。' }] },
    { name: 'stop then comma', text: '与上年持平。，主要原因是标准未变。', reports: [{ messageId: 'doubled', quote: '。，' }] },
  ],
});
