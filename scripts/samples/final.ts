// Layout (e): the final accounts (部门决算) as the national 公开01–09表 lay them out, for a fictitious
// unit's 2024 accounts in 万元. What differs from the budget layouts:
// - the two summaries list 项目 | 行次 | 金额 per side, with a 栏次 row under the header, and the
//   决算 lines (使用非财政拨款结余, 年初结转和结余, 结余分配, 年末结转和结余, 总计);
// - the income and expenditure tables have a 栏次 row (1 2 3 …) and the 决算 source columns
//   (上级补助收入, 经营收入, 附属单位上缴收入; 上缴上级支出, 经营支出, 对附属单位补助支出);
// - the 一般公共预算 table's figures sit under 本年支出 with a 小计;
// - the 基本支出 table puts 人员经费 and 公用经费 side by side, each with its own code, name and
//   amount, and their totals on the last row;
// - the "三公" table has a 预算数 and a 决算数 group of columns on one row;
// - the fund and state-capital tables are empty with notes.
// All income is 一般公共预算 with nothing carried over: every identity holds, 0 findings.
import ExcelJS from 'exceljs';
import { add, exact, type Exact } from '../../src/core/money';
import { hierarchy, num, total, type HRow, type Leaf } from './hierarchy';
import { ECON_NAMES, FUNC_NAMES } from './henan';
import { SheetWriter, writeHeader } from './writer';

export interface FinalUnit {
  name: string;
  year: number;
  /** 项-level 一般公共预算 spending: personnel, public, project. */
  general: Leaf[];
  /** 基本支出 by 部门经济分类 款: personnel (301, 303) or public (302, 310 …). */
  basicEconomic: Leaf[];
  threePublic: { budget: ThreeFigures; final: ThreeFigures };
}

export interface ThreeFigures {
  abroad: string;
  purchase: string;
  operation: string;
  reception: string;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function meta(w: SheetWriter, unit: FinalUnit, width: number, form: string): void {
  w.line([`部门：${unit.name}`]);
  w.ws.getCell(w.row - 1, width - 1).value = form;
  w.ws.getCell(w.row - 1, width).value = '金额单位：万元';
}

export function writeFinal(unit: FinalUnit): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const y = unit.year;
  const gen = hierarchy(unit.general, FUNC_NAMES, ['personnel', 'public', 'project']);
  for (const r of gen) r.v.basic = add(r.v.personnel, r.v.public);
  for (const r of gen) r.v.total = add(r.v.basic, r.v.project);
  const t = total(gen, ['personnel', 'public', 'basic', 'project', 'total']);
  const lei = gen.filter((r) => r.level === 1);

  // 公开01表 收入支出决算总表.
  {
    const w = new SheetWriter(wb, '公开01表');
    w.title(`${unit.name}${y}年度收入支出决算总表`, 6);
    meta(w, unit, 6, '公开01表');
    const h = w.line(['收入', null, null, '支出', null, null], { bold: true });
    w.merge(h, 1, h, 3);
    w.merge(h, 4, h, 6);
    w.line(['项目', '行次', '金额', '项目', '行次', '金额'], { bold: true });
    w.line(['栏次', null, 1, '栏次', null, 2], { format: '0' });
    const income: [string, Exact | null][] = [
      ['一、一般公共预算财政拨款收入', t.total],
      ['二、政府性基金预算财政拨款收入', null],
      ['三、国有资本经营预算财政拨款收入', null],
      ['四、上级补助收入', null],
      ['五、事业收入', null],
      ['六、经营收入', null],
      ['七、附属单位上缴收入', null],
      ['八、其他收入', null],
    ];
    // Every 类 of the 决算 form is listed; the unit's own carry figures, the others are blank.
    const spending: [string, Exact | null][] = lei.map((r) => [r.name, r.v.total]);
    spending.splice(1, 0, ['外交支出', null], ['国防支出', null]);
    const n = Math.max(income.length, spending.length);
    for (let i = 0; i < n; i++) {
      const inc = income[i];
      const exp = spending[i];
      w.line([inc?.[0] ?? null, inc ? i + 1 : null, inc ? num(inc[1] ?? undefined, true) : null, exp ? `${CN[i]}、${exp[0]}` : null, exp ? 30 + i : null, exp ? num(exp[1] ?? undefined, true) : null]);
      formatRowNumbers(w);
    }
    const lines: [string, Exact | null, string, Exact | null][] = [
      ['本年收入合计', t.total, '本年支出合计', t.total],
      ['使用非财政拨款结余', null, '结余分配', null],
      ['年初结转和结余', null, '年末结转和结余', null],
      ['总计', t.total, '总计', t.total],
    ];
    lines.forEach(([a, av, b, bv], i) => {
      w.line([a, n + i + 1, num(av ?? undefined, true), b, 30 + n + i, num(bv ?? undefined, true)]);
      formatRowNumbers(w);
    });
    w.widths([32, 6, 12, 32, 6, 12]);
  }

