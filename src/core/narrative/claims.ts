// Step 2 of reading: the claim grammar. The clean text (normalise.ts) is split into parts,
// sections, paragraphs, items and sentences, and every numeric claim is read with its place in
// the original text: amounts with units (元, 万元, 亿元, the shorthand 万, or the unit a section
// declared once), shares, changes and rates in both directions and every phrase family of the
// phrase book (增加/减少/增/减, 增长/下降/上升/降低, 增幅/减幅/降幅), last year's amount stated
// explicitly (上年预算数为…, 上年执行数…), counts, and bare numbers where an amount belongs.
import { exact, type Exact } from '../money';
import { chineseNumber } from '../model/text';
import { HeadingStack } from './headings';
import { normalise, normaliseLineEndings, originalSlice, type Normalised } from './normalise';
import { textYear } from './text-year';

export type ClaimKind = 'amount' | 'change' | 'share' | 'rate' | 'count' | 'count-share' | 'bare';

export interface Claim {
  readonly kind: ClaimKind;
  /** The claim as it stands in the original text. */
  readonly quote: string;
  /** Offset of `quote` in the original text (line endings normalised to \n). */
  readonly offset: number;
  /** Offset in the clean text (normalise.ts); the order of claims. */
  readonly at: number;
  /** The number (null for a blank rate such as 增长%). */
  readonly value: Exact | null;
  readonly decimals: number;
  /** 元 / 万元 / 亿元 for amounts, the counting word for counts. */
  readonly unit: string | null;
  /** The unit was not written beside the figure but declared for the section (单位：万元). */
  readonly unitDeclared: boolean;
  /** 增加 / 减少 for changes; 增长 / 下降 for rates. */
  readonly direction: 'up' | 'down' | null;
  /** What the figure is of: the words before it in its clause, cleaned. */
  readonly label: string;
  /** For shares: the denominator named after 占 (…的), if any. */
  readonly shareOf: string | null;
  /** For amounts: last year's amount (上年预算数为…) or this year's; 新增 marks an amount new this year. */
  readonly period: 'current' | 'prior' | 'new';
  /** What the change or rate is measured against, when the text says (预算数, 执行数, 决算数). */
  readonly basis: 'budget' | 'executed' | 'final' | null;
  readonly sentence: number;
  readonly paragraph: number;
  /** The item the claim stands in: a paragraph, or one entry of a numbered list inside it. */
  readonly item: number;
  /** Section path like "第二部分/三". */
  readonly section: string;
  /** The innermost heading the claim stands under ('' for none). */
  readonly heading: string;
  /** The headings the claim stands under, outer to inner, in every numbering style and bare
   * titles (headings.ts): a hint to the subject, never a requirement. */
  readonly headings: readonly string[];
  /** Clean offset of the line that opened the claim's part or numbered section (-1: none), so
   * that two sections with the same number (two texts in one file) are told apart. */
  readonly sectionAt: number;
  /** The claim follows 其中 in its sentence. */
  readonly ofWhich: boolean;
  /** Depth of parentheses around the claim in its sentence (0 outside). */
  readonly depth: number;
  /** Clean offset of the innermost opening parenthesis around the claim (-1 outside). */
  readonly group: number;
  /** The sentence prints its money in whole units (1238万元, 40万元): each stands for ±0.5. */
  readonly wholeUnits: boolean;
}

export interface Sentence {
  /** The sentence as it stands in the original text (it may span a hard line break). */
  readonly text: string;
  /** Offset of `text` in the original text. */
  readonly offset: number;
  readonly paragraph: number;
  readonly section: string;
  /** The sentence in the clean text, and its offset there. */
  readonly clean: string;
  readonly at: number;
}

