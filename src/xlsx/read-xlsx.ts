// The .xlsx / .xlsm reader: one pass from the package's bytes to the core's grid. It reads the
// zip directory, inflates only the workbook, its relationships, the shared strings, the styles
// and each worksheet, and scans the XML directly into cells (xml-scan.ts). It gives the grid the
// exceljs reader gives (read-exceljs.ts, kept as the fallback; test/xlsx/read-xlsx.test.ts
// compares the two on every sample and on random workbooks), except where exceljs is wrong or
// refuses a valid file; each such case is listed in docs/architecture.md ("File reader").
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { assembleSheet, type FoundCell } from './grid-builder';
import { attr, leafText, localStart, nameEnd, nextTag, scanned, skipSpecial, skipTo, type Tag } from './xml-scan';
import { type InflateRaw, zipEntries, zipRead, type ZipEntry } from './zip';

/** What a cell's style index gives: the number format, whether it shows a date, the indent. */
interface CellStyle {
  readonly format: string | undefined;
  readonly date: boolean;
  readonly indent: number | undefined;
}

interface SharedStrings {
  readonly text: (string | undefined)[];
  /** Rich text (runs) is a cell even when its runs are empty, as in the exceljs reader. */
  readonly rich: Uint8Array;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The built-in number formats (ids without a format code of their own), as exceljs maps them. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A format shows a date when a date or time letter remains outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A serial date as the ISO day the exceljs reader gives; null when it is no valid date. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** `_xHHHH_` escapes of shared strings (characters XML cannot hold), as exceljs decodes them. */
function unescapeX(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** "AB12" → 0-based column and 1-based row; -1 where missing. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  let ch = ref.charCodeAt(0);
  if (ch === 36) ch = ref.charCodeAt(++i);
  for (; i < ref.length; ch = ref.charCodeAt(++i)) {
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  if (ch === 36) i++;
  let row = 0;
  let digits = false;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
    digits = true;
  }
  return { col: col - 1, row: digits ? row : -1 };
}

function parseMerge(ref: string): Merge | null {
  const [a, b = a] = ref.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  if (p.col < 0 || q.col < 0 || p.row < 1 || q.row < 1) return null;
  return { top: Math.min(p.row, q.row) - 1, left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row) - 1, right: Math.max(p.col, q.col) };
}

const overlaps = (a: Merge, b: Merge): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const letters = (col: number): string => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * A shared formula as written at the master cell, moved to another cell: relative references
 * shift by the offset, absolute parts ($) stay; string literals and quoted sheet names are kept.
 * A reference pushed off the sheet becomes #REF!, as Excel shows it.
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula.slice(i, j).replace(/(^|[^A-Za-z0-9_.$\]])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(.!])/g, (m, pre: string, cd: string, cl: string, rd: string, rw: string) => {
      let col = parseRef(cl).col;
      let row = Number(rw);
      if (col > 16383 || row < 1 || row > 1048576) return m;
      if (!cd) col += dCol;
      if (!rd) row += dRow;
      if (col < 0 || row < 1 || col > 16383 || row > 1048576) return `${pre}#REF!`;
      return `${pre}${cd}${letters(col)}${rd}${row}`;
    });
    i = j;
  }
  return out;
}

function resolveTarget(base: string, target: string): string {
  // Absolute targets start at the package root; relative ones at the source part's folder.
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function parseRels(xml: string | null, source: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.closing || t.name !== 'Relationship') continue;
    const { Id, Type = '', Target = '', TargetMode } = t.attrs;
    if (Id !== undefined && TargetMode !== 'External') out.set(Id, { type: Type, target: resolveTarget(source, Target.trim()) });
  }
  return out;
}

