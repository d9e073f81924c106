import { rule } from '../../../../src/core/narrative/rules/narrative-outdated-name';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: 'the current name', text: '2020年部门预算中卫生健康支出3.00万元。' }],
  invalid: [{ name: 'a name renamed before the year', text: '2020年部门预算中医疗卫生与计划生育支出3.00万元。', findings: [{ quote: '医疗卫生与计划生育支出' }] }],
});
