// Layout (b): the structure of a 2025 district template: amounts in 元, codes split over 类/款/项
// text columns, 合计 at the bottom, blank padding rows, merged three-row headers, the "三公"
// table in 万元 with a 上年 column, the two empty fund tables stacked on one sheet with notes,
// and a sheet of filling instructions that is not a budget table.
import ExcelJS from 'exceljs';
import { add, exact, type Exact } from '../../src/core/money';
import { hierarchy, num, total, type HRow, type Leaf } from './hierarchy';
import { FUNC_NAMES, ECON_NAMES } from './henan';
import { codeValue, SheetWriter, writeHeader, type CodeStyle } from './writer';

export interface ShanghaiUnit {
  name: string;
  year: number;
  /** 项-level 一般公共预算 rows, keys: basic, project. */
  general: Leaf[];
  /** 基本支出 by 部门经济分类 款, keys: personnel, public. */
  basicEconomic: Leaf[];
  threePublic: { current: ThreePublic; prior: ThreePublic };
}
export interface ThreePublic {
  abroad: string;
  reception: string;
  purchase: string;
  operation: string;
  running: string;
}

const SH_NAMES: Record<string, string> = { ...FUNC_NAMES, ...ECON_NAMES };

function meta(w: SheetWriter, unit: ShanghaiUnit, width: number, money = '元'): void {
  const r = w.line([`编制部门：${unit.name}`]);
  w.merge(r, 1, r, Math.min(3, width - 1));
  w.ws.getCell(r, width).value = `单位：${money}`;
}

function splitCode(code: string): [string, string | null, string | null] {
  return [code.slice(0, 3), code.length >= 5 ? code.slice(3, 5) : null, code.length === 7 ? code.slice(5) : null];
}

function funcTable(wb: ExcelJS.Workbook, sheet: string, title: string, unit: ShanghaiUnit, group: string, rows: HRow[], keys: string[], leaves: string[], style: CodeStyle) {
  const w = new SheetWriter(wb, sheet);
  writeFuncTable(w, title, unit, group, rows, keys, leaves, 20, style);
  return w;
}

function writeFuncTable(w: SheetWriter, title: string, unit: ShanghaiUnit, group: string, rows: HRow[], keys: string[], leaves: string[], padTo: number, style: CodeStyle) {
  const width = 4 + keys.length;
  w.title(title, width);
  meta(w, unit, width);
  const top = w.row;
  writeHeader(w, [
    ['项目', '功能分类科目编码', '类'],
    ['项目', '功能分类科目编码', '款'],
    ['项目', '功能分类科目编码', '项'],
    ['项目', '功能分类科目名称'],
    ...leaves.map((l) => [group, l]),
  ]);
  void top;
  const first = w.row;
  for (const r of rows) {
    const [lei, kuan, xiang] = splitCode(r.code);
    w.line([codeValue(lei, style), codeValue(kuan, style), codeValue(xiang, style), r.name, ...keys.map((k) => num(r.v[k], true))]);
  }
  // Blank padding rows to the template's fixed height.
  while (w.row < first + padTo) w.blank();
  const t = total(rows, keys);
  const tr = w.line(['合计', '合计', '合计', '合计', ...keys.map((k) => (rows.length ? num(t[k], true) : null))]);
  w.merge(tr, 1, tr, 4);
  return tr;
}

