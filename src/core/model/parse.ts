// From a workbook grid to the model: find the tables of each sheet (by title, by sheet name, by
// header signature), read their headers into column paths, and their rows into codes, labels
// and exact amounts that keep their cells.
import { a1, cellText, columnLetters, type Cell, type SheetGrid, type WorkbookGrid } from '../grid';
import { exact } from '../money';
import { isTableKind, kindOfSheetName, kindOfTitle, type TableKind } from './kinds';
import { cleanLabel, codeDigits, isNoteText, levelOfCode, outlineOf, roleOf, splitEmbeddedCode } from './rows';
import { readCodeCell, readSingleCode, readSplitPart, type CodePart, type SplitPart } from './code-cells';
import { headerLayout, isBareContinuationTitle, isContinuationOf, isContinuationTitle, joinContinuation, partialCodes } from './continuation';
import { SheetView } from './sheet-view';
import { indentWidth, normalize } from './text';
import type { Amount, Block, Breakdown, CodeScheme, Column, ParseIssue, Row, Side, Table, UnrecognizedSheet, WorkbookModel } from './types';
import { unitInHeader, unitInText } from './units';
import { readCell } from './values';
import { kindFromHeader } from './signature';
import { levelsFromUnitRows } from './unit-rows';
import { markCounts } from './counts';
import { readPerformanceForms, type PerformanceForms } from './performance-form';

export interface ParseOptions {
  /** Sheet name → kind, chosen by the user for sheets the reader did not recognise (or got wrong). */
  readonly kinds?: Readonly<Record<string, string>>;
}

/** A form number or a date beside the meta line: 公开01表, 附表2-1, 2024年12月31日. */
const FORM_MARK_RE = /^(公开|附表|表)[\d一二三四五六七八九十]+([-—]\d+)?表?$|^(19|20)\d{2}年(度|\d{1,2}月(\d{1,2}日)?)$/;

const META_RE = /^(编制单位|编制部门|单位名称|填报单位|部门名称|预算单位|单位|部门)[:：]|(金额)?单位[:：]?\(?(人民币)?(亿元|千元|万元|元)|^(部门|单位)(编码|代码)[:：]/;

export function parseWorkbook(grid: WorkbookGrid, options: ParseOptions = {}): WorkbookModel {
  // Tables in reading order, each continuation joined to the table just before it as it is read,
  // so that the next part (a bare 续表, rows without a header) is read against the joined table.
  const tables: Table[] = [];
  const unrecognized: UnrecognizedSheet[] = [];
  const issues: ParseIssue[] = [];
  const add = (t: Table) => {
    const host = tables[tables.length - 1];
    const joined = host ? joinContinuation(host, t, issues) : null;
    if (joined) tables[tables.length - 1] = joined;
    else tables.push(t);
  };
  for (const sheet of grid.sheets) {
    const override = options.kinds?.[sheet.name];
    if (override !== undefined && !isTableKind(override)) {
      issues.push({ code: 'kind-override-unknown', sheet: sheet.name, cell: null, detail: override });
    }
    if (sheet.trimmed) issues.push({ code: 'sheet-trimmed', sheet: sheet.name, cell: null, detail: String(sheet.trimmed) });
    const found = parseSheet(sheet, override && isTableKind(override) ? override : null, issues, () => tables[tables.length - 1] ?? null, add);
    if (found === 0) unrecognized.push({ sheet: sheet.name, reason: sheet.cells.every((r) => r.every((c) => c === null)) ? 'empty' : 'no-budget-table' });
  }
  return { tables, unrecognized, year: mostCommon(tables.map((t) => t.year)), unitName: mostCommon(tables.map((t) => t.unitName)), issues };
}

function mostCommon<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

interface TitleHit {
  row: number;
  col: number;
  text: string;
  /** Null for a bare 续表: the kind of the table before it. */
  kind: TableKind | null;
}

function findTitles(view: SheetView): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = 0; r < view.height; r++) {
    const texts = view.rowTexts(r);
    if (texts.length === 0 || texts.length > 2) continue;
    const kind = kindOfTitle(texts[0]);
    if (!kind && !isBareContinuationTitle(texts[0])) continue;
    // A title row holds the title, perhaps with a unit or page mark beside it, nothing numeric.
    if (texts.length === 2 && !META_RE.test(normalize(texts[1])) && !/^(表|附表)?[\d\-—]+$/.test(texts[1])) continue;
    let col = 0;
    while (col < view.width && view.own(r, col) !== texts[0]) col++;
    hits.push({ row: r, col: col < view.width ? col : 0, text: texts[0], kind });
  }
  return hits;
}

/**
 * Reads the tables of a sheet and hands each to `add` in order; returns how many. `last` is the
 * table read just before (joined with its continuations so far): a bare 续表 takes its kind, and
 * a part without a header is read under its header.
 */
function parseSheet(sheet: SheetGrid, override: TableKind | null, issues: ParseIssue[], last: () => Table | null, add: (t: Table) => void): number {
  const view = new SheetView(sheet);
  if (view.height === 0 || view.width === 0) return 0;
  const titles = findTitles(view);
  let found = 0;
  // No title and no header, the first row already a row of figures: the rows of the table before
  // go on here (the next page of a PDF turned into a workbook, perhaps with the next table's title
  // further down). Kept only if they join it.
  const rowsAlone = (end: number): boolean => {
    const before = last();
    const layout = before ? headerLayout.get(before) : undefined;
    if (!before || !layout || override || !startsWithData(view, end)) return false;
    const own: ParseIssue[] = [];
    const t = parseRegion(view, -1, end, before.kind, 'continuation', sheet.name, null, own, layout);
    if (!t || !isContinuationOf(before, t)) return false;
    issues.push(...own);
    add(t);
    return true;
  };
  if (titles.length > 0) {
    if (titles[0].row > 0 && rowsAlone(titles[0].row - 1)) found++;
    titles.forEach((t, i) => {
      const end = i + 1 < titles.length ? titles[i + 1].row - 1 : view.height - 1;
      const before = last();
      const kind = override ?? t.kind ?? before?.kind ?? null;
      if (!kind) return;
      // A continuation printed without its header is read under the header of the table it continues.
      const layout = before && before.kind === kind && isContinuationTitle(t.text) ? headerLayout.get(before) : undefined;
      const table = parseRegion(view, t.row, end, kind, override ? 'override' : 'title', t.text, a1(sheet, t.row, t.col), issues, layout);
      if (table) {
        add(table);
        found++;
      }
    });
    return found;
  }
  if (rowsAlone(view.height - 1)) return 1;
  // No title row: the user's choice, the sheet's name, or the header's signature decides.
  const byName = kindOfSheetName(sheet.name);
  const kind = override ?? byName;
  const t = kind
    ? parseRegion(view, -1, view.height - 1, kind, override ? 'override' : 'sheet-name', sheet.name, null, issues)
    : parseRegion(view, -1, view.height - 1, null, 'header', sheet.name, null, issues);
  if (t) add(t);
  return t ? 1 : 0;
}

/** The sheet's first non-empty row (up to `end`) holds figures: no title, no header above them. */
function startsWithData(view: SheetView, end: number): boolean {
  for (let r = 0; r <= end; r++) if (!view.isEmptyRow(r)) return isDataRow(view, r) && rowHasNumber(view, r);
  return false;
}

