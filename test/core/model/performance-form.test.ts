// The 项目支出绩效目标表 printed as one form per project: each project read with its name and its
// year's funds, the indicators left out (no text taken for an amount), and a list whose header
// holds 项目名称 still read as a list.
import { parseWorkbook } from '../../../src/core/model/parse';
import { runChecks } from '../../../src/core/checks';
import { sheet, type Plain } from '../../helpers/grid';

const TITLE: Plain[] = ['表13 2026年项目支出绩效目标表'];
const META: Plain[] = ['单位名称：某单位', null, null, null, '单位：万元'];
const INDICATORS: Plain[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值', null],
  ['产出指标', '数量指标', '巡查河段长度', '≥120公里', null],
  ['效益指标', '生态效益指标', '水质达标率', '≥90%', null],
];

interface Case {
  name: string;
  rows: Plain[][];
  projects: [string, string | null, string | null][]; // name, amount, amount's cell
  unit?: string;
}

const CASES: Case[] = [
  {
    name: 'name beside its label, funds on the 项目资金 line',
    rows: [
      TITLE,
      META,
      ['项目名称', '河道日常巡查', null, '主管部门', '某单位'],
      ['实施单位', '某单位河道管理所', null, '项目属性', '经常性项目'],
      ['项目资金（万元）', '年度资金总额', 18.6, '其中：财政拨款', 18.6],
      ['年度绩效目标', '全年巡查河段不少于120公里'],
      ...INDICATORS,
      ['项目名称', '堤防维修养护', null, '主管部门', '某单位'],
      ['实施单位', '某单位河道管理所', null, '项目属性', '一次性项目'],
      ['项目资金（万元）', '年度资金总额', 40, '其中：财政拨款', 35],
      ...INDICATORS,
    ],
    projects: [
      ['河道日常巡查', '18.6', '绩效目标!C5'],
      ['堤防维修养护', '40', '绩效目标!C12'],
    ],
  },
  {
    name: 'name after a colon in the label cell, funds under their label',
    rows: [
      TITLE,
      ['单位名称：某单位'],
      ['项目名称：水文监测站运行', null, '主管部门：某单位'],
      ['项目资金（万元）', '年度资金总额', '财政拨款', '其他资金'],
      [null, 9.25, 9.25, 0],
      ...INDICATORS,
    ],
    projects: [['水文监测站运行', '9.25', '绩效目标!B5']],
    unit: '万元',
  },
  {
    name: 'a form without its funds keeps the project, without an amount',
    rows: [TITLE, META, ['项目名称', '防汛物资储备', null, '主管部门', '某单位'], ['年度绩效目标', '储备物资按时到位'], ...INDICATORS],
    projects: [['防汛物资储备', null, null]],
  },
  {
    name: 'a list whose header holds 项目名称 is no form',
    rows: [
      TITLE,
      META,
      ['项目名称', '预算金额', '一级指标', '二级指标', '指标值'],
      ['河道日常巡查', 18.6, '产出指标', '数量指标', '≥120公里'],
    ],
    projects: [['河道日常巡查', '18.6', '绩效目标!B4']],
  },
  {
    name: 'a list whose header has 项目名称 beside an unforeseen word is no form either (no label only a form has)',
    rows: [
      TITLE,
      META,
      ['项目名称', '主要产出', '预算金额', '一级指标', '指标值'],
      ['河道日常巡查', '按期巡查', 18.6, '产出指标', '≥120公里'],
    ],
    projects: [['河道日常巡查', '18.6', '绩效目标!C4']],
  },
];

describe('项目支出绩效目标表 as one form per project', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const model = parseWorkbook({ sheets: [sheet('绩效目标', c.rows)] });
    const t = model.tables.find((x) => x.kind === 'project-performance')!;
    expect(t).toBeDefined();
    const rows = t.blocks[0].rows.filter((r) => r.role === 'item' && (t.layout === 'forms' || r.amounts[0]?.value != null));
    expect(rows.map((r) => [r.label, r.amounts[0]?.value?.toString() ?? null, r.amounts[0]?.value != null ? `${t.sheet}!${r.amounts[0]!.cell}` : null])).toEqual(c.projects);
    if (c.unit) expect(t.unit).toBe(c.unit);
    // No indicator, name or department read as an amount.
    expect(model.issues.filter((i) => i.code === 'text-in-amount')).toEqual([]);
    expect(runChecks(model).filter((f) => f.sheet === '绩效目标').map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
  });
});
