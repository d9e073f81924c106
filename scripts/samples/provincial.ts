// Layout (d): a provincial template of the 2020s as many cities and counties publish it, for a
// fictitious unit in 2025, in 万元. What differs from layouts (a)–(c):
// - summary: 收入 and 支出 headings spaced with full-width spaces, 本年预算数 by year, income lines
//   named …拨款收入 with 单位资金, 上年结转结余 / 年终结转结余, 收 入 总 计 spaced out;
// - income table by budget unit: 单位编码 (department 3 digits, units 6) and 单位名称 rows, a
//   本年收入 group with its own 小计;
// - expenditure table: names only, hierarchy by full-width-space indentation, 总计 at the bottom;
// - 一般公共预算支出表: codes in one column, last year's figure first (2024年预算数), this year's
//   under 2025年预算数 with 基本支出 split into 人员经费 / 公用经费, then 比上年增减 amount and %;
// - 基本支出表 by 政府预算经济分类 (505 …), 类 and 款 in two columns;
// - "三公" table across one row with a group per year (2024年预算数 | 2025年预算数);
// - the 政府性基金 and the empty 国有资本经营 tables on one sheet, unit in the title.
// Every identity holds: 0 findings.
import ExcelJS from 'exceljs';
import { add, div, exact, isZero, mul, sub, toFixed, type Exact } from '../../src/core/money';
import { hierarchy, num, total, type Leaf } from './hierarchy';
import { FUNC_NAMES } from './henan';
import { SheetWriter, writeHeader } from './writer';

export interface ProvincialUnit {
  name: string;
  /** Department code (3 digits); unit codes add 3. */
  code: string;
  year: number;
  /** 项-level 一般公共预算 rows: personnel, public, project; prior = last year's 项 total; unit = 1 or 2. */
  general: (Leaf & { unit: 1 | 2 })[];
  /** 项-level 政府性基金 rows: project (all in unit 2). */
  fund: Leaf[];
  /** Names of the department's own office (unit 1) and of its second unit. */
  units: [string, string];
  /** 基本支出 by 政府预算经济分类 款: personnel, public. */
  basicGov: Leaf[];
  threePublic: { prior: ThreeItems; current: ThreeItems };
  /**
   * The two summaries nest their lines: 一、本年收入 over its sources, 二、上年结转结余 over its own;
   * `numbered`: the lines under them numbered （一）（二）… instead of indented.
   */
  nested?: boolean | 'numbered';
  /**
   * The 部门收支总表 prints its 支出 side three ways in column groups, each a breakdown of the same
   * total: 支出功能分类 | 预算数 | 政府预算经济分类 | 预算数 | 支出类别 | 预算数.
   */
  breakdowns?: boolean;
  /** The 支出总表 has a code column with the department's own code and name heading its classes. */
  departmentHeading?: boolean;
  /** The 支出总表 lists each budget unit under a heading row, with its own classes (codes repeat). */
  expenditureByUnit?: boolean;
}

export interface ThreeItems {
  abroad: string;
  purchase: string;
  operation: string;
  reception: string;
}

const GOV_NAMES: Record<string, string> = { '505': '对事业单位经常性补助', '509': '对个人和家庭的补助' };
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const FW = '\u3000';

function meta(w: SheetWriter, unit: ProvincialUnit, width: number): void {
  w.line([`单位名称：${unit.name}`]);
  w.ws.getCell(w.row - 1, width).value = '单位：万元';
}

type Line = [string, ...(Exact | null)[]];
const figures = (l: Line) => l.slice(1) as (Exact | null)[];

/**
 * The lines of a two-sided summary under its header: flat (items, 本年合计, 上年结转 / 结转下年), or
 * nested as some templates have it (一、本年收入 over its sources, 二、上年结转结余 over its own).
 */
