import { parseWorkbook } from '../../../../src/core/model/parse';
import { rule } from '../../../../src/core/narrative/rules/form-empty-table-note';
import { sheet } from '../../../helpers/grid';
import { textRuleTester } from './text-tester';

const fund = (amount: number | null) => sheet('基金', [['2026年部门政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], [null, '合计', amount], ...(amount ? [['212', '城乡社区支出', amount]] : [])]);
const empty = parseWorkbook({ sheets: [fund(null)] });
const filled = parseWorkbook({ sheets: [fund(3)] });

textRuleTester(rule, {
  valid: [
    { name: 'said there is none', text: '十、政府性基金预算支出情况\n本单位2026年没有使用政府性基金预算拨款安排的支出。', model: empty },
    { name: 'a zero amount', text: '政府性基金拨款支出预算0万元，与上年持平。', model: empty },
    { name: 'the table named empty', text: '政府性基金预算支出表为空表。', model: empty },
    { name: 'a table that is not empty', text: '政府性基金预算支出3.00万元。', model: filled },
    { name: 'no workbook', text: '政府性基金预算支出情况说明。' },
  ],
  invalid: [
    {
      name: 'an empty table the text passes over',
      text: '某局2026年部门预算情况说明\n十、政府性基金预算支出情况\n政府性基金预算与上年相比无变化。',
      model: empty,
      reports: [{ messageId: 'unexplained', quote: '十、政府性基金预算支出情况', data: { kind: 'fund-expenditure' } }],
    },
    {
      name: 'no word of it at all',
      text: '某局2026年部门预算情况说明\n收入合计10.00万元，事业收入0万元。',
      model: empty,
      reports: [{ messageId: 'unexplained', quote: '某局2026年部门预算情况说明' }],
    },
  ],
});
