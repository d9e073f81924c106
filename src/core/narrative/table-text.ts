// A table pasted into the explanatory text as lines of cells ("三公"经费情况统计表 copied from a
// web page or a PDF): cells separated by `|` or tabs, one row a line (label | 34.35 | 34.35 |),
// or by runs of two spaces or more (label   34.35   34.35, each row with as many figures),
// or one cell a line (label |, then its figures |, one per line). The rows are read with their
// place in the hierarchy the labels show — the 合计 row, the top rows (1.因公出国…), and the rows
// a 其中 opens under the row before it ((1)…, (2)…, or labels that go on with the same words) —
// so that their sums can be checked like a 其中 list in a sentence.
//
// The original text is read line by line (the normaliser joins lines of a sentence, and a table
// has none), so every cell keeps its own offset.
//
// Laid out with spaces, a blank cell leaves no trace but a wider gap: a row with fewer figures than
// the others is placed by the columns of the header line above the table (and of the rows that
// fill every column), each figure in the one column it lines up with. A row that cannot be placed
// that way is kept with no cells and marked `unplaced`: no sum counts it, and the auditor says so.
// The same holds when every row has as many figures but the header shows more columns (本年预算 and
// 上年预算 over rows of one figure each): each figure goes to the column it stands under, so a
// figure of last year is never added to this year's. Cells separated by `|` or tabs keep their
// blanks only as empty cells: under a header of more columns, a row with fewer cells than the
// header cannot be placed and is left unread the same way.
import { exact, type Exact } from '../money';

export interface TextCell {
  /** The cell as it stands in the original text (trimmed). */
  readonly quote: string;
  readonly offset: number;
  /** The figure; null for a blank cell. */
  readonly value: Exact | null;
  readonly decimals: number;
}

export interface TextRow {
  /** The label without spaces, numbering or 其中. */
  readonly label: string;
  readonly quote: string;
  readonly offset: number;
  readonly cells: readonly TextCell[];
  /** 合计/总计 of the table; a top row; or a row a 其中 opens under the top row before it. */
  readonly level: 'total' | 'top' | 'sub';
  /** For a sub-row: the index of its top row in `rows`. */
  readonly parent: number;
  /**
   * A row of a table laid out with spaces whose figures could not be put in their columns: how many
   * it has, and how many columns the header shows (null without a header). Its `cells` are empty.
   */
  readonly unplaced?: { readonly figures: number; readonly columns: number | null };
}

export interface TextTable {
  readonly rows: readonly TextRow[];
  /** Columns (by index into `cells`) that hold percentages, not amounts: never summed. */
  readonly percentColumns: ReadonlySet<number>;
}

const NUMBER = /^[-−－]?\d+(?:,\d{3})*(?:\.\d+)?$/;
const CJK = /[\u3400-\u9fff]/;
const SUB_NUMBER = /^(?:（\d{1,2}）|\(\d{1,2}\)|[①-⑳])/;
const TOP_NUMBER = /^(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]+、)/;
/**
 * The table's total, after its numbering and spaces are taken off (一、支出合计, 合  计): 合计, 总计,
 * 共计, alone or after what is totalled (收入, 支出, 收支, 预算, 财政拨款, 本年…, …经费).
 */
const TOTAL = /^(合计|总计|共计)$|经费合计$|^合计[:：]?|^(?:本年)?(?:收入|支出|收支|预算|财政拨款)(?:合计|总计|共计)$/;

interface RawCell {
  text: string;
  offset: number;
}

function cellsOf(line: string, at: number): RawCell[] | null {
  if (!/[|\t]/.test(line)) return null;
  const out: RawCell[] = [];
  const re = /[^|\t]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ text: m[0].trim(), offset: at + m.index + lead });
    if (m.index + m[0].length >= line.length) break;
    re.lastIndex = m.index + m[0].length + 1;
  }
  // A line that ends with its separator has no cell after it.
  if (/[|\t]\s*$/.test(line) && out.length && !out[out.length - 1].text) out.pop();
  return out;
}

