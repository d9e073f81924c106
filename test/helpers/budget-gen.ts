// Random, internally consistent budgets as grids (layout (a), 万元), for property tests.
import fc from 'fast-check';
import type { WorkbookGrid } from '../../src/core/grid';
import { sheet, type Plain } from './grid';

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
export function budgetGrid(b: Budget, name = '某单位', document: 'department' | 'unit' = 'department'): WorkbookGrid {
  const grid = departmentGrid(b, name);
  if (document === 'department') return grid;
  return { sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((row, i) => (i === 0 ? row.map((c) => (c && typeof c.value === 'string' ? { ...c, value: c.value.replace('年部门', '年单位') } : c)) : row)) })) };
}

function departmentGrid(b: Budget, name: string): WorkbookGrid {
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
      sheet('收支总表', [
        [`${name}${y}年部门收支总表`],
        meta,
        ['收入', null, '支出', null],
        ['项目', '预算数', '项目', '预算数'],
        ['一、一般公共预算拨款', v(general), `一、${cls[0].name}`, v(cls[0].total)],
        ['二、政府性基金预算拨款', v(b.fund), `二、${cls[1].name}`, v(cls[1].total)],
        [null, null, `三、${cls[2].name}`, v(cls[2].total)],
        [null, null, '四、城乡社区支出', v(b.fund)],
        ['本年收入合计', v(total), '本年支出合计', v(total)],
        ['上年结转', 0, '结转下年', 0],
        ['收入总计', v(total), '支出总计', v(total)],
      ], ['A3:B3', 'C3:D3']),
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
      sheet('一般公共预算支出表', [
        [`表5 ${y}年一般公共预算支出表`],
        meta,
        ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
        [null, null, null, '小计', '人员经费', '公用经费', null],
        [null, '合计', v(general), v(sum((c) => c.basic)), v(sum((c) => c.p)), v(sum((c) => c.u)), v(sum((c) => c.j))],
        ...funcRows([(c) => c.total, (c) => c.basic, (c) => c.p, (c) => c.u, (c) => c.j]),
      ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']),
      sheet('基本支出表', [
        [`表6 ${y}年一般公共预算基本支出表`],
        meta,
        ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
        [null, '合计', v(sum((c) => c.basic)), v(sum((c) => c.p)), v(sum((c) => c.u))],
        ['301', '工资福利支出', v(sum((c) => c.p)), v(sum((c) => c.p)), null],
        ['30101', '基本工资', v(sum((c) => c.p)), v(sum((c) => c.p)), null],
        ['302', '商品和服务支出', v(sum((c) => c.u)), null, v(sum((c) => c.u))],
        ['30201', '办公费', v(sum((c) => c.u)), null, v(sum((c) => c.u))],
      ]),
      sheet('三公', [
        [`表8 ${y}年一般公共预算“三公”经费支出表`],
        meta,
        ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
        [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
        [v(tp.abroad + vehicle + tp.reception), v(tp.abroad), v(vehicle), v(tp.purchase), v(tp.operation), v(tp.reception)],
      ], ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4']),
      sheet('政府性基金', [[`表9 ${y}年政府性基金预算支出表`], meta, ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [null, '合计', b.fund ? v(b.fund) : null, null, b.fund ? v(b.fund) : null], ...fundRows, ...(b.fund ? [] : [['注：本单位没有政府性基金预算支出，本表为空表。']])]),
    ],
  };
}
