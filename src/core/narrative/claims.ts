// Reading an explanatory text into numeric claims: amounts with units, shares, rates, changes,
// counts, bare numbers where an amount belongs, and the 其中 breakdowns. Every claim keeps its
// character offset in the text (line endings normalised to \n) and its context.
import { exact, type Exact } from '../money';
import { chineseNumber } from '../model/text';

export type ClaimKind = 'amount' | 'change' | 'share' | 'rate' | 'count' | 'count-share' | 'bare';

export interface Claim {
  readonly kind: ClaimKind;
  /** The claim as it stands in the text. */
  readonly quote: string;
  readonly offset: number;
  /** The number (null for a blank rate such as 增长%). */
  readonly value: Exact | null;
  readonly decimals: number;
  /** 元 / 万元 / 亿元 for amounts, the counting word for counts. */
  readonly unit: string | null;
  /** 增加 / 减少 for changes; 增长 / 下降 for rates. */
  readonly direction: 'up' | 'down' | null;
  /** What the figure is of: the words before it in its clause, cleaned. */
  readonly label: string;
  /** For shares: the denominator named after 占 (…的), if any. */
  readonly shareOf: string | null;
  readonly sentence: number;
  readonly paragraph: number;
  /** Section path like "第二部分/三". */
  readonly section: string;
  /** The claim follows 其中 in its sentence. */
  readonly ofWhich: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly offset: number;
  readonly paragraph: number;
  readonly section: string;
}

export interface ReadText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  readonly year: number | null;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// "1720.00万" is common shorthand for 万元 in published texts; "3万人" is a count, not money.
const MONEY_UNIT = '万元|亿元|千元|元|万(?![人个项件台辆余次户名家所])';
const COUNT_UNIT = '人|项|辆|件|个|台（套）|台\\(套\\)|台|套|名|家|户|次|所';

// A number with what follows it. Full-width digits and percent signs are normalised before.
const TOKEN = new RegExp(String.raw`(${NUM})\s*(${MONEY_UNIT}|%|${COUNT_UNIT})?|(增长|下降|占[^，。；%\d]{0,12}?)\s*%`, 'g');

export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

/** Full-width digits, dot and percent to ASCII, one character for one (offsets are kept). */
function asciiDigits(s: string): string {
  return s.replace(/[０-９．％，]/g, (c) => (c === '，' ? '，' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section = '';
  let part = '';
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      paragraph++;
      const partM = /^第([一二三四五六七八九十]+)部分/.exec(trimmed);
      const secM = /^([一二三四五六七八九十]+)、/.exec(trimmed);
      const subM = /^[（(]([一二三四五六七八九十]+)[)）]/.exec(trimmed);
      if (partM) [part, section] = [`第${partM[1]}部分`, `第${partM[1]}部分`];
      else if (secM) section = `${part}/${chineseNumber(secM[1])}`;
      else if (subM) section = `${section.split('/').slice(0, 2).join('/')}/(${chineseNumber(subM[1])})`;
      const re = /[^。！？!?]+[。！？!?]?/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line))) if (m[0].trim()) out.push({ text: m[0], offset: offset + m.index, paragraph, section });
    }
    offset += line.length + 1;
  }
  return out;
}

/** The words a figure is of: the clause before it, without the unit name, year and fillers. */
function labelBefore(sentence: string, at: number): string {
  // A label is a few words: looking back a bounded distance keeps long sentences linear.
  const before = sentence.slice(Math.max(0, at - 80), at);
  const cut = Math.max(...['，', ',', '；', ';', '：', ':', '、'].map((d) => before.lastIndexOf(d)));
  let label = before.slice(cut + 1);
  label = label.replace(/^.*?(19|20)\d{2}\s*年度?/, '').replace(/^(其中|主要用于以下方面|具体情况如下)/, '');
  label = label.replace(/^[（(]?[一二三四五六七八九十\d]+[)）]\s*/, '');
  label = label.replace(/(为|是|达|约|年初预算为|预算为)+$/, '').trim();
  return label;
}

