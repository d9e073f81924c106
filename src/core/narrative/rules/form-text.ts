// The layout of an explanatory text as the form rules see it: lines classified as headings,
// numbered items, body text, pasted table lines and contact lines; body lines that a PDF copy
// broke mid-sentence joined back into paragraphs; and the headings that enclose a place, which
// tell which part of the publication (主要职能, 名词解释, 编制说明 …) a finding belongs to.
// Offsets are those of the text as given (line endings normalised to \n).

export type LineKind =
  /** 第一部分 … */
  | 'part'
  /** An unnumbered title line: …概况, …主要职能, 名词解释, 2026年部门预算编制说明 … */
  | 'title'
  /** A numbered line without a sentence end (一、收入预算情况). */
  | 'heading'
  /** A numbered line that is a sentence or a list item ((一)负责… 。). */
  | 'item'
  | 'body'
  /** Cells pasted as a line (tabs, bars, wide gaps) or a line of figures. */
  | 'table'
  /** 联系人, 电话, 附件 … */
  | 'meta'
  | 'blank';

export interface TextLine {
  readonly kind: LineKind;
  /** The line without its indentation and trailing spaces. */
  readonly text: string;
  /** Offset of `text` in the whole text. */
  readonly offset: number;
  /** 0 part, 1 title, 2 一、, 3 （一）, 4 1. / 1、, 5 ①; null for unnumbered body lines. */
  readonly level: number | null;
}

export interface TextParagraph {
  readonly kind: LineKind;
  readonly lines: readonly TextLine[];
  /** The lines' texts joined (a line broken by a PDF copy is one paragraph again). */
  readonly text: string;
}

const NUMBERS = '一二三四五六七八九十';
const NUMBERED: [RegExp, number][] = [
  [new RegExp(`^第[${NUMBERS}]+部分`), 0],
  [new RegExp(`^[${NUMBERS}]+\\s*[、.．]`), 2],
  [new RegExp(`^[（(]\\s*[${NUMBERS}]+\\s*[)）]`), 3],
  [/^\d{1,2}\s*[、.．](?!\d)/, 4],
  [/^[（(]\d{1,2}[)）]/, 5],
  [/^[①-⑳]/, 5],
];

/** Words an unnumbered title line ends with. */
const TITLE_END = /(说明|概况|情况|职能|职责|设置|构成|解释|目录|目\s*录|预算|决算|公开|任务|部分|附件)$/;
const META = /^(联系人|联系电话|电\s*话|联系方式|地\s*址|邮\s*编|邮政编码|传\s*真|附\s*件|附\s*表|网\s*址|电子邮箱|邮\s*箱)\s*[:：\d]/;
/** A sentence ends with one of these (a closing bracket or quote may follow). */
export const SENTENCE_END = /[。！？!?…；;][”’」』）)》\]】\s]*$/;

function classify(t: string): { kind: LineKind; level: number | null } {
  if (!t) return { kind: 'blank', level: null };
  if (/\t|\|/.test(t) || /\S[ \u3000]{3,}\S.*\S[ \u3000]{3,}\S/.test(t)) return { kind: 'table', level: null };
  if (/^[\d\s.,，%％\-—]+$/.test(t)) return { kind: 'table', level: null };
  if (META.test(t) || /^(附件|附表)[:：]?$/.test(t)) return { kind: 'meta', level: null };
  // The unit line of a table (单位：万元) belongs to the table, not to the running text.
  if (/^(?:金额)?单位\s*[:：]\s*(?:人民币)?(?:亿元|万元|千元|元)[)）]?$/.test(t)) return { kind: 'table', level: null };
  for (const [re, level] of NUMBERED) {
    if (!re.test(t)) continue;
    if (level === 0) return { kind: 'part', level };
    // A numbered line that does not end a sentence and has no clause break is a heading.
    const heading = !SENTENCE_END.test(t) && !/[，,；;]/.test(t) && t.length <= 60;
    return { kind: heading ? 'heading' : 'item', level };
  }
  // A table's own title (2026年“三公”经费预算表) goes with the table: it is no heading of the text.
  if (t.length <= 40 && !/[，。；：,;:！？]/.test(t) && /表$/.test(t) && /[\u4e00-\u9fff]{2}/.test(t)) return { kind: 'table', level: null };
  if (t.length <= 40 && !/[，。；：,;:！？]/.test(t) && TITLE_END.test(t) && /[\u4e00-\u9fff]{2}/.test(t)) return { kind: 'title', level: 1 };
  return { kind: 'body', level: null };
}

