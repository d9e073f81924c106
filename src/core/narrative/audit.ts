// The auditor: checks an explanatory text against its own arithmetic and, when given, against
// the tables (and last year's tables). Each finding quotes the claim and gives its offset.
import { outdatedNamesIn } from '../codes';
import { abs, add, cmp, div, down, exact, halfUp, isZero, lte, mul, sub, sum, toFixed, toPlain, type Exact } from '../money';
import type { WorkbookModel } from '../model/types';
import { normalize } from '../model/text';
import { readClaims, type Claim, type ReadText } from './claims';
import { extractFacts, type Facts, type Fig } from './facts';
import { NARRATIVE_MESSAGES, type NarrativeRule } from './messages';
import { renderTextReport, TEXT_RULES } from './rules';
import type { DocumentType, TextRule } from './rules/types';
import type { Lang, Severity } from '../checks/types';

export interface NarrativeFinding {
  /** A NarrativeRule of the claim arithmetic, or the id of a rule in ./rules. */
  readonly rule: string;
  readonly severity: Severity;
  readonly quote: string;
  readonly offset: number;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly message: string;
}

export interface AuditResult {
  readonly claims: number;
  /** How many amount claims were tied to a cell of the tables (0 without a workbook). */
  readonly bound: number;
  readonly findings: readonly NarrativeFinding[];
}

export interface AuditInput {
  readonly text: string;
  readonly model?: WorkbookModel | null;
  readonly prior?: WorkbookModel | null;
  readonly lang?: Lang;
  /** Tolerance for comparing a stated amount with the table, in 万元 (default 0.01). */
  readonly tolerance?: Exact;
  /** 部门预算 or 单位预算, when the caller knows (a setting, the workbook's titles). */
  readonly documentType?: DocumentType | null;
  /** The rules on the text to run (default: all of ./rules). */
  readonly textRules?: readonly TextRule[];
}

const SEVERITY: Record<NarrativeRule, Severity> = {
  'narrative-unit-missing': 'error',
  'narrative-blank-rate': 'error',
  'narrative-zero-change': 'warning',
  'narrative-direction': 'error',
  'narrative-zero-base': 'error',
  'narrative-rate': 'error',
  'narrative-share': 'error',
  'narrative-parts': 'error',
  'narrative-count-share': 'error',
  'narrative-repeated-word': 'warning',
  'narrative-outdated-name': 'warning',
  'narrative-table-mismatch': 'error',
  'narrative-prior-mismatch': 'error',
};

/** Published amounts are exact to the cent (a dropped trailing zero is not lost precision). */
const HALF_CENT = exact('0.005');

function interval(c: Claim): [Exact, Exact] {
  return [sub(c.value!, HALF_CENT), add(c.value!, HALF_CENT)];
}

/** The percentage a/b × 100 at `places`, and the range the amounts' rounding allows. */
function pct(a: Claim | [Exact, Exact], b: Claim | [Exact, Exact], places: number): { value: Exact; lo: Exact; hi: Exact } | null {
  const [a0, a1] = Array.isArray(a) ? a : interval(a);
  const [b0, b1] = Array.isArray(b) ? b : interval(b);
  const mid = (x0: Exact, x1: Exact) => div(add(x0, x1), 2);
  if (lte(b0, exact(0))) return null;
  const value = halfUp(mul(div(mid(a0, a1), mid(b0, b1)), 100), places);
  const lo = halfUp(mul(div(a0, b1), 100), places);
  const hi = halfUp(mul(div(a1, b0), 100), places);
  return { value, lo, hi };
}

const within = (x: Exact, r: { lo: Exact; hi: Exact }) => lte(r.lo, x) && lte(x, r.hi);

