import { rule } from '../../../src/core/checks/table-empty-note';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const fund = (note: string | null) => sheet('基金', [['政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], [null, '合计', null], ...(note ? [[note]] : [])]);
ruleTester(rule, {
  valid: [{ name: 'an empty table with its note', sheets: [fund('注：本单位无政府性基金预算支出，故本表为空表。')] }],
  invalid: [{ name: 'an empty table without a note', sheets: [fund(null)], findings: [{ messageId: 'noNote', severity: 'warning', cell: 'A1' }] }],
});
