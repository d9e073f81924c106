// The drafter on workbooks shaped like the ones it meets: tables missing, tables published empty,
// an all-zero "三公" table, no prior year, a workbook in 元, a unit's tables, a carry-over, project
// and procurement tables. Every draft states what the tables say in the official way, never a
// broken sentence; it audits clean against its own workbook (its placeholders aside) and, filled
// in, triggers no form rule.
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookGrid, SheetGrid } from '../../../src/core/grid';
import { auditNarrative } from '../../../src/core/narrative/audit';
import { placeholders, renderText, text, type DocModel, type Paragraph, type Section } from '../../../src/core/narrative/doc';
import { draftNarrative } from '../../../src/core/narrative/draft';
import fc from 'fast-check';
import { runChecks } from '../../../src/core/checks';
import { budgetArb, budgetGrid, extrasArb, priorArb, type Budget, type Extras } from '../../helpers/budget-gen';
import { sheet } from '../../helpers/grid';

const BUDGET: Budget = {
  year: 2026,
  // personnel, public, project per class (201, 208, 210), in cents of 万元
  classes: [
    [80_00, 8_30, 52_00],
    [11_10, 0, 0],
    [3_20, 0, 0],
  ],
  fund: 0,
  three: { abroad: 2_00, purchase: 0, operation: 1_70, reception: 1_30 },
};
const PRIOR: Budget = { ...BUDGET, year: 2025, classes: [[78_00, 8_30, 60_00], [11_10, 0, 0], [0, 0, 0]], three: { abroad: 2_00, purchase: 0, operation: 2_00, reception: 1_30 } };
const ZERO_THREE = { abroad: 0, purchase: 0, operation: 0, reception: 0 };

type Edit = (g: WorkbookGrid) => WorkbookGrid;
const without = (name: string): Edit => (g) => ({ sheets: g.sheets.filter((s) => s.name !== name) });
const adding = (s: SheetGrid): Edit => (g) => ({ sheets: [...g.sheets, s] });

/** Every table in 元 except the "三公" table, which stays in 万元 as it often does. */
const inYuan: Edit = (g) => ({
  sheets: g.sheets.map((s) =>
    s.name === '三公'
      ? s
      : { ...s, cells: s.cells.map((row) => row.map((c) => (c && typeof c.value === 'number' ? { ...c, value: Math.round(c.value * 10000) } : c && c.value === '单位：万元' ? { ...c, value: '单位：元' } : c))) },
  ),
});

/** The "三公" table published empty, with its note. */
const emptyThree: Edit = (g) => ({
  sheets: g.sheets.map((s) => (s.name === '三公' ? { ...s, cells: [...s.cells.slice(0, 4).map((r) => r), [null, null, null, null, null, null], [{ value: '注：本单位没有“三公”经费预算，本表为空表。' }]] } : s)),
});

/** 上年结转 and 结转下年 of `wan` 万元 in the summary table. */
const carry =
  (wan: number): Edit =>
  (g) => ({
    sheets: g.sheets.map((s) => {
      if (s.name !== '收支总表') return s;
      return {
        ...s,
        cells: s.cells.map((row) => {
          const label = row[0]?.value;
          if (label === '上年结转') return [row[0], { value: wan }, row[2], { value: wan }];
          if (label === '收入总计') return [row[0], { value: Number(row[1]!.value) + wan }, row[2], { value: Number(row[3]!.value) + wan }];
          return row;
        }),
      };
    }),
  });