export function auditNarrative(input: AuditInput): AuditResult {
  const lang = input.lang ?? 'zh-CN';
  const read = readClaims(input.text);
  const findings: NarrativeFinding[] = [];
  const report = (rule: NarrativeRule, c: { quote: string; offset: number }, data: Record<string, string>, expected: string | null, actual: string | null) => {
    const tpl = NARRATIVE_MESSAGES[rule][lang];
    findings.push({ rule, severity: SEVERITY[rule], quote: c.quote, offset: c.offset, expected, actual, message: tpl.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => data[k] ?? '') });
  };
  const claims = read.claims;

  // Units, blanks and wording.
  for (const c of claims) {
    if (c.kind === 'bare') report('narrative-unit-missing', c, { value: c.quote }, null, c.quote);
    if (c.kind === 'change' && c.value && isZero(c.value)) report('narrative-zero-change', c, { quote: c.quote }, null, c.quote);
  }
  const index = new ClaimIndex(read);
  checkRates(read, index, report);
  checkShares(read, index, report);
  checkParts(read, report);
  checkWords(read, report);
  if (input.model) checkAgainstTables(read, index, extractFacts(input.model), input.prior ? extractFacts(input.prior) : null, input.tolerance ?? exact('0.01'), report);
  const ruleContext = { text: read.text, read, year: input.model?.year ?? read.year, documentType: input.documentType ?? null, model: input.model ?? null, prior: input.prior ?? null };
  for (const rule of input.textRules ?? TEXT_RULES) {
    rule.check({
      ...ruleContext,
      report(r) {
        findings.push({ rule: rule.meta.id, severity: rule.meta.severity, quote: r.quote, offset: r.offset, expected: r.expected ?? null, actual: r.actual ?? null, message: renderTextReport(rule, r, lang) });
      },
    });
  }
  findings.sort((a, b) => a.offset - b.offset);
  return { claims: claims.filter((c) => c.kind !== 'count' || c.value).length, bound: 0, findings };
}

type Reporter = (rule: NarrativeRule, c: { quote: string; offset: number }, data: Record<string, string>, expected: string | null, actual: string | null) => void;

/** Claims in text order, indexed so that "the last one before here" is a short look back. */
class ClaimIndex {
  readonly amounts: Claim[];
  readonly counts: Claim[];
  private readonly bySentence = new Map<number, Claim[]>();
  private readonly bySection = new Map<string, Claim[]>();
  readonly totals: Claim[];

  constructor(read: ReadText) {
    this.amounts = read.claims.filter((c) => c.kind === 'amount' && c.value);
    this.counts = read.claims.filter((c) => c.kind === 'count' && c.value);
    for (const c of read.claims) {
      if (!c.value) continue;
      if (c.kind === 'amount' || c.kind === 'count' || c.kind === 'change') push(this.bySentence, c.sentence, c);
      if (c.kind === 'amount' || c.kind === 'count') push(this.bySection, `${c.kind}:${c.section}`, c);
    }
    this.totals = this.amounts.filter((c) => /合计|总计|总数/.test(c.label));
  }

  sentence(n: number): Claim[] {
    return this.bySentence.get(n) ?? [];
  }

  /** Up to `k` claims of `list` that stand before `offset`, nearest last. */
  static before(list: readonly Claim[], offset: number, k: number): Claim[] {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].offset < offset) lo = mid + 1;
      else hi = mid;
    }
    return list.slice(Math.max(0, lo - k), lo);
  }

  section(kind: 'amount' | 'count', section: string): Claim[] {
    return this.bySection.get(`${kind}:${section}`) ?? [];
  }
}

function push<K>(m: Map<K, Claim[]>, k: K, c: Claim): void {
  const l = m.get(k);
  if (l) l.push(c);
  else m.set(k, [c]);
}

/** How far back (in claims) the auditor looks for a current amount or a denominator. */
const LOOK_BACK = 200;

/** The amount a change is a change of: the last plain amount before it in its sentence, else the named amount. */
function currentOf(index: ClaimIndex, change: Claim): Claim | null {
  const inSentence = ClaimIndex.before(index.sentence(change.sentence), change.offset, 50).filter((c) => c.kind === 'amount');
  if (inSentence.length) return inSentence[inSentence.length - 1];
  const before = ClaimIndex.before(index.amounts, change.offset, LOOK_BACK);
  const key = normalize(change.label).replace(/(比|与)?((19|20)\d{2}年)?(相比)?$/, '');
  if (key) {
    const named = before.filter((c) => normalize(c.label) === key || (c.label && key.endsWith(normalize(c.label))));
    if (named.length) return named[named.length - 1];
  }
  // Else the last total of the paragraph (a 其中 part is not what a change speaks of).
  const inParagraph = before.filter((c) => (c.paragraph === change.paragraph || c.paragraph === change.paragraph - 1) && !c.ofWhich);
  return inParagraph.length ? inParagraph[inParagraph.length - 1] : null;
}