/** Every line of the text, classified, with the offset of its trimmed text. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.replace(/^[\s\u3000\u00a0\ufeff]+/, '').length;
    const t = raw.slice(lead).replace(/[\s\u3000\u00a0]+$/, '');
    const { kind, level } = classify(t);
    out.push({ kind, text: t, offset: offset + lead, level });
    offset += raw.length + 1;
  }
  return out;
}

/**
 * Paragraphs: a body or item line that does not end its sentence continues on the next body line
 * (the hard line breaks of a text copied out of a PDF). Headings, titles, table and contact lines
 * are paragraphs of their own; blank lines are dropped.
 */
export function textParagraphs(lines: readonly TextLine[]): TextParagraph[] {
  const out: TextParagraph[] = [];
  let current: TextLine[] = [];
  const flush = () => {
    if (current.length) out.push({ kind: current[0].kind, lines: current, text: current.map((l) => l.text).join('') });
    current = [];
  };
  for (const line of lines) {
    if (line.kind === 'blank') {
      flush();
      continue;
    }
    const last = current[current.length - 1];
    const continues = last && (last.kind === 'body' || last.kind === 'item') && line.kind === 'body' && !SENTENCE_END.test(last.text) && !/[:：]$/.test(last.text);
    if (!continues) flush();
    current.push(line);
  }
  flush();
  return out;
}

/** The offset in the text of position `i` of a paragraph's joined text. */
export function paragraphOffset(p: TextParagraph, i: number): number {
  let rest = i;
  for (const l of p.lines) {
    if (rest < l.text.length) return l.offset + rest;
    rest -= l.text.length;
  }
  const last = p.lines[p.lines.length - 1];
  return last.offset + last.text.length;
}

export interface Heading {
  readonly text: string;
  readonly offset: number;
  readonly level: number;
}

/** The heading lines (parts, titles, numbered headings) in text order. */
export function headingsOf(lines: readonly TextLine[]): Heading[] {
  return lines.filter((l) => l.kind === 'part' || l.kind === 'title' || l.kind === 'heading').map((l) => ({ text: l.text, offset: l.offset, level: l.level! }));
}

/** The headings that enclose `offset`, innermost first (a part starts a new outline). */
export function enclosingHeadings(headings: readonly Heading[], offset: number): Heading[] {
  const stack: Heading[] = [];
  for (const h of headings) {
    if (h.offset > offset) break;
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
  }
  return stack.reverse();
}

/** The text read once for all form rules (the rules run one after another on the same text). */
export interface FormText {
  readonly lines: readonly TextLine[];
  readonly paragraphs: readonly TextParagraph[];
  readonly headings: readonly Heading[];
}

let cache: { text: string; form: FormText } | null = null;

export function formText(text: string): FormText {
  if (cache?.text === text) return cache.form;
  const lines = textLines(text);
  const form = { lines, paragraphs: textParagraphs(lines), headings: headingsOf(lines) };
  cache = { text, form };
  return form;
}

// ---- The parts of a publication a reviewer checks ------------------------------------------

/** The items of the reviewer's check sheet that are parts of the text. */
export type TextItem = '主要职能' | '机构设置' | '名词解释' | '预算编制说明' | '其他相关说明' | '项目经费情况说明';

interface ItemPattern {
  readonly item: TextItem;
  readonly pattern: RegExp;
  /** A numbered heading may name it (十二、其他重要事项), not only a title or part line. */
  readonly numbered: boolean;
}

