// Layout (a): a county template of 2019 in 万元: 科目编码 and 科目名称 columns with whole codes,
// 合计 rows first, a two-sided 部门收支总表, the "三公" table laid out across one row.
import ExcelJS from 'exceljs';
import { add, exact, type Exact } from '../../src/core/money';
import { hierarchy, num, total, type HRow, type Leaf } from './hierarchy';
import { codeValue, SheetWriter, writeHeader, type CodeStyle } from './writer';

export interface HenanUnit {
  name: string;
  year: number;
  /** 项-level rows of the 一般公共预算 and 政府性基金 spending. */
  general: Leaf[]; // keys: personnel, public, project
  fund: Leaf[]; // keys: basic, project
  /** 一般公共预算基本支出 by 部门经济分类 款, keys: personnel, public. */
  basicEconomic: Leaf[];
  /** 支出经济分类汇总 by 部门经济分类 款, keys: general, fund. */
  economic: Leaf[];
  threePublic: { abroad: string; purchase: string; operation: string; reception: string; running?: string };
  carryOver: string;
  /** 类/款 names when the codes are not the standard ones (generated workbooks). */
  names?: Record<string, string>;
  // Layout (c), a later county template: the options below, each absent in layout (a).
  /** The summary's 支出 side by nature (基本支出: 人员经费, 公用经费; 项目支出) instead of by 类. */
  summaryByNature?: boolean;
  /** 支出经济分类汇总表 split into 基本支出 and 项目支出 (leaf keys basic, project) instead of by source. */
  economicByNature?: boolean;
  /** 项目支出表: one row per project, amounts by source. */
  projects?: { name: string; general: string; fund?: string }[];
  /** 政府采购预算表: one row per purchase, amounts by kind. */
  procurement?: { name: string; catalogue: string; goods?: string; works?: string; services?: string }[];
}

export const FUNC_NAMES: Record<string, string> = {
  '201': '一般公共服务支出',
  '20103': '政府办公厅（室）及相关机构事务',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '212': '城乡社区支出',
  '21208': '国有土地使用权出让收入安排的支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2010302': '一般行政管理事务',
};

export const ECON_NAMES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '310': '资本性支出',
};

function meta(w: SheetWriter, unit: HenanUnit, width: number): void {
  w.line([`单位名称：${unit.name}`]);
  w.ws.getCell(w.row - 1, width).value = '单位：万元';
}

function funcRowsWrite(w: SheetWriter, rows: HRow[], keys: string[], style: CodeStyle, blankZero = true): void {
  for (const r of rows) {
    w.line([codeValue(r.code, style), `${'  '.repeat(r.level - 1)}${r.name}`, ...keys.map((k) => num(r.v[k], blankZero))]);
  }
}

