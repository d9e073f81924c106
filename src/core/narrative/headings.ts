// Section headings of an explanatory text, and what they say about the figures under them.
//
// Headings come in every numbering style (第一部分, 一、, （一）, 1. / 1、, （1）, ①) and as bare
// title lines (“三公”经费预算情况说明). They nest: a claim stands under a chain of headings, outer
// to inner. A heading is only a hint to a figure's subject: it fills in what a sentence leaves
// out (合计x万元 under the "三公" heading is the "三公" total; 支出x万元 under 政府性基金 is the
// fund's expenditure; 基本支出 under 一般公共预算基本支出 is that fund's part), and never
// overrides a subject the sentence names (公务接待费 under the "三公" heading is still 公务接待费;
// 人员经费 under 政府性基金 is still 人员经费).
//
// Texts copied from web pages sometimes lose their line breaks, so a heading can stand glued to
// the sentences around it (…原因是调资。二、“三公”经费预算情况“三公”经费预算12万元…);
// gluedBreaks finds where such a line should break so that sections and items are read as usual.

import { chineseNumber } from '../model/text';

const CN = '[一二三四五六七八九十]+';

/** Numbering styles, outer to inner; the index is the heading's level. */
const NUMBERING: readonly RegExp[] = [
  new RegExp(`^第${CN}部分`),
  new RegExp(`^${CN}[、．.]`),
  new RegExp(`^[（(]${CN}[)）]`),
  /^\d{1,2}[、．.](?!\d)/,
  /^[（(]\d{1,2}[)）]/,
  /^[①-⑳]/,
];
/** A bare title line (no numbering) sits inside the numbered heading before it. */
const TITLE_LEVEL = NUMBERING.length;

const TITLE_END = /(说明|情况|概况|构成|安排|预算|明细|解释|经费|支出|收入|采购|资产|目标)[：:]?\s*$/;
// Sentence punctuation and money: a line with either is a sentence, not a heading.
const SENTENCE = /[，。；！？,;!?]|\d\s*(万元|亿元|千元|元|万|%|％)/;

/** The numbering level of a line that opens with a heading number (null: none). */
export function numberingLevel(line: string): number | null {
  const t = line.trim();
  for (let level = 0; level < NUMBERING.length; level++) if (NUMBERING[level].test(t)) return level;
  return null;
}

/**
 * The level of a heading line, or null when the line is not a heading: a numbered line or a title
 * (…情况, …说明) with no sentence punctuation and no amount. A numbered item that is a sentence
 * (1.行政运行（项2010101）支出88万元，…) is an item, not a heading.
 */
export function headingLevel(line: string): number | null {
  const t = line.trim();
  if (!t || t.length > 60 || SENTENCE.test(t)) return null;
  const level = numberingLevel(t);
  if (level !== null) return level;
  return TITLE_END.test(t) && t.length <= 40 ? TITLE_LEVEL : null;
}

/** The headings a line stands under, outer to inner, kept as the text is read line by line. */
export class HeadingStack {
  private readonly stack: { level: number; text: string }[] = [];

  /** Takes a line; true when it is a heading (and now the innermost one). */
  visit(line: string): boolean {
    const level = headingLevel(line);
    if (level === null) return false;
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    this.stack.push({ level, text: line.trim() });
    return true;
  }

  /** The chain of headings, outer to inner (a copy: claims keep the chain they stood under). */
  chain(): readonly string[] {
    return this.stack.map((h) => h.text);
  }
}

// ---- Headings glued inside a line -------------------------------------------------------------

// A Chinese-numbered heading right after a sentence end: 。二、“三公”经费预算情况… / 。（三）…
const GLUED = new RegExp(`(?<=[。！？!?])\\s*(?=第${CN}部分|${CN}、|[（(]${CN}[)）])`, 'g');
// The heading's title, when a sentence follows it directly: up to the first title ending, with no
// punctuation or figure in between (a year such as 2025年 may stand in a title).
const GLUED_TITLE = new RegExp(
  `^(?:第${CN}部分\\s*|${CN}、|[（(]${CN}[)）])(?:[^，。；：:,;！？!?\\d]|(?:19|20)\\d{2}年度?){1,40}?(?:情况说明|预算说明|编制说明|情况|说明|概况)(?!说明|如下)(?=[^，。；：:,;）)\\s])`,
);

/**
 * Offsets in `line` before which a line break belongs: before a Chinese-numbered heading that
 * follows a sentence end in the middle of the line, and after that heading's title when a
 * sentence follows it without a break. A line that opens with such a heading is split after
 * its title the same way.
 */