export const ITEM_PATTERNS: readonly ItemPattern[] = [
  { item: '主要职能', pattern: /主要职能|主要职责|部门职责|单位职责|职能职责|职责职能|工作职责|基本职能/, numbered: true },
  { item: '机构设置', pattern: /机构设置|预算单位构成|单位构成|部门构成|内设机构|机构情况|人员编制|人员构成|人员情况/, numbered: true },
  { item: '名词解释', pattern: /名词解释|名词说明|术语解释/, numbered: true },
  { item: '项目经费情况说明', pattern: /经费情况说明$|项目情况说明$|项目经费说明$/, numbered: false },
  { item: '其他相关说明', pattern: /其他相关情况说明|其他相关说明|其他重要事项|其他事项说明|其他情况说明/, numbered: true },
  { item: '预算编制说明', pattern: /编制说明|预算情况说明|收支预算情况|预算安排说明|收入支出预算|预算说明/, numbered: false },
];

/** The item a place belongs to: the nearest enclosing heading that names one. */
export function itemAt(form: FormText, offset: number): TextItem | null {
  for (const h of enclosingHeadings(form.headings, offset)) {
    const hit = ITEM_PATTERNS.find((p) => (p.numbered || h.level <= 1) && p.pattern.test(h.text));
    if (hit) return hit.item;
  }
  return null;
}

/** The items whose heading the text has. */
export function itemsPresent(form: FormText): Set<TextItem> {
  const out = new Set<TextItem>();
  for (const h of form.headings) for (const p of ITEM_PATTERNS) if ((p.numbered || h.level <= 1) && p.pattern.test(h.text)) out.add(p.item);
  return out;
}

/**
 * The text explains the "三公" expenses (or 会议费/培训费/差旅费) alone, as many places publish them
 * apart from the budget's explanation: its first title names them and not the whole budget
 * (…“三公”经费预算情况说明, not …部门预算及“三公”经费预算编制说明). Such a publication is whole in
 * itself; the disclosure's other parts are elsewhere.
 */
export function isThreePublicPublication(form: FormText): boolean {
  const title = form.lines.find((l) => l.kind === 'title' || l.kind === 'part');
  return !!title && /三公|会议费|培训费|差旅费/.test(title.text) && !/(部门|单位|收支|总)预算(?!表)|预算公开|预算编制说明|部门决算/.test(title.text.replace(/“三公”经费预算|三公经费预算/g, ''));
}

/**
 * A heading of any level names the explanation of the budget by its subject (三、预算收支及增减变化
 * 情况, 一、收入支出预算总体情况): in a publication without parts, that section is its 编制说明.
 */
export function hasBudgetSection(form: FormText): boolean {
  return form.headings.some((h) => /预算收支|收支预算|收入支出预算|预算收入|预算支出|收入预算|支出预算/.test(h.text));
}

const CN_DIGITS = '一二三四五六七八九十';

/**
 * The text begins part-way through a publication: its first numbered heading of the top outline
 * (一、 …) is not the first of its series (九、政府性基金…), so what came before was cut off.
 */
function startsPartWay(form: FormText): boolean {
  const first = form.lines.find((l) => (l.kind === 'heading' || l.kind === 'item') && l.level === 2);
  const n = first && new RegExp(`^([${CN_DIGITS}]+)`).exec(first.text);
  return !!n && n[1] !== '一';
}

/**
 * The text is a whole publication (parts, a table of contents, or its profile), not an extract:
 * neither a publication of the "三公" expenses alone nor a text that begins part-way through.
 */
export function isWholePublication(form: FormText): boolean {
  if (isThreePublicPublication(form)) return false;
  if (form.lines.some((l) => /^目\s*录$/.test(l.text) || /^第一部分/.test(l.text))) return true;
  if (form.lines.filter((l) => l.kind === 'part').length >= 2) return true;
  if (startsPartWay(form)) return false;
  const present = itemsPresent(form);
  return present.has('主要职能') || present.has('机构设置') || present.has('名词解释');
}