export function writeHenan(unit: HenanUnit, style: CodeStyle = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const y = unit.year;
  const gen = hierarchy(unit.general, unit.names ?? FUNC_NAMES, ['personnel', 'public', 'project']);
  for (const r of gen) r.v.basic = exactSum(r.v.personnel, r.v.public);
  for (const r of gen) r.v.total = exactSum(r.v.basic, r.v.project);
  const fund = hierarchy(unit.fund, unit.names ?? FUNC_NAMES, ['basic', 'project']);
  for (const r of fund) r.v.total = exactSum(r.v.basic, r.v.project);
  const genTotal = total(gen, ['personnel', 'public', 'basic', 'project', 'total']);
  const fundTotal = total(fund, ['basic', 'project', 'total']);
  const all = mergeFunc(gen, fund);
  const allTotal = total(all, ['general', 'fund', 'basic', 'project', 'total']);
  const carry = exact(unit.carryOver);
  const income = allTotal.total;
  const lei = all.filter((r) => r.level === 1);

  // 表1 部门收支总表 (unit name in the title, no 表 number).
  {
    const w = new SheetWriter(wb, '部门收支总表');
    w.title(`${unit.name}${y}年部门收支总表`, 4);
    w.line([null, null, null, '单位：万元']);
    const h1 = w.line(['收入', null, '支出', null], { bold: true });
    w.merge(h1, 1, h1, 2);
    w.merge(h1, 3, h1, 4);
    w.line(['项目', '预算数', '项目', '预算数'], { bold: true });
    const incomeItems: [string, Exact | null][] = [
      ['一、一般公共预算拨款', genTotal.total],
      ['二、政府性基金预算拨款', fundTotal.total],
      ['三、国有资本经营预算拨款', null],
      ['四、财政专户管理资金', null],
      ['五、事业收入', null],
      ['六、事业单位经营收入', null],
      ['七、其他收入', null],
    ];
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const spending: [string, Exact][] = unit.summaryByNature
      ? [
          ['一、基本支出', allTotal.basic],
          ['1. 人员经费', genTotal.personnel],
          ['2. 公用经费', genTotal.public],
          ['二、项目支出', allTotal.project],
        ]
      : lei.map((r, i) => [`${cn[i]}、${r.name}`, r.v.total]);
    const n = Math.max(incomeItems.length, spending.length);
    for (let i = 0; i < n; i++) {
      const inc = incomeItems[i];
      const exp = spending[i];
      w.line([inc?.[0] ?? null, inc ? num(inc[1] ?? undefined, true) : null, exp?.[0] ?? null, exp ? num(exp[1]) : null]);
    }
    w.line(['本年收入合计', num(income), '本年支出合计', num(income)]);
    w.line(['上年结转', num(carry), '结转下年', 0]);
    w.line(['收入总计', num(exactSum(income, carry)), '支出总计', num(exactSum(income, carry))]);
    w.widths([28, 14, 28, 14]);
  }

  // 表2 部门收入总表.
  {
    const w = new SheetWriter(wb, '部门收入总表');
    w.title(`表2 ${y}年部门收入总表`, 9);
    meta(w, unit, 9);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['上年结转'], ['一般公共预算'], ['政府性基金'], ['国有资本经营预算'], ['事业收入'], ['其他收入']]);
    w.line([null, '合计', num(allTotal.total), null, num(allTotal.general, true), num(allTotal.fund, true)]);
    for (const r of all) w.line([codeValue(r.code, style), `${'  '.repeat(r.level - 1)}${r.name}`, num(r.v.total), null, num(r.v.general, true), num(r.v.fund, true)]);
    w.widths([12, 34, 12, 12, 12, 12, 12, 12, 12]);
  }

  // 表3 部门支出总表.
  {
    const w = new SheetWriter(wb, '部门支出总表');
    w.title(`表3 ${y}年部门支出总表`, 5);
    meta(w, unit, 5);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
    w.line([null, '合计', num(allTotal.total), num(allTotal.basic), num(allTotal.project)]);
    funcRowsWrite(w, all, ['total', 'basic', 'project'], style);
    w.widths([12, 34, 12, 12, 12]);
  }

  // 表4 财政拨款收支总表 (two sides; 支出 by fund source).
  {
    const w = new SheetWriter(wb, '财政拨款收支总表');
    w.title(`表4 ${y}年财政拨款收支总表`, 6);
    meta(w, unit, 6);
    const h1 = w.line(['收入', null, '支出', null, null, null], { bold: true });
    w.merge(h1, 1, h1, 2);
    w.merge(h1, 3, h1, 6);
    w.line(['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金'], { bold: true });
    const items: [string, Exact | null][] = [
      ['一、一般公共预算', genTotal.total],
      ['二、政府性基金预算', fundTotal.total],
      ['三、国有资本经营预算', null],
    ];
    const cn = ['一', '二', '三', '四', '五', '六'];
    const n = Math.max(items.length, lei.length);
    for (let i = 0; i < n; i++) {
      const inc = items[i];
      const exp = lei[i];
      w.line([inc?.[0] ?? null, inc ? num(inc[1] ?? undefined, true) : null, exp ? `${cn[i]}、${exp.name}` : null, exp ? num(exp.v.total) : null, exp ? num(exp.v.general, true) : null, exp ? num(exp.v.fund, true) : null]);
    }
    w.line(['本年收入合计', num(income), '本年支出合计', num(income), num(allTotal.general), num(allTotal.fund)]);
    w.line(['上年结转', num(carry), '结转下年', 0, null, null]);
    w.line(['收入总计', num(exactSum(income, carry)), '支出总计', num(exactSum(income, carry)), num(allTotal.general), num(allTotal.fund)]);
    w.widths([26, 12, 28, 12, 14, 12]);
  }

  // 表5 一般公共预算支出表, 基本支出 split into 人员经费 and 公用经费.
  {
    const w = new SheetWriter(wb, '一般公共预算支出表');
    w.title(`表5 ${y}年一般公共预算支出表`, 7);
    meta(w, unit, 7);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出', '小计'], ['基本支出', '人员经费'], ['基本支出', '公用经费'], ['项目支出']]);
    w.line([null, '合计', num(genTotal.total), num(genTotal.basic), num(genTotal.personnel), num(genTotal.public), num(genTotal.project)]);
    funcRowsWrite(w, gen, ['total', 'basic', 'personnel', 'public', 'project'], style);
    w.widths([12, 34, 12, 12, 12, 12, 12]);
  }

  // 表6 一般公共预算基本支出表: codes written inside the name ("30101 基本工资").
  {
    const w = new SheetWriter(wb, '一般公共预算基本支出表');
    w.title(`表6 ${y}年一般公共预算基本支出表`, 4);
    meta(w, unit, 4);
    writeHeader(w, [['部门预算支出经济分类科目'], ['合计'], ['人员经费'], ['公用经费']]);
    const rows = hierarchy(unit.basicEconomic, unit.names ?? ECON_NAMES, ['personnel', 'public']);
    for (const r of rows) r.v.total = exactSum(r.v.personnel, r.v.public);
    const t = total(rows, ['total', 'personnel', 'public']);
    w.line(['合计', num(t.total), num(t.personnel), num(t.public)]);
    for (const r of rows) w.line([`${r.level === 2 ? '    ' : ''}${r.code} ${r.name}`, num(r.v.total), num(r.v.personnel, true), num(r.v.public, true)]);
    w.widths([36, 12, 12, 12]);
  }

  // 表7 支出经济分类汇总表: 类 and 款 in separate columns.
  {
    const w = new SheetWriter(wb, '支出经济分类汇总表');
    w.title(`表7 ${y}年支出经济分类汇总表（按部门预算经济分类）`, 6);
    meta(w, unit, 6);
    const [a, b] = unit.economicByNature ? ['basic', 'project'] : ['general', 'fund'];
    writeHeader(w, [['部门预算经济分类', '类'], ['部门预算经济分类', '款'], ['科目名称'], ['合计'], unit.economicByNature ? ['基本支出'] : ['一般公共预算'], unit.economicByNature ? ['项目支出'] : ['政府性基金']]);
    const rows = hierarchy(unit.economic, unit.names ?? ECON_NAMES, [a, b]);
    for (const r of rows) r.v.total = exactSum(r.v[a], r.v[b]);
    const t = total(rows, ['total', a, b]);
    w.line([null, null, '合计', num(t.total), num(t[a]), num(t[b])]);
    for (const r of rows) w.line([codeValue(r.code.slice(0, 3), style), codeValue(r.code.length === 5 ? r.code.slice(3) : null, style), r.name, num(r.v.total), num(r.v[a], true), num(r.v[b], true)]);
    w.widths([8, 8, 30, 12, 12, 12]);
  }

  // 表8 "三公" across one row.
  {
    const w = new SheetWriter(wb, '三公经费支出表');
    w.title(`表8 ${y}年一般公共预算"三公"经费支出表`, 6);
    meta(w, unit, 6);
    const tp = unit.threePublic;
    const paths = [['合计'], ['因公出国（境）费'], ['公务用车购置及运行费', '小计'], ['公务用车购置及运行费', '公务用车购置费'], ['公务用车购置及运行费', '公务用车运行费'], ['公务接待费']];
    // With 机关运行经费 beside it, the "三公" items are grouped under their own heading.
    writeHeader(w, tp.running === undefined ? paths : [...paths.map((p) => ['“三公”经费', ...p]), ['机关运行经费']]);
    const vehicle = exactSum(exact(tp.purchase), exact(tp.operation));
    const sum3 = exactSum(exactSum(exact(tp.abroad), vehicle), exact(tp.reception));
    w.line([num(sum3), num(exact(tp.abroad)), num(vehicle), num(exact(tp.purchase)), num(exact(tp.operation)), num(exact(tp.reception)), ...(tp.running === undefined ? [] : [num(exact(tp.running))])]);
    w.widths([12, 16, 14, 16, 16, 12, 14]);
  }

  // 表9 政府性基金预算支出表.
  {
    const w = new SheetWriter(wb, '政府性基金预算支出表');
    w.title(`表9 ${y}年政府性基金预算支出表`, 5);
    meta(w, unit, 5);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
    if (fund.length === 0) {
      w.line([null, '合计', null, null, null]);
      w.line([`注：${unit.name}${y}年没有使用政府性基金预算拨款安排的支出，本表为空表。`]);
    } else {
      w.line([null, '合计', num(fundTotal.total), num(fundTotal.basic, true), num(fundTotal.project, true)]);
      for (const r of fund) w.line([codeValue(r.code, style), `${'  '.repeat(r.level - 1)}${r.name}`, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
    }
    w.widths([12, 34, 12, 12, 12]);
  }

  // 表10 国有资本经营预算支出表: empty, with its note.
  {
    const w = new SheetWriter(wb, '国有资本经营预算支出表');
    w.title(`表10 ${y}年国有资本经营预算支出表`, 5);
    meta(w, unit, 5);
    writeHeader(w, [['科目编码'], ['科目名称'], ['合计'], ['基本支出'], ['项目支出']]);
    w.line([null, '合计', null, null, null]);
    w.line([`注：${unit.name}${y}年没有使用国有资本经营预算拨款安排的支出，本表为空表。`]);
    w.widths([12, 34, 12, 12, 12]);
  }

  // 表11 项目支出表 (layout (c)).
  if (unit.projects) {
    const w = new SheetWriter(wb, '项目支出表');
    w.title(`表11 ${y}年项目支出表`, 4);
    meta(w, unit, 4);
    writeHeader(w, [['项目名称'], ['合计'], ['一般公共预算'], ['政府性基金']]);
    const rows = unit.projects.map((p) => ({ name: p.name, general: exact(p.general), fund: exact(p.fund ?? '0') }));
    const g = rows.reduce((s, r) => exactSum(s, r.general), exact(0));
    const f = rows.reduce((s, r) => exactSum(s, r.fund), exact(0));
    w.line(['合计', num(exactSum(g, f)), num(g), num(f, true)]);
    for (const r of rows) w.line([r.name, num(exactSum(r.general, r.fund)), num(r.general, true), num(r.fund, true)]);
    w.widths([34, 12, 14, 12]);
  }

  // 表12 政府采购预算表 (layout (c)).
  if (unit.procurement) {
    const w = new SheetWriter(wb, '政府采购预算表');
    w.title(`表12 ${y}年政府采购预算表`, 6);
    meta(w, unit, 6);
    writeHeader(w, [['采购项目'], ['采购品目'], ['合计'], ['货物'], ['工程'], ['服务']]);
    const rows = unit.procurement.map((p) => ({ ...p, v: [exact(p.goods ?? '0'), exact(p.works ?? '0'), exact(p.services ?? '0')] }));
    const sums = [0, 1, 2].map((i) => rows.reduce((s, r) => exactSum(s, r.v[i]), exact(0)));
    w.line(['合计', null, num(sums.reduce(exactSum)), ...sums.map((v) => num(v, true))]);
    for (const r of rows) w.line([r.name, r.catalogue, num(r.v.reduce(exactSum)), ...r.v.map((v) => num(v, true))]);
    w.widths([30, 24, 12, 12, 12, 12]);
  }
  return wb;
}

const exactSum = add;

/** 一般公共预算 and 政府性基金 rows merged into one 功能分类 list with per-source columns. */
function mergeFunc(gen: HRow[], fund: HRow[]): HRow[] {
  const byCode = new Map<string, HRow>();
  const order: string[] = [];
  const put = (r: HRow, source: 'general' | 'fund') => {
    let m = byCode.get(r.code);
    if (!m) {
      m = { code: r.code, name: r.name, level: r.level, v: { general: exact(0), fund: exact(0), basic: exact(0), project: exact(0), total: exact(0) } };
      byCode.set(r.code, m);
      order.push(r.code);
    }
    m.v[source] = exactSum(m.v[source], r.v.total);
    m.v.basic = exactSum(m.v.basic, r.v.basic);
    m.v.project = exactSum(m.v.project, r.v.project);
    m.v.total = exactSum(m.v.total, r.v.total);
  };
  gen.forEach((r) => put(r, 'general'));
  fund.forEach((r) => put(r, 'fund'));
  // Keep codes in classification order, parents before children.
  order.sort();
  return order.map((c) => byCode.get(c)!);
}