export interface ReadText {
  /** The original text (line endings normalised to \n). */
  readonly text: string;
  readonly normal: Normalised;
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  readonly year: number | null;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// "1720.00万" is common shorthand for 万元 in published texts; "3万人" is a count, not money.
const MONEY_UNIT = '万元|亿元|千元|元|万(?![人个项件台辆余次户名家所平亩册])';
const COUNT_UNIT = '人|项|辆|件|个|台（套）|台|套|名|家|户|次|所';
const RATE_WORD = '增长率|下降率|减少率|增加率|增减率|增长|下降|上升|降低|增幅|减幅|降幅|增减幅度';

// A number with what follows it; or a blank percentage (增长% / 占…%).
const TOKEN = new RegExp(String.raw`(${NUM})\s*(${MONEY_UNIT}|%|${COUNT_UNIT})?|(${RATE_WORD}|占[^，。；%\d]{0,12}?)(?:为|了)?\s*%`, 'g');

const UP = /增|上升|提高|多/;
const BRACKETED_DIRECTION = /（(增加|减少|增|减)）(幅度?)?(\s*)$/;
const RATE_BEFORE = new RegExp(String.raw`(${RATE_WORD}|增加|减少|提高|增|减)(?:了|为|达)?\s*$`);

/** @deprecated kept for callers that only need the line endings: see normalise.ts. */
export function normaliseText(raw: string): string {
  return normaliseLineEndings(raw);
}

interface Line {
  readonly text: string;
  readonly at: number;
}

function cleanLines(n: Normalised): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const line of n.text.split('\n')) {
    out.push({ text: line, at });
    at += line.length + 1;
  }
  return out;
}

interface Place {
  paragraph: number;
  section: string;
  sectionAt: number;
  heading: string;
  headings: readonly string[];
  unit: string | null;
}

function splitSentences(n: Normalised, visit?: (s: Sentence, place: Place, item: number) => void): Sentence[] {
  const out: Sentence[] = [];
  let part = '';
  const place: Place = { paragraph: 0, section: '', sectionAt: -1, heading: '', headings: [], unit: null };
  const headings = new HeadingStack();
  let item = 0;
  for (const line of cleanLines(n)) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    place.paragraph++;
    item++;
    const partM = /^第([一二三四五六七八九十]+)部分/.exec(trimmed);
    const secM = /^([一二三四五六七八九十]+)、/.exec(trimmed);
    const subM = /^（([一二三四五六七八九十]+)）/.exec(trimmed);
    const heading = !/[，。；]/.test(trimmed) || trimmed.length < 40;
    if (partM) [part, place.section] = [`第${partM[1]}部分`, `第${partM[1]}部分`];
    else if (secM) place.section = `${part}/${chineseNumber(secM[1])}`;
    else if (subM) place.section = `${place.section.split('/').slice(0, 2).join('/')}/(${chineseNumber(subM[1])})`;
    if (partM || secM) place.sectionAt = line.at;
    if (headings.visit(trimmed)) {
      place.headings = headings.chain();
      place.heading = trimmed;
    }
    if ((partM || secM || subM) && heading) {
      // A new section may use another unit; a table row like 一、支出合计 250000 is not one.
      if (!subM && !/\d/.test(trimmed)) place.unit = null;
    }
    // A unit declared once (单位：万元) holds for the figures that follow in its section.
    const unitM = /单位：\s*(万元|亿元|元)/.exec(trimmed);
    if (unitM) place.unit = unitM[1];
    const re = /[^。！？!?]+[。！？!?]?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line.text))) {
      if (!m[0].trim()) continue;
      // A numbered entry inside a paragraph starts a new item: （1）…, 1.…, ①…, 一是….
      if (m.index > 0 && /^\s*(?:（\d{1,2}）|\d{1,2}[、.](?!\d)|[①-⑳]|[一二三四五六七八九十]是)/.test(m[0])) item++;
      const at = line.at + m.index;
      const o = originalSlice(n, at, at + m[0].length);
      const s: Sentence = { text: o.quote, offset: o.offset, paragraph: place.paragraph, section: place.section, clean: m[0], at };
      out.push(s);
      visit?.(s, place, item);
    }
  }
  return out;
}