/**
 * A column-numbering row (栏次 1 2 3 …, or 1 2 3 … alone): header, but its numbers are no part
 * of the columns' names.
 */
function isNumberingRow(view: SheetView, r: number): boolean {
  const texts = view.rowTexts(r);
  if (texts.length === 0) return false;
  if (/^(栏次|行次)$/.test(normalize(texts[0]))) return true;
  const ints: number[] = [];
  for (let c = 0; c < view.width; c++) {
    const t = view.own(r, c);
    // 决算 tables number their label columns 甲, 乙.
    if (!t || /^[甲乙丙丁]$/.test(t)) continue;
    const rd = readCell(view.sheet.cells[r]?.[c] ?? null);
    if (rd.kind !== 'number' || !/^\d{1,3}$/.test(rd.value.toString())) return false;
    ints.push(Number(rd.value.toString()));
  }
  return ints.length >= 2 && ints[0] <= 1 && ints.every((v, i) => i === 0 || v === ints[i - 1] + 1);
}

/** The table's own total, named by nothing else. */
const PLAIN_TOTAL = /^(总?合计|总计)(:)?$/;

/** Words a column-numbering row may hold beside its numbers. */
const NUMBERING_WORDS = /^(栏次|行次|[甲乙丙丁]|项目|科目|科目名称|科目编码|类|款|项)$/;

/** A row that holds data rather than header: a code, a row label, or a number. */
function isDataRow(view: SheetView, r: number): boolean {
  const texts = view.rowTexts(r);
  if (texts.length === 0) return false;
  if (isNumberingRow(view, r)) return false;
  if (codeDigits(texts[0]) && /^\d{3}/.test(codeDigits(texts[0]) ?? '')) return true;
  if (splitEmbeddedCode(texts[0])) return true;
  // Three or more texts and no number: a header row, even when it starts with 合计 (the
  // "三公" table lays its items out as columns: 合计 | 因公出国(境)费 | 公务接待费 …).
  if (!rowHasNumber(view, r) && texts.length >= 3) return false;
  // 本年收入 | 本年支出 over the two sides is header; 一、本年收入 with its figure is data.
  if (/^本年(收入|支出)$/.test(normalize(texts[0])) && !rowHasNumber(view, r)) return false;
  if (roleOf(cleanLabel(texts[0]).label) !== 'item') return true;
  if (/^[一二三四五六七八九十]+、|^\d+[.、．]\D/.test(texts[0])) return true;
  let numbers = 0;
  let labels = 0;
  const ints: number[] = [];
  for (let c = 0; c < view.width; c++) {
    const rd = readCell(view.sheet.cells[r]?.[c] ?? null);
    if (rd.kind === 'number') {
      numbers++;
      ints.push(Number(rd.value.toString()));
    } else if (rd.kind === 'text' && !NUMBERING_WORDS.test(normalize(rd.text))) labels++;
  }
  // A column-numbering row (1 2 3 4 …) is header, not data; a row that names an item beside its
  // numbers (序号 1 | 因公出国（境）费 | 2.00) is data.
  if (numbers >= 2 && labels === 0 && ints.every((v, i) => i === 0 || v === ints[i - 1] + 1) && ints[0] <= 1) return false;
  return numbers > 0;
}

function rowHasNumber(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.width; c++) {
    const t = view.own(r, c);
    if (t && readCell(view.sheet.cells[r]?.[c] ?? null).kind === 'number' && !codeDigits(t)) return true;
    const v = view.sheet.cells[r]?.[c]?.value;
    if (typeof v === 'number') return true;
  }
  return false;
}