function checkRates(read: ReadText, index: ClaimIndex, report: Reporter): void {
  for (const rate of read.claims.filter((c) => c.kind === 'rate')) {
    // The change it goes with: the last change before it in the same sentence.
    const change = ClaimIndex.before(index.sentence(rate.sentence), rate.offset, 50)
      .reverse()
      .find((c) => c.kind === 'change');
    if (change && rate.direction && change.direction && rate.direction !== change.direction) {
      report('narrative-direction', rate, { change: change.direction === 'up' ? '增加' : '减少', rate: rate.direction === 'up' ? '增长' : '下降' }, null, rate.quote);
    }
    const current = change ? currentOf(index, change) : null;
    let expected: { value: Exact; lo: Exact; hi: Exact } | null = null;
    if (change?.value && current?.value) {
      const up = change.direction !== 'down';
      const base = up ? sub(current.value, change.value) : add(current.value, change.value);
      if (isZero(base) || (up && cmp(base, exact(0)) < 0)) {
        report('narrative-zero-base', rate, { change: toPlain(change.value) }, null, rate.quote);
        continue;
      }
      const [c0, c1] = interval(change);
      const [v0, v1] = interval(current);
      const baseRange: [Exact, Exact] = up ? [sub(v0, c1), sub(v1, c0)] : [add(v0, c0), add(v1, c1)];
      expected = pct([c0, c1], baseRange, rate.value ? Math.max(rate.decimals, 0) : 2);
    }
    if (!rate.value) {
      report('narrative-blank-rate', rate, should(expected ? `${toFixed(expected.value, 2)}%` : null), expected ? toFixed(expected.value, 2) : null, null);
      continue;
    }
    if (expected && !within(rate.value, expected)) {
      const truncated = change && current ? isTruncation(rate.value, change.value!, sub(current.value!, change.direction === 'down' ? mul(change.value!, -1) : change.value!), rate.decimals) : false;
      report('narrative-rate', rate, { expected: `${toFixed(expected.value, rate.decimals)}%`, actual: rate.quote, ...how(truncated ? 'truncated' : null) }, toFixed(expected.value, rate.decimals), toPlain(rate.value));
    }
  }
}

function should(value: string | null): Record<string, string> {
  return value ? { should: `，应为 ${value}`, shouldEn: `; it should be ${value}` } : { should: '', shouldEn: '' };
}

function how(kind: 'truncated' | 'slip' | null): Record<string, string> {
  if (kind === 'truncated') return { how: '（截断而非四舍五入）', howEn: ' (truncated instead of rounded half-up)' };
  if (kind === 'slip') return { how: '（疑似小数点错位）', howEn: ' (a slipped decimal point?)' };
  return { how: '', howEn: '' };
}

function isTruncation(stated: Exact, a: Exact, b: Exact, places: number): boolean {
  if (isZero(b)) return false;
  return cmp(down(mul(div(a, b), 100), places), stated) === 0;
}

