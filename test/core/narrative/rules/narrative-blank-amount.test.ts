import { rule } from '../../../../src/core/narrative/rules/narrative-blank-amount';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'amounts with their numbers', text: '机关运行经费预算为60.00万元，比上年增加10.00万元，增长20.00%。' },
    { name: 'a unit named for a table or section', text: '单位：万元\n本表金额单位为万元。以万元为单位列示。支出（万元）' },
    { name: 'a figure split from its unit by a PDF line break', text: '机关运行经费预算为60.00\n万元，与上年持平。' },
    { name: 'words that hold 万元 without being an amount', text: '节约资金数万元。单位价值50万元以上的设备。' },
  ],
  invalid: [
    { name: '为万元', text: '机关运行经费预算为万元，比上年增加10.00万元。', findings: [{ quote: '为万元' }] },
    { name: '增加万元 and 减少 元', text: '公务接待费比上年增加万元。公务用车运行费减少 元，主要是压减开支。', findings: [{ quote: '增加万元' }, { quote: '减少 元' }] },
  ],
});