function parseRegion(
  view: SheetView,
  titleRow: number,
  end: number,
  kindHint: TableKind | null,
  detectedBy: Table['detectedBy'],
  title: string,
  titleCell: string | null,
  issues: ParseIssue[],
  /** The header of the table this region continues, by column letter: for a part printed without one. */
  layout?: ReadonlyMap<string, readonly string[]>,
): Table | null {
  const sheet = view.sheet;
  let unit = unitInText(title);
  let unitCell: string | null = unit && titleCell ? titleCell : null;
  let year = yearIn(title);
  let unitName = unitNameFromTitle(title);
  // The department's own code (部门编码：301, or the title's [301]某某局): a row of the code column
  // that shows it above the classes is the department's heading, not the economic class 301.
  let deptCode = deptCodeIn(title);
  // A unit beside the title on its row (续表 | 单位：元).
  for (let c = 0; titleRow >= 0 && !unit && c < view.width; c++) {
    const t = view.own(titleRow, c);
    const u = t && t !== title ? unitInText(t) : null;
    if (u) [unit, unitCell] = [u, a1(sheet, titleRow, c)];
  }

  // Meta lines under the title: 编制单位：… 单位：万元.
  let r = titleRow + 1;
  for (; r <= end; r++) {
    if (view.isEmptyRow(r)) continue;
    const texts = view.rowTexts(r);
    const meta = texts.filter((t) => META_RE.test(normalize(t)));
    const marks = texts.filter((t) => FORM_MARK_RE.test(normalize(t)));
    if (meta.length === 0) break;
    for (let c = 0; c < view.width; c++) {
      const t = view.own(r, c);
      if (!t) continue;
      const u = unitInText(t);
      if (u && !unit) [unit, unitCell] = [u, a1(sheet, r, c)];
      const name = /^(?:编制单位|编制部门|单位名称|填报单位|部门名称|预算单位|部门)[:：]\s*(.+?)\s*(?:(?:金额)?单位[:：].*)?$/.exec(t.replace(/\s+$/, ''));
      if (name && name[1].trim() && !unitName) unitName = name[1].trim();
      const y = yearIn(t);
      if (y && !year) year = y;
      deptCode ??= deptCodeIn(t);
    }
    if (texts.length > meta.length + marks.length) break;
  }
  // A 项目支出绩效目标表 printed as one form per project has no header row: read form by form.
  if (kindHint === 'project-performance') {
    const forms = readPerformanceForms(view, r, end);
    if (forms) return formsTable(view, forms, { kind: kindHint, detectedBy, title, titleCell, titleRow, end, unit, unitCell, year, unitName }, issues);
  }
  // Header rows: up to the first data row.
  const headerStart = r;
  while (r <= end && !isDataRow(view, r)) r++;
  let headerEnd = r - 1;
  // Trailing empty rows are not header.
  while (headerEnd >= headerStart && view.isEmptyRow(headerEnd)) headerEnd--;
  const headerRows: number[] = [];
  for (let h = headerStart; h <= headerEnd; h++) if (!view.isEmptyRow(h)) headerRows.push(h);
  const borrowed = headerRows.length === 0 && layout !== undefined;
  if (headerRows.length === 0 && !borrowed) {
    // A title with nothing under it: a sheet that is not a table after all.
    if (titleRow < 0) return null;
    issues.push({ code: 'no-header', sheet: sheet.name, cell: titleCell, detail: title });
  }
  const dataStart = headerEnd + 1;

  // Columns and their header paths (a column-numbering row names no column).
  const numberingRows = new Set(headerRows.filter((h) => isNumberingRow(view, h)));
  const columns: Column[] = [];
  for (let c = 0; c < view.width; c++) {
    const path: string[] = [];
    for (const h of headerRows) {
      if (numberingRows.has(h)) continue;
      const t = view.text(h, c);
      // 单位：万元 at the end of a header row states the unit; it names no column.
      if (t && /^(金额)?单位[:：]/.test(normalize(t)) && unitInText(t)) {
        if (!unit) [unit, unitCell] = [unitInText(t), a1(sheet, h, c)];
        continue;
      }
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    const letter = columnLetters(sheet.origin.col + c);
    if (borrowed) path.push(...(layout.get(letter) ?? []));
    columns.push({ index: c, letter, path });
    for (const p of path) {
      const u = unitInHeader(p) ?? unitInText(p);
      if (u && !unit) [unit, unitCell] = [u, a1(sheet, headerRows[0], c)];
    }
  }

  let kind = kindHint;
  if (!kind) {
    kind = kindFromHeader(columns.map((c) => c.path), dataLabels(view, dataStart, end));
    if (!kind) return null;
  }

  // Without a year in the title or meta lines, the latest year the header names (2024年预算数 |
  // 2025年预算数) is this year's, so that last year's column is not read as the year's figure.
  const thisYear = year ?? latestYear(columns);
  for (const c of columns) if (c.path.length > 0 && isComparisonPath(c.path, thisYear)) (c as { comparison?: boolean }).comparison = true;
  const blocks = buildBlocks(view, columns, dataStart, end, kind, headerRows, issues, thisYear, deptCode);
  if (kind === 'income' || SPENDING_KINDS.has(kind)) for (const b of blocks) levelsFromUnitRows(b, unitName);
  if (kind === 'three-public') for (const b of blocks) markCounts(b);
  // Lines under a carry-over (二、上年结转 / 一般公共预算拨款 …) break it down by source: parts
  // of the carry-over, not the year's items.
  if (kind === 'summary' || kind === 'fiscal-summary') {
    for (const b of blocks) {
      let underCarry = false;
      for (const row of b.rows) {
        if (row.role === 'carry') underCarry = true;
        else if (row.role !== 'item') underCarry = false;
        else if (underCarry) Object.assign(row, { ofWhich: true, carryPart: true });
      }
    }
  }
  if (kind === 'summary' || kind === 'fiscal-summary') markBreakdowns(blocks, columns);
  // Outside the summary tables a 总计 row is the table's total (支出总表 … 总计 at the bottom).
  if (kind !== 'summary' && kind !== 'fiscal-summary') {
    for (const b of blocks) {
      // 人员经费合计 and 公用经费合计 each over its part, 合计 over both: the parts' are subtotals.
      if (kind !== 'three-public' && b.rows.some((row) => row.role === 'total' && PLAIN_TOTAL.test(normalize(row.label)))) {
        for (const row of b.rows) if (row.role === 'total' && !PLAIN_TOTAL.test(normalize(row.label))) (row as { role: Row['role'] }).role = 'subtotal';
      }
      if (ECONOMIC_KINDS.has(kind)) markPartHeadings(b);
      if (b.rows.some((row) => row.role === 'total')) continue;
      for (const row of b.rows) if (row.role === 'grand-total') (row as { role: Row['role'] }).role = 'total';
    }
  }
  let note: Table['note'] = null;
  for (let rr = dataStart; rr <= end && !note; rr++) {
    for (let c = 0; c < view.width; c++) {
      const t = view.own(rr, c);
      if (t && isNoteText(t)) {
        note = { text: t, cell: a1(sheet, rr, c) };
        break;
      }
    }
  }
  // A note may sit just under the title too.
  for (let rr = titleRow + 1; rr < dataStart && !note; rr++) {
    for (let c = 0; c < view.width; c++) {
      const t = view.own(rr, c);
      if (t && isNoteText(t) && !META_RE.test(normalize(t))) note = { text: t, cell: a1(sheet, rr, c) };
    }
  }

  let lastRow = end;
  while (lastRow > Math.max(titleRow, 0) && view.isEmptyRow(lastRow)) lastRow--;
  const firstRow = titleRow >= 0 ? titleRow : headerRows[0] ?? 0;
  const lastCol = Math.max(0, ...columns.filter((c) => c.path.length > 0).map((c) => c.index));

  for (const b of blocks) {
    for (const row of b.rows) {
      for (const a of row.amounts) {
        if (a?.error) issues.push({ code: 'formula-error', sheet: sheet.name, cell: a.cell, detail: a.error });
        else if (a?.text) issues.push({ code: 'text-in-amount', sheet: sheet.name, cell: a.cell, detail: a.text });
      }
    }
  }
  if (!unit) issues.push({ code: 'no-unit', sheet: sheet.name, cell: titleCell, detail: title });

  const empty = blocks.every((b) => b.rows.every((row) => row.amounts.every((a) => !a || a.value === null)));
  const table: Table = {
    kind,
    sheet: sheet.name,
    title,
    titleCell,
    detectedBy,
    range: `${a1(sheet, firstRow, 0)}:${a1(sheet, lastRow, lastCol)}`,
    unit,
    unitCell,
    year,
    unitName,
    codeScheme: codeSchemeOf(kind, blocks),
    blocks,
    headerRows,
    empty,
    note,
  };
  headerLayout.set(table, new Map(columns.filter((c) => c.path.length > 0).map((c) => [c.letter, c.path])));
  return table;
}

/** The table of a 绩效目标表 read form by form: one block, a row per project. */
function formsTable(
  view: SheetView,
  forms: PerformanceForms,
  t: { kind: TableKind; detectedBy: Table['detectedBy']; title: string; titleCell: string | null; titleRow: number; end: number; unit: Table['unit']; unitCell: string | null; year: number | null; unitName: string | null },
  issues: ParseIssue[],
): Table {
  const unit = t.unit ?? forms.unit;
  if (!unit) issues.push({ code: 'no-unit', sheet: view.sheet.name, cell: t.titleCell, detail: t.title });
  let lastRow = t.end;
  while (lastRow > Math.max(t.titleRow, 0) && view.isEmptyRow(lastRow)) lastRow--;
  const firstRow = t.titleRow >= 0 ? t.titleRow : forms.rows[0].index;
  return {
    kind: t.kind,
    sheet: view.sheet.name,
    title: t.title,
    titleCell: t.titleCell,
    detectedBy: t.detectedBy,
    range: `${a1(view.sheet, firstRow, 0)}:${a1(view.sheet, lastRow, forms.lastCol)}`,
    unit,
    unitCell: t.unit ? t.unitCell : forms.unitCell,
    year: t.year,
    unitName: t.unitName,
    codeScheme: null,
    blocks: [{ side: 'main', labelColumns: [], columns: [forms.column], rows: forms.rows }],
    headerRows: [],
    // A form names its project: never an empty table, even where it states no funds.
    empty: false,
    note: null,
    layout: 'forms',
  };
}

function dataLabels(view: SheetView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= Math.min(to, from + 60); r++) out.push(...view.rowTexts(r).slice(0, 3));
  return out;
}