  // 公开02表 收入决算表.
  {
    const w = new SheetWriter(wb, '公开02表');
    w.title(`${unit.name}${y}年度收入决算表`, 9);
    meta(w, unit, 9, '公开02表');
    writeHeader(w, [['项目', '科目编码'], ['项目', '科目名称'], ['本年收入合计'], ['财政拨款收入'], ['上级补助收入'], ['事业收入'], ['经营收入'], ['附属单位上缴收入'], ['其他收入']]);
    w.line(['栏次', null, 1, 2, 3, 4, 5, 6, 7], { format: '0' });
    w.line([null, '合计', num(t.total), num(t.total)]);
    for (const r of gen) w.line([r.code, r.name, num(r.v.total), num(r.v.total)]);
    w.widths([12, 34, 12, 12, 12, 12, 12, 14, 12]);
  }

  // 公开03表 支出决算表.
  {
    const w = new SheetWriter(wb, '公开03表');
    w.title(`${unit.name}${y}年度支出决算表`, 8);
    meta(w, unit, 8, '公开03表');
    writeHeader(w, [['项目', '科目编码'], ['项目', '科目名称'], ['本年支出合计'], ['基本支出'], ['项目支出'], ['上缴上级支出'], ['经营支出'], ['对附属单位补助支出']]);
    w.line(['栏次', null, 1, 2, 3, 4, 5, 6], { format: '0' });
    w.line([null, '合计', num(t.total), num(t.basic), num(t.project)]);
    for (const r of gen) w.line([r.code, r.name, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
    w.widths([12, 34, 12, 12, 12, 12, 12, 14]);
  }

  // 公开04表 财政拨款收入支出决算总表.
  {
    const w = new SheetWriter(wb, '公开04表');
    w.title(`${unit.name}${y}年度财政拨款收入支出决算总表`, 9);
    meta(w, unit, 9, '公开04表');
    const h = w.line(['收入', null, null, '支出', null, null, null, null, null], { bold: true });
    w.merge(h, 1, h, 3);
    w.merge(h, 4, h, 9);
    w.line(['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'], { bold: true });
    w.line(['栏次', null, 1, '栏次', null, 2, 3, 4, 5], { format: '0' });
    const income: [string, Exact | null][] = [
      ['一、一般公共预算财政拨款', t.total],
      ['二、政府性基金预算财政拨款', null],
      ['三、国有资本经营预算财政拨款', null],
    ];
    const n = Math.max(income.length, lei.length);
    for (let i = 0; i < n; i++) {
      const inc = income[i];
      const exp = lei[i];
      w.line([inc?.[0] ?? null, inc ? i + 1 : null, inc ? num(inc[1] ?? undefined, true) : null, exp ? `${CN[i]}、${exp.name}` : null, exp ? 30 + i : null, exp ? num(exp.v.total) : null, exp ? num(exp.v.total) : null, null, null]);
      formatRowNumbers(w);
    }
    const lines: [string, Exact | null, string, Exact | null][] = [
      ['本年收入合计', t.total, '本年支出合计', t.total],
      ['年初财政拨款结转和结余', null, '年末财政拨款结转和结余', null],
      ['总计', t.total, '总计', t.total],
    ];
    lines.forEach(([a, av, b, bv], i) => {
      const grand = a === '本年收入合计' || a === '总计';
      w.line([a, n + i + 1, num(av ?? undefined, true), b, 30 + n + i, num(bv ?? undefined, true), grand ? num(bv ?? undefined, true) : null, null, null]);
      formatRowNumbers(w);
    });
    w.widths([30, 6, 12, 30, 6, 12, 14, 14, 14]);
  }

  // 公开05表 一般公共预算财政拨款支出决算表.
  {
    const w = new SheetWriter(wb, '公开05表');
    w.title(`${unit.name}${y}年度一般公共预算财政拨款支出决算表`, 5);
    meta(w, unit, 5, '公开05表');
    writeHeader(w, [['项目', '科目编码'], ['项目', '科目名称'], ['本年支出', '小计'], ['本年支出', '基本支出'], ['本年支出', '项目支出']]);
    w.line(['栏次', null, 1, 2, 3], { format: '0' });
    w.line([null, '合计', num(t.total), num(t.basic), num(t.project)]);
    for (const r of gen) w.line([r.code, r.name, num(r.v.total), num(r.v.basic, true), num(r.v.project, true)]);
    w.widths([12, 34, 12, 12, 12]);
  }

  // 公开06表 一般公共预算财政拨款基本支出决算表: 人员经费 beside 公用经费.
  {
    const w = new SheetWriter(wb, '公开06表');
    w.title(`${unit.name}${y}年度一般公共预算财政拨款基本支出决算表`, 6);
    meta(w, unit, 6, '公开06表');
    writeHeader(w, [['人员经费', '科目编码'], ['人员经费', '科目名称'], ['人员经费', '决算数'], ['公用经费', '科目编码'], ['公用经费', '科目名称'], ['公用经费', '决算数']]);
    const rows = hierarchy(unit.basicEconomic, ECON_NAMES, ['personnel', 'public']);
    const personnel = rows.filter((r) => /^30[13]/.test(r.code));
    const pub = rows.filter((r) => !/^30[13]/.test(r.code));
    const cell = (r: HRow | undefined, key: string) => (r ? [r.code, r.name, num(r.v[key])] : [null, null, null]);
    for (let i = 0; i < Math.max(personnel.length, pub.length); i++) w.line([...cell(personnel[i], 'personnel'), ...cell(pub[i], 'public')]);
    w.line(['人员经费合计', null, num(t.personnel), '公用经费合计', null, num(t.public)]);
    w.widths([10, 28, 12, 10, 28, 12]);
  }

  // 公开07表 "三公": 预算数 beside 决算数, one row.
  {
    const w = new SheetWriter(wb, '公开07表');
    w.title(`${unit.name}${y}年度一般公共预算财政拨款“三公”经费支出决算表`, 12);
    meta(w, unit, 12, '公开07表');
    const items = [['合计'], ['因公出国（境）费'], ['公务用车购置及运行费', '小计'], ['公务用车购置及运行费', '公务用车购置费'], ['公务用车购置及运行费', '公务用车运行费'], ['公务接待费']];
    writeHeader(w, [...items.map((p) => ['预算数', ...p]), ...items.map((p) => ['决算数', ...p])]);
    w.line([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { format: '0' });
    const fig = (tp: ThreeFigures) => {
      const vehicle = add(exact(tp.purchase), exact(tp.operation));
      return [num(add(add(exact(tp.abroad), vehicle), exact(tp.reception))), num(exact(tp.abroad)), num(vehicle), num(exact(tp.purchase)), num(exact(tp.operation)), num(exact(tp.reception))];
    };
    w.line([...fig(unit.threePublic.budget), ...fig(unit.threePublic.final)]);
    w.widths(Array(12).fill(12));
  }

  // 公开08表 and 公开09表: empty, with notes.
  for (const [sheet, title, note, width] of [
    ['公开08表', '政府性基金预算财政拨款收入支出决算表', '本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。', 10],
    ['公开09表', '国有资本经营预算财政拨款支出决算表', '本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。', 5],
  ] as const) {
    const w = new SheetWriter(wb, sheet);
    w.title(`${unit.name}${y}年度${title}`, width);
    meta(w, unit, width, sheet);
    if (width === 10) {
      writeHeader(w, [['项目', '科目编码'], ['项目', '科目名称'], ['年初结转和结余'], ['本年收入'], ['本年支出', '小计'], ['本年支出', '基本支出'], ['本年支出', '项目支出'], ['年末结转和结余']]);
      w.line(['栏次', null, 1, 2, 3, 4, 5, 6], { format: '0' });
      w.line([null, '合计', null, null, null, null, null, null]);
    } else {
      writeHeader(w, [['项目', '科目编码'], ['项目', '科目名称'], ['本年支出', '合计'], ['本年支出', '基本支出'], ['本年支出', '项目支出']]);
      w.line(['栏次', null, 1, 2, 3], { format: '0' });
      w.line([null, '合计', null, null, null]);
    }
    w.line([`注：${note}`]);
  }
  return wb;
}

/** The 行次 cells of the last line: whole numbers, not amounts. */
function formatRowNumbers(w: SheetWriter): void {
  for (const c of [2, 5]) {
    const cell = w.ws.getCell(w.row - 1, c);
    if (typeof cell.value === 'number') cell.numFmt = '0';
  }
}
