// A word written twice in a row (单位单位). One character doubled (常常) is a normal
// reduplication and is not matched, except a unit doubled after its figure (1200元元).
// Compounds set side by side can repeat characters without a word being doubled: 化验、检验、检测
// written as one run (化验检验检测) holds 验检验检, whose unit 验检 is no word but the seam of two.
// A doubled unit the text never uses anywhere else, while a word across either of its edges (检测)
// does stand elsewhere in the text, is read as such a seam and left alone.
import type { TextRule } from './types';

const REPEAT = /([\u4e00-\u9fff]{2,4})\1/g;
const UNIT_REPEAT = /(?<=\d\s*)元元/g; // 万元万元 is a doubled word already
const ALLOWED_REPEATS = new Set(['谢谢', '研究研究', '看看']);

/** Whether `word` occurs in `text` outside [from, to). */
function usedElsewhere(text: string, word: string, from: number, to: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i + word.length <= from || i >= to) return true;
  return false;
}

/** The doubled `unit` at `at` is the seam of neighbouring compounds, not a doubled word. */
function isSeam(text: string, at: number, unit: string): boolean {
  const end = at + unit.length * 2;
  if (usedElsewhere(text, unit, at, end)) return false;
  const edges = [text.slice(at - 1, at) + unit[0], unit[unit.length - 1] + text.slice(end, end + 1)].filter((w) => w.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(w));
  return edges.some((w) => usedElsewhere(text, w, at - 1, end + 1));
}

export const rule: TextRule = {
  meta: {
    id: 'narrative-repeated-word',
    family: 'wording',
    severity: 'warning',
    description: { 'zh-CN': '词语重复', 'en-US': 'A doubled word' },
    messages: { repeated: { 'zh-CN': '词语“{{word}}”重复。', 'en-US': 'The word "{{word}}" is repeated.' } },
  },
  check(ctx) {
    for (const m of ctx.text.matchAll(REPEAT)) {
      if (ALLOWED_REPEATS.has(m[0]) || new Set(m[1]).size === 1 || isSeam(ctx.text, m.index, m[1])) continue;
      ctx.report({ messageId: 'repeated', data: { word: m[1] }, offset: m.index, quote: m[0], expected: m[1], actual: m[0] });
    }
    for (const m of ctx.text.matchAll(UNIT_REPEAT)) {
      ctx.report({ messageId: 'repeated', data: { word: '元' }, offset: m.index, quote: m[0], expected: '元', actual: m[0] });
    }
  },
};