function latestYear(columns: readonly Column[]): number | null {
  let latest: number | null = null;
  for (const c of columns) {
    for (const p of c.path) {
      const y = yearIn(p);
      if (y !== null && (latest === null || y > latest)) latest = y;
    }
  }
  return latest;
}

function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

/** 部门编码：301, 单位代码 301001, or a code in brackets before a unit's name ([301]某某局). */
function deptCodeIn(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(?:部门|单位)(?:编码|代码)[:：]?\s*(\d{3,9})\b/.exec(t) ?? /^(?:(?:编制|预算)?(?:单位|部门)(?:名称)?[:：]\s*)?[[【(]?(\d{3,9})[\]】)]?\s*(?=[^\d\s年])/.exec(t);
  return m ? m[1] : null;
}

function unitNameFromTitle(title: string): string | null {
  const t = title.normalize('NFKC').replace(/^\s*(附件|附表|表)[\d一二三四五六七八九十\-—.、:：]*\s*/, '');
  const m = /^(.+?)\s*(?:19|20)\d{2}\s*年/.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  return name.length >= 2 && !/^(部门|单位|本部门|本单位)$/.test(name) ? name : null;
}

// ---- Breakdowns of a summary side ----------------------------------------------------------

/** A heading over one breakdown of the 支出 lines: 按功能分类, （按经济分类）, 支出经济分类. */
const BREAKDOWN_HEADING = /^按?(支出)?((政府预算|部门预算)?经济分类|功能分类|支出?性质|支出?类别|项目类别)(科目)?$/;
const NATURE_ITEM = /^(基本支出|项目支出|人员(经费|支出)|(日常)?公用(经费|支出)|事业单位经营支出|上缴上级支出|对附属单位补助支出)$/;
const ECONOMIC_ITEM = /^(机关)?(工资福利|商品和服务|资本性)支出|^对(个人和家庭|企业|事业单位|社会保障基金)|^债务(利息|还本)|^对(企业|事业单位)(资本性)?补助$|^转移性支出$|^预备费及预留$/;

function breakdownOfText(text: string): Breakdown | null {
  const n = normalize(text);
  if (/功能/.test(n)) return 'function';
  if (/经济/.test(n)) return 'economic';
  if (/类别|性质/.test(n)) return 'nature';
  return null;
}

function breakdownOfRows(rows: readonly Row[]): Breakdown {
  const items = rows.filter((r) => r.role === 'item' && r.label).map((r) => normalize(r.label));
  if (items.some((l) => NATURE_ITEM.test(l)) && !items.some((l) => ECONOMIC_ITEM.test(l))) return 'nature';
  if (items.some((l) => ECONOMIC_ITEM.test(l))) return 'economic';
  return 'function';
}

/**
 * A summary's 支出 side printed as several breakdowns of the same total (some provinces print the
 * 部门收支总表 with 支出 by 功能分类, by 经济分类 and by 基本/项目 支出): each is read as a breakdown
 * of its own, so that the rules check each against the total and never add them up. Side by
 * side, each column group is a block; the totals' line names only the first group's label cell,
 * and the others take its role. One after the other in the same columns, a heading (按经济分类) or
 * the numbering starting again at 一、 opens the next breakdown; the heading is no line.
 */
function markBreakdowns(blocks: Block[], columns: Column[]): void {
  for (const side of ['income', 'expenditure'] as const) {
    const same = blocks.filter((b) => b.side === side);
    if (same.length >= 2) {
      const kinds = same.map((b) => breakdownOfText(b.labelColumns.map((c) => columns[c]?.path.join('/') ?? '').join('/')) ?? breakdownOfRows(b.rows));
      same.forEach((b, i) => {
        (b as { breakdown?: Breakdown }).breakdown = kinds[i];
        if (i === 0) return;
        for (const row of b.rows) {
          if (row.label || row.code) continue;
          const named = same.map((o) => o.rows.find((x) => x.index === row.index && x.label)).find((x) => x);
          if (named && named.role !== 'item') Object.assign(row, { role: named.role, label: named.label });
        }
      });
    }
  }
  for (const b of blocks) {
    if (b.side !== 'expenditure') continue;
    const stacked = stackedBreakdowns(b.rows);
    if (stacked) (b as { rows: readonly Row[] }).rows = stacked;
  }
}

function stackedBreakdowns(rows: readonly Row[]): Row[] | null {
  const starts: { at: number; heading: Row | null }[] = [];
  let numbered = false;
  rows.forEach((r, i) => {
    if (r.role !== 'item') return;
    const heading = !r.code && r.amounts.every((a) => !a || (a.value === null && !a.error && !a.text)) && BREAKDOWN_HEADING.test(normalize(r.label).replace(/[()（）]/g, ''));
    if (heading) {
      starts.push({ at: i, heading: r });
      numbered = false;
    } else if (r.outline === 1 && !r.ofWhich) {
      // The numbering starts again at 一、 after 二、…: the next breakdown.
      if (numbered && /^一[、.．]/.test(r.rawLabel.replace(/^[\s\u3000]+/, ''))) starts.push({ at: i, heading: null });
      numbered = true;
    }
  });
  const firstItem = rows.findIndex((r) => r.role === 'item');
  if (firstItem < 0 || starts.length === 0) return null;
  if (starts[0].at > firstItem) starts.unshift({ at: firstItem, heading: null });
  const parts = starts
    .map((s, k) => ({ heading: s.heading, rows: rows.slice(s.at, starts[k + 1]?.at ?? rows.length).filter((r) => r !== s.heading && r.role === 'item') }))
    .filter((p) => p.rows.length > 0);
  if (parts.length < 2) return null;
  parts.forEach((p, k) => {
    const kind = (p.heading ? breakdownOfText(p.heading.label) : null) ?? breakdownOfRows(p.rows);
    for (const r of p.rows) Object.assign(r, { breakdown: kind, breakdownNo: k });
  });
  const headings = new Set(parts.map((p) => p.heading));
  return rows.filter((r) => !headings.has(r));
}

// ---- Columns and blocks -----------------------------------------------------------------------

const LABEL_LEAF = /^(类|款|项|科目编码|编码|代码|科目代码|科目名称|名称|项目|项目名称|科目|单位名称|单位代码|单位编码|功能分类科目|经济分类科目|收入项目|支出项目|项\s*目|预算科目)$/;

/**
 * The label column of one breakdown of a summary's 支出 side printed in column groups (支出类别 |
 * 预算数 | 部门预算经济分类 | 预算数 | 功能分类 | 预算数).
 */
const BREAKDOWN_LEAF = /^(支出项目|项目)?(按)?(支出)?((政府预算|部门预算)?经济分类|功能分类)(科目)?(名称)?$|^(支出项目|项目)?(按)?支出?(类别|性质)$/;
const DESCRIPTIVE_HEADER = /(来源|方式|类型|类别|性质|说明|备注|用途|依据)$/;

const AMOUNT_HEADER = /合计|小计|总计|支出|收入|经费|费$|预算|拨款|资金|金额|数$|结转|结余/;

function headerIsLabel(path: readonly string[]): boolean {
  if (path.length === 0) return false;
  const leaf = normalize(path[path.length - 1]);
  if (LABEL_LEAF.test(leaf)) return true;
  if (BREAKDOWN_LEAF.test(leaf.replace(/[()（）]/g, ''))) return true;
  if (/编码|代码|名称$|科目$/.test(leaf) && !/(合计|金额|预算数|支出$|收入$)/.test(leaf)) return true;
  return false;
}