const relOfType = (rels: Map<string, Relationship>, kind: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target;

function parseStyles(xml: string | null): CellStyle[] {
  if (xml === null) return [];
  const formats = new Map<number, string>();
  const styles: CellStyle[] = [];
  let container = '';
  let xf: { numFmtId: number; indent: number | undefined } | null = null;
  const finish = () => {
    if (!xf) return;
    // Format id 0 (General) or none: no format, as exceljs reports it.
    const format = xf.numFmtId ? formats.get(xf.numFmtId) || BUILTIN_FORMATS[xf.numFmtId] : undefined;
    styles.push({ format, date: isDateFormat(format), indent: xf.indent });
    xf = null;
  };
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.closing) {
      if (t.name === 'xf' && container === 'cellXfs') finish();
      if (t.name === container) container = '';
      continue;
    }
    if (t.name === 'numFmts' || t.name === 'cellXfs' || t.name === 'cellStyleXfs' || t.name === 'dxfs') {
      if (!t.selfClosing) container = t.name;
    } else if (t.name === 'numFmt' && container === 'numFmts') {
      // A backslash escapes the next character of a format code; exceljs drops the backslashes.
      formats.set(parseInt(t.attrs.numFmtId, 10), (t.attrs.formatCode ?? '').replace(/[\\](.)/g, '$1'));
    } else if (t.name === 'xf' && container === 'cellXfs') {
      finish();
      xf = { numFmtId: parseInt(t.attrs.numFmtId, 10), indent: undefined };
      if (t.selfClosing) finish();
    } else if (t.name === 'alignment' && xf && t.attrs.indent !== undefined) {
      const n = parseInt(t.attrs.indent, 10);
      xf.indent = n > 0 ? n : undefined;
    }
  }
  return styles;
}

function parseSharedStrings(xml: string | null): SharedStrings {
  const text: (string | undefined)[] = [];
  const richFlags: number[] = [];
  if (xml === null) return { text, rich: new Uint8Array(0) };
  let plain: string | undefined;
  let runs: string[] | null = null;
  let inRun = false;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end, false)) {
    const n = t.name;
    if (t.closing) {
      if (n === 'si') {
        text.push(runs ? runs.join('') : plain);
        richFlags.push(runs ? 1 : 0);
        plain = undefined;
        runs = null;
      } else if (n === 'r') inRun = false;
      continue;
    }
    if (n === 'si') {
      plain = undefined;
      runs = null;
      if (t.selfClosing) {
        text.push(undefined);
        richFlags.push(0);
      }
    } else if (n === 't') {
      const s = t.selfClosing ? '' : unescapeX(readLeaf(xml, t));
      if (inRun) runs![runs!.length - 1] = s;
      else plain = s;
    } else if (n === 'r') {
      (runs ??= []).push('');
      inRun = !t.selfClosing;
    } else if (n === 'rPh' && !t.selfClosing) {
      // Phonetic guides (furigana) are not part of the shown text.
      t.end = skipTo(xml, t.end, 'rPh>');
    }
  }
  return { text, rich: Uint8Array.from(richFlags) };
}

/** The text of a leaf element; moves the tag's end past its end tag. */
function readLeaf(x: string, t: Tag): string {
  const text = leafText(x, t.end);
  t.end = scanned.end;
  return text;
}

interface Book {
  readonly strings: SharedStrings;
  readonly styles: CellStyle[];
  readonly date1904: boolean;
}

