import { rule } from '../../../src/core/checks/code-unknown-class';
import { funcTable } from './fixtures';
import { ruleTester } from './tester';

ruleTester(rule, {
  valid: [
    { name: 'known classes', sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['210', '卫生健康支出', 1]])] },
    { name: 'an unlisted 项 is not reported (the list of 项 is partial)', sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['2019999', '某项', 1]])] },
    {
      name: 'the department code 301 as a heading above its classes (a unit name, a class below it)',
      sheets: [funcTable('支出', '清河县人力资源局2025年部门支出总表', ['合计'], [['301', '清河县人力资源局', 5], ['208', '社会保障和就业支出', 5], ['20801', '人力资源和社会保障管理事务', 5]], { total: [5] })],
    },
  ],
  invalid: [
    {
      name: 'a class code that does not exist',
      sheets: [funcTable('支出', '部门支出总表', ['合计'], [['201', '一般公共服务支出', 1], ['299', '不存在的类', 1]])],
      findings: [{ messageId: 'unknown', severity: 'warning', cell: 'B5' }],
    },
  ],
});
