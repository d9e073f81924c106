import { rule } from '../../../../src/core/narrative/rules/narrative-unit-missing';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'units written', text: '本单位本年收入合计120.00万元，比上年增加20.00万元。' },
    { name: 'a unit broken onto the next line by a PDF copy', text: '本单位本年度一般公共预算拨款收入合计为120.00\n万元，比上年增加20.00万元。' },
    { name: 'a year written without 年 right after a list of classes', text: '支出包括一般公共服务支出和住房保障支出2026收支总预算3500.00元。' },
    { name: 'last year’s carry-over under a unit declared for the section', text: '二、收入预算情况\n单位：万元\n本单位本年收入预算120.00，其中上年结转20.00。' },
    { name: 'a unit declared for the section', text: '二、收入预算情况\n单位：万元\n本单位本年收入预算120.00，比上年增加20.00。' },
  ],
  invalid: [
    { name: 'a change without its unit', text: '本单位本年收入合计120.00万元，比上年增加20.00，主要是人员增加。', findings: [{ quote: '20.00' }] },
    { name: 'last year’s carry-over without its unit', text: '本年收入预算5600.00元，其中上年结转800.00\n二、支出预算情况', findings: [{ quote: '800.00' }] },
  ],
});