// A row whose cells are separated only by runs of spaces (a PDF's columns): a label of words, then
// figures, each after two spaces or more; trailing spaces alone stand for blank cells.
const SPACED = /^(\s*)([^\s|\t。，；,;！？!?](?:[^|\t。，；,;！？!?]*?[^\s|\t。，；,;！？!?])?)((?:\s{2,}[-−－]?[\d０-９][\d０-９,，.．]*[%％]?)*)(\s*)$/;
const CN_HEADING = /^[一二三四五六七八九十]+、/;

/**
 * The cells of a line laid out with spaces, or null: `open` says whether a table of such lines is
 * being read (only then is a label with trailing spaces alone a row of blank cells).
 */
function spacedCellsOf(line: string, at: number, open: boolean): RawCell[] | null {
  const m = SPACED.exec(line);
  if (!m || !CJK.test(m[2])) return null;
  const figures = [...m[3].matchAll(/\S+/g)];
  if (!figures.length && !(open && m[4].length >= 2 && !CN_HEADING.test(m[2]))) return null;
  const out: RawCell[] = [{ text: m[2], offset: at + m[1].length }];
  const base = at + m[1].length + m[2].length;
  for (const f of figures) out.push({ text: f[0], offset: base + f.index });
  if (!figures.length) out.push({ text: '', offset: base });
  return out;
}

const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/\s+/g, '');

function figure(c: RawCell): TextCell | 'text' | 'percent' {
  const t = toAscii(c.text);
  if (!t) return { quote: '', offset: c.offset, value: null, decimals: 0 };
  if (/^[-−－]?\d+(?:\.\d+)?[%％]$/.test(t)) return 'percent';
  if (!NUMBER.test(t)) return 'text';
  const v = t.replace(/[−－]/, '-').replace(/,/g, '');
  return { quote: c.text, offset: c.offset, value: exact(v), decimals: v.includes('.') ? v.split('.')[1].length : 0 };
}

interface Building {
  label: string;
  quote: string;
  offset: number;
  cells: TextCell[];
  /** Laid out with spaces: where each cell stands on its line, in display columns. */
  spans?: Span[];
  /** Laid out with spaces: the indices of `cells` that are percentages. */
  percents?: number[];
  unplaced?: TextRow['unplaced'];
  /** Between bars or tabs: how many cells follow the label on its line (blank and words included). */
  width?: number;
}

/** [start, end) in display columns: a CJK or full-width character takes two, as on screen. */
type Span = readonly [number, number];

const wide = (ch: string) => ch.charCodeAt(0) >= 0x2e80;
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += wide(ch) ? 2 : 1;
  return w;
}

/**
 * The value columns of a header line laid out with spaces (项目    上年预算    本年预算): its titles
 * after the first (the label column's), each as a span; null for a line that is no such header.
 */
