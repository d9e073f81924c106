import { rule } from '../../../../src/core/narrative/rules/form-template-leftover';
import { textRuleTester } from './text-tester';

textRuleTester(rule, {
  valid: [
    { name: 'a change written out', text: '本年财政拨款收入比上年增加12.00万元，增长3.20%，主要原因是新增培训项目。' },
    { name: '增减 as one word', text: '收支增减变化的原因说明如下：人员调整。' },
    { name: 'a bracket that is not an alternative', text: '公务用车购置及运行费（含运行维护费）3.00万元。' },
    { name: 'letters in an English word', text: '系统升级采用XXL-Job调度框架，费用5.00万元。' },
    { name: 'a multiplication sign between figures', text: '办公用房面积为30×20平方米。' },
  ],
  invalid: [
    { name: 'bracketed alternative', text: '财政拨款收入增加（减少）的主要原因是业务量变化。', reports: [{ messageId: 'alternative', quote: '增加（减少）' }] },
    { name: 'half-width brackets and a slash', text: '比上年增长(下降)5.00%，机关运行经费增加/减少2.00万元。', reports: [{ messageId: 'alternative', quote: '增长(下降)' }, { messageId: 'alternative', quote: '增加/减少' }] },
    { name: 'the short form', text: '项目支出比上年增（减）8.00万元。', reports: [{ messageId: 'alternative', quote: '增（减）' }] },
    { name: 'a template fill-in mark', text: '本单位共有【请填报车辆数】辆公务用车。', reports: [{ messageId: 'fillIn', quote: '【请填报车辆数】' }] },
    {
      name: "the drafter's placeholder",
      text: '一般公共预算支出50.00万元，主要原因：【请填写：主要原因】。',
      reports: [{ messageId: 'draft', quote: '【请填写：主要原因】' }],
    },
    { name: 'XX and ×× placeholders', text: 'XX局2026年政府采购预算××万元。', reports: [{ messageId: 'fillIn', quote: 'XX' }, { messageId: 'fillIn', quote: '××' }] },
    { name: 'blank line to fill', text: '内设机构____个。', reports: [{ messageId: 'fillIn', quote: '____' }] },
    { name: 'an ellipsis for the reason', text: '支出减少的主要原因是……。', reports: [{ messageId: 'ellipsis', quote: '……' }] },
  ],
});
