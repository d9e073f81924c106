// The check sheet as a workbook (exceljs, in Node and in the browser): a summary sheet with one
// row per submission and its problem counts by item, then one sheet per submission in the
// reviewer's layout (检查项目 | 符合要求 | 存在问题及位置 | 问题数 | 备注). Items left to the reviewer
// are written 待人工判断 on a yellow ground; 否 on a red one.
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs';
import type { Lang } from '../core/checks/types';
import { itemName, problemCount, type Checklist, type ChecklistRow, type ItemKey } from '../core/checklist';

const HEAD = {
  'zh-CN': {
    summary: '汇总',
    summaryTitle: '部门预算公开情况检查汇总表',
    title: '{{unit}}{{year}}预算公开情况检查表',
    unit: '单位',
    year: '年度',
    file: '文件',
    text: '情况说明',
    none: '（未提供）',
    no: '序号',
    item: '检查项目',
    ok: '符合要求',
    problems: '存在问题及位置',
    count: '问题数',
    note: '备注',
    yes: '是',
    notOk: '否',
    manual: '待人工判断',
    failing: '不符合项',
    manualItems: '待人工判断项',
    total: '问题合计',
    status: '状态',
    failed: '无法检查',
    checked: '已检查',
    where: '位置',
    legend: '“待人工判断”的项目工具无法判断，请审核人填写；问题按“位置：说明”列出。',
  },
  'en-US': {
    summary: 'Summary',
    summaryTitle: 'Budget disclosure check: summary',
    title: '{{unit}} {{year}} budget disclosure check',
    unit: 'Unit',
    year: 'Year',
    file: 'File',
    text: 'Text',
    none: '(none)',
    no: 'No.',
    item: 'Item',
    ok: 'Compliant',
    problems: 'Problems and places',
    count: 'Problems',
    note: 'Note',
    yes: 'Yes',
    notOk: 'No',
    manual: 'For the reviewer',
    failing: 'Items not compliant',
    manualItems: 'Items for the reviewer',
    total: 'Problems in all',
    status: 'Status',
    failed: 'Could not be checked',
    checked: 'checked',
    where: 'at',
    legend: 'Items marked "For the reviewer" cannot be judged by the tool; problems are listed as "place: description".',
  },
} as const;

const FILL = {
  no: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFADBD8' } },
  manual: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
  head: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
} as const satisfies Record<string, ExcelJS.Fill>;

/** Widths of 序号 | 检查项目 | 符合要求 | 存在问题及位置 | 问题数 | 备注, in characters. */
const COLUMNS = [6, 40, 12, 100, 8, 44];

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const FONT = { name: '宋体', size: 11 };