export function readClaims(raw: string): ReadText {
  const text = normaliseText(raw);
  const sentences = splitSentences(text);
  const claims: Claim[] = [];
  sentences.forEach((s, si) => {
    const src = asciiDigits(s.text);
    const ofWhichAt = src.search(/其中/);
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(src))) {
      const start = m.index;
      const before = src.slice(Math.max(0, start - 16), start);
      const after = src.slice(start + m[0].length, start + m[0].length + 2);
      const base = { offset: s.offset + start, sentence: si, paragraph: s.paragraph, section: s.section, ofWhich: ofWhichAt >= 0 && start > ofWhichAt };
      if (m[3]) {
        // A blank rate: 增长% / 下降% / 占…%.
        const kind: ClaimKind = m[3].startsWith('占') ? 'share' : 'rate';
        claims.push({ ...base, kind, quote: s.text.slice(start, start + m[0].length), value: null, decimals: 0, unit: '%', direction: m[3] === '增长' ? 'up' : m[3] === '下降' ? 'down' : null, label: labelBefore(src, start), shareOf: null });
        continue;
      }
      const digits = m[1];
      const unit = m[2] === '万' ? '万元' : m[2] ?? null;
      // Not a figure: years, dates, document numbers, phone numbers, section numbers.
      if (/^[年月日号度季]/.test(after) && !unit) continue;
      if (/[〔[【第—－-]$/.test(before) || /^[—－〕\]】-]/.test(after)) continue;
      if (!unit && /^\d{4}$/.test(digits) && /^\s*年/.test(src.slice(start + m[0].length))) continue;
      const value = exact(digits.replace(/,/g, ''));
      const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
      const quote = s.text.slice(start, start + m[0].length);
      const label = labelBefore(src, start);
      if (unit === '%') {
        const shareM = /占([^，。；%\d]{0,16}?)的?\s*$/.exec(before);
        const rateM = /(增长|下降|增幅为?|降幅为?|减少|增加)\s*$/.exec(before);
        if (rateM && !shareM) {
          claims.push({ ...base, kind: 'rate', quote, value, decimals, unit, direction: /增长|增幅|增加/.test(rateM[1]) ? 'up' : 'down', label, shareOf: null });
        } else if (/率\s*(为|达到?)?\s*$/.test(before)) {
          claims.push({ ...base, kind: 'count-share', quote, value, decimals, unit, direction: null, label, shareOf: null });
        } else {
          const named = shareM?.[1]?.replace(/的$/, '').trim() || null;
          claims.push({ ...base, kind: 'share', quote, value, decimals, unit, direction: null, label, shareOf: named });
        }
        continue;
      }
      if (unit && /^(万元|亿元|千元|元)$/.test(unit)) {
        const changeM = /(增加|减少|增|减|新增)\s*$/.exec(before);
        if (changeM && changeM[1] !== '新增') {
          claims.push({ ...base, kind: 'change', quote, value, decimals, unit, direction: /增/.test(changeM[1]) ? 'up' : 'down', label: labelBefore(src, start - changeM[0].length), shareOf: null });
        } else {
          claims.push({ ...base, kind: 'amount', quote, value, decimals, unit, direction: null, label, shareOf: null });
        }
        continue;
      }
      if (unit) {
        claims.push({ ...base, kind: 'count', quote, value, decimals, unit, direction: null, label, shareOf: null });
        continue;
      }
      // A bare number where an amount belongs: after 增加/减少/预算/支出… and before punctuation or words.
      if (/(增加|减少|预算|支出|收入|经费|项目|资金|合计|总计)\s*$/.test(before) && !/^[\d.]/.test(after)) {
        claims.push({ ...base, kind: 'bare', quote, value, decimals, unit: null, direction: null, label, shareOf: null });
      }
    }
  });
  const years = [...text.matchAll(/((?:19|20)\d{2})\s*年度?部门预算/g)].map((x) => Number(x[1]));
  const anyYear = [...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((x) => Number(x[1]));
  return { text, sentences, claims, year: years[0] ?? (anyYear.length ? Math.max(...anyYear) : null) };
}