function writeSides(w: SheetWriter, nested: ProvincialUnit['nested'], income: Line[], spending: Line[], totals: [Line, Line]): void {
  const width = spending[0].length - 1;
  const blanks = (n: number): null[] => Array(n).fill(null);
  let left: Line[];
  let right: Line[];
  if (nested) {
    left = nestedIncome(nested, income, totals[0]);
    right = [['一、本年支出', ...figures(totals[1])], ...spending.map((l, i): Line => [subLine(nested, l[0], i), ...figures(l)]), ['二、年终结转结余', ...blanks(width)]];
  } else {
    left = [...income, ...blanks(Math.max(0, spending.length - income.length)).map(() => null as unknown as Line), totals[0], ['上年结转结余', null]];
    right = [...spending, ...blanks(Math.max(0, income.length - spending.length)).map(() => null as unknown as Line), totals[1], ['年终结转结余', ...blanks(width)]];
  }
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    w.line([l?.[0] ?? null, l ? num(l[1] ?? undefined, true) : null, r?.[0] ?? null, ...(r ? figures(r).map((v, k) => num(v ?? undefined, k > 0 || v === null)) : blanks(width))]);
  }
}

/** The 收入 lines of a nested summary: 一、本年收入 over its sources, 二、上年结转结余 over its own. */
function nestedIncome(nested: ProvincialUnit['nested'], income: Line[], total: Line): Line[] {
  const carry = ['一般公共预算拨款', '政府性基金预算拨款'].map((l, i): Line => [subLine(nested, l, i), null]);
  return [['一、本年收入', ...figures(total)], ...income.map((l, i): Line => [subLine(nested, l[0], i), ...figures(l)]), ['二、上年结转结余', null], ...carry];
}

/** A line under 一、本年收入: indented, or numbered （一）（二）…. */
function subLine(nested: ProvincialUnit['nested'], label: string, i: number): string {
  return (nested === 'numbered' ? `（${CN[i]}）` : `${FW}${FW}`) + label.replace(/^[一二三四五六七八九十]+、/, '');
}

