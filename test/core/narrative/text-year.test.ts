import { textYear } from '../../../src/core/narrative/text-year';

describe('the budget year of a text', () => {
  const cases: Array<{ name: string; text: string; year: number | null; sure: boolean }> = [
    { name: 'a title naming the department budget', text: '某中心2031年部门预算情况说明\n收入合计与2030年预算相比增加2.00万元。', year: 2031, sure: true },
    { name: 'a unit title after a comparison that names 单位预算', text: '本站收入比2030年单位预算收入增加3.00万元。\n2031年支出合计50.00万元，2031年基本支出40.00万元。', year: 2031, sure: true },
    { name: 'a short first line dating a "三公" budget', text: '2029年“三公”经费预算情况\n因公出国（境）费0万元，比上年持平。', year: 2029, sure: true },
    { name: 'a pasted table title with its empty cells', text: '发布日期 | 2030-05-06 |\n2029年某镇“三公”经费预算统计表 | |||\n项目 | 2028年预算数 | 2029年预算数 |\n按照2028年预算支出，2028年决算数为1.00万元。', year: 2029, sure: true },
    { name: 'untitled: never the year after 比', text: '一、支出增减情况\n2030年基本支出预算较上年增3.00万元。\n“三公”经费预算数比2029年预算数减少0.10万元。2030年公务接待费0.50万元。', year: 2030, sure: true },
    { name: 'untitled: dates do not count', text: '截至2029年8月31日，车辆2辆。2029年12月购置。\n2030年公务接待费1.00万元，2030年会议费0.80万元。', year: 2030, sure: true },
    { name: 'untitled: a year named once is a guess', text: '按有关要求，2030年公务接待费1.00万元，较2028年下降5%。', year: 2030, sure: false },
    { name: 'untitled: two years as frequent', text: '2029年开展车改，2029年处置车辆3辆。2030年公务接待费1.00万元，2030年会议费0.80万元。', year: 2030, sure: false },
    { name: 'untitled: a later year in a plan', text: '2030年公务接待费1.00万元，2030年会议费0.80万元。2031年起压减会议。', year: 2030, sure: false },
    { name: 'a title after a web page\'s navigation, before the first sentence', text: '首页\n信息公开\n预算公开\n某局\n2031年部门预算情况说明\n一、收入预算\n2031年收入合计50.00万元。', year: 2031, sure: true },
    { name: 'a numbered title after the table part of a publication', text: '一、2031年“三公”经费支出预算表\n二、2031年“三公”经费支出预算情况说明\n本局2031年“三公”经费预算为3.00万元。', year: 2031, sure: true },
    {
      name: 'a title-like line deep in the text decides nothing',
      text: '本站2031年收入合计50.00万元，2031年支出合计50.00万元。\n（一）2030年单位预算全口径安排的“三公”经费情况\n“三公”经费预算0万元。',
      year: 2031,
      sure: true,
    },
    {
      name: 'a budget named in a sentence deep in the text is one mention',
      text: '某中心支出合计50.00万元，比上年增加2.00万元。\n（三）国有资产占有使用情况\n本单位共有车辆0辆，2030年部门预算安排车辆购置经费0万元。',
      year: 2030,
      sure: false,
    },
    { name: 'only compared years', text: '收入比2030年增加2.00万元，与2029年相比增加5.00万元。', year: null, sure: false },
  ];
  it.each(cases)('$name', ({ text, year, sure }) => {
    expect(textYear(text)).toEqual({ year, sure });
  });
});