interface SharedFormula {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** What one <c> element holds, filled while scanning it. */
interface CellParts {
  ref: string | undefined;
  s: string | undefined;
  type: string | undefined;
  style: CellStyle | undefined;
  value: string | undefined;
  runs: string[] | null;
  formula: string | undefined;
  fType: string | undefined;
  fRef: string | undefined;
  fSi: string | undefined;
}

const is = (x: string, from: number, to: number, name: string): boolean => to - from === name.length && x.startsWith(name, from);

/** One worksheet's XML → its grid, in one pass. */
export function sheetXmlToGrid(x: string, name: string, hidden: boolean, book: Book): SheetGrid {
  const found: FoundCell[] = [];
  const merges: Merge[] = [];
  const shared = new Map<string, SharedFormula>();
  const seenRows = new Set<number>();
  const parts: CellParts = { ref: undefined, s: undefined, type: undefined, style: undefined, value: undefined, runs: null, formula: undefined, fType: undefined, fRef: undefined, fSi: undefined };
  let row = 0; // 1-based
  let col = -1;
  let inData = false;
  let p = 0;
  for (;;) {
    const lt = x.indexOf('<', p);
    if (lt < 0) break;
    const c1 = x.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) {
      p = skipSpecial(x, lt);
      continue;
    }
    const closing = c1 === 47;
    const ns = closing ? lt + 2 : lt + 1;
    const ne = nameEnd(x, ns);
    const ls = localStart(x, ns, ne);
    const gt = x.indexOf('>', ne);
    if (gt < 0) break;
    p = gt + 1;
    if (closing) {
      if (is(x, ls, ne, 'sheetData')) inData = false;
      continue;
    }
    const self = x.charCodeAt(gt - 1) === 47;
    if (inData && ne - ls === 1 && x.charCodeAt(ls) === 99 /* c */) {
      cellAttrs(x, ne, gt, parts);
      // A cell without a reference is the one after the previous cell.
      col = parts.ref !== undefined ? parseRef(parts.ref).col : col + 1;
      if (self) continue;
      // Style 0 (the workbook's default) or none: no format (exceljs reads it so).
      const sid = parts.s !== undefined ? parseInt(parts.s, 10) : 0;
      parts.style = sid ? book.styles[sid] : undefined;
      p = scanCell(x, p, parts);
      const cell = toCell(parts, book, shared, row - 1, col);
      if (cell) found.push({ r: row - 1, c: col, cell });
    } else if (inData && is(x, ls, ne, 'row')) {
      const r = attr(x, ne, gt, 'r');
      row = r !== undefined ? parseInt(r, 10) : row + 1;
      col = -1;
      // A row written twice: the later one replaces the earlier (as exceljs keeps it).
      if (seenRows.has(row)) {
        for (let k = found.length - 1; k >= 0; k--) if (found[k].r === row - 1) found.splice(k, 1);
      }
      seenRows.add(row);
    } else if (is(x, ls, ne, 'sheetData')) {
      inData = !self;
    } else if (is(x, ls, ne, 'mergeCell')) {
      const m = parseMerge(attr(x, ne, gt, 'ref') ?? '');
      // Overlapping areas: Excel repairs the file by dropping the later ones; so does this reader.
      if (m && !merges.some((o) => overlaps(o, m))) merges.push(m);
    }
  }
  return assembleSheet(name, hidden, mergedCellsCleared(found, merges), merges);
}

/**
 * The r, s and t attributes of a <c> start tag x[from, to) in one walk (values are cell
 * references, numbers and type letters: nothing to decode).
 */
function cellAttrs(x: string, from: number, to: number, parts: CellParts): void {
  parts.ref = undefined;
  parts.s = undefined;
  parts.type = undefined;
  let p = from;
  for (;;) {
    const eq = x.indexOf('=', p);
    if (eq < 0 || eq >= to) return;
    let q = eq + 1;
    while (x.charCodeAt(q) === 32) q++;
    const quote = x.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return;
    const close = x.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) return;
    let e = eq;
    while (x.charCodeAt(e - 1) === 32) e--;
    const ch = x.charCodeAt(e - 1);
    const before = x.charCodeAt(e - 2);
    // A one-letter name: preceded by white space.
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      if (ch === 114 /* r */) parts.ref = x.slice(q + 1, close);
      else if (ch === 115 /* s */) parts.s = x.slice(q + 1, close);
      else if (ch === 116 /* t */) parts.type = x.slice(q + 1, close);
    }
    p = close + 1;
  }
}