export function writeProvincial(unit: ProvincialUnit): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const y = unit.year;
  const gen = hierarchy(unit.general, FUNC_NAMES, ['personnel', 'public', 'project', 'prior']);
  for (const r of gen) r.v.basic = add(r.v.personnel, r.v.public);
  for (const r of gen) r.v.total = add(r.v.basic, r.v.project);
  const fund = hierarchy(unit.fund, FUNC_NAMES, ['project']);
  for (const r of fund) r.v.total = r.v.project;
  const genTotal = total(gen, ['personnel', 'public', 'basic', 'project', 'total', 'prior']);
  const fundTotal = total(fund, ['project', 'total']);
  // All spending by 功能分类, both sources.
  const leafSum = (l: Leaf, keys: string[]) => keys.reduce((t, k) => add(t, exact(l.v[k] ?? '0')), exact(0)).toString();
  const allLeaves: Leaf[] = [
    ...unit.general.map((l) => ({ code: l.code, name: l.name, v: { general: leafSum(l, ['personnel', 'public', 'project']), basic: leafSum(l, ['personnel', 'public']), project: leafSum(l, ['project']) } })),
    ...unit.fund.map((l) => ({ code: l.code, name: l.name, v: { fund: leafSum(l, ['project']), project: leafSum(l, ['project']) } })),
  ].sort((a, b) => a.code.localeCompare(b.code));
  const all = hierarchy(allLeaves, FUNC_NAMES, ['general', 'fund', 'basic', 'project']);
  for (const r of all) r.v.total = add(r.v.basic, r.v.project);
  const allTotal = total(all, ['general', 'fund', 'basic', 'project', 'total']);
  const lei = all.filter((r) => r.level === 1);

  // 表1 部门收支总表, its 支出 side three ways in column groups where the template prints it so.
  if (unit.breakdowns) {
    const w = new SheetWriter(wb, '1 收支总表');
    w.title(`${unit.name}${y}年部门收支总表`, 8);
    meta(w, unit, 8);
    const h = w.line([`收${FW}${FW}入`, null, `支${FW}${FW}出`, null, null, null, null, null], { bold: true });
    w.merge(h, 1, h, 2);
    w.merge(h, 3, h, 8);
    w.line([`项${FW}${FW}目`, `${y}年预算数`, '支出功能分类', `${y}年预算数`, '政府预算经济分类', `${y}年预算数`, '支出类别', `${y}年预算数`], { bold: true });
    const income: Line[] = [
      ['一、一般公共预算拨款收入', genTotal.total],
      ['二、政府性基金预算拨款收入', fundTotal.total],
      ['三、国有资本经营预算拨款收入', null],
      ['四、财政专户管理资金收入', null],
      ['五、单位资金', null],
    ];
    const left = nestedIncome(unit.nested, income, ['本年收入', allTotal.total]);
    // By 政府预算经济分类 类: the 基本支出 by its classes, every 项目支出 a recurrent grant to the units.
    const econ = hierarchy(unit.basicGov, GOV_NAMES, ['personnel', 'public']).filter((r) => r.level === 1);
    const projects = allTotal.project;
    const econLines = econ.map((r, i): Line => [`${CN[i]}、${r.name}`, r.code === '505' ? add(add(r.v.personnel, r.v.public), projects) : add(r.v.personnel, r.v.public)]);
    const groups: Line[][] = [lei.map((r, i): Line => [`${CN[i]}、${r.name}`, r.v.total]), econLines, [['一、基本支出', allTotal.basic], ['二、项目支出', projects]]];
    const n = Math.max(...groups.map((g) => g.length));
    for (let i = 0; i < Math.max(left.length, n + 2); i++) {
      const l = left[i];
      const right = groups.flatMap((g, k) => {
        if (i < g.length) return [g[i][0], num(g[i][1] ?? undefined)];
        if (i === n) return [k === 0 ? '本年支出合计' : null, num(allTotal.total)];
        if (i === n + 1) return [k === 0 ? '二、年终结转结余' : null, null];
        return [null, null];
      });
      w.line([l?.[0] ?? null, l ? num(l[1] ?? undefined, true) : null, ...right]);
    }
    w.line(['收 入 总 计', num(allTotal.total), '支 出 总 计', num(allTotal.total), null, num(allTotal.total), null, num(allTotal.total)]);
    w.widths([30, 14, 28, 12, 24, 12, 14, 12]);
  } else {
    const w = new SheetWriter(wb, '1 收支总表');
    w.title(`${unit.name}${y}年部门收支总表`, 4);
    meta(w, unit, 4);
    const h = w.line([`收${FW}${FW}入`, null, `支${FW}${FW}出`, null], { bold: true });
    w.merge(h, 1, h, 2);
    w.merge(h, 3, h, 4);
    w.line([`项${FW}${FW}目`, `${y}年预算数`, `项${FW}${FW}目`, `${y}年预算数`], { bold: true });
    const income: [string, Exact | null][] = [
      ['一、一般公共预算拨款收入', genTotal.total],
      ['二、政府性基金预算拨款收入', fundTotal.total],
      ['三、国有资本经营预算拨款收入', null],
      ['四、财政专户管理资金收入', null],
      ['五、单位资金', null],
    ];
    const spending: [string, Exact | null][] = lei.map((r, i) => [`${CN[i]}、${r.name}`, r.v.total]);
    writeSides(w, unit.nested, income, spending, [['本 年 收 入 合 计', allTotal.total], ['本 年 支 出 合 计', allTotal.total]]);
    w.line(['收 入 总 计', num(allTotal.total), '支 出 总 计', num(allTotal.total)]);
    w.widths([30, 14, 30, 14]);
  }

  // 表2 部门收入总表, by budget unit.
  {
    const w = new SheetWriter(wb, '2 收入总表');
    w.title(`${unit.name}${y}年部门收入总表`, 8);
    meta(w, unit, 8);
    writeHeader(w, [['单位编码'], ['单位名称'], ['合计'], ['上年结转结余'], ['本年收入', '小计'], ['本年收入', '一般公共预算拨款收入'], ['本年收入', '政府性基金预算拨款收入'], ['本年收入', '单位资金']]);
    const byUnit = [1, 2].map((u) => {
      const g = unit.general.filter((l) => l.unit === u).reduce((t, l) => add(t, exact(leafSum(l, ['personnel', 'public', 'project']))), exact(0));
      const f = u === 2 ? fundTotal.total : exact(0);
      return { g, f, t: add(g, f) };
    });
    const row = (code: string | null, name: string, v: { g: Exact; f: Exact; t: Exact }) => w.line([code, name, num(v.t), null, num(v.t), num(v.g, true), num(v.f, true), null]);
    row(null, '合计', { g: genTotal.total, f: fundTotal.total, t: allTotal.total });
    row(unit.code, unit.name, { g: genTotal.total, f: fundTotal.total, t: allTotal.total });
    row(`${unit.code}001`, `${FW}${FW}${unit.units[0]}`, byUnit[0]);
    row(`${unit.code}002`, `${FW}${FW}${unit.units[1]}`, byUnit[1]);
    w.widths([10, 34, 12, 12, 12, 14, 14, 12]);
  }

  // 表3 部门支出总表: names only, indented with full-width spaces; 总计 at the bottom.
  {
    const w = new SheetWriter(wb, '3 支出总表');
    w.title(`${unit.name}${y}年部门支出总表`, 4);
    meta(w, unit, 4);
    if (unit.departmentHeading) {
      // The department's own code and name head its classes in the code column.
      writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
      w.line([null, '合计', num(allTotal.total), num(allTotal.basic), num(allTotal.project)]);
      w.line([unit.code, unit.name, num(allTotal.total), num(allTotal.basic), num(allTotal.project)]);
      for (const r of all) w.line([r.code, r.name, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
      w.widths([12, 40, 12, 12, 12]);
    } else if (unit.expenditureByUnit) {
      // Each budget unit under its own heading (unit code and name), its classes and items below.
      writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
      w.line([null, '合计', num(allTotal.total), num(allTotal.basic), num(allTotal.project)]);
      ([1, 2] as const).forEach((u) => {
        const leaves = allLeaves.filter((l) => unit.general.find((g) => g.code === l.code)?.unit === u || (u === 2 && unit.fund.some((f) => f.code === l.code)));
        const rows = hierarchy(leaves, FUNC_NAMES, ['basic', 'project']);
        for (const r of rows) r.v.total = add(r.v.basic, r.v.project);
        const t = total(rows, ['total', 'basic', 'project']);
        w.line([`${unit.code}00${u}`, unit.units[u - 1], num(t.total), num(t.basic, true), num(t.project, true)]);
        for (const r of rows) w.line([r.code, r.name, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
      });
      w.widths([12, 40, 12, 12, 12]);
    } else {
      writeHeader(w, [['功能分类科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
      for (const r of all) w.line([`${FW.repeat(2 * (r.level - 1))}${r.name}`, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
      w.line([`总${FW}${FW}计`, num(allTotal.total), num(allTotal.basic), num(allTotal.project)]);
      w.widths([40, 12, 12, 12]);
    }
  }

  // 表4 财政拨款收支总表.
  {
    const w = new SheetWriter(wb, '4 财政拨款收支总表');
    w.title(`${unit.name}${y}年财政拨款收支总表`, 6);
    meta(w, unit, 6);
    const h = w.line([`收${FW}${FW}入`, null, `支${FW}${FW}出`, null, null, null], { bold: true });
    w.merge(h, 1, h, 2);
    w.merge(h, 3, h, 6);
    w.line([`项${FW}${FW}目`, `${y}年预算数`, `项${FW}${FW}目`, '合计', '一般公共预算', '政府性基金预算'], { bold: true });
    const income: [string, Exact | null][] = [
      ['一、一般公共预算拨款收入', genTotal.total],
      ['二、政府性基金预算拨款收入', fundTotal.total],
      ['三、国有资本经营预算拨款收入', null],
    ];
    const spending: [string, Exact | null, Exact | null, Exact | null][] = lei.map((r, i) => [`${CN[i]}、${r.name}`, r.v.total, r.v.general, r.v.fund]);
    writeSides(w, unit.nested, income, spending, [['本 年 收 入 合 计', allTotal.total], ['本 年 支 出 合 计', allTotal.total, allTotal.general, allTotal.fund]]);
    w.line(['收 入 总 计', num(allTotal.total), '支 出 总 计', num(allTotal.total), num(allTotal.general), num(allTotal.fund)]);
    w.widths([30, 14, 30, 12, 14, 14]);
  }

  // 表5 一般公共预算支出表: last year first, this year split, then the change.
  {
    const w = new SheetWriter(wb, '5 一般公共预算支出表');
    w.title(`${unit.name}${y}年一般公共预算支出表`, 11);
    meta(w, unit, 11);
    const cur = `${y}年预算数`;
    writeHeader(w, [
      ['科目编码'],
      ['科目名称'],
      [`${y - 1}年预算数`],
      [cur, '合计'],
      [cur, '基本支出', '小计'],
      [cur, '基本支出', '人员经费'],
      [cur, '基本支出', '公用经费'],
      [cur, '项目支出'],
      ['比上年增减', '金额'],
      ['比上年增减', '%'],
    ]);
    const line = (code: string | null, name: string, v: Record<string, Exact>) => {
      const change = sub(v.total, v.prior);
      const rate = isZero(v.prior) ? null : Number(toFixed(mul(div(change, v.prior), 100), 2));
      w.line([code, name, num(v.prior), num(v.total), num(v.basic, true), num(v.personnel, true), num(v.public, true), num(v.project, true), num(change), rate]);
    };
    line(null, '合计', genTotal);
    for (const r of gen) line(r.code, r.name, r.v);
    w.widths([12, 34, 12, 12, 12, 12, 12, 12, 12, 8]);
  }

  // 表6 一般公共预算基本支出表 by 政府预算经济分类.
  {
    const w = new SheetWriter(wb, '6 基本支出表');
    w.title(`${unit.name}${y}年一般公共预算基本支出表（政府预算经济分类）`, 6);
    meta(w, unit, 6);
    writeHeader(w, [['科目编码', '类'], ['科目编码', '款'], ['科目名称'], ['合计'], ['人员经费'], ['公用经费']]);
    const rows = hierarchy(unit.basicGov, GOV_NAMES, ['personnel', 'public']);
    for (const r of rows) r.v.total = add(r.v.personnel, r.v.public);
    const t = total(rows, ['total', 'personnel', 'public']);
    w.line([null, null, '合计', num(t.total), num(t.personnel), num(t.public)]);
    for (const r of rows) w.line([r.code.slice(0, 3), r.code.length === 5 ? r.code.slice(3) : null, r.name, num(r.v.total), num(r.v.personnel, true), num(r.v.public, true)]);
    w.widths([8, 8, 30, 12, 12, 12]);
  }

  // 表7 "三公": a group of columns per year, one row.
  {
    const w = new SheetWriter(wb, '7 三公经费');
    w.title(`${unit.name}${y}年一般公共预算“三公”经费支出表`, 12);
    meta(w, unit, 12);
    const items = [['合计'], ['因公出国（境）费'], ['公务用车购置及运行费', '小计'], ['公务用车购置及运行费', '公务用车购置费'], ['公务用车购置及运行费', '公务用车运行费'], ['公务接待费']];
    writeHeader(w, [...items.map((p) => [`${y - 1}年预算数`, ...p]), ...items.map((p) => [`${y}年预算数`, ...p])]);
    const fig = (tp: ThreeItems) => {
      const vehicle = add(exact(tp.purchase), exact(tp.operation));
      const sum = add(add(exact(tp.abroad), vehicle), exact(tp.reception));
      return [num(sum), num(exact(tp.abroad)), num(vehicle), num(exact(tp.purchase)), num(exact(tp.operation)), num(exact(tp.reception))];
    };
    w.line([...fig(unit.threePublic.prior), ...fig(unit.threePublic.current)]);
    w.widths(Array(12).fill(12));
  }

  // 表8 and 表9 on one sheet: the fund table, then the empty state-capital table with its note.
  {
    const w = new SheetWriter(wb, '8 基金和国有资本');
    w.title(`${unit.name}${y}年政府性基金预算支出表（单位：万元）`, 5);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
    w.line([null, '合计', num(fundTotal.total), null, num(fundTotal.project)]);
    for (const r of fund) w.line([r.code, r.name, num(r.v.total), null, num(r.v.project, true)]);
    w.blank();
    w.title(`${unit.name}${y}年国有资本经营预算支出表（单位：万元）`, 5);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
    w.line([null, '合计', null, null, null]);
    w.line(['本单位无国有资本经营预算拨款安排的支出，本表无数据。']);
    w.widths([12, 34, 12, 12, 12]);
  }
  return wb;
}