function checkShares(read: ReadText, index: ClaimIndex, report: Reporter): void {
  // The denominator the previous share of the same sentence matched: siblings share it.
  let lastGood: { denominator: Claim; sentence: number } | null = null;
  for (const share of read.claims.filter((c) => c.kind === 'share' || c.kind === 'count-share')) {
    const isCount = share.kind === 'count-share';
    const kind = isCount ? 'count' : 'amount';
    const inSentence = ClaimIndex.before(index.sentence(share.sentence), share.offset, 50).filter((c) => c.kind === kind);
    const numerator = inSentence[inSentence.length - 1];
    if (!numerator) continue;
    const candidates: Claim[] = [];
    const add1 = (c: Claim | null | undefined) => c && c !== numerator && c.value && !isZero(c.value) && !candidates.some((x) => cmp(x.value!, c.value!) === 0) && candidates.push(c);
    const pool = isCount ? index.counts : index.amounts;
    if (share.shareOf) {
      const key = normalize(share.shareOf);
      add1([...ClaimIndex.before(pool, share.offset, LOOK_BACK)].reverse().find((c) => c.label && (normalize(c.label).endsWith(key) || key.endsWith(normalize(c.label)))));
    }
    if (lastGood && lastGood.sentence === share.sentence) add1(lastGood.denominator);
    // The total the sentence's 其中 breaks down, then the section's amounts, then the document's totals.
    const lead = inSentence.filter((c) => !c.ofWhich && c.offset < numerator.offset);
    add1(lead[lead.length - 1]);
    for (const c of ClaimIndex.before(index.section(kind, share.section), share.offset, 30)) if (cmp(c.value!, numerator.value!) > 0) add1(c);
    if (!isCount) for (const c of ClaimIndex.before(index.totals, share.offset, 5)) add1(c);
    if (isCount) for (const c of ClaimIndex.before(pool, share.offset, 30)) if (c.paragraph === share.paragraph && cmp(c.value!, numerator.value!) > 0) add1(c);
    if (!share.value) {
      const e = candidates[0] ? pct(numerator, candidates[0], 2) : null;
      report('narrative-blank-rate', share, should(e ? `${toFixed(e.value, 2)}%` : null), e ? toFixed(e.value, 2) : null, null);
      continue;
    }
    if (candidates.length === 0) continue;
    const match = candidates.find((d) => {
      const r = pct(numerator, d, share.decimals);
      return r && within(share.value!, r);
    });
    if (match) {
      lastGood = { denominator: match, sentence: share.sentence };
      continue;
    }
    const d = candidates[0];
    const e = pct(numerator, d, share.decimals)!;
    const tried = candidates.map((c) => `${toPlain(c.value!)}${c.unit ?? ''}${c.label ? `（${c.label}）` : ''}`).join('、');
    // A slipped decimal point: the stated digits are the right ones ×10 or ÷10 (13.53 for 1.353…).
    const exactShare = mul(div(numerator.value!, d.value!), 100);
    const slip = [10, 100].some((k) => cmp(halfUp(mul(exactShare, k), share.decimals), share.value!) === 0 || cmp(halfUp(div(exactShare, k), share.decimals), share.value!) === 0);
    report(
      isCount ? 'narrative-count-share' : 'narrative-share',
      share,
      {
        expected: `${toFixed(e.value, share.decimals)}%`,
        part: `${toPlain(numerator.value!)}${numerator.unit ?? ''}`,
        whole: `${toPlain(d.value!)}${d.unit ?? ''}`,
        tried,
        actual: share.quote,
        ...how(isTruncation(share.value, numerator.value!, d.value!, share.decimals) ? 'truncated' : slip ? 'slip' : null),
      },
      toFixed(e.value, share.decimals),
      toPlain(share.value),
    );
  }
}

function checkParts(read: ReadText, report: Reporter): void {
  const bySentence = new Map<number, Claim[]>();
  for (const c of read.claims) if ((c.kind === 'amount' || c.kind === 'count') && c.value) push(bySentence, c.sentence, c);
  for (const list of bySentence.values()) {
    // A total restated after the list ("…，合计1170.00万。") is not one of the parts.
    const parts = list.filter((c) => c.ofWhich && !/^(合计|总计|共计|小计)/.test(c.label));
    const totals = list.filter((c) => !c.ofWhich);
    if (parts.length < 2 || totals.length === 0) continue;
    const total = totals[totals.length - 1];
    const same = parts.filter((p) => p.unit === total.unit);
    if (same.length < 2) continue;
    const s = sum(same.map((p) => p.value!));
    const bound = mul(HALF_CENT, same.length + 1);
    if (lte(abs(sub(s, total.value!)), bound)) continue;
    report('narrative-parts', total, { total: total.quote, sum: `${toPlain(s)}${total.unit ?? ''}`, parts: same.map((p) => p.quote).join('、') }, toPlain(s), toPlain(total.value!));
  }
}

// Doubled words worth flagging: a two- to four-character word written twice in a row. Common
// reduplications (常常, 认真认真 is not one) are one character doubled and are not matched.
const REPEAT = /([\u4e00-\u9fff]{2,4})\1/g;
const ALLOWED_REPEATS = new Set(['谢谢', '研究研究', '看看']);

function checkWords(read: ReadText, report: Reporter): void {
  let m: RegExpExecArray | null;
  REPEAT.lastIndex = 0;
  while ((m = REPEAT.exec(read.text))) {
    if (ALLOWED_REPEATS.has(m[0]) || new Set(m[1]).size === 1) continue;
    report('narrative-repeated-word', { quote: m[0], offset: m.index }, { word: m[1] }, m[1], m[0]);
  }
  if (read.year) {
    for (const o of outdatedNamesIn(read.text, read.year)) report('narrative-outdated-name', { quote: o.oldName, offset: o.index }, { old: o.oldName, current: o.current, year: String(read.year) }, o.current, o.oldName);
  }
}