export function writeShanghai(unit: ShanghaiUnit, style: CodeStyle = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const y = unit.year;
  const gen = hierarchy(unit.general, FUNC_NAMES, ['basic', 'project']);
  for (const r of gen) r.v.total = add(r.v.basic, r.v.project);
  const t = total(gen, ['basic', 'project', 'total']);
  const lei = gen.filter((r) => r.level === 1);
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

  // 财务收支预算总表: 收入 and 支出 side by side, 总计 at the bottom after padding.
  {
    const w = new SheetWriter(wb, '部门财务收支预算总表');
    w.title(`${y}年部门财务收支预算总表`, 4);
    meta(w, unit, 4);
    const h = w.line(['本年收入', '本年收入', '本年支出', '本年支出'], { bold: true });
    w.merge(h, 1, h, 2);
    w.merge(h, 3, h, 4);
    w.line(['项目', '预算数', '项目', '预算数'], { bold: true });
    const inc: [string, Exact | null][] = [
      ['一、财政拨款收入', t.total],
      ['1. 一般公共预算资金', t.total],
      ['2. 政府性基金', null],
      ['3. 国有资本经营预算', null],
      ['二、事业收入', null],
      ['三、事业单位经营收入', null],
      ['四、其他收入', null],
    ];
    const first = w.row;
    for (let i = 0; i < Math.max(inc.length, lei.length); i++) {
      w.line([inc[i]?.[0] ?? null, inc[i] ? num(inc[i][1] ?? undefined, true) : null, lei[i] ? `${cn[i]}、${lei[i].name}` : null, lei[i] ? num(lei[i].v.total) : null]);
    }
    while (w.row < first + 13) w.blank();
    w.line(['收入总计', num(t.total), '支出总计', num(t.total)]);
    w.widths([26, 18, 30, 18]);
  }

  // 收入预算总表.
  {
    const w = new SheetWriter(wb, '部门收入预算总表');
    const rows = gen.map((r) => ({ ...r, v: { ...r.v, fiscal: r.v.total } }));
    writeFuncTable(w, `${y}年部门收入预算总表`, unit, '收入预算', rows, ['total', 'fiscal', 'business', 'operating', 'other'], ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'], 20, style);
  }
  funcTable(wb, '部门支出预算总表', `${y}年部门支出预算总表`, unit, '支出预算', gen, ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出'], style);

  // 财政拨款收支预算总表.
  {
    const w = new SheetWriter(wb, '部门财政拨款收支预算总表');
    w.title(`${y}年部门财政拨款收支预算总表`, 7);
    meta(w, unit, 7);
    const h = w.line(['财政拨款收入', '财政拨款收入', '财政拨款支出', null, null, null, null], { bold: true });
    w.merge(h, 1, h, 2);
    w.merge(h, 3, h, 7);
    w.line(['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'], { bold: true });
    const inc: [string, Exact | null][] = [
      ['一、一般公共预算资金', t.total],
      ['二、政府性基金', null],
      ['三、国有资本经营预算', null],
    ];
    const first = w.row;
    for (let i = 0; i < Math.max(inc.length, lei.length); i++) {
      w.line([inc[i]?.[0] ?? null, inc[i] ? num(inc[i][1] ?? undefined, true) : null, lei[i] ? `${cn[i]}、${lei[i].name}` : null, lei[i] ? num(lei[i].v.total) : null, lei[i] ? num(lei[i].v.total) : null, null, null]);
    }
    while (w.row < first + 13) w.blank();
    w.line(['收入总计', num(t.total), '支出总计', num(t.total), num(t.total), null, null]);
    w.widths([24, 18, 28, 18, 18, 16, 16]);
  }

  funcTable(wb, '一般公共预算支出功能分类预算表', `${y}年部门一般公共预算支出功能分类预算表`, unit, '一般公共预算支出', gen, ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出'], style);

  // Two empty tables on one sheet, each with its note.
  {
    const w = new SheetWriter(wb, '政府性基金及国有资本经营');
    writeFuncTable(w, `${y}年部门政府性基金预算支出功能分类预算表`, unit, '政府性基金预算支出', [], ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出'], 4, style);
    w.line([`注：本部门${y}年无政府性基金预算财政拨款安排的预算，故本表为空表。`]);
    w.blank(2);
    writeFuncTable(w, `${y}年部门国有资本经营预算支出功能分类预算表`, unit, '国有资本经营预算支出', [], ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出'], 4, style);
    w.line([`注：本部门${y}年无国有资本经营预算财政拨款安排的预算，故本表为空表。`]);
  }

  // 基本支出 by 部门经济分类, 类/款 split, 合计 at the bottom.
  {
    const w = new SheetWriter(wb, '一般公共预算基本支出经济分类');
    const econ = hierarchy(unit.basicEconomic, SH_NAMES, ['personnel', 'public']);
    for (const r of econ) r.v.total = add(r.v.personnel, r.v.public);
    w.title(`${y}年部门一般公共预算基本支出部门预算经济分类预算表`, 6);
    meta(w, unit, 6);
    writeHeader(w, [
      ['项目', '部门预算经济分类科目编码', '类'],
      ['项目', '部门预算经济分类科目编码', '款'],
      ['项目', '经济分类科目名称'],
      ['一般公共预算基本支出', '合计'],
      ['一般公共预算基本支出', '人员经费'],
      ['一般公共预算基本支出', '公用经费'],
    ]);
    for (const r of econ) w.line([codeValue(r.code.slice(0, 3), style), codeValue(r.code.length === 5 ? r.code.slice(3) : null, style), r.name, num(r.v.total), num(r.v.personnel, true), num(r.v.public, true)]);
    const et = total(econ, ['total', 'personnel', 'public']);
    const tr = w.line(['合计', '合计', '合计', num(et.total), num(et.personnel), num(et.public)]);
    w.merge(tr, 1, tr, 3);
  }

  // "三公" and 机关运行经费 in 万元, items down the side, 上年 beside 本年.
  {
    const w = new SheetWriter(wb, '三公经费和机关运行经费');
    w.title(`${y}年部门“三公”经费和机关运行经费预算表`, 3);
    meta(w, unit, 3, '万元');
    w.line(['项目', `${y - 1}年预算数`, `${y}年预算数`], { bold: true });
    const row = (tp: ThreePublic) => {
      const vehicle = add(exact(tp.purchase), exact(tp.operation));
      return { total: add(add(exact(tp.abroad), exact(tp.reception)), vehicle), vehicle };
    };
    const cur = row(unit.threePublic.current);
    const pri = row(unit.threePublic.prior);
    const c = unit.threePublic.current;
    const p = unit.threePublic.prior;
    const f = (s: string) => num(exact(s));
    w.line(['“三公”经费合计', num(pri.total), num(cur.total)], { format: '0.00' });
    w.line(['1. 因公出国(境)费', f(p.abroad), f(c.abroad)], { format: '0.00' });
    w.line(['2. 公务接待费', f(p.reception), f(c.reception)], { format: '0.00' });
    w.line(['3. 公务用车购置及运行费', num(pri.vehicle), num(cur.vehicle)], { format: '0.00' });
    w.line(['其中：公务用车购置费', f(p.purchase), f(c.purchase)], { format: '0.00' });
    w.line(['      公务用车运行费', f(p.operation), f(c.operation)], { format: '0.00' });
    w.line(['机关运行经费', f(p.running), f(c.running)], { format: '0.00' });
    w.widths([30, 16, 16]);
  }

  // Not a budget table.
  {
    const w = new SheetWriter(wb, '填报说明');
    w.line(['填报说明']);
    w.line(['1. 本工作簿各表金额除另有说明外以元为单位。']);
    w.line(['2. 空表须保留并注明原因。']);
  }
  return wb;
}

export type { HRow };