function isRowNumberHeader(path: readonly string[]): boolean {
  return /^(行次|栏次|序号|行号)$/.test(normalize(path[path.length - 1] ?? ''));
}

function isCountHeader(path: readonly string[]): boolean {
  const leaf = normalize(path[path.length - 1] ?? '');
  return /^(采购|购置)?数量|^计量单位$|^单价|\((个|人|辆|台|套|批|次|人次)\)$/.test(leaf);
}

function isCodeHeader(path: readonly string[]): 'lei' | 'kuan' | 'xiang' | 'code' | null {
  const leaf = normalize(path[path.length - 1] ?? '');
  if (leaf === '类') return 'lei';
  if (leaf === '款') return 'kuan';
  if (leaf === '项') return 'xiang';
  if (/编码|代码/.test(leaf)) return 'code';
  return null;
}

/**
 * A column of last year's figures (2024年预算数 in a 2025 table, 上年预算数), a change or a rate:
 * the reader puts such columns after this year's, so that a block's first column is this year's
 * figure whatever the template's order.
 */
function isComparisonPath(path: readonly string[], year: number | null): boolean {
  const p = normalize(path.join('/'));
  if (/上年(?!结转|结余)|增减|增长|变动|%|百分比|比重|占比/.test(p)) return true;
  const y = /((?:19|20)\d{2})年/.exec(p);
  return y !== null && year !== null && Number(y[1]) < year;
}

function buildBlocks(view: SheetView, columns: Column[], from: number, to: number, kind: TableKind, headerRows: number[], issues: ParseIssue[], year: number | null, deptCode: string | null): Block[] {
  // Classify columns: label (codes, names) or value (amounts); unused columns are dropped.
  type Cls = 'label' | 'value' | null;
  const cls: Cls[] = columns.map((col) => {
    let numbers = 0;
    let texts = 0;
    // The numbers themselves matter only under a 行次 header.
    const rowNumbers = isRowNumberHeader(col.path);
    const ints: number[] = [];
    for (let r = from; r <= to; r++) {
      const rd = readCell(view.sheet.cells[r]?.[col.index] ?? null);
      if (rd.kind === 'number') {
        numbers++;
        if (rowNumbers) ints.push(Number(rd.value.toString()));
      } else if (rd.kind === 'text' && !isNoteText(rd.text)) texts++;
    }
    // A 行次 column (决算 tables: 1, 2, 3 … down each side) numbers the rows: never an amount.
    if (rowNumbers && ints.every((v, i) => Number.isInteger(v) && v > 0 && v < 1000 && (i === 0 || v > ints[i - 1]))) return null;
    // Counts and prices beside the amounts (政府采购: 数量 | 单价 | 金额): no money that adds up.
    if (isCountHeader(col.path)) return null;
    if (headerIsLabel(col.path)) return 'label';
    if (col.path.length === 0 && numbers === 0 && texts === 0) return null;
    // A column that describes the row (资金来源, 采购方式, 项目类型, 备注) holds words, not amounts,
    // even where its header has an amount word in it (资金).
    if (numbers === 0 && DESCRIPTIVE_HEADER.test(normalize(col.path[col.path.length - 1] ?? ''))) return 'label';
    // An amount header keeps its column an amount column even when a cell holds stray text.
    if (col.path.length > 0 && AMOUNT_HEADER.test(normalize(col.path[col.path.length - 1]))) return 'value';
    if (numbers === 0 && texts > 0) return 'label';
    return col.path.length > 0 || numbers > 0 ? 'value' : null;
  });
  // A new block starts where a label column follows a value column.
  const groups: { labels: number[]; values: number[] }[] = [];
  for (let i = 0; i < columns.length; i++) {
    if (!cls[i]) continue;
    let g = groups[groups.length - 1];
    if (!g || (cls[i] === 'label' && g.values.length > 0)) {
      g = { labels: [], values: [] };
      groups.push(g);
    }
    (cls[i] === 'label' ? g.labels : g.values).push(i);
  }
  // The same columns repeated side by side (决算 基本支出表: 人员经费 code | name | amount beside
  // 公用经费 code | name | amount): one block whose rows are each part's rows, the totals that share
  // a line read as one row.
  if (groups.length >= 2 && kind !== 'summary' && kind !== 'fiscal-summary' && repeatsColumns(groups, columns)) {
    return [stackedBlock(view, columns, groups, from, to, kind, headerRows, issues, deptCode)];
  }
  // Only the summary tables have two sides; elsewhere a second label group (a name column after
  // an amount column, as some exports have) belongs to the same block.
  if (groups.length >= 2 && kind !== 'summary' && kind !== 'fiscal-summary') {
    groups.splice(0, groups.length, { labels: groups.flatMap((g) => g.labels), values: groups.flatMap((g) => g.values) });
  }
  // The "三公" table's periods are read by their headers, in any order.
  if (kind !== 'three-public') {
    for (const g of groups) {
      const current = g.values.filter((c) => !isComparisonPath(columns[c].path, year));
      if (current.length > 0) g.values = [...current, ...g.values.filter((c) => isComparisonPath(columns[c].path, year))];
    }
  }
  // A source's spending table that shows its carry-overs and income too (年初结转和结余 | 本年收入 |
  // 本年支出/小计 … | 年末结转和结余): the spending columns first.
  if (SPENDING_KINDS.has(kind)) {
    for (const g of groups) {
      const spending = (c: number) => /支出/.test(normalize(columns[c].path.join('/')));
      const first = g.values[0];
      if (first !== undefined && !spending(first) && /结转|结余|收入/.test(normalize(columns[first].path.join('/'))) && g.values.some(spending)) {
        g.values = [...g.values.filter(spending), ...g.values.filter((c) => !spending(c))];
      }
    }
  }
  const twoSided = groups.length >= 2;
  return groups
    .filter((g) => g.values.length > 0 || g.labels.length > 0)
    .map((g, i) => {
      const side: Side = twoSided ? sideOf(g, columns, i) : 'main';
      return {
        side,
        labelColumns: g.labels.map((c) => columns[c].index),
        columns: g.values.map((c) => columns[c]),
        rows: readRows(view, columns, g.labels, g.values, from, to, kind, headerRows, issues, deptCode),
      };
    });
}

type Group = { labels: number[]; values: number[] };

/** Every group has the same label columns (by their header's last text) and as many values. */
function repeatsColumns(groups: Group[], columns: Column[]): boolean {
  const shape = (g: Group) => `${g.labels.map((c) => normalize(columns[c].path[columns[c].path.length - 1] ?? '')).join('|')}#${g.values.length}`;
  const first = shape(groups[0]);
  return groups[0].labels.length > 0 && groups[0].values.length > 0 && groups.every((g) => shape(g) === first) && new Set(groups.map((g) => normalize(columns[g.values[0]].path[0] ?? ''))).size === groups.length;
}

