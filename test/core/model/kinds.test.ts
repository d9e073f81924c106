import { kindOfSheetName, kindOfTitle, titleCore } from '../../../src/core/model/kinds';

describe('table kinds from titles', () => {
  it.each([
    ['2019年部门收支总表', 'summary'],
    ['延津县行政服务中心2019年部门收支总表', 'summary'],
    ['表1 2025年部门财务收支预算总表', 'summary'],
    ['表一：收支预算总表', 'summary'],
    ['附表1-1 2020年度部门收入总表', 'income'],
    ['2025年部门收入预算总表', 'income'],
    ['表3 部门支出总表', 'expenditure'],
    ['2025年部门支出预算总表', 'expenditure'],
    ['表4 2019年财政拨款收支总表', 'fiscal-summary'],
    ['2025年部门财政拨款收支预算总表', 'fiscal-summary'],
    ['表5 2019年一般公共预算支出表', 'general-expenditure'],
    ['2025年部门一般公共预算支出功能分类预算表', 'general-expenditure'],
    ['表6 2019年一般公共预算基本支出表', 'general-basic'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'general-basic'],
    ['表7 2019年支出经济分类汇总表（按部门预算经济分类）', 'economic'],
    ['表8 2019年一般公共预算"三公"经费支出表', 'three-public'],
    ['2025年部门“三公”经费和机关运行经费预算表', 'three-public'],
    ['一般公共预算「三公」经费支出表', 'three-public'],
    ['一般公共预算＂三公＂经费支出表', 'three-public'],
    ['表 9  2019 年 政府性基金预算支出表', 'fund-expenditure'],
    ['2025年部门政府性基金预算支出功能分类预算表', 'fund-expenditure'],
    ['2025年部门国有资本经营预算支出功能分类预算表', 'state-capital-expenditure'],
    ['国有资本经营预算支出表', 'state-capital-expenditure'],
    ['2021年项目支出表', 'project-expenditure'],
    ['2025年财政拨款支出预算表（按功能科目）', 'general-expenditure'],
    ['财政拨款支出预算表(按功能分类)', 'general-expenditure'],
    ['2025年财政拨款支出预算表（按经济科目）', 'economic'],
    ['清河县档案局2025年专项业务经费支出表', 'project-expenditure'],
    ['专项经费支出预算表', 'project-expenditure'],
    ['2021年项目支出绩效目标表', 'project-performance'],
    ['2021年政府采购预算表', 'procurement'],
    ['ＸＸ局２０２０年部门收支总表', 'summary'],
    ['收入支出决算总表', 'summary'],
    ['2019年收入支出预算总表', 'summary'],
    ['收入决算表', 'income'],
    ['支出决算表', 'expenditure'],
    ['财政拨款收入支出决算总表', 'fiscal-summary'],
    ['一般公共预算财政拨款支出决算表', 'general-expenditure'],
    ['一般公共预算财政拨款收入支出决算表', 'general-expenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'general-basic'],
    ['政府性基金预算财政拨款收入支出决算表', 'fund-expenditure'],
    ['国有资本经营预算财政拨款支出决算表', 'state-capital-expenditure'],
    ['部门综合预算国有资本经营预算收支表', 'state-capital-expenditure'],
    ['一般公共预算拨款支出预算表', 'general-expenditure'],
    ['一般公共预算拨款基本支出预算表', 'general-basic'],
    ['某单位2025年财政拨款安排的基本支出预算表', 'general-basic'],
    ['2025年机关运行经费预算表', 'running-costs'],
    ['某局机关运行经费安排情况表', 'running-costs'],
    ['“三公”经费和机关运行经费预算表', 'three-public'],
    ['表6 财政拨款基本支出预算表', 'general-basic'],
    ['部门综合预算政府性基金收支表', 'fund-expenditure'],
    ['支出预算表（按功能科目）', 'expenditure'],
    ['收入预算表（按单位）', 'income'],
    ['2025年一般公共预算支出经济分类预算表', 'economic'],
    ['部门综合预算一般公共预算支出明细表（按经济科目）', 'economic'],
    ['部门综合预算一般公共预算支出明细表（按功能科目）', 'general-expenditure'],
    ['一般公共预算基本支出经济科目预算表', 'general-basic'],
    ['2025年项目支出情况表', 'project-expenditure'],
    ['收入支出决算表', 'summary'],
    ['财政拨款收入支出决算表', 'fiscal-summary'],
    ['一般公共预算财政拨款项目支出决算表', 'project-expenditure'],
    ['一般公共预算财政拨款“三公”经费情况表', 'three-public'],
  ])('%s → %s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  it.each(['填报说明', '注：本单位无"三公"经费支出', '单位：万元', '合计', '2019年工作总结', '收入', '本表为空表', '本单位无国有资本经营预算拨款安排的支出，本表无数据。', '本部门没有政府性基金预算支出表'])('is not a title: %s', (text) => {
    expect(kindOfTitle(text)).toBeNull();
  });

  it('strips numbering, year and unit name', () => {
    expect(titleCore('表10 2019年国有资本经营预算支出表')).toBe('国有资本经营预算支出表');
    expect(titleCore('延津县行政服务中心2019年度部门收支总表')).toBe('部门收支总表');
  });

  it('reads kinds from sheet names without 表', () => {
    expect(kindOfSheetName('三公经费')).toBe('three-public');
    expect(kindOfSheetName('表6 一般公共预算基本支出')).toBe('general-basic');
    expect(kindOfSheetName('Sheet1')).toBeNull();
    expect(kindOfSheetName('填报说明')).toBeNull();
  });
});
