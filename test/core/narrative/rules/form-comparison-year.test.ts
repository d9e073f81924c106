import { rule } from '../../../../src/core/narrative/rules/form-comparison-year';
import { textRuleTester } from './text-tester';

const title = '某局2026年部门预算情况说明\n';

textRuleTester(rule, {
  valid: [
    { name: 'the previous year', text: `${title}收入合计100.00万元，比2025年预算增加10.00万元，增长11.11%。` },
    { name: 'previous year with 与…相比 and 执行数', text: `${title}与2025年预算执行数相比，支出减少5.00万元。` },
    { name: 'final accounts of two years before', text: `${title}机关运行经费比2024年决算数减少1.00万元。` },
    { name: 'the budget year in a title and a date', text: `${title}2026年部门预算安排购置车辆0辆。截至2025年8月31日，共有车辆2辆。` },
    { name: 'the budget year as the subject, not the comparison', text: `${title}2026年“三公”经费预算数为3.00万元，与上年持平。` },
    { name: 'two later years compared in a plan', text: `${title}预计2027年比2026年增加服务窗口2个。` },
    { name: 'no year known', text: '收入比2026年增加2.00万元。' },
    { name: 'a passage on past work compares two earlier years', text: `${title}2024年全年支出比2023年增加2.00万元。` },
    { name: 'untitled: a comparison that names 单位预算 is not the title', text: '本镇收入合计80.00万元，比2025年单位预算收入增加6.00万元。\n2026年支出合计80.00万元，2026年基本支出60.00万元。' },
    { name: 'untitled: the budget year only guessed (a later year in a plan)', text: '2025年公务接待费1.00万元，较2023年减少0.20万元。2025年会议费0.50万元。2026年起不再安排。' },
    { name: 'untitled: the budget year named once', text: '2025年公务接待费1.00万元，较2023年减少0.20万元。' },
    { name: 'the final accounts two years back', text: `${title}公务接待费较2024年决算减少0.20万元。` },
  ],
  invalid: [
    {
      name: 'compared with the budget year itself',
      text: `${title}财政拨款收入比2026年预算增加4.00万元；政府性基金预算与2026年预算持平。`,
      reports: [
        { messageId: 'notEarlier', quote: '比2026年', data: { year: 2026, prior: 2025, compared: 2026 } },
        { messageId: 'notEarlier', quote: '与2026年' },
      ],
    },
    { name: 'compared with a later year', text: `${title}公务接待费较2027年减少0.50万元。`, reports: [{ messageId: 'notEarlier', quote: '较2027年' }] },
    { name: 'with spaces and 度', text: `${title}运行经费比 2026 年度预算执行数增加1.00万元。`, reports: [{ messageId: 'notEarlier', quote: '比 2026 年度' }] },
    {
      name: 'compared with the budget of two years before',
      text: `${title}收入合计100.00万元，比2024年预算增加10.00万元；政府性基金预算与2023年相比持平。`,
      reports: [
        { messageId: 'tooEarly', quote: '比2024年', data: { year: 2026, prior: 2025, compared: 2024 } },
        { messageId: 'tooEarly', quote: '与2023年' },
      ],
    },
    {
      name: 'untitled: the year the text dates its amounts with',
      text: '经汇总，2025年“三公”经费预算3.00万元，较2023年下降4.5%，主要是压减接待。2024年完成车改；2025年公务接待费1.00万元。',
      reports: [{ messageId: 'tooEarly', quote: '较2023年', data: { year: 2025, prior: 2024, compared: 2023 } }],
    },
    { name: 'final accounts three years back', text: `${title}机关运行经费比2023年决算数减少1.00万元。`, reports: [{ messageId: 'tooEarly', quote: '比2023年' }] },
  ],
});