/** The words a figure is of: the clause before it, without the unit name, year and fillers. */
function labelBefore(sentence: string, at: number): string {
  // A label is a few words: looking back a bounded distance keeps long sentences linear.
  const before = sentence.slice(Math.max(0, at - 80), at);
  let cut = Math.max(...['，', ',', '；', '：', '、'].map((d) => before.lastIndexOf(d)));
  // Inside a parenthesis the label starts after it: …费x万元（购置费a万元 → 购置费.
  for (let i = before.length - 1, depth = 0; i > cut; i--) {
    if (before[i] === '）') depth++;
    else if (before[i] === '（' && depth-- === 0) {
      cut = i;
      break;
    }
  }
  let label = before.slice(cut + 1);
  label = label.replace(/^.*?(19|20)\d{2}\s*年度?/, '').replace(/^(其中|主要用于以下方面|具体情况如下|分别为|分别是)/, '');
  label = label.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.]\s*/, '');
  label = label.replace(/^(本(单位|部门|中心|局|委|院|所|机关))?(本年度?|今年|年度)?/, '');
  label = label.replace(/(为|是|达|约|年初预算为|预算为|预算安排|安排)+$/, '').trim();
  return label;
}

/**
 * Parenthesis depth and innermost group at indices of a sentence asked in increasing order (the
 * claims, left to right): one pass over the sentence, no array as long as the sentence.
 */
function parens(s: string): (i: number) => { depth: number; group: number } {
  const stack: number[] = [];
  let p = 0;
  return (i) => {
    for (; p < i; p++) {
      if (s[p] === '（' || s[p] === '【') stack.push(p);
      else if ((s[p] === '）' || s[p] === '】') && stack.length) stack.pop();
    }
    if (s[i] === '（' || s[i] === '【') return { depth: stack.length + 1, group: i };
    return { depth: stack.length, group: stack.length ? stack[stack.length - 1] : -1 };
  };
}

function basisOf(words: string): Claim['basis'] {
  if (/执行/.test(words)) return 'executed';
  if (/决算/.test(words)) return 'final';
  if (/预算/.test(words)) return 'budget';
  return null;
}

type ClaimBase = Omit<Claim, 'kind' | 'value' | 'decimals' | 'unit' | 'direction' | 'label'>;
type ClaimOwn = Pick<Claim, 'kind' | 'value' | 'decimals' | 'unit' | 'direction' | 'label'> & Partial<ClaimBase>;

/** A claim as one object literal of a fixed shape (spreading a base per claim was a large part
 * of reading a long text, and gave every claim a different hidden class). */
function claimOf(b: ClaimBase, o: ClaimOwn): Claim {
  return {
    kind: o.kind,
    quote: b.quote,
    offset: b.offset,
    at: b.at,
    value: o.value,
    decimals: o.decimals,
    unit: o.unit,
    unitDeclared: o.unitDeclared ?? b.unitDeclared,
    direction: o.direction,
    label: o.label,
    shareOf: o.shareOf !== undefined ? o.shareOf : b.shareOf,
    period: o.period ?? b.period,
    basis: o.basis !== undefined ? o.basis : b.basis,
    sentence: b.sentence,
    paragraph: b.paragraph,
    item: b.item,
    section: b.section,
    heading: b.heading,
    headings: b.headings,
    sectionAt: b.sectionAt,
    ofWhich: b.ofWhich,
    depth: b.depth,
    group: b.group,
    wholeUnits: o.wholeUnits ?? b.wholeUnits,
  };
}

