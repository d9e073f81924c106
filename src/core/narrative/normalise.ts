// Step 1 of reading: the text as people paste it (out of a PDF, with mixed punctuation) turned
// into one clean text to read, with a map from every clean character back to its place in the
// original. Findings quote the original text at its original offset (line endings normalised
// to \n, the one change every caller already expects).
//
// What is cleaned, and why:
// - Hard line breaks inside a sentence or a word (PDF line ends) are removed, so 基\n本支出 is
//   one word and 0\n元 one amount; blank lines, headings and list items still break paragraphs.
// - A page number alone on a line is dropped (it would read as a bare figure).
// - Full-width digits, dot and percent become ASCII; ASCII parentheses, colons and semicolons
//   become full-width, so that the grammar matches one form.
// - Spaces inside a figure (1 234.50) or between a figure and its unit (0.87 %) and thousands
//   separators (1,938) are removed; spaces between Chinese characters too (a PDF artefact).
// - A heading glued to the sentences around it (a web page copied without its line breaks:
//   …调资。二、“三公”经费预算情况“三公”经费预算12万元…) gets the line breaks it lost
//   (headings.ts), so sections, items and labels are read as in a well-formed text.
import { gluedBreaks } from './headings';

export interface Normalised {
  /** The clean text the grammar reads. */
  readonly text: string;
  /** For each character of `text`, its offset in the original (after \r\n → \n). */
  readonly map: Int32Array;
  /** The original text (after \r\n → \n). */
  readonly original: string;
}

export function normaliseLineEndings(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
// A line that starts a heading or a list item: never joined to the line before it.
const STARTS_BLOCK = /^\s*(?:第[一二三四五六七八九十\d]+(?:部分|章|节)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]是|附件|附表|表[一二三四五六七八九十\d]|单位[:：])/;
// A heading line: a block start or a title (…情况说明) without sentence punctuation.
const TITLE_END = /(说明|情况|概况|构成|任务|职责|如下|目录|名词解释)\s*$/;
const SENTENCE_END = /[。！？!?；;：:）)」』”"]\s*$/;
const UNIT_START = /^\s*(?:万元|亿元|千元|元|万|%|％)/;
const CJK = /[\u3400-\u9fff]/;
const DIGIT = /[0-9０-９]/;

function isHeading(line: string): boolean {
  const t = line.trim();
  if (/[，。；,;]/.test(t)) return false;
  return STARTS_BLOCK.test(t) || TITLE_END.test(t) || t.length <= 12;
}

/** Whether the line break between `prev` and `next` is a PDF hard wrap inside a sentence. */
function isHardWrap(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p || !n) return false;
  if (DIGIT.test(p[p.length - 1]) && UNIT_START.test(n)) return true;
  if (SENTENCE_END.test(p) || STARTS_BLOCK.test(n) || isHeading(p)) return false;
  // A PDF line runs to the margin: a short line is the end of a paragraph, not a wrap.
  return p.trim().length >= 16;
}

const FULL_TO_ASCII: Record<string, string> = { '．': '.', '％': '%', '(': '（', ')': '）', ':': '：', ';': '；' };

/** Per-line character edits: null keeps, '' deletes, else replaces (one character for one). */
function lineEdits(line: string): (string | null)[] {
  const edit: (string | null)[] = new Array<string | null>(line.length).fill(null);
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) edit[i] = String.fromCharCode(code - 0xfee0);
    else if (c in FULL_TO_ASCII) edit[i] = FULL_TO_ASCII[c];
  }
  const del = (re: RegExp, group = 0) => {
    for (const m of line.matchAll(re)) {
      const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
      const len = group ? m[group].length : m[0].length;
      for (let k = start; k < start + len; k++) edit[k] = '';
    }
  };
  // Thousands separators: 1,938 / 9,101.68 (only groups of exactly three digits).
  del(/(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))/g);
  // Spaces inside a figure, only where the result is evidently one figure (a decimal or a unit
  // follows): "1 234.50 元", not a row of table cells "100 500 600".
  for (const m of line.matchAll(/(?<![\d.])\d{1,3}((?:[ \u00a0\u3000]\d{3})+)(?=[.．]\d|\s*(?:万|亿|千|元))/g)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (/[ \u00a0\u3000]/.test(line[k])) edit[k] = '';
  }
  // Spaces before a unit or percent sign, after a change or share word, between Chinese characters.
  del(/(?<=[0-9０-９])[ \u00a0\u3000\t]+(?=万元|亿元|千元|元|万|%|％)/g);
  del(/(?<=[增长下降加少减占比幅为])[ \u00a0\u3000]+(?=[0-9０-９%％])/g);
  for (let i = 1; i < line.length - 1; i++) {
    if ((line[i] === ' ' || line[i] === '\u3000') && CJK.test(line[i - 1])) {
      let j = i;
      while (j < line.length && (line[j] === ' ' || line[j] === '\u3000')) j++;
      if (j < line.length && CJK.test(line[j])) for (let k = i; k < j; k++) edit[k] = '';
      i = j - 1;
    }
  }
  return edit;
}

