import { rule } from '../../../../src/core/narrative/rules/narrative-pasted-table-unread';
import { textRuleTester } from './tester';

// Written for the project: a "三公" table laid out with spaces, its blank cells lost.
const header = '项目                        上年预算    本年预算';
const table = (reception: string) => ['单位：万元', header, '合计                              9.00       13.00', reception, '2.公务用车运行维护费              6.00        7.00'].join('\n');

textRuleTester(rule, {
  valid: [
    { name: 'every row fills every column', text: table('1.公务接待费                      3.00        6.00') },
    { name: 'a blank the header places (the figure under 本年预算)', text: table('1.公务接待费                                  6.00') },
    { name: 'a table laid out with | keeps its blank cells', text: ['项目 | 上年 | 本年 |', '合计 | 9.00 | 13.00 |', '公务接待费 | | 6.00 |', '公务用车运行维护费 | 6.00 | 7.00 |'].join('\n') },
  ],
  invalid: [
    { name: 'a figure between the two columns', text: table('1.公务接待费                         6.00'), findings: [{ quote: '1.公务接待费' }] },
    {
      name: 'bars under a header of two amount columns, a row of one cell',
      text: ['项目 | 本年预算 | 上年预算 |', '合计 | 7.00 | 6.00 |', '1.培训费 | 4.00 |', '2.会议费 | 3.00 | 6.00 |'].join('\n'),
      findings: [{ quote: '1.培训费' }],
    },
    { name: 'no header to place the blank', text: ['合计    9.00    13.00', '1.公务接待费    6.00', '2.公务用车运行维护费    6.00    7.00'].join('\n'), findings: [{ quote: '1.公务接待费' }] },
  ],
});