/** The children of a <c> element from `p` (just after its start tag) to its end tag; returns the index after it. */
function scanCell(x: string, p: number, parts: CellParts): number {
  parts.value = undefined;
  parts.runs = null;
  parts.formula = undefined;
  parts.fType = undefined;
  parts.fRef = undefined;
  parts.fSi = undefined;
  let inRun = false;
  for (;;) {
    const lt = x.indexOf('<', p);
    if (lt < 0) return x.length;
    const c1 = x.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) {
      p = skipSpecial(x, lt);
      continue;
    }
    const closing = c1 === 47;
    const ns = closing ? lt + 2 : lt + 1;
    const ne = nameEnd(x, ns);
    const ls = localStart(x, ns, ne);
    const gt = x.indexOf('>', ne);
    if (gt < 0) return x.length;
    p = gt + 1;
    const len = ne - ls;
    const ch = x.charCodeAt(ls);
    if (closing) {
      if (len === 1 && ch === 99 /* c */) return p;
      if (len === 1 && ch === 114 /* r */) inRun = false;
      continue;
    }
    const self = x.charCodeAt(gt - 1) === 47;
    if (len === 1 && ch === 118 /* v */) {
      if (self) continue;
      const s = leafText(x, p);
      p = scanned.end;
      if (s) parts.value = parts.value === undefined ? s : parts.value + s;
    } else if (len === 1 && ch === 116 /* t */) {
      if (self) continue;
      const s = unescapeX(leafText(x, p));
      p = scanned.end;
      if (inRun) parts.runs![parts.runs!.length - 1] = s;
      else if (s) parts.value = parts.value === undefined ? s : parts.value + s;
    } else if (len === 1 && ch === 102 /* f */) {
      parts.fType = attr(x, ne, gt, 't');
      parts.fRef = attr(x, ne, gt, 'ref');
      parts.fSi = attr(x, ne, gt, 'si');
      if (self) continue;
      const s = leafText(x, p);
      p = scanned.end;
      if (s) parts.formula = s;
    } else if (len === 1 && ch === 114 /* r */) {
      (parts.runs ??= []).push('');
      inRun = !self;
    } else if (is(x, ls, ne, 'rPh')) {
      // Phonetic guides (furigana) are not part of the shown text.
      if (!self) p = skipTo(x, p, 'rPh>');
    } else if ((len === 1 && ch === 99) || is(x, ls, ne, 'row')) {
      // A cell left open in a malformed file: it ends where the next one starts.
      return lt;
    }
  }
}

/** Cells inside a merged area other than its top-left one hold nothing of their own. */
function mergedCellsCleared(found: FoundCell[], merges: readonly Merge[]): FoundCell[] {
  if (merges.length === 0) return found;
  // Areas by row, so a cell is checked only against the areas of its own row (tall ones always).
  const byRow = new Map<number, Merge[]>();
  const tall: Merge[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 1000) tall.push(m);
    else for (let r = m.top; r <= m.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), m]);
  }
  const inside = (f: FoundCell, m: Merge) => f.r >= m.top && f.r <= m.bottom && f.c >= m.left && f.c <= m.right && (f.r !== m.top || f.c !== m.left);
  return found.filter((f) => !(byRow.get(f.r)?.some((m) => inside(f, m)) || tall.some((m) => inside(f, m))));
}

function styled(value: Cell['value'], formula: string | undefined, style: CellStyle | undefined): Cell {
  const format = style?.format;
  const indent = style?.indent;
  if (formula === undefined) {
    if (indent) return format ? { value, format, indent } : { value, indent };
    return format ? { value, format } : { value };
  }
  if (indent) return format ? { value, formula, format, indent } : { value, formula, indent };
  return format ? { value, formula, format } : { value, formula };
}

function numberValue(v: number, style: CellStyle | undefined, book: Book): Cell['value'] {
  if (style?.date) return serialToIsoDate(v, book.date1904) ?? v;
  return v;
}