function stackedBlock(view: SheetView, columns: Column[], groups: Group[], from: number, to: number, kind: TableKind, headerRows: number[], issues: ParseIssue[], deptCode: string | null): Block {
  const values = groups.flatMap((g) => g.values);
  const rows: Row[] = [];
  const totals = new Map<number, Row>();
  groups.forEach((g) => {
    for (const row of readRows(view, columns, g.labels, g.values, from, to, kind, headerRows, issues, deptCode)) {
      const amounts: (Amount | null)[] = values.map((c) => {
        const k = g.values.indexOf(c);
        return k >= 0 ? row.amounts[k] : null;
      });
      const same = totals.get(row.index);
      if (row.role === 'total' && same) {
        // 人员经费合计 | … | 公用经费合计 | …: one 合计 row across the parts.
        (same as { amounts: ReadonlyArray<Amount | null> }).amounts = same.amounts.map((a, i) => a ?? amounts[i]);
        continue;
      }
      const out = { ...row, amounts };
      if (row.role === 'total') totals.set(row.index, out);
      rows.push(out);
    }
  });
  // Items first in each part's order, the totals after them.
  rows.sort((a, b) => Number(a.role === 'total') - Number(b.role === 'total'));
  return { side: 'main', labelColumns: groups.flatMap((g) => g.labels.map((c) => columns[c].index)), columns: values.map((c) => columns[c]), rows };
}

function sideOf(g: { labels: number[]; values: number[] }, columns: Column[], i: number): Side {
  const top = normalize([...g.labels, ...g.values].map((c) => columns[c].path[0] ?? '').join('|'));
  if (/支出/.test(top) && !/收入/.test(top)) return 'expenditure';
  if (/收入/.test(top) && !/支出/.test(top)) return 'income';
  return i === 0 ? 'income' : 'expenditure';
}

const EMPTY_PART: SplitPart = { kind: 'empty' };
/** Tables of spending by 功能分类, whose first column is the spending total. */
const SPENDING_KINDS = new Set<TableKind>(['expenditure', 'general-expenditure', 'fund-expenditure', 'state-capital-expenditure']);
/** Tables that list projects or purchases rather than classes: a number after a name is the name's. */
const LISTING_KINDS = new Set<TableKind>(['project-expenditure', 'project-performance', 'procurement', 'three-public', 'running-costs']);
/** Tables classified by 经济分类: their codes are 3 or 5 digits. */
const ECONOMIC_KINDS = new Set<TableKind>(['general-basic', 'economic']);

