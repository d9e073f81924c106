import { rule } from '../../../src/core/checks/cross-fiscal-classes';
import { funcTable, summaryTable } from './fixtures';
import { ruleTester } from './tester';
import { sheet } from '../../helpers/grid';

const fiscal = (a: number, b: number, fund: number | null = null) =>
  summaryTable(
    '财政',
    '财政拨款收支总表',
    [['一、一般公共预算', 100], ['收入总计', 100]],
    [['一般公共服务支出', a, a, null], ['社会保障和就业支出', b + (fund ?? 0), b, fund], ['支出总计', 100, 100, null]],
    { expenditureColumns: ['合计', '一般公共预算', '政府性基金'] },
  );
const general = funcTable('一般', '一般公共预算支出表', ['合计'], [['201', '一般公共服务支出', 80], ['208', '社会保障和就业支出', 20]], { total: [100] });
const emptyFund = sheet('基金', [['政府性基金预算支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], [null, '合计', null], ['注：本单位无政府性基金预算支出，本表为空表。']]);

ruleTester(rule, {
  valid: [
    { name: 'each source column matches its table by 类', sheets: [fiscal(80, 20), general, emptyFund] },
    { name: 'no source table', sheets: [fiscal(85, 20)] },
  ],
  invalid: [
    {
      name: 'a 类 differs from the 一般公共预算支出表, and a fund figure beside an empty fund table',
      sheets: [fiscal(85, 20, 5), general, emptyFund],
      findings: [
        { cell: 'E5', related: ['一般!C4'], expected: '80', actual: '85' },
        { cell: 'F6', related: [], expected: '0', actual: '5' },
      ],
    },
  ],
});
