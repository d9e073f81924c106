import { rule } from '../../../../src/core/narrative/rules/form-sentence-end';
import { textRuleTester } from './text-tester';

textRuleTester(rule, {
  valid: [
    { name: 'headings, titles and numbered items', text: '第二部分\n某局2026年部门预算编制说明\n一、收入预算情况\n（一）负责全局的财务管理\n收入合计10.00万元。' },
    { name: 'a line broken by a PDF copy', text: '本年收入合计10.00万元，比上年增加1.00万元，主要原因是新增\n培训项目。' },
    { name: 'a list introduced by a colon', text: '财政拨款支出主要内容如下：\n1. 行政运行5.00万元。' },
    { name: 'a name, a date, a reference', text: '三、实施主体\n某某区某委员会\n五、实施周期\n2026.1.1-2026.12.31\n七、绩效目标\n详见项目绩效目标表' },
    { name: 'contact lines and a pasted table line', text: '联系人：张三\n电话：0000-1234567\n项目\t预算数\t上年数' },
    { name: 'a stop before a closing bracket', text: '（本单位无国有资本经营预算。）' },
    { name: 'a note set wholly in brackets, then a table’s title and unit line', text: '（各项数字经四舍五入，合计与分项之和可能略有出入）\n2026年某局会议费培训费预算表\n单位：万元\n项目 | 预算数 |\n会议费 | 1.00 |' },
  ],
  invalid: [
    { name: 'a sentence without its stop before a heading', text: '四、实施方案\n按年度计划组织申报，审核后拨付资金\n五、实施周期', reports: [{ messageId: 'missing', quote: '审核后拨付资金' }] },
    { name: 'the last paragraph of the text', text: '收入合计10.00万元。支出合计10.00万元', reports: [{ messageId: 'missing', quote: '支出合计10.00万元' }] },
    { name: 'a sentence in brackets that goes on after them', text: '（以下为预算数）各项支出按定额核定，据实列支', reports: [{ messageId: 'missing', quote: '据实列支' }] },
    { name: 'a paragraph ending with a comma', text: '公用经费2.00万元，\n\n二、支出预算情况', reports: [{ messageId: 'missing', quote: '公用经费2.00万元，' }] },
  ],
});