// A line that none of lineEdits' edits can touch (most lines of a clean text): copied whole.
const MAY_EDIT = /[\uff10-\uff19．％():;]|[0-9０-９][,，][0-9０-９]|[ \u00a0\u3000\t]/;

// A line that may hold a heading glued to a sentence (the costly search runs only on these).
const MAY_GLUE = /[。！？!?]\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])|^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** The clean text and its map, built in chunks (a text of a megabyte is one of 20,000 lines). */
class Builder {
  private readonly chunks: string[] = [];
  map: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.map = new Int32Array(Math.max(16, capacity));
  }

  private room(n: number): void {
    if (this.length + n <= this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n));
    grown.set(this.map.subarray(0, this.length));
    this.map = grown;
  }

  /** `text` copied from original offset `from` on, one character for one. */
  copy(text: string, from: number): void {
    this.room(text.length);
    this.chunks.push(text);
    for (let i = 0; i < text.length; i++) this.map[this.length + i] = from + i;
    this.length += text.length;
  }

  /** One character standing for original offset `at`. */
  char(c: string, at: number): void {
    this.room(1);
    this.chunks.push(c);
    this.map[this.length++] = at;
  }

  done(original: string): Normalised {
    return { text: this.chunks.join(''), map: this.map.slice(0, this.length), original };
  }
}

export function normalise(raw: string): Normalised {
  const original = normaliseLineEndings(raw);
  const lines: { text: string; offset: number }[] = [];
  let at = 0;
  for (const line of original.split('\n')) {
    lines.push({ text: line, offset: at });
    at += line.length + 1;
  }
  const out = new Builder(original.length + 16);
  const emitLine = (l: { text: string; offset: number }) => {
    const breaks = MAY_GLUE.test(l.text) ? gluedBreaks(l.text) : [];
    if (!MAY_EDIT.test(l.text) && breaks.length === 0) {
      out.copy(l.text, l.offset);
      return;
    }
    const edits = lineEdits(l.text);
    let b = 0;
    for (let i = 0; i < l.text.length; i++) {
      // A break that was lost: it stands for the character it comes before.
      if (b < breaks.length && breaks[b] === i) {
        out.char('\n', l.offset + i);
        b++;
      }
      const e = edits[i];
      if (e === '') continue;
      out.char(e ?? l.text[i], l.offset + i);
    }
  };
  let prevText: string | null = null; // the last non-empty line emitted
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (PAGE_NUMBER.test(l.text) && l.text.trim()) continue; // dropped; its newline too
    if (i > 0) {
      // The newline before this line: dropped when the break is a hard wrap. Lines between
      // were page numbers only (a blank line is a paragraph break and is kept).
      const prevLine = lines[i - 1];
      const afterPage = PAGE_NUMBER.test(prevLine.text) && prevLine.text.trim() !== '';
      const joined = prevText !== null && l.text.trim() !== '' && (afterPage || prevLine.text.trim() !== '') && isHardWrap(prevText, l.text);
      if (!joined) out.char('\n', l.offset - 1);
    }
    emitLine(l);
    if (l.text.trim()) prevText = l.text;
    else prevText = null;
  }
  return out.done(original);
}

/** The original offset of clean offset `i` (the end of the text maps to the end). */
export function toOriginal(n: Normalised, i: number): number {
  if (i < n.map.length) return n.map[i];
  return n.original.length;
}

/** The original slice that the clean range [start, end) came from. */
export function originalSlice(n: Normalised, start: number, end: number): { offset: number; quote: string } {
  const from = toOriginal(n, start);
  const to = end > start ? toOriginal(n, end - 1) + 1 : from;
  return { offset: from, quote: n.original.slice(from, to) };
}