function headerOf(line: string): Span[] | null {
  const indented = /^\s{2,}/.test(line);
  // Titles are kept apart by two spaces or more; one space stays inside a title.
  const parts = [...line.matchAll(/\S+(?: \S+)*/g)];
  if (parts.length < (indented ? 1 : 2)) return null;
  if (parts.some((m) => NUMBER.test(toAscii(m[0])) || /[。，；！？]/.test(m[0]))) return null;
  if (!parts.every((m) => CJK.test(m[0]) || /\d{4}/.test(m[0]))) return null;
  const spans = parts.map((m): Span => {
    const start = displayWidth(line.slice(0, m.index));
    return [start, start + displayWidth(m[0])];
  });
  // An indented header names only value columns; otherwise the first title is the label's.
  return indented ? spans : spans.slice(1);
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Puts the figures of rows that have fewer than the others in their columns, by the header's
 * columns widened by the figures of the rows that fill every column. A figure goes to the one
 * column it overlaps; a row with a figure that overlaps none or several, or two figures in one
 * column, is unplaced.
 */
function placeBlanks(rows: Building[], header: Span[] | null, percent: Set<number>): void {
  const most = Math.max(...rows.map((r) => r.cells.filter((c) => c.quote).length));
  const columns = header && header.length >= most ? header.length : null;
  const reference: [number, number][] | null = columns ? header!.map((h) => [h[0], h[1]]) : null;
  if (reference) {
    for (const r of rows) {
      if (r.cells.length !== columns || !r.spans) continue;
      r.spans.forEach((sp, c) => {
        reference[c][0] = Math.min(reference[c][0], sp[0]);
        reference[c][1] = Math.max(reference[c][1], sp[1]);
      });
    }
  }
  const width = columns ?? most;
  for (const r of rows) {
    const figures = r.cells.filter((c) => c.quote).length;
    let at: number[] | null = figures === width ? r.cells.map((_c, i) => i) : null;
    if (!at && figures > 0 && reference && r.spans) {
      at = [];
      for (const sp of r.spans) {
        const hits = reference.flatMap((ref, c) => (overlaps(sp, ref) ? [c] : []));
        if (hits.length !== 1 || (at.length && hits[0] <= at[at.length - 1])) {
          at = null;
          break;
        }
        at.push(hits[0]);
      }
    }
    if (figures === 0) continue;
    if (!at) {
      r.unplaced = { figures, columns };
      r.cells = [];
      continue;
    }
    const cells: TextCell[] = Array.from({ length: width }, () => ({ quote: '', offset: r.offset + r.quote.length, value: null, decimals: 0 }));
    at.forEach((c, i) => (cells[c] = r.cells[i]));
    for (const p of r.percents ?? []) percent.add(at[p]);
    r.cells = cells;
  }
}

/** A header's titles of columns that hold words, not figures (备注, 增减原因, 主要用途). */
const WORDS_COLUMN = /备注|说明|原因|用途|内容|依据/;

/** How many columns of figures a header row names: its titles up to the first column of words. */
function amountColumns(titles: readonly RawCell[]): number {
  const named = titles.filter((t) => t.text);
  const words = named.findIndex((t) => WORDS_COLUMN.test(t.text));
  return words < 0 ? named.length : words;
}

/**
 * Cells separated by | or tabs under a header of `columns` value columns: a row that shows figures
 * in fewer cells than that (its blank cells dropped, not left empty) cannot say which column each
 * figure is in, and is unplaced.
 */
function leaveShortRows(rows: Building[], columns: number): void {
  for (const r of rows) {
    const figures = r.cells.filter((c) => c.quote).length;
    if (!figures || (r.width ?? r.cells.length) >= columns) continue;
    r.unplaced = { figures, columns };
    r.cells = [];
  }
}

/** The tables pasted in `text` (the original text, line endings normalised to \n). */
export function readTextTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let rows: Building[] = [];
  let percent = new Set<number>();
  let current: Building | null = null;
  // Lines laid out with spaces: how many figures each row has (a row with fewer than the others
  // has blanks that only the header's columns can place), and the line above the table.
  let spaced = false;
  let widths = new Set<number>();
  let header: Span[] | null = null;
  // Cells separated by | or tabs: how many value columns the header row names.
  let columns = 0;
  let lastLine = '';
  const flush = () => {
    if (spaced && (widths.size > 1 || (header && header.length > Math.max(0, ...widths)))) placeBlanks(rows, header, percent);
    else if (!spaced && columns) leaveShortRows(rows, columns);
    else if (spaced) for (const r of rows) for (const p of r.percents ?? []) percent.add(p);
    if (rows.length >= 2) tables.push({ rows: levels(rows), percentColumns: percent });
    rows = [];
    percent = new Set();
    current = null;
    spaced = false;
    widths = new Set();
    header = null;
    columns = 0;
  };
  let at = 0;
  for (const line of text.split('\n')) {
    let cells = cellsOf(line, at);
    if (cells && spaced) flush();
    let lineStart = -1;
    if (!cells) {
      const open = spaced && rows.length > 0;
      cells = spacedCellsOf(line, at, open);
      if (cells && !spaced) {
        flush();
        spaced = true;
        header = headerOf(lastLine);
      }
      if (cells) {
        lineStart = at;
        const n = cells.slice(1).filter((c) => c.text).length;
        if (n) widths.add(n);
      }
    }
    at += line.length + 1;
    if (!cells) {
      flush();
      if (line.trim()) lastLine = line;
      continue;
    }
    lastLine = '';
    const nonEmpty = cells.filter((c) => c.text);
    if (nonEmpty.length === 0) {
      // One blank cell is a blank figure of the row being read; several end it.
      if (cells.length === 1 && current) current.cells.push({ quote: '', offset: cells[0].offset, value: null, decimals: 0 });
      else current = null;
      continue;
    }
    const first = nonEmpty[0];
    const head = figure(first);
    if (head === 'text' && CJK.test(first.text)) {
      // A label, then its figures up to the first cell of words (增减原因…).
      const row: Building = { label: first.text, quote: first.text, offset: first.offset, cells: [] };
      if (lineStart >= 0) {
        row.spans = [];
        row.percents = [];
      }
      let isHeader = false;
      const after = cells.slice(cells.indexOf(first) + 1);
      if (lineStart < 0) row.width = after.length;
      for (const c of after) {
        const f = figure(c);
        if (f === 'text') {
          if (row.cells.every((x) => x.value === null)) {
            isHeader = true;
            if (lineStart < 0 && !rows.some((x) => x.cells.some((y) => y.quote))) columns = amountColumns(after);
          }
          break;
        }
        if (row.spans && c.text) {
          const start = displayWidth(text.slice(lineStart, c.offset));
          row.spans.push([start, start + displayWidth(c.text)]);
        }
        if (f === 'percent') {
          // Laid out with spaces, the column is known once the row is placed.
          if (row.percents) row.percents.push(row.cells.length);
          else percent.add(row.cells.length);
          row.cells.push({ quote: c.text, offset: c.offset, value: null, decimals: 0 });
          continue;
        }
        row.cells.push(f);
      }
      current = isHeader ? null : row;
      if (!isHeader) rows.push(row);
      continue;
    }
    // Figures alone on a line go on with the row being read (one cell a line).
    if (!current) continue;
    const cur: Building = current;
    for (const c of cells) {
      const f = figure(c);
      if (f === 'text') {
        current = null;
        break;
      }
      if (f === 'percent') {
        percent.add(cur.cells.length);
        cur.cells.push({ quote: c.text, offset: c.offset, value: null, decimals: 0 });
      } else cur.cells.push(f);
    }
  }
  flush();
  return tables;
}