function readRows(view: SheetView, columns: Column[], labels: number[], values: number[], from: number, to: number, kind: TableKind, headerRows: number[], issues: ParseIssue[], deptCode: string | null): Row[] {
  const sheet = view.sheet;
  const codeCols = labels.map((c) => ({ c, kind: isCodeHeader(columns[c].path) }));
  const split = codeCols.filter((x) => x.kind === 'lei' || x.kind === 'kuan' || x.kind === 'xiang');
  // The first code column; unit, project or row-number codes are not classification codes and
  // are never reported; its header says whether it holds 功能分类 or 经济分类 codes.
  const single = codeCols
    .filter((x) => x.kind === 'code')
    .map((x) => {
      const path = normalize(columns[x.c].path.join('/'));
      const leaf = normalize(columns[x.c].path[columns[x.c].path.length - 1] ?? '');
      return { ...x, classification: !/单位|部门|项目|序号/.test(leaf), economic: /功能/.test(path) ? false : /经济/.test(path) || ECONOMIC_KINDS.has(kind) };
    })
    .sort((a, b) => Number(b.classification) - Number(a.classification))[0];
  // A budget unit's name or code beside the classification (部门 tables listing each unit's rows).
  const unitCol = labels.find((c) => /^(预算)?(单位|部门)(名称|编码|代码)$/.test(normalize(columns[c].path[columns[c].path.length - 1] ?? '')));
  const classified = split.length > 0 || (single?.classification ?? false);
  // The classification's name before a unit's name.
  const nameCols = labels.filter((c) => !codeCols.find((x) => x.c === c && x.kind)).sort((a, b) => Number(a === unitCol) - Number(b === unitCol));
  const units = new Map<number, string>();
  let heading: string | null = null;
  const rows: Row[] = [];
  const ownCodes = new Map<number, string>();
  let lastLei = '';
  let lastKuan = '';
  const labelOrder = [...nameCols, ...labels];
  const nameColumnOf = new Map<number, number>();
  // 一级项目 | 二级项目 side by side: a row with both names is the 二级's, under its 一级.
  const step = stepColumns(columns, labels);
  // The last 类 and 款 read, with how deep they sit, for codes written by their own two digits.
  const context: { lei: { code: string; depth: number } | null; kuan: { code: string; depth: number } | null } = { lei: null, kuan: null };
  void headerRows;
  for (let r = from; r <= to; r++) {
    if (view.isEmptyRow(r)) continue;
    // Label text: the name columns first, else any label column.
    let rawLabel = '';
    let labelCol = labels[0] ?? values[0];
    for (const c of labelOrder) {
      const t = view.text(r, columns[c].index);
      if (t) {
        rawLabel = t;
        labelCol = c;
        break;
      }
    }
    let parent: string | undefined;
    if (step && labelCol === step.parent) {
      const child = view.text(r, columns[step.child].index);
      if (child) [parent, rawLabel, labelCol] = [rawLabel, child, step.child];
    }
    if (rawLabel && isNoteText(rawLabel) && values.every((c) => readCell(sheet.cells[r]?.[columns[c].index] ?? null).kind !== 'number')) continue;

    // Code: split 类/款/项 columns, a single code column, or embedded in the name.
    let code: string | null = null;
    let departmentRow = false;
    // 类 (and 款) left blank with no row above to take them from: the first rows of a continued part.
    let partial: { kuan: string; xiang: string } | null = null;
    if (split.length > 0) {
      const parts = { lei: EMPTY_PART, kuan: EMPTY_PART, xiang: EMPTY_PART } as Record<CodePart, SplitPart>;
      let ambiguous = false;
      for (const x of split) {
        const p = readSplitPart(x.kind as CodePart, sheet.cells[r]?.[columns[x.c].index] ?? null);
        parts[x.kind as CodePart] = p;
        if (p.kind === 'ambiguous') {
          ambiguous = true;
          issues.push({ code: 'code-ambiguous', sheet: sheet.name, cell: a1(sheet, r, columns[x.c].index), detail: p.shown, part: x.kind as CodePart });
        }
      }
      const digits = (p: SplitPart) => (p.kind === 'part' ? p.digits : '');
      const whole = [parts.lei, parts.kuan, parts.xiang].find((p): p is Extract<SplitPart, { kind: 'whole' }> => p.kind === 'whole');
      let lei = digits(parts.lei);
      let kuan = digits(parts.kuan);
      const xiang = digits(parts.xiang);
      const leiCol = split.find((x) => x.kind === 'lei');
      if (ambiguous) code = null;
      else if (!whole && lei && !kuan && !xiang && leiCol && isDepartmentName(lei, rawLabel, deptCode, () => nextLei(view, columns[leiCol.c].index, r, to))) {
        // 301 | | | 某某局 over the classes: the department's heading.
        [heading, departmentRow, lei] = [rawLabel, true, ''];
      } else if (!lei && !lastLei && !whole && (kuan || xiang)) partial = { kuan: kuan || lastKuan, xiang };
      else if (whole && whole.code.length === 7) {
        code = whole.code;
        [lei, kuan] = [whole.code.slice(0, 3), whole.code.slice(3, 5)];
      } else {
        // "20103" written whole in the 款 (or 类) column, or only "03" with the 类 from the rows above.
        if (whole) [lei, kuan] = [whole.code.slice(0, 3), whole.code.slice(3)];
        if (!lei && (kuan || xiang)) lei = lastLei;
        if (!kuan && xiang) kuan = lastKuan;
        if (lei) code = lei + (kuan ? kuan + xiang : '');
      }
      if (lei) lastLei = lei;
      if (kuan) lastKuan = kuan;
      if (lei && !kuan) lastKuan = '';
    } else if (single && !single.classification) {
      // A unit's or project's code: no classification code, but the nesting of unit codes
      // (部门 168, its units 168001, 168002) gives the rows' levels.
      const t = view.own(r, columns[single.c].index).normalize('NFKC').replace(/\s/g, '');
      if (/^[0-9A-Za-z]+$/.test(t)) ownCodes.set(r, t);
    } else if (single) {
      const c = readSingleCode(sheet.cells[r]?.[columns[single.c].index] ?? null, single.economic);
      if (c.kind === 'code' && isDepartmentHeading(view, columns[single.c].index, r, to, single.economic, c.code, rawLabel, deptCode)) [heading, departmentRow] = [rawLabel, true];
      else if (c.kind === 'code') code = c.code;
      else if (isUnitHeading(view, columns[single.c].index, r, to, single.economic, c.kind === 'ambiguous' ? c.shown : view.own(r, columns[single.c].index))) heading = rawLabel;
      else if (c.kind === 'ambiguous' && single.classification) {
        issues.push({ code: 'code-ambiguous', sheet: sheet.name, cell: a1(sheet, r, columns[single.c].index), detail: c.shown, part: single.economic ? 'economic' : 'function' });
      }
    }
    let labelText = rawLabel;
    if (!code && !departmentRow) {
      const emb = splitEmbeddedCode(rawLabel, !LISTING_KINDS.has(kind));
      if (emb && kind !== 'three-public' && !single && split.length === 0 && isDepartmentName(emb.code, emb.name, deptCode, () => nextEmbeddedCode(view, columns[labelCol ?? 0]?.index ?? 0, r, to))) {
        // 301 某某局 over its classes in a name column with embedded codes: the department's heading.
        heading = emb.name;
        labelText = emb.name;
      } else if (emb && kind !== 'three-public') {
        code = emb.code;
        labelText = emb.name;
      } else if (codeDigits(rawLabel) && /^\d{3}(\d{2}){0,2}$/.test(codeDigits(rawLabel) ?? '')) {
        code = codeDigits(rawLabel);
        labelText = '';
        // Code and name under one header (项目 merged over both columns): the name is the next text.
        for (const c of labelOrder.slice(labelOrder.indexOf(labelCol) + 1)) {
          const t = view.own(r, columns[c].index);
          if (t && !codeDigits(t)) {
            [labelText, rawLabel, labelCol] = [t, t, c];
            break;
          }
        }
      }
    }
    if (code && !/^\d{3}(\d{2}){0,2}$/.test(code)) code = null;
    const cell = sheet.cells[r]?.[columns[labelCol ?? 0]?.index ?? 0] ?? null;
    const indent = Math.max(cell?.indent ?? 0, indentWidth(cellText(cell)));
    // 201 / 03 / 01: a 款 or 项 written with its own two digits under its parent, deeper in.
    const codeCell = single?.classification ? (sheet.cells[r]?.[columns[single.c].index] ?? null) : null;
    const depth = Math.max(indent, codeCell?.indent ?? 0, indentWidth(cellText(codeCell)));
    if (!code && split.length === 0 && !LISTING_KINDS.has(kind) && (single ? single.classification : true)) {
      const short = shortCode(codeCell, labelText);
      const economic = single?.economic ?? ECONOMIC_KINDS.has(kind);
      if (short && context.kuan && !economic && depth > context.kuan.depth) code = context.kuan.code + short.digits;
      else if (short && context.lei && (economic || depth > context.lei.depth)) code = context.lei.code + short.digits;
      if (code && short?.name !== undefined) labelText = short.name;
    }
    if (code?.length === 3) [context.lei, context.kuan] = [{ code, depth }, null];
    else if (code?.length === 5) context.kuan = { code, depth };
    const { label, ofWhich } = cleanLabel(labelText);
    const outline = outlineOf(labelText);
    const amounts: (Amount | null)[] = values.map((c) => readAmount(view, r, columns[c].index));
    if (!label && !code && amounts.every((a) => !a || (a.value === null && !a.error && !a.text))) continue;
    if (classified && unitCol !== undefined && roleOf(label) === 'item') {
      const u = view.text(r, columns[unitCol].index);
      if (u) units.set(r, u);
    } else if (heading !== null && roleOf(label) === 'item') units.set(r, heading);
    if (labelCol !== undefined && nameCols.includes(labelCol)) nameColumnOf.set(r, labelCol);
    const row: Row = {
      index: r,
      cell: a1(sheet, r, columns[labelCol ?? 0]?.index ?? 0),
      label,
      rawLabel,
      code,
      level: code ? levelOfCode(code) : null,
      indent,
      role: roleOf(label),
      ofWhich,
      outline,
      amounts,
    };
    if (parent !== undefined) (row as { parent?: string }).parent = parent;
    if (partial && !code) partialCodes.set(row, partial);
    rows.push(row);
  }
  if (!levelsFromOwnCodes(rows, ownCodes)) inferLevelsFromIndent(rows);
  levelsFromNameColumns(rows, nameColumnOf);
  markUnits(rows, units);
  return rows;
}

/** The columns of a 一级项目 and its 二级项目 among the label columns, or null. */
function stepColumns(columns: Column[], labels: number[]): { parent: number; child: number } | null {
  const leafOf = (c: number) => normalize(columns[c].path[columns[c].path.length - 1] ?? '');
  const parent = labels.find((c) => /^一级项目(名称)?$/.test(leafOf(c)));
  const child = labels.find((c) => /^二级项目(名称)?$/.test(leafOf(c)));
  return parent !== undefined && child !== undefined && parent < child ? { parent, child } : null;
}

/**
 * A code of two digits only (`03`, `01`): in the code column, or before the name (`  03 政府办公厅…`),
 * with the name that follows it.
 */
function shortCode(codeCell: Cell | null, labelText: string): { digits: string; name?: string } | null {
  if (codeCell) {
    const c = readCodeCell(codeCell);
    return c.kind === 'digits' && c.digits.length === 2 ? { digits: c.digits } : null;
  }
  const m = /^[\s\u3000]*([0-9０-９]{2})[\s\u3000]+([^\d\s０-９].*)$/.exec(labelText);
  return m ? { digits: m[1].normalize('NFKC'), name: m[2].trim() } : null;
}

/**
 * A row that heads a budget unit's rows in a classification column: a unit code (168001, not a
 * class) or nothing, followed by a 类 row. Such a row is no ambiguous classification code.
 */
