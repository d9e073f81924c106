// Text normalisation for matching titles, headers and row labels the way people write them:
// full-width and half-width forms, stray spaces, the many quote marks around 三公.

const QUOTES = /[“”"「」『』‘’'〝〞＂]/g;
const SPACES = /[\s\u3000\u00a0]+/g;

const NORMALIZED = new Map<string, string>();

/** NFKC (full-width → half-width), no spaces, unified quotes and brackets. */
export function normalize(s: string): string {
  let n = NORMALIZED.get(s);
  if (n === undefined) {
    n = normalizeUncached(s);
    // Labels and headers repeat across tables and files; the cache stays bounded.
    if (NORMALIZED.size > 50_000) NORMALIZED.clear();
    NORMALIZED.set(s, n);
  }
  return n;
}

function normalizeUncached(s: string): string {
  return s
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(/[（【［]/g, '(')
    .replace(/[）】］]/g, ')')
    .replace(/：/g, ':');
}

/** Leading indentation of a label in spaces (a full-width space counts as two). */
export function indentWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\u00a0') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23 (enough for section and table numbers). */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch];
  }
  return total + current;
}