const fill = (s: string, data: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(data[k] ?? ''));

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'Sheet';
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 26)}(${i})`;
  used.add(name.toLowerCase());
  return name;
}

export function statusWord(r: Pick<ChecklistRow, 'status'>, lang: Lang): string {
  const h = HEAD[lang];
  return r.status === 'yes' ? h.yes : r.status === 'no' ? h.notOk : h.manual;
}

/** The problems of a row as the cell shows them: one numbered line each, the place first. */
export function problemLines(r: ChecklistRow): string {
  return r.problems.map((p, i) => `${i + 1}. ${p.place ? `${p.place}：` : ''}${p.message}`).join('\n');
}

function stem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

export async function checklistWorkbook(lists: readonly Checklist[], lang: Lang = 'zh-CN'): Promise<Uint8Array> {
  const h = HEAD[lang];
  const wb = new Workbook();
  wb.creator = 'budget-check';
  const used = new Set<string>();

  // The summary: one row per submission, problems counted by item.
  // One column per check item makes the summary wide: A4 landscape, the item names wrapped in
  // narrow columns, and the title rows and the first two columns repeated on every printed page
  // so that a wide summary prints on several legible pages rather than one tiny one.
  const summary = wb.addWorksheet(sheetName(h.summary, used), {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:2', printTitlesColumn: 'A:B' },
  });
  const keys: ItemKey[] = [];
  for (const c of lists) for (const r of c.rows) if (!keys.includes(r.key)) keys.push(r.key);
  const fixed = [h.no, h.unit, h.year, h.file, h.text, h.status, h.failing, h.manualItems, h.total];
  const names = keys.map((k) => {
    const titled = lists.flatMap((c) => c.rows.filter((r) => r.key === k).map((r) => r.item));
    // A table is named by its kind in the summary (titles differ between submissions).
    return k.startsWith('table:') ? itemName(k, lang) : titled[0] ?? itemName(k, lang);
  });
  // Not merged over the whole width: the title row is printed on every page, and a merged title
  // would be cut at each page's edge; a left-aligned title overflows into the empty row instead.
  summary.getCell(1, 1).value = h.summaryTitle;
  summary.getCell(1, 1).font = { ...FONT, size: 14, bold: true };
  summary.getCell(1, 1).alignment = { horizontal: 'left' };
  const head = summary.getRow(2);
  [...fixed, ...names].forEach((t, i) => {
    const cell = head.getCell(i + 1);
    cell.value = t;
    cell.font = { ...FONT, bold: true };
    cell.fill = FILL.head;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  // Item names are up to about fifteen characters: five lines of three in a column of width 7.
  head.height = 84;
  lists.forEach((c, i) => {
    const failing = c.rows.filter((r) => r.status === 'no').length;
    const manual = c.rows.filter((r) => r.status === 'manual').length;
    const total = c.rows.reduce((s, r) => s + problemCount(c, r.key), 0);
    const values: (string | number)[] = [
      i + 1,
      c.unitName ?? '',
      c.year ?? '',
      c.file,
      c.narrativeFile ?? h.none,
      c.failure ? `${h.failed}：${c.failure}` : h.checked,
      failing,
      manual,
      total,
      ...keys.map((k) => {
        const r = c.rows.find((x) => x.key === k);
        if (!r) return '';
        return r.status === 'manual' && r.problems.length === 0 ? h.manual : problemCount(c, k);
      }),
    ];
    const row = summary.addRow(values);
    // Two lines: 待人工判断 wraps in an item column, and Excel does not grow rows written by a file.
    row.height = 30;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = FONT;
      cell.border = THIN;
      cell.alignment = col > fixed.length ? { vertical: 'top', horizontal: 'center', wrapText: true } : { vertical: 'top', wrapText: col <= 6 };
      if (col > fixed.length) {
        const r = c.rows.find((x) => x.key === keys[col - fixed.length - 1]);
        if (r?.status === 'no') cell.fill = FILL.no;
        else if (r?.status === 'manual') cell.fill = FILL.manual;
      }
    });
  });
  summary.columns.forEach((col, i) => {
    col.width = SUMMARY_WIDTHS[i] ?? ITEM_WIDTH;
  });
  // More than fit on an A4 page at a legible scale: spread over pages instead of shrinking.
  const printed = summary.columns.reduce((w, col) => w + (col.width ?? ITEM_WIDTH), 0);
  summary.pageSetup.fitToWidth = Math.max(1, Math.ceil(printed / A4_LANDSCAPE_WIDTH));

  // One sheet per submission, in the reviewer's layout.
  lists.forEach((c, i) => {
    const ws = wb.addWorksheet(sheetName(`${i + 1}-${c.unitName ?? stem(c.file)}`, used), { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
    ws.columns = COLUMNS.map((width) => ({ width }));
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = fill(h.title, { unit: c.unitName ?? stem(c.file), year: c.year ? (lang === 'en-US' ? String(c.year) : `${c.year}年`) : '' });
    ws.getCell('A1').font = { ...FONT, size: 14, bold: true };
    ws.getCell('A1').alignment = { horizontal: 'center' };
    const meta: [string, string][] = [
      [h.unit, c.unitName ?? ''],
      [h.year, c.year ? String(c.year) : ''],
      [h.file, c.file],
      [h.text, c.narrativeFile ?? h.none],
    ];
    meta.forEach(([k, v], j) => {
      const r = 2 + j;
      ws.getCell(r, 1).value = k;
      ws.getCell(r, 1).font = { ...FONT, bold: true };
      ws.mergeCells(r, 1, r, 2);
      ws.mergeCells(r, 3, r, 6);
      ws.getCell(r, 3).value = v;
      ws.getCell(r, 3).font = FONT;
    });
    const headRow = ws.getRow(7);
    [h.no, h.item, h.ok, h.problems, h.count, h.note].forEach((t, j) => {
      const cell = headRow.getCell(j + 1);
      cell.value = t;
      cell.font = { ...FONT, bold: true };
      cell.fill = FILL.head;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    ws.views = [{ state: 'frozen', ySplit: 7 }];
    c.rows.forEach((r, j) => {
      const row = ws.addRow([j + 1, r.item, statusWord(r, lang), problemLines(r), r.problems.length || '', r.note]);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.font = FONT;
        cell.border = THIN;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 || col === 3 || col === 5 ? 'center' : 'left' };
      });
      const ok = row.getCell(3);
      if (r.status === 'no') ok.fill = FILL.no;
      if (r.status === 'manual') {
        ok.fill = FILL.manual;
        row.getCell(6).fill = FILL.manual;
      }
      // Rows grow with their problems (LibreOffice and Excel do not size merged or wrapped rows on open).
      const lines = (s: string, col: number) => s.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(width(l) / (COLUMNS[col] * 1.15))), 0);
      row.height = Math.max(20, 17 * Math.max(lines(problemLines(r), 3), lines(r.note, 5), lines(r.item, 1)));
    });
    const legend = ws.addRow([h.legend]);
    ws.mergeCells(legend.number, 1, legend.number, 6);
    legend.getCell(1).font = { ...FONT, size: 9, italic: true };
  });
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** Widths of the summary's fixed columns (No., unit, year, file, text, status and the three counts). */
const SUMMARY_WIDTHS = [5, 22, 7, 24, 24, 12, 7, 7, 7];
const ITEM_WIDTH = 7;
/** Column widths that print on one A4 landscape page at about 80 % (still legible for 11 pt). */
const A4_LANDSCAPE_WIDTH = 165;

/** Display width: a CJK character is two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}
