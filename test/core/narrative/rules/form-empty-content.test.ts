import { rule } from '../../../../src/core/narrative/rules/form-empty-content';
import { textRuleTester } from './text-tester';

textRuleTester(rule, {
  valid: [
    { name: 'a reason given', text: '公用经费与上年持平，主要原因是保障标准未调整。' },
    { name: 'a list introduced by a colon and continued on the next line', text: '主要用于以下方面：\n1. 日常运转6.00万元。' },
    { name: '其中 followed by a comma and its parts', text: '公务用车购置及运行费2.00万元，其中，购置费0万元，运行费2.00万元。' },
  ],
  invalid: [
    { name: 'reason that stops', text: '本年收支预算与上年预算数持平，主要原因是。', reports: [{ messageId: 'empty', quote: '主要原因是。', data: { what: '具体原因' } }] },
    { name: 'content with a colon', text: '项目支出30.00万元，主要用于：。', reports: [{ messageId: 'empty', quote: '主要用于：。', data: { what: '具体内容' } }] },
    { name: 'a list that stops', text: '公用经费4.50万元，主要包括：；人员经费20.00万元。', reports: [{ messageId: 'empty', quote: '主要包括：；' }] },
    { name: '其中 with nothing after it', text: '支出合计80.00万元，其中：。', reports: [{ messageId: 'empty', quote: '其中：。' }] },
  ],
});
