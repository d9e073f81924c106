// Random, internally consistent budgets as grids (layout (a), 万元), for property tests.
import fc from 'fast-check';
import type { WorkbookGrid } from '../../src/core/grid';
import type { SheetGrid } from '../../src/core/grid';
import { sheet, type Plain } from './grid';

/**
 * Tables beyond the standard set, for the drafter's later sections: last year's figures as
 * columns of the summary and 基本支出 tables (before this year's), a 项目支出绩效目标表 splitting the
 * 一般公共预算 项目支出 over projects, a 机关运行经费 table of its own, a 政府采购预算表 with the
 * amount reserved for small and medium enterprises.
 */
export interface Extras {
  lastYear?: Budget;
  /** Shares (weights) of the 项目支出 per project; each project has two indicator rows. */
  performance?: number[];
  /**
   * How the 项目支出绩效目标表 is laid out: a list (项目名称 | 预算金额 | … with the name merged down
   * the indicator rows), a list led by a 单位名称 column, or one form per project (项目名称 on one
   * line, 年度资金总额 below, then the indicators), its title repeated over each form or not.
   */
  performanceLayout?: 'list' | 'units' | 'forms' | 'forms-titled';
  /** This year's and last year's 机关运行经费, in cents of 万元. */
  running?: [number, number];
  /** 货物, 工程, 服务 and the part of their sum reserved for small and medium enterprises (0–100 %). */
  procurement?: { goods: number; works: number; services: number; smePercent: number };
}

export const extrasArb = (cur: Budget): fc.Arbitrary<Extras> =>
  fc.record(
    {
      lastYear: priorArb(cur),
      performance: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
      performanceLayout: fc.constantFrom('list' as const, 'units' as const, 'forms' as const, 'forms-titled' as const),
      running: fc.tuple(cents, cents),
      procurement: fc.record({ goods: cents, works: cents, services: cents, smePercent: fc.integer({ min: 0, max: 100 }) }),
    },
    { requiredKeys: [] },
  );

export interface Budget {
  year: number;
  /** Per class (201, 208, 210): personnel, public, project, in cents of 万元. */
  classes: [number, number, number][];
  fund: number;
  three: { abroad: number; purchase: number; operation: number; reception: number };
}

const CLASSES: [string, string, string, string][] = [
  ['201', '一般公共服务支出', '2010301', '行政运行'],
  ['208', '社会保障和就业支出', '2080505', '机关事业单位基本养老保险缴费支出'],
  ['210', '卫生健康支出', '2101102', '事业单位医疗'],
];

const cents = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000_000_00 }) });

export const budgetArb = (year: number): fc.Arbitrary<Budget> =>
  fc.record({
    year: fc.constant(year),
    classes: fc.tuple(fc.tuple(cents, cents, cents), fc.tuple(cents, cents, cents), fc.tuple(cents, cents, cents)),
    fund: cents,
    three: fc.record({ abroad: cents, purchase: cents, operation: cents, reception: cents }),
  });

/** A prior year: random, or the same figures (equal years), or some set to zero. */
export const priorArb = (current: Budget): fc.Arbitrary<Budget> =>
  fc.oneof(budgetArb(current.year - 1), fc.constant({ ...current, year: current.year - 1 }), budgetArb(current.year - 1).map((b) => ({ ...b, fund: 0, three: { ...b.three, abroad: 0 } })));

const v = (c: number): number => c / 100;

/** The budget's tables; a unit's (`document` 'unit') are titled 单位收支总表…, a department's 部门…. */
export function budgetGrid(b: Budget, name = '某单位', document: 'department' | 'unit' = 'department', extras: Extras = {}): WorkbookGrid {
  const grid = departmentGrid(b, name, extras);
  if (document === 'department') return grid;
  return { sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((row, i) => (i === 0 ? row.map((c) => (c && typeof c.value === 'string' ? { ...c, value: c.value.replace('年部门', '年单位') } : c)) : row)) })) };
}

