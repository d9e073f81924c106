import { rule } from '../../../../src/core/narrative/rules/form-unbalanced-pair';
import { textRuleTester } from './text-tester';

textRuleTester(rule, {
  valid: [
    { name: 'pairs, nested', text: '根据《某区服务企业实施意见》（某规〔2025〕1号）执行“三公”经费（含运行费）管理。' },
    { name: 'a bracket over a PDF line break', text: '公务用车购置及运行费（含购置费和\n运行维护费）3.00万元。' },
    { name: 'half-width pairs', text: '一般公共服务支出(类)10.00万元。' },
    { name: 'items numbered with a closing bracket alone', text: '按功能分类列示如下：\n1)卫生健康支出12.00万元；2)住房保障支出3.00万元。\na）办公费按定额安排。' },
  ],
  invalid: [
    { name: 'an unclosed quotation mark', text: '“三公经费预算2.00万元。', reports: [{ messageId: 'unclosed', quote: '“三公经费预算', data: { mark: '“', other: '”' } }] },
    { name: 'a closing quotation mark without its opening', text: '三公”经费预算2.00万元。', reports: [{ messageId: 'unopened', quote: '三公”经费预算2.' }] },
    { name: 'an unclosed title mark', text: '依据《预算法实施条例开展工作。', reports: [{ messageId: 'unclosed', quote: '依据《预算法实施条' }] },
    { name: 'a bracket after words, not after a list number', text: '按照规定（试行)执行，另见附件2)。', reports: [{ messageId: 'mixed', quote: '照规定（试行)执行，另见附' }, { messageId: 'unopened', quote: '，另见附件2)。' }] },
    { name: 'a quotation closed with an opening mark, reported once', text: '坚持落实“过紧日子“要求，压减会议费。', reports: [{ messageId: 'wrongClose', quote: '实“过紧日子“要求，压减会' }] },
    { name: 'full-width opened, half-width closed', text: '卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）。', reports: [{ messageId: 'mixed', quote: '单位医疗（款)行政单位医疗' }] },
  ],
});