// ---- Against the tables ---------------------------------------------------------------------

type Binder = [RegExp, (f: Facts, c: Claim) => Fig | null | undefined];

const BINDERS: Binder[] = [
  [/^收入总计$/, (f) => f.incomeTotal],
  [/^支出总计$/, (f) => f.expenditureTotal],
  [/^收入合计$/, (f) => f.incomeCurrent],
  [/^支出合计$/, (f) => f.expenditureCurrent],
  [/^一般公共预算基本支出$/, (f) => f.generalBasic],
  [/^基本支出$/, (f, c) => (/第二部分\/3/.test(c.section) ? f.basic : undefined)],
  [/^项目支出$/, (f, c) => (/第二部分\/3/.test(c.section) ? f.project : undefined)],
  [/一般公共预算安排项目支出/, (f) => f.generalProject],
  [/政府性基金预算安排项目支出/, (f) => f.fundProject],
  [/^人员经费$/, (f) => f.personnel],
  [/^公用经费$/, (f) => f.publicFunds],
  [/^财政拨款收支(总)?预算$/, (f) => f.fiscalTotal],
  [/^一般公共预算支出$/, (f) => f.general],
  [/^一般公共预算(拨款|收支预算)?$/, (f) => f.fiscalGeneral],
  [/^政府性基金(预算)?(拨款|收入|收支预算)?$/, (f) => f.fiscalFund],
  [/政府性基金预算拨款安排的支出$/, (f) => f.fund],
  [/^三公经费(支出)?(预算)?$/, (f) => f.threePublic?.total],
  [/^因公出国\(境\)费$/, (f) => f.threePublic?.abroad],
  [/^公务用车购置及运行(维护)?费$/, (f) => f.threePublic?.vehicle],
  [/^公务用车购置费$/, (f) => f.threePublic?.purchase],
  [/^公务用车运行(维护)?费$/, (f) => f.threePublic?.operation],
  [/^公务接待费$/, (f) => f.threePublic?.reception],
  [/^(机关)?运行经费(支出)?(预算)?$/, (f) => f.threePublic?.running],
];

function bind(f: Facts, c: Claim): Fig | null {
  const label = normalize(c.label).replace(/[“”"]/g, '');
  for (const [re, get] of BINDERS) if (re.test(label)) return get(f, c) ?? null;
  // A class: 一般公共服务(类)支出, 卫生健康支出 (an outdated name binds through its code).
  const cls = /^(.+?)(\(类\))?支出$/.exec(label);
  if (cls && /第二部分\/5/.test(c.section)) {
    const key = cls[1].replace(/\(类\)$/, '');
    const alias = outdatedNamesIn(key, 9999)[0]?.current.replace(/支出$/, '');
    const hit = f.generalClasses.find((g) => normalize(g.name).replace(/支出$/, '') === key || normalize(g.name).replace(/支出$/, '') === alias);
    if (hit) return hit.fig;
  }
  return null;
}

function checkAgainstTables(read: ReadText, index: ClaimIndex, f: Facts, pf: Facts | null, tolerance: Exact, report: Reporter): void {
  for (const c of read.claims) {
    if (!c.value || c.unit === null) continue;
    if (c.kind === 'amount' && c.unit !== '%') {
      const fig = bind(f, c);
      if (!fig) continue;
      const stated = c.unit === '元' ? div(c.value, 10000) : c.unit === '亿元' ? mul(c.value, 10000) : c.value;
      if (lte(abs(sub(stated, fig.value)), tolerance)) continue;
      report('narrative-table-mismatch', c, { label: c.label, expected: `${toFixed(fig.value, 2)}万元`, cells: fig.sources.join('、') }, toFixed(fig.value, 2), toPlain(stated));
    }
    if (c.kind === 'change' && pf) {
      const current = currentOf(index, c);
      if (!current) continue;
      const now = bind(f, current);
      const before = bind(pf, current);
      if (!now || !before) continue;
      const expected = abs(sub(now.value, before.value));
      if (lte(abs(sub(c.value, expected)), tolerance)) continue;
      report('narrative-prior-mismatch', c, { label: current.label, expected: `${toFixed(expected, 2)}万元`, cells: [...now.sources, ...before.sources].join('、') }, toFixed(expected, 2), toPlain(c.value));
    }
  }
}