function isUnitHeading(view: SheetView, col: number, r: number, to: number, economic: boolean, shown: string): boolean {
  const t = shown.normalize('NFKC').replace(/\s/g, '');
  if (t !== '' && !/^\d{6,}$/.test(t)) return false;
  for (let n = r + 1; n <= to; n++) {
    if (view.isEmptyRow(n)) continue;
    const next = readSingleCode(view.sheet.cells[n]?.[col] ?? null, economic);
    return next.kind === 'code' && next.code.length === 3;
  }
  return false;
}

/** A unit's name (某某局, 某某中心（本级）), never a class's (…支出, …补助, …经费). */
const UNIT_NAME = /(局|委员会|委|办公室|办|中心|院|所|站|队|馆|校|学校|部|厅|协会|联合会|会|处|社|台|团|园|场|本级)([（(]本级[)）])?$/;
const CLASS_NAME = /支出$|补助$|经费$|费用$|基金$|资金$/;

/**
 * A 3-digit code above the classes that is the department's own code (301 某某局 in a budget
 * system where the department's code and an economic class share the digits): the row's name is
 * a unit's, and the code is the one the title or meta line gives, or the next row is a class.
 */
function isDepartmentName(code: string, name: string, deptCode: string | null, next: () => string | null): boolean {
  const n = normalize(name);
  if (code.length !== 3 || !UNIT_NAME.test(n) || CLASS_NAME.test(n)) return false;
  if (deptCode !== null) return deptCode === code || deptCode.startsWith(code);
  return next()?.length === 3;
}

function isDepartmentHeading(view: SheetView, col: number, r: number, to: number, economic: boolean, code: string, name: string, deptCode: string | null): boolean {
  return isDepartmentName(code, name, deptCode, () => {
    for (let n = r + 1; n <= to; n++) {
      if (view.isEmptyRow(n)) continue;
      const next = readSingleCode(view.sheet.cells[n]?.[col] ?? null, economic);
      return next.kind === 'code' ? next.code : null;
    }
    return null;
  });
}

function nextLei(view: SheetView, col: number, r: number, to: number): string | null {
  for (let n = r + 1; n <= to; n++) {
    if (view.isEmptyRow(n)) continue;
    const p = readSplitPart('lei', view.sheet.cells[n]?.[col] ?? null);
    return p.kind === 'part' ? p.digits : null;
  }
  return null;
}

function nextEmbeddedCode(view: SheetView, col: number, r: number, to: number): string | null {
  for (let n = r + 1; n <= to; n++) {
    if (view.isEmptyRow(n)) continue;
    return splitEmbeddedCode(view.text(n, col))?.code ?? null;
  }
  return null;
}

/**
 * Rows of a table that repeats the classification under each budget unit (the same code for two
 * units) keep their unit; elsewhere the unit column is only a label.
 */
function markUnits(rows: Row[], units: Map<number, string>): void {
  if (new Set(units.values()).size < 2) return;
  const seen = new Map<string, string>();
  let repeats = false;
  for (const r of rows) {
    const u = units.get(r.index);
    if (!r.code || u === undefined) continue;
    const other = seen.get(r.code);
    if (other !== undefined && other !== u) repeats = true;
    seen.set(r.code, u);
  }
  if (!repeats) return;
  for (const r of rows) {
    const u = units.get(r.index);
    if (u !== undefined) (r as { unit?: string }).unit = u;
  }
}

function readAmount(view: SheetView, r: number, c: number): Amount | null {
  const cell = view.sheet.cells[r]?.[c] ?? null;
  const address = a1(view.sheet, r, c);
  const rd = readCell(cell);
  switch (rd.kind) {
    case 'number':
      return { value: rd.value, decimals: rd.decimals, cell: address };
    case 'blank':
      return { value: null, decimals: 0, cell: address };
    case 'error':
      return { value: null, decimals: 0, cell: address, error: rd.error };
    case 'text':
      return { value: null, decimals: 0, cell: address, text: rd.text };
  }
}

/** Levels from unit codes that nest by prefix (168 ⊃ 168001); false when they do not nest. */
function levelsFromOwnCodes(rows: Row[], codes: Map<number, string>): boolean {
  const items = rows.filter((r) => r.role === 'item' && codes.has(r.index));
  if (items.length < 2 || rows.some((r) => r.code)) return false;
  const all = items.map((r) => codes.get(r.index)!);
  const depth = (c: string) => all.filter((o) => o !== c && c.startsWith(o)).length;
  if (all.every((c) => depth(c) === 0)) return false;
  for (const r of items) (r as { level: number | null }).level = depth(codes.get(r.index)!) + 1;
  return true;
}

/**
 * Names set out like steps (一级项目 | 二级项目: the 一级 name in the first column, its 二级 names in
 * the next one): the column gives the level, where nothing else has.
 */
function levelsFromNameColumns(rows: Row[], nameColumnOf: Map<number, number>): void {
  const items = rows.filter((r) => r.role === 'item');
  if (items.length < 2 || items.some((r) => r.code || r.level !== null || !nameColumnOf.has(r.index))) return;
  const used = [...new Set(items.map((r) => nameColumnOf.get(r.index)!))].sort((a, b) => a - b);
  if (used.length < 2 || used.length > 3) return;
  for (const r of items) (r as { level: number | null }).level = used.indexOf(nameColumnOf.get(r.index)!) + 1;
}

/** Where a table shows its hierarchy only by indentation, the indent gives 类/款/项. */
function inferLevelsFromIndent(rows: Row[]): void {
  const items = rows.filter((r) => r.role === 'item');
  if (items.length === 0 || items.some((r) => r.code)) return;
  const indents = [...new Set(items.map((r) => r.indent))].sort((a, b) => a - b);
  if (indents.length < 2 || indents.length > 3) return;
  for (const r of items) (r as { level: number | null }).level = indents.indexOf(r.indent) + 1;
}

/**
 * A 基本支出表 with one amount column may set 人员经费 and 公用经费 out as lines without a code, each
 * over its economic classes: such a line is the part's subtotal, no class of its own. Only where
 * both lines are there and classes follow each of them.
 */
function markPartHeadings(b: Block): void {
  if (b.columns.length !== 1) return;
  const heads = [/^人员(经费|支出)$/, /^(日常)?公用(经费|支出)$/].map((re) => b.rows.findIndex((r) => r.role === 'item' && !r.code && re.test(normalize(r.label))));
  if (heads.some((i) => i < 0 || !b.rows[i + 1]?.code)) return;
  for (const i of heads) (b.rows[i] as { role: Row['role'] }).role = 'subtotal';
}

function codeSchemeOf(kind: TableKind, blocks: Block[]): CodeScheme | null {
  const codes = blocks.flatMap((b) => b.rows.map((r) => r.code).filter((c): c is string => c !== null));
  if (codes.length === 0) return kind === 'general-basic' || kind === 'economic' ? 'economic-dept' : null;
  const first = codes[0];
  if (/^5\d\d/.test(first)) return 'economic-gov';
  if (/^3\d\d/.test(first) && first.length <= 5 && (kind === 'general-basic' || kind === 'economic' || codes.every((c) => c.length <= 5))) return 'economic-dept';
  return 'function';
}

export const _internal = { isDataRow, exact };