const bare = (label: string) =>
  label
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(SUB_NUMBER, '')
    .replace(TOP_NUMBER, '')
    .replace(/[“”"]/g, '');

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** Places each row: the 合计, the top rows, and the rows a 其中 (or sub-numbering) opens. */
function levels(rows: Building[]): TextRow[] {
  const out: TextRow[] = [];
  let parent = -1;
  let firstSub: string | null = null;
  let numbered = false;
  for (const r of rows) {
    const squeezed = r.label.replace(/\s+/g, '');
    const label = bare(r.label);
    let level: TextRow['level'] = 'top';
    if (TOTAL.test(label)) level = 'total';
    else if (/^其中/.test(squeezed) || (SUB_NUMBER.test(squeezed) && parent >= 0 && firstSub === null)) {
      if (parent >= 0 && out[parent].level === 'top') {
        level = 'sub';
        firstSub = label;
        numbered = SUB_NUMBER.test(squeezed.replace(/^其中[:：]?/, ''));
      }
    } else if (firstSub !== null && (numbered ? SUB_NUMBER.test(squeezed) : commonPrefix(label, firstSub) >= 3)) level = 'sub';
    if (level !== 'sub') firstSub = null;
    out.push({ label, quote: r.quote, offset: r.offset, cells: r.cells, level, parent: level === 'sub' ? parent : -1, ...(r.unplaced ? { unplaced: r.unplaced } : {}) });
    if (level === 'top') parent = out.length - 1;
    if (level === 'total') parent = -1;
  }
  return out;
}