function departmentGrid(b: Budget, name: string, extras: Extras): WorkbookGrid {
  const cls = b.classes.map(([p, u, j], i) => ({ code: CLASSES[i][0], name: CLASSES[i][1], item: CLASSES[i][2], itemName: CLASSES[i][3], p, u, j, basic: p + u, total: p + u + j }));
  const sum = (f: (c: (typeof cls)[number]) => number) => cls.reduce((s, c) => s + f(c), 0);
  const general = sum((c) => c.total);
  const total = general + b.fund;
  const meta: Plain[] = [`单位名称：${name}`, null, null, '单位：万元'];
  const y = b.year;
  const funcRows = (cols: ((c: (typeof cls)[number]) => number)[]): Plain[][] =>
    cls.flatMap((c) => [
      [c.code, c.name, ...cols.map((f) => v(f(c)))],
      [c.item, c.itemName, ...cols.map((f) => v(f(c)))],
    ]);
  const tp = b.three;
  const vehicle = tp.purchase + tp.operation;
  const fundRows: Plain[][] = b.fund ? [['212', '城乡社区支出', v(b.fund), null, v(b.fund)], ['2120899', '其他国有土地使用权出让收入安排的支出', v(b.fund), null, v(b.fund)]] : [];
  return {
    sheets: [
      summarySheet(b, name, extras.lastYear),
      sheet('支出总表', [[`表3 ${y}年部门支出总表`], meta, ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', v(total), v(sum((c) => c.basic)), v(sum((c) => c.j) + b.fund)], ...funcRows([(c) => c.total, (c) => c.basic, (c) => c.j]), ...fundRows]),
      sheet('财政拨款', [
        [`表4 ${y}年财政拨款收支总表`],
        meta,
        ['收入', null, '支出', null],
        ['项目', '预算数', '项目', '预算数'],
        ['一、一般公共预算', v(general), `一、${cls[0].name}`, v(cls[0].total)],
        ['二、政府性基金预算', v(b.fund), `二、${cls[1].name}`, v(cls[1].total)],
        [null, null, `三、${cls[2].name}`, v(cls[2].total)],
        [null, null, '四、城乡社区支出', v(b.fund)],
        ['收入总计', v(total), '支出总计', v(total)],
      ], ['A3:B3', 'C3:D3']),
      generalSheet(b, meta, extras.lastYear),
      basicSheet(b, name, extras.lastYear),
      sheet('三公', [
        [`表8 ${y}年一般公共预算“三公”经费支出表`],
        meta,
        ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
        [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
        [v(tp.abroad + vehicle + tp.reception), v(tp.abroad), v(vehicle), v(tp.purchase), v(tp.operation), v(tp.reception)],
      ], ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4']),
      sheet('政府性基金', [[`表9 ${y}年政府性基金预算支出表`], meta, ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', b.fund ? v(b.fund) : null, null, b.fund ? v(b.fund) : null], ...fundRows, ...(b.fund ? [] : [['注：本单位没有政府性基金预算支出，本表为空表。']])]),
      ...extraSheets(b, extras),
    ],
  };
}

const classesOf = (b: Budget) => b.classes.map(([p, u, j], i) => ({ name: CLASSES[i][1], p, u, j, total: p + u + j }));
const totalOf = (b: Budget, f: (c: ReturnType<typeof classesOf>[number]) => number) => classesOf(b).reduce((s, c) => s + f(c), 0);

/** The summary; with `last`, last year's column before this year's on both sides. */
function summarySheet(b: Budget, name: string, last?: Budget): SheetGrid {
  const cls = classesOf(b);
  const general = totalOf(b, (c) => c.total);
  const total = general + b.fund;
  const pair = (cur: number, before: (x: Budget) => number): Plain[] => (last ? [v(before(last)), v(cur)] : [v(cur)]);
  const lastCls = last ? classesOf(last) : null;
  const lastTotal = last ? totalOf(last, (c) => c.total) + last.fund : 0;
  const blank: Plain[] = last ? [null, null] : [null];
  const head: Plain[] = last ? [`${b.year - 1}年预算数`, `${b.year}年预算数`] : ['预算数'];
  const w = head.length + 1;
  const rows: Plain[][] = [
    [`${name}${b.year}年部门收支总表`],
    [`单位名称：${name}`, ...Array(2 * w - 2).fill(null), '单位：万元'],
    ['收入', ...Array(w - 1).fill(null), '支出', ...Array(w - 1).fill(null)],
    ['项目', ...head, '项目', ...head],
    ['一、一般公共预算拨款', ...pair(general, (x) => totalOf(x, (c) => c.total)), `一、${cls[0].name}`, ...pair(cls[0].total, () => lastCls![0].total)],
    ['二、政府性基金预算拨款', ...pair(b.fund, (x) => x.fund), `二、${cls[1].name}`, ...pair(cls[1].total, () => lastCls![1].total)],
    [null, ...blank, `三、${cls[2].name}`, ...pair(cls[2].total, () => lastCls![2].total)],
    [null, ...blank, '四、城乡社区支出', ...pair(b.fund, (x) => x.fund)],
    ['本年收入合计', ...pair(total, () => lastTotal), '本年支出合计', ...pair(total, () => lastTotal)],
    ['上年结转', ...pair(0, () => 0), '结转下年', ...pair(0, () => 0)],
    ['收入总计', ...pair(total, () => lastTotal), '支出总计', ...pair(total, () => lastTotal)],
  ];
  const end = (i: number) => String.fromCharCode(65 + i);
  return sheet('收支总表', rows, [`A3:${end(w - 1)}3`, `${end(w)}3:${end(2 * w - 1)}3`]);
}

/**
 * The 一般公共预算支出表; with `last`, last year's 合计 before this year's figures and the change
 * after them (`2025年预算数 | 2026年预算数/合计 | 基本支出/… | 项目支出 | 比上年增减/金额 | 增减率（%）`),
 * a row last year did not have left blank in last year's column.
 */
function generalSheet(b: Budget, meta: Plain[], last?: Budget): SheetGrid {
  const cls = classesOf(b).map((c, i) => ({ ...c, code: CLASSES[i][0], item: CLASSES[i][2], itemName: CLASSES[i][3], basic: c.p + c.u }));
  const sum = (f: (c: (typeof cls)[number]) => number) => cls.reduce((s, c) => s + f(c), 0);
  const cols: ((c: (typeof cls)[number]) => number)[] = [(c) => c.total, (c) => c.basic, (c) => c.p, (c) => c.u, (c) => c.j];
  const y = b.year;
  if (!last) {
    const rows = cls.flatMap((c) => [c.code, c.item].map((code, k) => [code, k ? c.itemName : c.name, ...cols.map((f) => v(f(c)))]));
    return sheet('一般公共预算支出表', [
      [`表5 ${y}年一般公共预算支出表`],
      meta,
      ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
      [null, null, null, '小计', '人员经费', '公用经费', null],
      [null, '合计', ...cols.map((f) => v(sum(f)))],
      ...rows,
    ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']);
  }
  const before = classesOf(last);
  const lastTotal = before.reduce((s, c) => s + c.total, 0);
  const change = (cur: number, pri: number): Plain[] => [v(cur - pri), pri ? Math.round(((cur - pri) / pri) * 10000) / 100 : null];
  const rows = cls.flatMap((c, i) =>
    [c.code, c.item].map((code, k) => [code, k ? c.itemName : c.name, before[i].total ? v(before[i].total) : null, ...cols.map((f) => v(f(c))), ...change(c.total, before[i].total)]),
  );
  return sheet(
    '一般公共预算支出表',
    [
      [`表5 ${y}年一般公共预算支出表`],
      [...meta, null, null, null, null, null, null],
      ['科目编码', '科目名称', `${y - 1}年预算数`, `${y}年预算数`, null, null, null, null, '比上年增减', null],
      [null, null, null, '合计', '基本支出', null, null, '项目支出', '金额', '增减率（%）'],
      [null, null, null, null, '小计', '人员经费', '公用经费', null, null, null],
      [null, '合计', v(lastTotal), ...cols.map((f) => v(sum(f))), ...change(sum((c) => c.total), lastTotal)],
      ...rows,
    ],
    ['A3:A5', 'B3:B5', 'C3:C5', 'D3:H3', 'D4:D5', 'E4:G4', 'H4:H5', 'I3:J3', 'I4:I5', 'J4:J5'],
  );
}

/** The 一般公共预算基本支出表; with `last`, a column of last year's 合计 before this year's figures. */
function basicSheet(b: Budget, name: string, last?: Budget): SheetGrid {
  const p = totalOf(b, (c) => c.p);
  const u = totalOf(b, (c) => c.u);
  const meta: Plain[] = last ? [`单位名称：${name}`, null, null, null, null, '单位：万元'] : [`单位名称：${name}`, null, null, '单位：万元'];
  if (!last)
    return sheet('基本支出表', [
      [`表6 ${b.year}年一般公共预算基本支出表`],
      meta,
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      [null, '合计', v(p + u), v(p), v(u)],
      ['301', '工资福利支出', v(p), v(p), null],
      ['30101', '基本工资', v(p), v(p), null],
      ['302', '商品和服务支出', v(u), null, v(u)],
      ['30201', '办公费', v(u), null, v(u)],
    ]);
  const lp = totalOf(last, (c) => c.p);
  const lu = totalOf(last, (c) => c.u);
  return sheet(
    '基本支出表',
    [
      [`表6 ${b.year}年一般公共预算基本支出表`],
      meta,
      ['科目编码', '科目名称', `${b.year - 1}年预算数`, `${b.year}年预算数`, null, null],
      [null, null, null, '合计', '人员经费', '公用经费'],
      [null, '合计', v(lp + lu), v(p + u), v(p), v(u)],
      ['301', '工资福利支出', v(lp), v(p), v(p), null],
      ['30101', '基本工资', v(lp), v(p), v(p), null],
      ['302', '商品和服务支出', v(lu), v(u), null, v(u)],
      ['30201', '办公费', v(lu), v(u), null, v(u)],
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'],
  );
}

function extraSheets(b: Budget, x: Extras): SheetGrid[] {
  const out: SheetGrid[] = [];
  const y = b.year;
  if (x.performance) {
    // The 一般公共预算 项目支出 split by weight, the last project taking the rest.
    const project = totalOf(b, (c) => c.j);
    const weights = x.performance;
    const sum = weights.reduce((s, w) => s + w, 0);
    let left = project;
    const amounts = weights.map((w, i) => {
      const amount = i === weights.length - 1 ? left : Math.floor((project * w) / sum);
      left -= amount;
      return amount;
    });
    const title = `表13 ${y}年项目支出绩效目标表`;
    const layout = x.performanceLayout ?? 'list';
    if (layout === 'forms' || layout === 'forms-titled') {
      // One form per project; with 'forms-titled' each form under its own title.
      const form = (amount: number, i: number): Plain[][] => [
        ...(layout === 'forms-titled' && i > 0 ? [[title], ['单位名称：某单位', null, null, null, '单位：万元']] : []),
        ['项目名称', `项目${i + 1}号`, null, '主管部门', '某单位'],
        ['实施单位', '某单位', null, '项目属性', '延续项目'],
        ['项目资金（万元）', '年度资金总额', v(amount), '其中：财政拨款', v(amount)],
        ['年度绩效目标', '按期完成年度任务', null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        ['产出指标', '数量指标', '完成事项数', '≥10项', null],
        ['满意度指标', '服务对象满意度指标', '满意率', '≥90%', null],
      ];
      out.push(sheet('绩效目标', [[title], ['单位名称：某单位', null, null, null, '单位：万元'], ...amounts.flatMap(form)]));
    } else {
      const units = layout === 'units';
      const lead = (i: number): Plain[] => (units ? [i % 2 ? '某单位信息中心' : '某单位本级'] : []);
      const blank: Plain[] = units ? [null] : [];
      const rows: Plain[][] = amounts.flatMap((amount, i) => [
        [...lead(i), `项目${i + 1}号`, v(amount), '按期完成年度任务', '产出指标', '数量指标', '完成事项数', '≥10项'],
        [...blank, null, null, null, '满意度指标', '服务对象满意度指标', '满意率', '≥90%'],
      ]);
      const letters = units ? ['A', 'B', 'C', 'D'] : ['A', 'B', 'C'];
      const merges = weights.flatMap((_, i) => letters.map((l) => `${l}${4 + 2 * i}:${l}${5 + 2 * i}`));
      const head: Plain[] = [...(units ? ['单位名称'] : []), '项目名称', '预算金额', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'];
      out.push(sheet('绩效目标', [[title], ['单位名称：某单位', null, null, null, null, null, ...blank, '单位：万元'], head, ...rows], merges));
    }
  }
  if (x.running) out.push(sheet('机关运行经费', [[`表14 ${y}年机关运行经费预算表`], ['单位名称：某单位', null, '单位：万元'], ['项目', `${y}年预算数`, `${y - 1}年预算数`], ['机关运行经费', v(x.running[0]), v(x.running[1])]]));
  if (x.procurement) {
    const { goods, works, services, smePercent } = x.procurement;
    const total = goods + works + services;
    const sme = Math.floor((total * smePercent) / 100);
    out.push(
      sheet('政府采购', [
        [`表12 ${y}年政府采购预算表`],
        ['单位名称：某单位', null, null, null, null, null, '单位：万元'],
        ['项目名称', '采购品目', '合计', '货物', '工程', '服务', '面向中小企业预留'],
        ['合计', null, v(total), v(goods), v(works), v(services), v(sme)],
        ['采购项目', '设备及服务', v(total), v(goods), v(works), v(services), v(sme)],
      ]),
    );
  }
  return out;
}