const stateEmpty = sheet('国有资本', [['表10 2026年国有资本经营预算支出表'], ['单位名称：某单位', null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', null, null, null], ['注：本单位没有国有资本经营预算支出，本表为空表。']]);
const projectTable = sheet('项目支出', [['表11 2026年项目支出表'], ['单位名称：某单位', null, '单位：万元'], ['项目名称', '合计', '一般公共预算'], ['合计', 52, 52], ['政务服务事项集中办理', 30, 30], ['服务大厅设备更新', 22, 22]]);
const projectTableOtherSources = sheet('项目支出', [['表11 2026年项目支出表'], ['单位名称：某单位', null, '单位：万元'], ['项目名称', '合计', '政府性基金'], ['合计', 52, 0], ['政务服务事项集中办理', 52, 0]]);
const projectTablePartial = sheet('项目支出', [['表11 2026年项目支出表'], ['单位名称：某单位', null, '单位：万元'], ['项目名称', '合计', '一般公共预算'], ['合计', 30, 30], ['政务服务事项集中办理', 30, 30]]);
const procurementTable = sheet('政府采购', [['表12 2026年政府采购预算表'], ['单位名称：某单位', null, null, null, null, '单位：万元'], ['项目名称', '采购品目', '合计', '货物', '工程', '服务'], ['合计', null, 31.5, 19.5, 0, 12], ['服务大厅设备更新', '计算机设备', 19.5, 19.5, null, null], ['服务大厅物业管理', '物业管理服务', 12, null, null, 12]]);

// 项目支出绩效目标表: one project over as many rows as it has indicators, its name and amount
// merged down them (or left blank under the first row), text in every other column.
const performanceTable = sheet(
  '绩效目标',
  [
    ['表13 2026年项目支出绩效目标表'],
    ['单位名称：某单位', null, null, null, null, null, '单位：万元'],
    ['项目名称', '预算金额', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
    ['政务服务事项集中办理', 30, '集中受理各类审批事项，缩短办理时限', '产出指标', '数量指标', '受理事项数', '≥500件'],
    [null, null, null, '产出指标', '时效指标', '平均办理时限', '≤5个工作日'],
    [null, null, null, '满意度指标', '服务对象满意度指标', '办事群众满意率', '≥95%'],
    ['服务大厅设备更新', 22, '更新老旧窗口设备，保障大厅正常运转', '产出指标', '质量指标', '设备验收合格率', '100%'],
    [null, null, null, '成本指标', '经济成本指标', '设备购置成本', '≤22万元'],
  ],
  ['A4:A6', 'B4:B6', 'C4:C6', 'A7:A8', 'B7:B8', 'C7:C8'],
);
const performanceTableUnmerged = sheet('绩效目标', [
  ['2026年项目支出绩效目标表'],
  ['单位名称：某单位', null, null, null, null, null, null, '单位：万元'],
  ['项目名称', '资金总额', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
  ['合计', 52, null, null, null, null, null, null],
  ['政务服务事项集中办理', 30, '集中受理审批事项', '产出指标', '数量指标', '受理事项数', '≥500件', null],
  [null, null, null, '效益指标', '社会效益指标', '办事便利度', '明显提升', null],
  ['服务大厅设备更新', 22, '更新窗口设备', '产出指标', '质量指标', '验收合格率', '100%', null],
]);
const performanceEmpty = sheet('绩效目标', [
  ['表13 2026年项目支出绩效目标表'],
  ['单位名称：某单位', null, null, null, null, null, '单位：万元'],
  ['项目名称', '预算金额', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
  [null, null, null, null, null, null, null],
  ['注：本单位没有编报绩效目标的项目，本表为空表。'],
]);
/** The same two projects printed as one form each, the second without merged cells or title. */
const performanceForms = sheet('绩效目标', [
  ['表13 2026年项目支出绩效目标表'],
  ['单位名称：某单位', null, null, null, '单位：万元'],
  ['项目名称', '政务服务事项集中办理', null, '主管部门', '某单位'],
  ['实施单位', '某单位政务服务科', null, '项目属性', '延续项目'],
  ['项目资金（万元）', '年度资金总额', 30, '其中：财政拨款', 30],
  ['年度绩效目标', '集中受理各类审批事项，缩短办理时限', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值', null],
  ['产出指标', '数量指标', '受理事项数', '≥500件', null],
  ['项目名称', '服务大厅设备更新', null, '主管部门', '某单位'],
  ['实施单位', '某单位办公室', null, '项目属性', '一次性项目'],
  ['项目资金（万元）', '年度资金总额', 22, '其中：财政拨款', 22],
  ['一级指标', '二级指标', '三级指标', '指标值', null],
  ['成本指标', '经济成本指标', '设备购置成本', '≤22万元', null],
]);
/** A list led by the unit whose project it is (单位名称 | 项目名称 | 预算金额 | …). */
const performanceByUnit = sheet(
  '绩效目标',
  [
    ['表13 2026年项目支出绩效目标表'],
    ['单位名称：某单位', null, null, null, null, null, null, '单位：万元'],
    ['单位名称', '项目名称', '预算金额', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
    ['某单位本级', '政务服务事项集中办理', 30, '集中受理审批事项', '产出指标', '数量指标', '受理事项数', '≥500件'],
    [null, null, null, null, '满意度指标', '服务对象满意度指标', '办事群众满意率', '≥95%'],
    ['某单位本级', '服务大厅设备更新', 22, '更新窗口设备', '产出指标', '质量指标', '验收合格率', '100%'],
  ],
  ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5'],
);
/** A 机关运行经费 table of its own, this year's column first and last year's after it. */
const runningTable = sheet('机关运行经费', [['表14 2026年机关运行经费预算表'], ['单位名称：某单位', null, '单位：万元'], ['项目', '2026年预算数', '2025年预算数'], ['机关运行经费', 8.3, 7.9]]);
const procurementWithSme = sheet('政府采购', [
  ['表12 2026年政府采购预算表'],
  ['单位名称：某单位', null, null, null, null, null, '单位：万元'],
  ['项目名称', '采购品目', '合计', '货物', '工程', '服务', '面向中小企业预留'],
  ['合计', null, 31.5, 19.5, 0, 12, 12],
  ['服务大厅设备更新', '计算机设备', 19.5, 19.5, null, null, null],
  ['服务大厅物业管理', '物业管理服务', 12, null, null, 12, 12],
]);
const procurementSmeLine = sheet('政府采购', [
  ['表12 2026年政府采购预算表'],
  ['单位名称：某单位', null, null, null, null, '单位：万元'],
  ['项目名称', '采购品目', '合计', '货物', '工程', '服务'],
  ['合计', null, 31.5, 19.5, 0, 12],
  ['服务大厅设备更新', '计算机设备', 19.5, 19.5, null, null],
  ['服务大厅物业管理', '物业管理服务', 12, null, null, 12],
  ['其中：面向中小企业预留', null, 31.5, 19.5, null, 12],
]);

/** The summary table with last year's column before this year's on both sides (2025 | 2026). */
const summaryWithLastYear: Edit = (g) => ({
  sheets: g.sheets.map((s) =>
    s.name !== '收支总表'
      ? s
      : sheet('收支总表', [
          ['某单位2026年部门收支总表'],
          ['单位名称：某单位', null, null, null, null, '单位：万元'],
          ['收入', null, null, '支出', null, null],
          ['项目', '2025年预算数', '2026年预算数', '项目', '2025年预算数', '2026年预算数'],
          ['一、一般公共预算拨款', 157.4, 154.6, '一、一般公共服务支出', 146.3, 140.3],
          ['二、政府性基金预算拨款', 10, 0, '二、社会保障和就业支出', 11.1, 11.1],
          [null, null, null, '三、卫生健康支出', 0, 3.2],
          [null, null, null, '四、城乡社区支出', 10, 0],
          ['本年收入合计', 167.4, 154.6, '本年支出合计', 167.4, 154.6],
          ['上年结转', 0, 0, '结转下年', 0, 0],
          ['收入总计', 167.4, 154.6, '支出总计', 167.4, 154.6],
        ], ['A3:C3', 'D3:F3']),
  ),
});

/** The 基本支出 table with last year's column (2025年预算数) before this year's. */
const basicWithLastYear: Edit = (g) => ({
  sheets: g.sheets.map((s) =>
    s.name !== '基本支出表'
      ? s
      : sheet('基本支出表', [
          ['表6 2026年一般公共预算基本支出表'],
          ['单位名称：某单位', null, null, null, null, '单位：万元'],
          ['科目编码', '科目名称', '2025年预算数', '2026年预算数', null, null],
          [null, null, null, '合计', '人员经费', '公用经费'],
          [null, '合计', 97.4, 102.6, 94.3, 8.3],
          ['301', '工资福利支出', 89.1, 94.3, 94.3, null],
          ['30101', '基本工资', 89.1, 94.3, 94.3, null],
          ['302', '商品和服务支出', 8.3, 8.3, null, 8.3],
          ['30201', '办公费', 8.3, 8.3, null, 8.3],
        ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3']),
  ),
});

/**
 * The 一般公共预算支出表's printed change for 行政运行 (2010301) off by one 万元 and its rate wrong:
 * the draft recomputes the change from the two years' columns instead.
 */
const wrongPrintedChange: Edit = (g) => ({
  sheets: g.sheets.map((s) =>
    s.name !== '一般公共预算支出表' ? s : { ...s, cells: s.cells.map((row) => (row[0]?.value === '2010301' ? row.map((c, i) => (i === 8 ? { value: -5 } : i === 9 ? { value: -3.42 } : c)) : row)) },
  ),
});

/** The 一般公共预算支出表 with one column per year and the change after them, no 基本/项目 split. */
const generalFlatWithLastYear: Edit = (g) => ({
  sheets: g.sheets.map((s) =>
    s.name !== '一般公共预算支出表'
      ? s
      : sheet('一般公共预算支出表', [
          ['表5 2026年一般公共预算支出表'],
          ['单位名称：某单位', null, null, null, null, '单位：万元'],
          ['科目编码', '科目名称', '2025年预算数', '2026年预算数', '增减额', '增减率'],
          [null, '合计', 157.4, 154.6, -2.8, '-1.78%'],
          ['201', '一般公共服务支出', 146.3, 140.3, -6, '-4.10%'],
          ['2010301', '行政运行', 146.3, 140.3, -6, '-4.10%'],
          ['208', '社会保障和就业支出', 11.1, 11.1, 0, '0.00%'],
          ['2080505', '机关事业单位基本养老保险缴费支出', 11.1, 11.1, 0, '0.00%'],
          ['210', '卫生健康支出', '-', 3.2, 3.2, '-'],
          ['2101102', '事业单位医疗', '-', 3.2, 3.2, '-'],
        ]),
  ),
});

interface Case {
  name: string;
  budget?: Budget;
  /** Tables beyond the standard set (last year's columns …). */
  extras?: Extras;
  edits?: Edit[];
  prior?: Budget | null;
  /** Edits to last year's workbook. */
  priorEdits?: Edit[];
  document?: 'department' | 'unit';
  moneyUnit?: '元' | '万元';
  has: (string | RegExp)[];
  hasNot?: (string | RegExp)[];
}

const CASES: Case[] = [
  {
    name: 'no fund and no state-capital tables',
    edits: [without('政府性基金')],
    has: ['2026年没有使用政府性基金预算拨款安排的支出。', '没有政府性基金预算项目支出', '2026年没有使用国有资本经营预算拨款安排的支出。'],
    hasNot: ['为空表', '政府性基金预算拨款安排的支出0.00万元'],
  },
  {
    name: 'fund, state-capital and "三公" tables published empty',
    edits: [emptyThree, adding(stateEmpty)],
    has: ['没有使用政府性基金预算拨款安排的支出，《政府性基金预算支出表》为空表。', '没有使用国有资本经营预算拨款安排的支出，《国有资本经营预算支出表》为空表。', /没有“三公”经费预算，《.*“三公”经费支出表》为空表。/],
    hasNot: ['因公出国（境）费0.00万元'],
  },
  {
    name: 'all-zero "三公" this year and last year',
    budget: { ...BUDGET, three: ZERO_THREE },
    prior: { ...PRIOR, three: ZERO_THREE },
    has: ['“三公”经费预算0.00万元，未安排因公出国（境）费、公务用车购置及运行费和公务接待费预算。与2025年持平。'],
    hasNot: ['“三公”经费增减的主要原因', '（一）因公出国'],
  },
  {
    name: 'all-zero "三公" after a year with some',
    budget: { ...BUDGET, three: ZERO_THREE },
    has: ['“三公”经费预算0.00万元，未安排', '与2025年相比，减少5.30万元，下降100.00%。主要原因：【请填写：“三公”经费增减的主要原因】'],
  },
  {
    name: '"三公" items with their changes and reasons',
    has: [
      '“三公”经费预算5.00万元。与2025年相比，减少0.30万元，下降5.66%。主要原因：【请填写：“三公”经费增减的主要原因】',
      '（一）因公出国（境）费2.00万元。与2025年持平。',
      '（二）公务用车购置及运行费1.70万元。其中，公务用车购置费0.00万元，公务用车运行费1.70万元。与2025年相比，减少0.30万元，下降15.00%。主要原因：【请填写：公务用车购置及运行费增减的主要原因】',
    ],
  },
  {
    name: 'no prior year',
    prior: null,
    has: ['与2025年相比，收、支总计各【请填写：与上年相比的增减额、增减幅度及主要原因】', '2026年一般公共预算支出154.60万元，占支出合计的100.00%。与2025年相比，【请填写：与上年相比的增减额、增减幅度及主要原因】。'],
    hasNot: [/增加\d|减少\d|持平/],
  },
  {
    name: '功能分类 items to 项 with last year by code',
    has: [
      '按支出功能分类，主要用于以下方面：一般公共服务（类）支出140.30万元，占一般公共预算支出的90.75%',
      '1.一般公共服务支出（类201）行政运行（项2010301）140.30万元，主要用于【请填写：行政运行的用途】。与2025年相比，减少6.00万元，下降4.10%。主要原因：【请填写：主要原因】。',
      '3.卫生健康支出（类210）事业单位医疗（项2101102）3.20万元，主要用于【请填写：事业单位医疗的用途】。与2025年相比，新增3.20万元（上年无此项预算）。',
    ],
  },
  {
    name: 'a workbook in 元 is written in 元 when asked, the "三公" table converted',
    edits: [inYuan],
    moneyUnit: '元',
    has: ['收入总计1546000.00元', '基本支出1026000.00元，占支出合计的66.36%', '“三公”经费预算50000.00元', /\d{3,}\.\d{2}元/],
    hasNot: [/\d万元/],
  },
  {
    name: "a unit's tables give a unit's text",
    document: 'unit',
    has: ['2026年单位预算情况说明', '本单位实行绩效目标管理', '2026年单位预算安排购置车辆'],
    hasNot: [/本部门|部门预算(?!支出经济分类)/],
  },
  {
    name: 'a carry-over is part of 收入总计, not of 本年收入合计',
    edits: [carry(10)],
    has: ['收入总计164.60万元，其中：本年收入合计154.60万元，上年结转10.00万元。', '本年收入合计中：一般公共预算拨款154.60万元，占本年收入合计的100.00%。'],
  },
  {
    name: 'a project table without a 一般公共预算 column is not listed as 一般公共预算 projects',
    edits: [adding(projectTableOtherSources)],
    has: ['主要项目：【请填写：主要项目名称及金额】'],
    hasNot: ['政务服务事项集中办理'],
  },
  {
    name: 'projects that do not add up to 项目支出 are only the main ones',
    edits: [adding(projectTablePartial)],
    has: ['安排项目支出52.00万元。主要项目有：政务服务事项集中办理30.00万元。'],
  },
  {
    name: 'no 一般公共预算 at all, only a fund',
    budget: { ...BUDGET, classes: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], fund: 120_00, three: ZERO_THREE },
    prior: { ...PRIOR, classes: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], fund: 100_00, three: ZERO_THREE },
    has: ['2026年没有一般公共预算支出。', '使用政府性基金预算拨款安排的支出120.00万元。与2025年相比，增加20.00万元，增长20.00%。', '政府性基金预算安排项目支出120.00万元'],
    hasNot: ['占支出合计的0.00%'],
  },
  {
    name: 'no "三公" table and no 基本支出 table',
    edits: [without('三公'), without('基本支出表')],
    has: ['“三公”经费预算【请填写：“三公”经费预算金额及与上年相比的增减和原因】。', '人员经费94.30万元', '七、支出预算经济分类情况\n　　【请填写：支出预算经济分类情况】'],
    hasNot: ['未安排因公出国'],
  },
  {
    name: 'projects and procurement from their tables',
    edits: [adding(projectTable), adding(procurementTable)],
    has: ['具体项目为：政务服务事项集中办理30.00万元；服务大厅设备更新22.00万元。', '政府采购预算31.50万元，其中：政府采购货物预算19.50万元、政府采购工程预算0.00万元、政府采购服务预算12.00万元。'],
    hasNot: ['主要项目名称及金额', '政府采购预算金额'],
  },
  {
    name: 'projects with performance targets from the 项目支出绩效目标表 (merged cells)',
    edits: [adding(performanceTable)],
    has: ['2026年，本部门实行绩效目标管理的项目2个，涉及项目预算资金52.00万元。具体项目为：政务服务事项集中办理30.00万元；服务大厅设备更新22.00万元。'],
    hasNot: ['【请填写：项目个数】'],
  },
  {
    name: 'performance targets without merged cells, with a 合计 line',
    edits: [adding(performanceTableUnmerged)],
    has: ['实行绩效目标管理的项目2个，涉及项目预算资金52.00万元。具体项目为：政务服务事项集中办理30.00万元；服务大厅设备更新22.00万元。'],
    hasNot: ['办事便利度', '【请填写：项目个数】'],
  },
  {
    name: 'the department’s overall targets are not a project list',
    edits: [
      adding(sheet('整体绩效', [['表15 2026年部门整体支出绩效目标表'], ['单位名称：某单位', null, null, null, null, '单位：万元'], ['部门名称', '年度预算', '一级指标', '二级指标', '三级指标', '指标值'], ['某单位', 154.6, '产出指标', '数量指标', '办结事项数', '≥500件']])),
      adding(performanceTable),
    ],
    has: ['实行绩效目标管理的项目2个，涉及项目预算资金52.00万元。'],
    hasNot: ['具体项目为：某单位'],
  },
  {
    name: 'performance targets printed as one form per project',
    edits: [adding(performanceForms)],
    has: ['实行绩效目标管理的项目2个，涉及项目预算资金52.00万元。具体项目为：政务服务事项集中办理30.00万元；服务大厅设备更新22.00万元。'],
    hasNot: ['某单位政务服务科', '【请填写：项目个数】'],
  },
  {
    name: 'performance targets listed by unit (单位名称 before 项目名称)',
    edits: [adding(performanceByUnit)],
    has: ['实行绩效目标管理的项目2个，涉及项目预算资金52.00万元。具体项目为：政务服务事项集中办理30.00万元；服务大厅设备更新22.00万元。'],
    hasNot: ['某单位本级', '【请填写：项目个数】'],
  },
  {
    name: 'performance targets published empty',
    edits: [adding(performanceEmpty)],
    has: ['某单位2026年没有编报绩效目标的项目，《项目支出绩效目标表》为空表。'],
    hasNot: ['【请填写：项目个数】'],
  },
  {
    name: 'no performance table: placeholders',
    has: ['2026年，本部门实行绩效目标管理的项目【请填写：项目个数】个，涉及项目预算资金【请填写：金额】。'],
  },
  {
    name: '机关运行经费 from a table of its own, against last year from its 上年 column',
    edits: [adding(runningTable)],
    prior: null,
    has: ['某单位2026年机关运行经费预算8.30万元。与2025年相比，增加0.40万元，增长5.06%。主要原因：【请填写：机关运行经费增减的主要原因】。'],
    hasNot: ['按一般公共预算基本支出中的公用经费计列'],
  },
  {
    name: '机关运行经费 from a table of its own, against last year’s workbook',
    edits: [adding(runningTable)],
    priorEdits: [adding(sheet('机关运行经费', [['表14 2025年机关运行经费预算表'], ['单位名称：某单位', null, '单位：万元'], ['项目', '2025年预算数'], ['机关运行经费', 8.3]]))],
    has: ['某单位2026年机关运行经费预算8.30万元。与2025年持平。'],
  },
  {
    name: '机关运行经费 read as the 公用经费 of the 基本支出 table when the workbook gives nothing else',
    has: ['某单位2026年机关运行经费预算8.30万元，按一般公共预算基本支出中的公用经费计列。与2025年持平。'],
    hasNot: ['【请填写：机关运行经费金额】'],
  },
  {
    name: '机关运行经费 with no 基本支出 table and no "三公" line: placeholders',
    edits: [without('基本支出表')],
    has: ['机关运行经费预算【请填写：机关运行经费金额】'],
  },
  {
    name: 'procurement with the share reserved for small and medium enterprises (a column)',
    edits: [adding(procurementWithSme)],
    has: ['政府采购预算31.50万元，其中：政府采购货物预算19.50万元、政府采购工程预算0.00万元、政府采购服务预算12.00万元。', '2026年本部门面向中小企业预留的政府采购预算12.00万元，占政府采购预算总额的38.10%。'],
    hasNot: ['面向中小企业预留的金额及占政府采购预算总额的比例'],
  },
  {
    name: 'procurement with the reserved share on a line of its own',
    edits: [adding(procurementSmeLine)],
    has: ['面向中小企业预留的政府采购预算31.50万元，占政府采购预算总额的100.00%。'],
  },
  {
    name: 'procurement without the reserved share: a placeholder',
    edits: [adding(procurementTable)],
    has: ['2026年本部门面向中小企业预留的政府采购预算【请填写：面向中小企业预留的金额及占政府采购预算总额的比例，没有则写明】。'],
  },
  {
    name: '基本支出 and income sources against the workbook’s own 上年 columns',
    edits: [summaryWithLastYear, basicWithLastYear],
    prior: null,
    has: [
      '收入总计154.60万元，支出总计154.60万元。与2025年相比，收、支总计各减少12.80万元，下降7.65%。',
      '一般公共预算拨款154.60万元，与2025年相比，减少2.80万元，下降1.78%。主要原因：【请填写：主要原因】。',
      '政府性基金预算拨款0.00万元，与2025年相比，减少10.00万元，下降100.00%。主要原因：【请填写：主要原因】。',
      /公用经费8\.30万元，主要包括办公费。与2025年相比，增加5\.20万元，增长5\.34%。主要原因：【请填写：主要原因】。/,
    ],
  },
  {
    name: '功能分类 items against the 一般公共预算支出表’s own 上年 column, its printed change ignored',
    extras: { lastYear: PRIOR },
    edits: [wrongPrintedChange],
    prior: null,
    has: [
      '2026年一般公共预算支出154.60万元，占支出合计的100.00%。与2025年相比，减少2.80万元，下降1.78%。',
      '1.一般公共服务支出（类201）行政运行（项2010301）140.30万元，主要用于【请填写：行政运行的用途】。与2025年相比，减少6.00万元，下降4.10%。主要原因：【请填写：主要原因】。',
      '2.社会保障和就业支出（类208）机关事业单位基本养老保险缴费支出（项2080505）11.10万元，主要用于【请填写：机关事业单位基本养老保险缴费支出的用途】。与2025年持平。',
      '3.卫生健康支出（类210）事业单位医疗（项2101102）3.20万元，主要用于【请填写：事业单位医疗的用途】。与2025年相比，新增3.20万元（上年无此项预算）。',
    ],
    hasNot: ['减少5.00万元', '3.42%', /（项\d{7}）[^\n]*与上年相比的增减额/],
  },
  {
    name: '功能分类 items against a flat 上年 column (2025年预算数 | 2026年预算数 | 增减额 | 增减率)',
    edits: [generalFlatWithLastYear],
    prior: null,
    has: [
      '2026年一般公共预算支出154.60万元，占支出合计的100.00%。与2025年相比，减少2.80万元，下降1.78%。',
      '行政运行（项2010301）140.30万元，主要用于【请填写：行政运行的用途】。与2025年相比，减少6.00万元，下降4.10%。',
      '（项2080505）11.10万元，主要用于【请填写：机关事业单位基本养老保险缴费支出的用途】。与2025年持平。',
      '事业单位医疗（项2101102）3.20万元，主要用于【请填写：事业单位医疗的用途】。与2025年相比，新增3.20万元（上年无此项预算）。',
    ],
    hasNot: [/（项\d{7}）[^\n]*与上年相比的增减额/],
  },
  {
    name: '基本支出 and income sources against last year’s workbook',
    has: ['一般公共预算拨款154.60万元，与2025年相比，减少2.80万元，下降1.78%。', /公用经费8\.30万元，主要包括办公费。与2025年相比，增加5\.20万元，增长5\.34%。/],
  },
];

// The draft's placeholders are reported as leftovers on purpose.
const notPlaceholder = (f: { rule: string; quote: string }) => !(f.rule === 'form-template-leftover' && f.quote.startsWith('【请填写：'));

function filled(doc: DocModel): DocModel {
  const para = (p: Paragraph): Paragraph => ({ runs: p.runs.map((r) => (r.kind === 'placeholder' ? text(p.runs.length === 1 ? '本年度按规定安排相关工作。' : '按规定安排') : r)) });
  const section = (s: Section): Section => ({ ...s, paragraphs: s.paragraphs.map(para), sections: s.sections.map(section) });
  return { ...doc, parts: doc.parts.map((part) => ({ ...part, paragraphs: part.paragraphs.map(para), sections: part.sections.map(section) })) };
}

describe('drafts of workbooks of many shapes', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const grid = (c.edits ?? []).reduce((g, e) => e(g), budgetGrid(c.budget ?? BUDGET, '某单位', c.document ?? 'department', c.extras));
    const model = parseWorkbook(grid);
    const priorBudget = c.prior === undefined ? PRIOR : c.prior;
    const prior = priorBudget ? parseWorkbook((c.priorEdits ?? []).reduce((g, e) => e(g), budgetGrid(priorBudget, '某单位', c.document ?? 'department'))) : null;
    const doc = draftNarrative({ model, prior, moneyUnit: c.moneyUnit });
    const draft = renderText(doc);
    for (const s of c.has) expect(draft).toEqual(typeof s === 'string' ? expect.stringContaining(s) : expect.stringMatching(s));
    for (const s of c.hasNot ?? []) expect(draft).not.toEqual(typeof s === 'string' ? expect.stringContaining(s) : expect.stringMatching(s));
    expect(draft).not.toMatch(/NaN|undefined|null|Infinity|，。|。。|，，|\d万元(?!\S)/);
    // Correct by construction: nothing but the placeholders is reported.
    const audit = auditNarrative({ text: draft, model, prior });
    expect(audit.findings.filter(notPlaceholder).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
    expect(audit.findings.length).toBe(placeholders(doc).length);
    // Filled in, the text passes the form rules.
    const done = auditNarrative({ text: renderText(filled(doc)), model, prior });
    expect(done.findings.filter((f) => f.rule.startsWith('form-')).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
  });

  it.each([['元'], ['万元']] as const)('drafts in %s that audit clean for random budgets in 元 (property)', (moneyUnit) => {
    fc.assert(
      fc.property(
        budgetArb(2024).chain((cur) => fc.tuple(fc.constant(cur), fc.option(priorArb(cur), { nil: null }))),
        ([cur, prior]) => {
          const model = parseWorkbook(inYuan(budgetGrid(cur)));
          const priorModel = prior ? parseWorkbook(inYuan(budgetGrid(prior))) : null;
          const draft = renderText(draftNarrative({ model, prior: priorModel, moneyUnit }));
          expect(draft).not.toMatch(moneyUnit === '元' ? /\d万元/ : /\d元/);
          const r = auditNarrative({ text: draft, model, prior: priorModel });
          expect(r.findings.filter(notPlaceholder).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('drafts the later sections from their tables and last year’s columns, and they audit clean (property)', () => {
    fc.assert(
      fc.property(
        budgetArb(2025).chain((cur) => fc.tuple(fc.constant(cur), extrasArb(cur), fc.option(priorArb(cur), { nil: null }))),
        ([cur, extras, prior]) => {
          const model = parseWorkbook(budgetGrid(cur, '某单位', 'department', extras));
          const priorModel = prior ? parseWorkbook(budgetGrid(prior)) : null;
          const doc = draftNarrative({ model, prior: priorModel });
          const draft = renderText(doc);
          // Each new section states what its table gives, not a placeholder.
          if (extras.performance) {
            // Whatever the layout (list, 单位名称 first, one form per project): every project, and
            // the 项目支出 they split between them.
            const project = cur.classes.reduce((acc, c) => acc + c[2], 0);
            expect(draft).toContain(`实行绩效目标管理的项目${extras.performance.length}个，涉及项目预算资金${(project / 100).toFixed(2)}万元。`);
            for (let i = 1; i <= extras.performance.length; i++) expect(draft).toMatch(new RegExp(`[：；]项目${i}号\\d`));
          }
          if (extras.running) expect(draft).toMatch(/机关运行经费预算\d/);
          if (extras.procurement && extras.procurement.goods + extras.procurement.works + extras.procurement.services > 0) expect(draft).toMatch(/面向中小企业预留的政府采购预算\d/);
          if (extras.lastYear && !prior) {
            // Last year from this workbook's own 上年 columns: 基本支出 and each income source.
            expect(draft).toMatch(/一般公共预算基本支出[\d.]+万元[^\n]*。与2024年(相比，(增加|减少|新增)|持平)/);
            if (cur.classes.flat().some((x) => x > 0)) expect(draft).toMatch(/\n\u3000\u3000一般公共预算拨款[\d.]+万元，与2024年(相比，(增加|减少|新增)|持平)/);
            // …and each 功能分类 item from the 一般公共预算支出表's 上年 column, no placeholder.
            for (const line of draft.split('\n').filter((l) => /^\u3000\u3000\d+\.[^\n]*（项\d{7}）/.test(l))) expect(line).toMatch(/。与2024年(相比，(增加|减少|新增)|持平)/);
          }
          // The generated tables are consistent: the checks find no error in them.
          expect(runChecks(model).filter((f) => (f.severity === 'error' && f.rule !== 'table-missing') || f.rule === 'cell-text').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
          expect(draft).not.toMatch(/NaN|undefined|null|Infinity|，。|。。|，，/);
          const r = auditNarrative({ text: draft, model, prior: priorModel });
          expect(r.findings.filter(notPlaceholder).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('asks for everything, and asserts nothing, when the workbook has no table', () => {
    const model = parseWorkbook({ sheets: [] });
    const doc = draftNarrative({ model });
    const draft = renderText(doc);
    expect(draft.replace(/【请填写：[^】]*】/g, '')).not.toMatch(/NaN|undefined|null|\d|没有/);
    expect(draft).toContain('【请填写：政府性基金预算支出情况（工作簿中没有政府性基金预算支出表）】');
    expect(draft).toContain('【请填写：政府性基金预算项目支出情况】');
    const audit = auditNarrative({ text: draft, model });
    expect(audit.findings.filter(notPlaceholder).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
  });

  it('writes in 万元 by default, as published texts do, whatever the workbook', () => {
    const model = parseWorkbook(inYuan(budgetGrid(BUDGET)));
    const draft = renderText(draftNarrative({ model }));
    expect(draft).toContain('收入总计154.60万元');
    expect(draft).not.toMatch(/\d元/);
  });
});