export function readClaims(raw: string): ReadText {
  const normal = normalise(raw);
  const claims: Claim[] = [];
  let si = 0;
  const sentences = splitSentences(normal, (s, place, item) => {
    const src = s.clean;
    const ofWhichAt = src.search(/其中/);
    const parensAt = parens(src);
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(src))) {
      const start = m.index;
      const end = start + m[0].replace(/\s+$/, '').length;
      // A direction word in parentheses (较上年（减少）16.23万元, （减）幅23%) reads as the word itself.
      const written = src.slice(Math.max(0, start - 24), start);
      const before = written.replace(BRACKETED_DIRECTION, '$1$2$3');
      const unwrapped = written.length - before.length;
      const after = src.slice(end, end + 2);
      const o = originalSlice(normal, s.at + start, s.at + end);
      const { depth, group } = parensAt(start);
      const base = {
        quote: o.quote,
        offset: o.offset,
        at: s.at + start,
        sentence: si,
        paragraph: place.paragraph,
        item,
        section: place.section,
        heading: place.heading,
        headings: place.headings,
        sectionAt: place.sectionAt,
        ofWhich: ofWhichAt >= 0 && start > ofWhichAt,
        depth,
        group,
        unitDeclared: false,
        wholeUnits: false,
        period: 'current' as const,
        basis: null,
        shareOf: null,
      };
      if (m[3]) {
        // A blank rate: 增长% / 下降% / 占…%.
        const kind: ClaimKind = m[3].startsWith('占') ? 'share' : 'rate';
        claims.push(claimOf(base, { kind, value: null, decimals: 0, unit: '%', direction: kind === 'rate' ? (UP.test(m[3]) ? 'up' : /降|减/.test(m[3]) ? 'down' : null) : null, label: labelBefore(src, start) }));
        continue;
      }
      const digits = m[1];
      let unit = m[2] === '万' ? '万元' : (m[2] ?? null);
      // Not a figure: years, dates, document numbers, phone numbers, section numbers.
      if (/^[年月日号度季]/.test(after) && !unit) continue;
      if (/[〔[【第—－-]$/.test(before) || /^[—－〕\]】-]/.test(after)) continue;
      if (!unit && /^\d{4}$/.test(digits) && /^\s*年/.test(src.slice(end))) continue;
      // A year written without 年 before what it dates (…住房保障支出2025收支总预算…).
      if (!unit && /^(19|20)\d{2}$/.test(digits) && /^(收入|支出|收支|预算|部门|单位|年度)/.test(src.slice(end))) continue;
      if (unit === '万元' && /^\d{4}$/.test(digits) && /^年/.test(src.slice(start + digits.length))) continue;
      const value = exact(digits.replace(/,/g, ''));
      const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
      const label = labelBefore(src, start);
      if (unit === '%') {
        const shareM = /占([^，。；%\d]{0,16}?)的?(?:比重|比例)?(?:为|达)?\s*$/.exec(before);
        const rateM = RATE_BEFORE.exec(before);
        // A rate in parentheses after its change: 减少1.5万元（42.86%）.
        const bracketed = /(增加|减少|增|减|加)\s*[\d.]+\s*(万元|亿元|元|万)（$/.exec(before);
        if (bracketed && !shareM) {
          claims.push(claimOf(base, { kind: 'rate', value, decimals, unit, direction: /增|加/.test(bracketed[1]) ? 'up' : 'down', label, basis: null }));
        } else if (rateM && !shareM) {
          const direction = rateM[1] === '增减幅度' || rateM[1] === '增减率' ? null : UP.test(rateM[1]) ? 'up' : 'down';
          claims.push(claimOf(base, { kind: 'rate', value, decimals, unit, direction, label, basis: basisOf(before) }));
        } else if (/率\s*(为|达到?)?\s*$/.test(before)) {
          claims.push(claimOf(base, { kind: 'count-share', value, decimals, unit, direction: null, label }));
        } else {
          const named = shareM?.[1]?.replace(/的$/, '').trim() || null;
          claims.push(claimOf(base, { kind: 'share', value, decimals, unit, direction: null, label, shareOf: named }));
        }
        continue;
      }
      if (!unit && place.unit && /(增加|减少|预算|支出|收入|经费|项目|资金|合计|总计|结转|结余|为)\s*$/.test(before) && !/^[\d.]/.test(after)) {
        unit = place.unit;
        Object.assign(base, { unitDeclared: true });
      }
      // A threshold (单位价值50万元以上的设备) is not an amount of the budget.
      if (unit && /^(以上|以下|以内|及以上)/.test(src.slice(end, end + 3))) continue;
      if (unit && /^(万元|亿元|千元|元)$/.test(unit)) {
        const changeM = /(增加|减少|增|减|(?<![追附参])加|上升|下降|降低|压减|节约|新增)(了)?\s*$/.exec(before);
        if (changeM && changeM[1] !== '新增') {
          claims.push(claimOf(base, { kind: 'change', value, decimals, unit, direction: UP.test(changeM[1]) || changeM[1] === '加' ? 'up' : 'down', label: labelBefore(src, start - unwrapped - changeM[0].length), basis: basisOf(before) }));
        } else {
          const prior =
            (/(上年|上一年度?|去年|前一年)[^，；：]{0,12}$/.test(before) && !/结转|结余/.test(label)) ||
            /(执行数|决算数)(为|是)?\s*$/.test(before) ||
            // 较2023年年初预算的1278万元: the amount compared with is last year's.
            /(较|比|与)((19|20)\d{2}年度?|上年)[^，；。\d]{0,8}的$/.test(before) ||
            // 较2022年预算1.50万元增长…: the amount right after the year compared with.
            /(较|比|与)((19|20)\d{2}年度?|上年)(年初)?(预算数?|预算执行数|执行数|决算数)(为)?$/.test(before);
          claims.push(claimOf(base, { kind: 'amount', value, decimals, unit, direction: null, label, period: changeM ? 'new' : prior ? 'prior' : 'current', basis: prior ? basisOf(before) : null }));
        }
        continue;
      }
      if (unit) {
        claims.push(claimOf(base, { kind: 'count', value, decimals, unit, direction: null, label }));
        continue;
      }
      // A bare number where an amount belongs: after 增加/减少/预算/支出… and before punctuation or words.
      if (/(增加|减少|预算|支出|收入|经费|项目|资金|合计|总计|结转|结余)\s*$/.test(before) && !/^[\d.]/.test(after)) {
        claims.push(claimOf(base, { kind: 'bare', value, decimals, unit: null, direction: null, label }));
      }
    }
    si++;
  });
  const text = normal.text;
  const { year } = textYear(text);
  // An amount of an earlier year (2024年预算数为…) in a text of a later one is last year's.
  const dated = year
    ? claims.map((c) => {
        if (c.kind !== 'amount' || c.period !== 'current') return c;
        // The last year named in the sentence before the figure (not 比/较 2024年, a comparison).
        const s = sentences[c.sentence];
        // A year holds for its clause (up to a semicolon): 2016年开展… does not date what follows.
        const reach = s.clean.slice(Math.max(0, c.at - s.at - 200), c.at - s.at);
        const before = reach.slice(reach.lastIndexOf('；') + 1);
        const years = [...before.matchAll(/(?<![比较与和同])((?:19|20)\d{2})年(?!\d{1,2}月)/g)];
        const last = years[years.length - 1];
        return last && Number(last[1]) < year ? claimOf(c, { ...c, period: 'prior' }) : c;
      })
    : claims;
  // Money printed in whole units throughout a sentence is rounded to the unit; one integer
  // among figures with decimals (8万元 beside 12.5万元 and 4.35万元) is exact.
  const fractional = new Set<number>();
  for (const c of dated) if ((c.kind === 'amount' || c.kind === 'change') && c.decimals > 0) fractional.add(c.sentence);
  const rounded = dated.map((c) => ((c.kind === 'amount' || c.kind === 'change') && c.decimals === 0 && !fractional.has(c.sentence) ? claimOf(c, { ...c, wholeUnits: true }) : c));
  return { text: normal.original, normal, sentences, claims: rounded, year };
}