function toCell(c: CellParts, book: Book, shared: Map<string, SharedFormula>, r0: number, c0: number): Cell | null {
  const { type, value, style } = c;
  if (c.formula !== undefined || c.fType) {
    let formula = c.formula;
    if (c.fType === 'shared' && c.fSi !== undefined) {
      if (c.fRef) shared.set(c.fSi, { formula: formula ?? '', row: r0, col: c0 });
      else {
        // A copy of a shared formula: the master's formula as it reads at this cell.
        const master = shared.get(c.fSi);
        formula = master && master.formula ? slideFormula(master.formula, r0 - master.row, c0 - master.col) : undefined;
      }
    }
    if (value === undefined) return styled(null, formula, style);
    if (type === 'e') return formula === undefined ? { value: null, error: value } : { value: null, error: value, formula };
    if (type === 'str') return styled(value, formula, style);
    if (type === 'b') return styled(parseInt(value, 10) !== 0, formula, style);
    return styled(numberValue(parseFloat(value), style, book), formula, style);
  }
  if (c.runs) return styled(c.runs.join(''), undefined, style);
  if (value === undefined) return null;
  switch (type) {
    case 's': {
      const i = parseInt(value, 10);
      const s = book.strings.text[i];
      if (book.strings.rich[i]) return styled(s ?? '', undefined, style);
      return s ? styled(s, undefined, style) : null;
    }
    case 'str':
    case 'inlineStr':
      return styled(value, undefined, style);
    case 'b':
      return styled(parseInt(value, 10) !== 0, undefined, style);
    case 'e':
      return { value: null, error: value };
    case 'd': {
      // An ISO 8601 date (strict files and some exporters): its day, as a date cell reads.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
      return styled(day ? day[0] : value, undefined, style);
    }
    default:
      return styled(numberValue(parseFloat(value), style, book), undefined, style);
  }
}

/** Reads the bytes of an .xlsx / .xlsm package into a workbook grid (ZipError when damaged). */
export async function readXlsxBytes(bytes: Uint8Array, inflateRaw: InflateRaw): Promise<WorkbookGrid> {
  const entries = zipEntries(bytes);
  const utf8 = new TextDecoder('utf-8');
  const entry = (path: string): ZipEntry | undefined => entries.get(path.toLowerCase());
  const text = async (path: string | undefined): Promise<string | null> => {
    const e = path === undefined ? undefined : entry(path);
    return e ? utf8.decode(await zipRead(bytes, e, inflateRaw)) : null;
  };
  const root = parseRels(await text('_rels/.rels'), '');
  let bookPath = relOfType(root, 'officeDocument');
  if (!bookPath || !entry(bookPath)) bookPath = 'xl/workbook.xml';
  const bookXml = await text(bookPath);
  if (bookXml === null) return { sheets: [] };
  const rels = parseRels(await text(relsPath(bookPath)), bookPath);
  const folder = bookPath.slice(0, bookPath.lastIndexOf('/') + 1);
  const [stringsXml, stylesXml] = await Promise.all([
    text(relOfType(rels, 'sharedStrings') ?? `${folder}sharedStrings.xml`),
    text(relOfType(rels, 'styles') ?? `${folder}styles.xml`),
  ]);
  let date1904 = false;
  const sheets: { name: string; hidden: boolean; path: string }[] = [];
  for (let t = nextTag(bookXml, 0); t; t = nextTag(bookXml, t.end)) {
    if (t.closing) continue;
    if (t.name === 'workbookPr') date1904 = t.attrs.date1904 === '1' || t.attrs.date1904 === 'true';
    else if (t.name === 'sheet') {
      const idAttr = Object.keys(t.attrs).find((k) => k.endsWith(':id'));
      const rel = idAttr ? rels.get(t.attrs[idAttr]) : undefined;
      // Chart sheets, dialog sheets and macro sheets hold no cells to read.
      if (!rel || !rel.type.endsWith('/worksheet') || !entry(rel.target)) continue;
      const state = t.attrs.state;
      sheets.push({ name: t.attrs.name ?? '', hidden: !!state && state !== 'visible', path: rel.target });
    }
  }
  const book: Book = { strings: parseSharedStrings(stringsXml), styles: parseStyles(stylesXml), date1904 };
  const out: SheetGrid[] = [];
  for (const s of sheets) out.push(sheetXmlToGrid((await text(s.path))!, s.name, s.hidden, book));
  return { sheets: out };
}