export function gluedBreaks(line: string): number[] {
  const out: number[] = [];
  const inline = inlineMarkers(line);
  const starts = [0, ...[...line.matchAll(GLUED)].map((m) => m.index + m[0].length).filter((at) => !inline.has(at))];
  for (const start of starts) {
    if (start > 0 && start < line.length) out.push(start);
    const title = GLUED_TITLE.exec(line.slice(start, start + 60));
    if (title && start + title[0].length < line.length) out.push(start + title[0].length);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

// Any Chinese-numbered marker, with what stands before it (a heading's style is its group).
const MARKER = new RegExp(`([：:；;，,。！？!?])?\\s*(?:第(${CN})部分|(${CN})、|[（(](${CN})[)）])`, 'g');

// A heading's title ended by a colon: 二、“三公”经费增减变化原因说明：…
const TITLED = new RegExp(`^(?:第${CN}部分\\s*|${CN}、|[（(]${CN}[)）])[^，。；：:,;！？!?\\d]{1,40}?(?:情况说明|预算说明|编制说明|情况|说明|概况)\\s*[：:]`);

/**
 * Offsets of the markers in `line` that number an enumeration inside a sentence, not headings:
 * one after a colon, semicolon or comma (支出主要用于：（一）…；（二）…), and the next number of the
 * same style after a sentence end once such an enumeration is open (…：（一）人员经费…。（二）…),
 * unless it opens a title of its own (…。二、“三公”经费变化原因说明：…).
 */
function inlineMarkers(line: string): Set<number> {
  const out = new Set<number>();
  const open: (number | null)[] = [null, null, null];
  for (const m of line.matchAll(MARKER)) {
    const style = m[2] ? 0 : m[3] ? 1 : 2;
    const n = chineseNumber(m[2] ?? m[3] ?? m[4]);
    const at = m.index + m[0].length - m[0].replace(/^[：:；;，,。！？!?]?\s*/, '').length;
    const before = m[1] ?? '';
    // A title of its own (二、…情况说明：) makes the next number a heading even so.
    const titled = TITLED.test(line.slice(at, at + 60)) || GLUED_TITLE.test(line.slice(at, at + 60));
    const isInline = /[：:；;，,]/.test(before) || (/[。！？!?]/.test(before) && n !== null && open[style] === n - 1 && !titled);
    if (isInline) {
      out.add(at);
      open[style] = n;
    } else if (before) open[style] = null;
  }
  return out;
}

// ---- What a heading says about a figure's subject -----------------------------------------------

export interface Topic {
  /** The fund the heading is about. */
  readonly fund: '一般公共预算' | '政府性基金' | '国有资本经营' | '财政拨款' | null;
  readonly side: '收入' | '支出' | null;
  /** 基本支出 or 项目支出, when the heading is about one of them. */
  readonly part: '基本' | '项目' | null;
  /** A subject of its own ("三公"经费, 机关运行经费). */
  readonly subject: '三公经费' | '机关运行经费' | null;
}

const NO_TOPIC: Topic = { fund: null, side: null, part: null, subject: null };

/** What one heading is about (null when it names nothing a figure could be of). */
export function topicOfHeading(heading: string): Topic | null {
  const h = heading.replace(/[“”"‘’「」]/g, '');
  if (/三公/.test(h)) return { ...NO_TOPIC, subject: '三公经费' };
  if (/机关运行经费/.test(h)) return { ...NO_TOPIC, subject: '机关运行经费' };
  const fund = /一般公共预算/.test(h) ? '一般公共预算' : /政府性基金/.test(h) ? '政府性基金' : /国有资本经营/.test(h) ? '国有资本经营' : /财政拨款/.test(h) ? '财政拨款' : null;
  const side = /收入/.test(h) && !/支出/.test(h) ? '收入' : /支出/.test(h) && !/收入/.test(h) ? '支出' : null;
  const part = /基本支出/.test(h) ? '基本' : /项目支出/.test(h) ? '项目' : null;
  if (!fund && !part) return null;
  return { fund, side: part ? '支出' : side, part, subject: null };
}

/** The innermost heading of a chain that is about something, and what it is about. */
export function topicHeading(headings: readonly string[]): { heading: string; topic: Topic } | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const topic = topicOfHeading(headings[i]);
    if (topic) return { heading: headings[i], topic };
  }
  return null;
}

/** The topic of a chain of headings: the innermost heading that is about something. */
export function topicOf(headings: readonly string[]): Topic | null {
  return topicHeading(headings)?.topic ?? null;
}

// A subject key that names no subject, only a total or a side: the heading supplies the rest.
export const GENERIC = /^(合计|总计|共计|小计|总额|预算|安排|全年|共|计)?(支出|收入)?(合计|总计|预算|总额)?$/;
// A key that names only a part of the budget (基本支出 of which fund?).
const PART_ONLY = /^(基本|项目)支出(合计)?$/;

/**
 * The subject keys a heading suggests for a figure whose own key is `key` (subjectKey of its
 * label), most specific first; empty when the sentence names its subject itself, so the heading
 * has nothing to add. The caller uses a suggestion only when it resolves, and (for a key that
 * already has readings of its own) only when it is one of them: a hint narrows, never overrides.
 */
export function hintedKeys(key: string, headings: readonly string[]): string[] {
  const k = key.replace(/[“”"]/g, '');
  const generic = GENERIC.test(k);
  const partOnly = PART_ONLY.exec(k);
  if (!generic && !partOnly) return [];
  const topic = topicOf(headings);
  if (!topic) return [];
  // A "三公" or 机关运行经费 heading says nothing of income.
  if (topic.subject) return generic && !/收入/.test(k) ? [topic.subject] : [];
  const side = /收入/.test(k) ? '收入' : /支出/.test(k) ? '支出' : topic.side;
  if (partOnly) return topic.fund ? [`${topic.fund}${partOnly[1]}支出`] : [];
  if (!topic.fund) return topic.part && side !== '收入' ? [`${topic.part}支出`] : [];
  if (topic.part && side !== '收入') return [`${topic.fund}${topic.part}支出`];
  return side ? [`${topic.fund}${side}`] : [];
}
