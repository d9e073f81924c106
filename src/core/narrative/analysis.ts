// Steps 3 and 5 of reading: structure and local arithmetic. From the claims (claims.ts) this
// works out, once per text, what the arithmetic rules check:
// - the subject of each figure, as a key that means the same whatever the phrasing
//   (subjectKey: 一般公共预算基本支出预算数 and 本年一般公共预算基本支出 are one subject);
// - for each rate, the change, this year's and last year's amounts it follows from, read in the
//   same item or, by subject, earlier in the text (last year stated or only implied);
// - for each share, its numerator and the denominators it may have, with how sure each is
//   (named, the total its 其中 breaks down, the one its siblings agree on, or only a guess);
// - the 其中 scopes: total, parts at the same nesting depth (a parenthesis breaks a part down,
//   it does not add to the total), across sentences where the text evidently goes on listing,
//   and whether the list is evidently complete.
// Every rule of ./rules reads this; nothing here reports.
import { abs, add, cmp, div, down, exact, halfUp, isZero, lte, mul, sub, toNumber, type Exact } from '../money';
import { normalize } from '../model/text';
import type { Claim, ReadText } from './claims';

/** Published amounts are exact to the cent (a dropped trailing zero is not lost precision). */
export const HALF_CENT = exact('0.005');

const HALF = exact('0.5');

/** The values a printed amount stands for: exact to the cent, except whole 万元 (±0.5 万元). */
export function interval(c: Claim): [Exact, Exact] {
  const h = c.wholeUnits && (c.unit === '万元' || c.unit === '亿元') ? HALF : HALF_CENT;
  return [sub(c.value!, h), add(c.value!, h)];
}

/** Half a unit of the last digit the text printed (11.8 → 0.05), at least half a cent. */
export function printedHalf(c: Claim): Exact {
  if (c.decimals >= 2 || (c.decimals === 0 && !c.wholeUnits)) return HALF_CENT;
  return div(exact(5), 10 ** (c.decimals + 1));
}

export interface Pct {
  value: Exact;
  lo: Exact;
  hi: Exact;
}

/** The percentage a/b × 100 at `places`, and the range the amounts' rounding allows. */
export function pct(a: Claim | [Exact, Exact], b: Claim | [Exact, Exact], places: number): Pct | null {
  const [a0, a1] = Array.isArray(a) ? a : interval(a);
  const [b0, b1] = Array.isArray(b) ? b : interval(b);
  const mid = (x0: Exact, x1: Exact) => div(add(x0, x1), 2);
  if (lte(b0, exact(0))) return null;
  const value = halfUp(mul(div(mid(a0, a1), mid(b0, b1)), 100), places);
  const lo = halfUp(mul(div(a0, b1), 100), places);
  const hi = halfUp(mul(div(a1, b0), 100), places);
  return { value, lo, hi };
}

export const within = (x: Exact, r: { lo: Exact; hi: Exact }) => lte(r.lo, x) && lte(x, r.hi);

const APPROX = new WeakMap<Claim, number>();
function approx(c: Claim): number {
  let v = APPROX.get(c);
  if (v === undefined) APPROX.set(c, (v = toNumber(c.value!)));
  return v;
}

/**
 * Whether share a/b can be `stated` at all, in floating point with a wide margin: false only
 * when the exact check (pct, within) would surely fail. Trying a share against dozens of
 * candidate denominators in decimal arithmetic was most of the time on long texts.
 */
export function mayGive(stated: Claim, a: Claim, b: Claim): boolean {
  const ha = a.wholeUnits && (a.unit === '万元' || a.unit === '亿元') ? 0.5 : 0.005;
  const hb = b.wholeUnits && (b.unit === '万元' || b.unit === '亿元') ? 0.5 : 0.005;
  const a0 = approx(a) - ha;
  const a1 = approx(a) + ha;
  const b0 = approx(b) - hb;
  const b1 = approx(b) + hb;
  if (b0 <= 0) return true;
  const s = approx(stated);
  const margin = 0.5 * 10 ** -stated.decimals + 1e-9 * Math.max(1, Math.abs(s));
  return s >= (a0 / b1) * 100 - margin && s <= (a1 / b0) * 100 + margin;
}

/** An amount in 万元 (the unit the tables are compared in). */
export function inWan(c: Claim | readonly [Exact, Claim]): Exact {
  const [v, u] = Array.isArray(c) ? [c[0], c[1].unit] : [(c as Claim).value!, (c as Claim).unit];
  if (u === '元') return div(v, 10000);
  if (u === '亿元') return mul(v, 10000);
  if (u === '千元') return div(v, 10);
  return v;
}

// Labels recur (基本支出, 占, 比上年…): the key of each is worked out once.
const KEYS = new Map<string, string>();

/** The subject of a label, the same for every phrasing of it. */
export function subjectKey(label: string): string {
  let key = KEYS.get(label);
  if (key === undefined) {
    if (KEYS.size > 100_000) KEYS.clear();
    KEYS.set(label, (key = subjectKeyOf(label)));
  }
  return key;
}

function subjectKeyOf(label: string): string {
  let k = normalize(label).replace(/[“”"‘’「」]/g, '');
  k = k.replace(/^(本(单位|部门|中心|局|委|院|所|机关))?(本年度?|今年|年度|全年)?/, '');
  k = k.replace(/(较|比|与|同)(上年|上一年度?|去年|\d{4}年度?)(同期)?(预算执行数|预算数|执行数|决算数|预算)?(相比)?$/, '');
  k = k.replace(/(同比|相比)$/, '');
  k = k.replace(/(的)?(预算安排|预算执行数|预算数|执行数|决算数|预算|安排|总额|金额|数)$/, '');
  k = k.replace(/(的)?(预算安排|预算数|预算)$/, '');
  k = k.replace(/科目$/, '').replace(/类$/, '');
  return k.trim();
}

function sameSubject(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a)));
}

/** Claims in text order, indexed so that "the last one before here" is a short look back. */
export class ClaimIndex {
  readonly amounts: Claim[];
  readonly counts: Claim[];
  readonly totals: Claim[];
  private readonly bySentence = new Map<number, Claim[]>();
  private readonly bySection = new Map<string, Claim[]>();
  private readonly bySubject = new Map<string, Claim[]>();
  private readonly byItem = new Map<number, Claim[]>();

  constructor(read: ReadText) {
    this.amounts = read.claims.filter((c) => c.kind === 'amount' && c.value);
    this.counts = read.claims.filter((c) => c.kind === 'count' && c.value);
    for (const c of read.claims) {
      if (!c.value) continue;
      if (c.kind === 'amount' || c.kind === 'count' || c.kind === 'change') push(this.bySentence, c.sentence, c);
      if (c.kind === 'amount' || c.kind === 'count') push(this.bySection, `${c.kind}:${c.section}`, c);
      if (c.kind === 'amount') {
        push(this.byItem, c.item, c);
        const k = subjectKey(c.label);
        if (k) push(this.bySubject, k, c);
      }
    }
    this.totals = this.amounts.filter((c) => /合计|总计|总数/.test(c.label));
  }

  sentence(n: number): Claim[] {
    return this.bySentence.get(n) ?? [];
  }

  section(kind: 'amount' | 'count', section: string): Claim[] {
    return this.bySection.get(`${kind}:${section}`) ?? [];
  }

  /** The amounts of one item, in text order. */
  item(n: number): Claim[] {
    return this.byItem.get(n) ?? [];
  }

  /** The amounts stated for exactly this subject key. */
  subject(key: string): Claim[] {
    return this.bySubject.get(key) ?? [];
  }

  /** Up to `k` claims of `list` that stand before `at`, nearest last. */
  static before(list: readonly Claim[], at: number, k: number): Claim[] {
    const lo = firstFrom(list, at);
    return list.slice(Math.max(0, lo - k), lo);
  }
}

function push<K>(m: Map<K, Claim[]>, k: K, c: Claim): void {
  const l = m.get(k);
  if (l) l.push(c);
  else m.set(k, [c]);
}

/** How far back (in claims) the auditor looks for a current amount or a denominator. */
const LOOK_BACK = 200;

// ---- Rates: change, this year, last year ----------------------------------------------------

export interface RateReading {
  readonly rate: Claim;
  readonly change: Claim | null;
  /** This year's amount the change is of. */
  readonly current: Claim | null;
  /** Last year's amount, when the text states it (上年执行数…, 2024年预算数为…). */
  readonly prior: Claim | null;
  /** The rate the figures give, at the rate's printed decimals; null when they do not tell. */
  readonly expected: Pct | null;
  /** Last year was zero (or less): no growth rate exists. */
  readonly zeroBase: boolean;
  /** The direction the amounts give (this year against last year), when both are known. */
  readonly sign: 'up' | 'down' | 'equal' | null;
  /** A part's rate whose own base is not stated: the least it can be, from the whole's base
   * (a part's last year is no more than its whole's, which the whole's change and rate give). */
  readonly atLeast?: RateFloor;
}

export interface RateFloor {
  /** The least rate, half-up at the rate's printed decimals. */
  readonly value: Exact;
  /** The largest last-year amount of the whole that its figures allow (in the part's unit). */
  readonly base: Exact;
  /** The largest change of the whole its figures allow (stated, or its parts' sum), in the part's unit. */
  readonly wholeChange: Exact;
  readonly whole: Claim;
  readonly wholeRate: Claim;
}

/** The amount a change is a change of: the last plain amount before it in its sentence, else the named amount. */
export function currentOf(index: ClaimIndex, change: Claim): Claim | null {
  const inSentence = ClaimIndex.before(index.sentence(change.sentence), change.at, 50).filter((c) => c.kind === 'amount' && c.period !== 'prior' && c.depth <= change.depth);
  if (inSentence.length) return inSentence[inSentence.length - 1];
  const key = subjectKey(change.label);
  if (key) {
    const named = ClaimIndex.before(index.amounts, change.at, LOOK_BACK).filter((c) => c.period !== 'prior' && sameSubject(subjectKey(c.label), key));
    if (named.length) return named[named.length - 1];
    // A change named for a subject the text has not stated this year is not guessed.
    if (/经费|支出|收入|费|拨款|资金/.test(key) && !/总计|合计|收、?支|各$/.test(key)) return null;
  }
  // Else the last total of the paragraph (a 其中 part is not what a change speaks of).
  const before = ClaimIndex.before(index.amounts, change.at, LOOK_BACK);
  const inParagraph = before.filter((c) => (c.paragraph === change.paragraph || c.paragraph === change.paragraph - 1) && !c.ofWhich && c.period !== 'prior');
  return inParagraph.length ? inParagraph[inParagraph.length - 1] : null;
}

/** Last year's amount for a figure: stated in the same item, or by subject before it. */
function priorOf(index: ClaimIndex, at: Claim, current: Claim | null): Claim | null {
  const item = ClaimIndex.before(index.item(at.item), at.at, LOOK_BACK).filter((c) => c.period === 'prior');
  if (item.length) {
    const key = current ? subjectKey(current.label) : '';
    const named = item.filter((c) => {
      const own = subjectKey(c.label).replace(/^(上年|上一年度?|去年)(同期)?/, '');
      return !key || !own || sameSubject(own, key);
    });
    if (named.length) return named[named.length - 1];
  }
  if (!current) return null;
  const key = subjectKey(current.label);
  if (!key) return null;
  const named = ClaimIndex.before(index.amounts, at.at, LOOK_BACK).filter((c) => c.period === 'prior' && sameSubject(subjectKey(c.label), key));
  return named.length ? named[named.length - 1] : null;
}

function readRates(read: ReadText, index: ClaimIndex): RateReading[] {
  const out: RateReading[] = [];
  for (const rate of read.claims.filter((c) => c.kind === 'rate')) {
    const change =
      ClaimIndex.before(index.sentence(rate.sentence), rate.at, 50)
        .reverse()
        .find((c) => c.kind === 'change') ?? null;
    const current = change ? currentOf(index, change) : (ClaimIndex.before(index.sentence(rate.sentence), rate.at, 50).filter((c) => c.kind === 'amount' && c.period !== 'prior').pop() ?? null);
    const prior = priorOf(index, rate, current);
    const places = rate.value ? rate.decimals : 2;
    let expected: Pct | null = null;
    let zeroBase = false;
    let sign: RateReading['sign'] = null;
    if (prior?.value && current?.value && (!change || lte(sub(current.value, prior.value), mul(change.value!, 2)))) {
      // Both years stated: the rate follows from them, whatever the change says.
      const d = sub(current.value, prior.value);
      sign = isZero(d) ? 'equal' : cmp(d, exact(0)) > 0 ? 'up' : 'down';
      if (isZero(prior.value)) zeroBase = !isZero(current.value);
      else {
        const [p0, p1] = interval(prior);
        const [c0, c1] = interval(current);
        const lo = cmp(d, exact(0)) >= 0 ? sub(c0, p1) : sub(p0, c1);
        const hi = cmp(d, exact(0)) >= 0 ? sub(c1, p0) : sub(p1, c0);
        expected = pct([lte(lo, exact(0)) ? exact(0) : lo, hi], [p0, p1], places);
      }
    } else if (change?.value && prior?.value) {
      if (isZero(prior.value)) zeroBase = !isZero(change.value);
      else expected = pct(change, prior, places);
    } else if (change?.value && current?.value) {
      const up = change.direction !== 'down';
      const base = up ? sub(current.value, change.value) : add(current.value, change.value);
      if (isZero(base) || (up && cmp(base, exact(0)) < 0)) zeroBase = !isZero(change.value) || !!(rate.value && !isZero(rate.value));
      else {
        const [c0, c1] = interval(change);
        const [v0, v1] = interval(current);
        const baseRange: [Exact, Exact] = up ? [sub(v0, c1), sub(v1, c0)] : [add(v0, c0), add(v1, c1)];
        expected = pct([c0, c1], baseRange, places);
      }
    }
    // All of last year, this year and the change stated, and they disagree: when the rate
    // follows the change and this year, last year's figure is the odd one (see readChanges).
    if (expected && rate.value && change?.value && current?.value && prior?.value && !within(rate.value, expected)) {
      const viaChange = impliedRate(change, current, places);
      if (viaChange && within(rate.value, viaChange)) expected = viaChange;
    }
    // A change after a 其中 list may be of the list's total or of its last part: when the two
    // readings differ and the rate matches neither, the subject is unsure and nothing is said.
    if (expected && rate.value && change?.value && current?.ofWhich && current.sentence === change.sentence && !prior && !within(rate.value, expected)) {
      const total = index.sentence(change.sentence).filter((c) => c.kind === 'amount' && !c.ofWhich && c.at < current.at && c.period !== 'prior').pop();
      if (total?.value) expected = null;
    }
    out.push({ rate, change, current, prior, expected, zeroBase, sign });
  }
  return out;
}

/**
 * The parts of a change broken down (a 其中 list, or numbered items under the whole) whose rate
 * stands alone: no base of the part is stated, but a part's last year cannot exceed the whole's,
 * and the whole's change and rate give that (the larger of its stated change and its parts' sum,
 * over the smallest rate its printing allows). A part's rate below change ÷ that base is wrong
 * at any base the text allows.
 */
function withFloors(rates: RateReading[], scopes: readonly Scope[]): RateReading[] {
  const byChange = new Map<Claim, RateReading>();
  for (const r of rates) if (r.change && r.rate.value && !byChange.has(r.change)) byChange.set(r.change, r);
  const floors = new Map<RateReading, RateFloor>();
  for (const s of scopes) {
    if (s.total.kind !== 'change') continue;
    const whole = byChange.get(s.total);
    if (!whole?.rate.value || whole.rate.direction !== (s.total.direction ?? whole.rate.direction)) continue;
    const rateLow = sub(whole.rate.value, div(exact(5), 10 ** (whole.rate.decimals + 1)));
    if (lte(rateLow, exact(0))) continue;
    const signedWan = (c: Claim) => (c.direction === 'down' ? mul(inWan(c), -1) : inWan(c));
    const partsSum = s.parts.reduce((acc, p) => add(acc, signedWan(p)), exact(0));
    const halves = s.parts.reduce((acc, p) => add(acc, inWan([sub(interval(p)[1], p.value!), p])), exact(0));
    const partsHigh = add(abs(partsSum), halves);
    const wholeHigh = inWan([interval(s.total)[1], s.total]);
    const wholeChange = cmp(partsHigh, wholeHigh) > 0 ? partsHigh : wholeHigh;
    const base = div(mul(wholeChange, 100), rateLow);
    for (const p of s.parts) {
      const r = byChange.get(p);
      if (!r?.rate.value || r.expected || r.prior || r.zeroBase) continue;
      if (r.rate.direction && p.direction && r.rate.direction !== p.direction) continue; // the direction rule's
      const least = mul(div(inWan([interval(p)[0], p]), base), 100);
      const printedHigh = add(r.rate.value, div(exact(5), 10 ** (r.rate.decimals + 1)));
      if (!lte(least, printedHigh)) floors.set(r, { value: halfUp(least, r.rate.decimals), base: toUnit(base, p), wholeChange: toUnit(wholeChange, p), whole: s.total, wholeRate: whole.rate });
    }
  }
  return floors.size ? rates.map((r) => (floors.has(r) ? { ...r, atLeast: floors.get(r) } : r)) : rates;
}

/** A value in the unit of `c`, from 万元. */
function toUnit(wan: Exact, c: Claim): Exact {
  if (c.unit === '元') return mul(wan, 10000);
  if (c.unit === '亿元') return div(wan, 10000);
  if (c.unit === '千元') return mul(wan, 10);
  return wan;
}

/** The rate a change gives against the base it implies (this year − change, or + change). */
function impliedRate(change: Claim, current: Claim, places: number): Pct | null {
  const up = change.direction !== 'down';
  const [c0, c1] = interval(change);
  const [v0, v1] = interval(current);
  const baseRange: [Exact, Exact] = up ? [sub(v0, c1), sub(v1, c0)] : [add(v0, c0), add(v1, c1)];
  if (lte(baseRange[0], exact(0))) return null;
  return pct([c0, c1], baseRange, places);
}

// ---- Changes against both years -------------------------------------------------------------

export interface ChangeReading {
  readonly change: Claim;
  readonly current: Claim;
  readonly prior: Claim;
  /** |this year − last year|, and the tolerance the printed precision allows. */
  readonly expected: Exact;
  readonly tolerance: Exact;
  /** Which figure is wrong when they disagree: the change, or last year's amount (when the
   * stated rate follows the change and this year, two figures agree against the third). */
  readonly blame: 'change' | 'prior';
}

function readChanges(read: ReadText, index: ClaimIndex, rates: readonly RateReading[]): ChangeReading[] {
  const out: ChangeReading[] = [];
  const rateOf = new Map<Claim, Claim>();
  for (const r of rates) if (r.change && r.rate.value && !rateOf.has(r.change)) rateOf.set(r.change, r.rate);
  for (const change of read.claims.filter((c) => c.kind === 'change' && c.value)) {
    const current = currentOf(index, change);
    const prior = priorOf(index, change, current);
    if (!current?.value || !prior?.value || current.unit !== prior.unit || current.unit !== change.unit) continue;
    const d = sub(current.value, prior.value);
    const expected = cmp(d, exact(0)) < 0 ? mul(d, -1) : d;
    const tolerance = add(add(printedHalf(current), printedHalf(prior)), printedHalf(change));
    const rate = rateOf.get(change);
    const viaChange = rate ? impliedRate(change, current, rate.decimals) : null;
    const viaYears = rate && !isZero(prior.value) ? pct([expected, expected], interval(prior), rate.decimals) : null;
    const blame = rate && viaChange && within(rate.value!, viaChange) && !(viaYears && within(rate.value!, viaYears)) ? 'prior' : 'change';
    out.push({ change, current, prior, expected, tolerance, blame });
  }
  return out;
}

// ---- Shares --------------------------------------------------------------------------------

export interface Denominator {
  readonly claim: Claim;
  /** How the denominator was found: named after 占, the total its 其中 breaks down, the one a
   * sibling share matched, the amount the siblings' shares agree on, or only a guess. */
  readonly how: 'named' | 'scope' | 'sibling' | 'consensus' | 'guess';
}

export interface ShareReading {
  readonly share: Claim;
  readonly numerator: Claim | null;
  readonly candidates: readonly Denominator[];
  /** The candidate the share matches at its printed precision. */
  readonly match: Denominator | null;
}

/** A share named for a total in general words (占总支出, 占支出总额) may be of that list's total. */
function namesTotal(shareOf: string | null | undefined, total: Claim): boolean {
  if (!shareOf) return true;
  const named = subjectKey(shareOf).replace(/^总/, '').replace(/(总额|总计|合计|总预算|总数)$/, '');
  const key = subjectKey(total.label);
  return !!named && (sameSubject(named, key) || key.endsWith(named));
}

function readShares(read: ReadText, index: ClaimIndex, scopes: readonly Scope[]): ShareReading[] {
  const out: ShareReading[] = [];
  // The 其中 list each figure is a part of (a list opened in the sentence before counts too).
  const listOf = new Map<Claim, Scope>();
  for (const sc of scopes) if (!sc.nested) for (const p of sc.parts) if (!listOf.has(p)) listOf.set(p, sc);
  let lastGood: { denominator: Claim; sentence: number; named: string | null } | null = null;
  const shares = read.claims.filter((c) => c.kind === 'share' || c.kind === 'count-share');
  const numerators = new Map<Claim, Claim | null>();
  for (const share of shares) {
    const kind = share.kind === 'count-share' ? 'count' : 'amount';
    const inSentence = ClaimIndex.before(index.sentence(share.sentence), share.at, 50).filter((c) => c.kind === kind);
    numerators.set(share, inSentence[inSentence.length - 1] ?? null);
  }
  const consensus = consensusDenominators(shares, numerators, index);
  for (const share of shares) {
    const isCount = share.kind === 'count-share';
    const kind = isCount ? 'count' : 'amount';
    const numerator = numerators.get(share) ?? null;
    if (!numerator) {
      out.push({ share, numerator: null, candidates: [], match: null });
      continue;
    }
    const inSentence = ClaimIndex.before(index.sentence(share.sentence), share.at, 50).filter((c) => c.kind === kind);
    const candidates: Denominator[] = [];
    const add1 = (c: Claim | null | undefined, how: Denominator['how']) => {
      if (!c || c === numerator || !c.value || isZero(c.value) || candidates.some((x) => x.claim.unit === c.unit && approx(x.claim) === approx(c) && cmp(x.claim.value!, c.value!) === 0)) return;
      candidates.push({ claim: c, how });
    };
    const pool = isCount ? index.counts : index.amounts;
    const named = share.shareOf ? subjectKey(share.shareOf) : null;
    if (named) {
      add1(
        [...ClaimIndex.before(pool, share.at, LOOK_BACK)].reverse().find((c) => c.period !== 'prior' && sameSubject(subjectKey(c.label), named)),
        'named',
      );
    }
    if (lastGood && (lastGood.sentence === share.sentence || (named && lastGood.named === named))) add1(lastGood.denominator, 'sibling');
    const c = consensus.get(share);
    if (c) add1(c, 'consensus');
    // The total the sentence's 其中 breaks down, then the section's amounts, then the document's totals.
    const lead = inSentence.filter((x) => !x.ofWhich && x.at < numerator.at);
    add1(lead[lead.length - 1], 'scope');
    const list = listOf.get(numerator);
    if (list && list.total.kind === kind && namesTotal(share.shareOf, list.total)) add1(list.total, 'scope');
    // A part's share is never of a sibling part of its own list.
    const sibling = (x: Claim) => !!list && listOf.get(x) === list;
    for (const x of ClaimIndex.before(index.section(kind, share.section), share.at, 30)) if (approx(x) >= approx(numerator) && cmp(x.value!, numerator.value!) > 0 && !sibling(x)) add1(x, 'guess');
    if (!isCount) for (const x of ClaimIndex.before(index.totals, share.at, 5)) add1(x, 'guess');
    if (isCount) for (const x of ClaimIndex.before(pool, share.at, 30)) if (x.paragraph === share.paragraph && approx(x) >= approx(numerator) && cmp(x.value!, numerator.value!) > 0) add1(x, 'guess');
    const match = share.value
      ? (candidates.find((d) => {
          if (d.claim.unit !== numerator.unit || !mayGive(share, numerator, d.claim)) return false;
          const r = pct(numerator, d.claim, share.decimals);
          return r && within(share.value!, r);
        }) ?? null)
      : null;
    if (match) lastGood = { denominator: match.claim, sentence: share.sentence, named };
    out.push({ share, numerator, candidates: candidates.filter((d) => d.claim.unit === numerator.unit), match });
  }
  return out;
}

/**
 * Shares of one list (the same named denominator in one section, told apart from another section
 * with the same number) each imply a range for the
 * denominator. The list's denominator is an amount stated anywhere near (before or after) that
 * at least two shares agree on, or that has the denominator's name and one share agrees on; or,
 * when the numerators are a complete set (基本 + 项目), their sum that a share agrees on.
 */
function consensusDenominators(shares: Claim[], numerators: Map<Claim, Claim | null>, index: ClaimIndex): Map<Claim, Claim> {
  const out = new Map<Claim, Claim>();
  const lists = new Map<string, Claim[]>();
  for (const s of shares) {
    if (s.kind === 'share' && s.shareOf && s.value && !isZero(s.value) && numerators.get(s)) push(lists, `${s.sectionAt}|${subjectKey(s.shareOf)}`, s);
  }
  for (const [key, list] of lists) {
    if (list.length < 2) continue;
    const named = key.split('|')[1];
    const ranges = list.map((s) => {
      const n = numerators.get(s)!;
      const half = div(exact(5), 10 ** (s.decimals + 1));
      const [n0, n1] = interval(n);
      const lo = div(mul(n0, 100), add(s.value!, half));
      const hi = div(mul(n1, 100), sub(s.value!, half));
      return { s, lo, hi, loF: toNumber(lo), hiF: toNumber(hi), unit: n.unit };
    });
    // Floating point first: only an amount near a range is compared exactly.
    const slack = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
    const agreeing = (a: Claim) =>
      ranges.filter((r) => {
        if (r.unit !== a.unit) return false;
        const v = approx(a);
        if (v < r.loF - slack(r.loF) || v > r.hiF + slack(r.hiF)) return false;
        return lte(r.lo, a.value!) && lte(a.value!, r.hi);
      }).length;
    // Near the list only: a bounded window keeps hostile texts linear. An amount outside every
    // share's range agrees with none; most are, so the window is narrowed in floating point.
    const centre = firstFrom(index.amounts, list[0].at);
    const bandLo = ranges.reduce((m, r) => Math.min(m, r.loF - slack(r.loF)), Infinity);
    const bandHi = ranges.reduce((m, r) => Math.max(m, r.hiF + slack(r.hiF)), -Infinity);
    const near: Claim[] = [];
    for (let k = Math.max(0, centre - 500); k < Math.min(index.amounts.length, centre + 500); k++) {
      const a = index.amounts[k];
      if (a.period !== 'prior' && approx(a) >= bandLo && approx(a) <= bandHi) near.push(a);
    }
    let hits = near.filter((a) => agreeing(a) >= 2);
    if (hits.length === 0) hits = near.filter((a) => sameSubject(subjectKey(a.label), named) && agreeing(a) >= 1);
    if (hits.length === 0) {
      const parts = [...new Set(list.map((s) => numerators.get(s)!))];
      const labels = parts.map((p) => p.label);
      if (parts.every((p) => p.unit === parts[0].unit) && FAMILIES.some((f) => f.length === parts.length && f.every((re) => labels.some((l) => re.test(l))))) {
        const total = parts.reduce((acc, p) => add(acc, p.value!), exact(0));
        const composite: Claim = { ...parts[0], value: total, label: labels.join('+'), quote: parts.map((p) => p.quote).join('+'), decimals: Math.max(...parts.map((p) => p.decimals)) };
        if (agreeing(composite) >= 1) hits = [composite];
      }
    }
    if (hits.length === 0) continue;
    const values = new Set(hits.map((h) => `${h.value!.toString()}${h.unit}`));
    if (values.size !== 1) continue; // two different amounts would do: not one reading
    for (const r of ranges) out.set(r.s, hits[0]);
  }
  return out;
}

// ---- 其中 scopes ---------------------------------------------------------------------------

export interface Scope {
  readonly total: Claim;
  readonly parts: readonly Claim[];
  /** The list is evidently complete (both 基本 and 项目; all three "三公" items; 分别为; a 合计
   * restated; a last part 其他…), so parts smaller than the total are wrong too. */
  readonly complete: boolean;
  /** The total stands in the same sentence as its 其中. */
  readonly local: boolean;
  /** A part broken down in parentheses: the part is the total of the parts inside. */
  readonly nested: boolean;
}

const FAMILIES: RegExp[][] = [
  [/基本支出/, /项目支出/],
  [/人员经费/, /公用经费/],
  [/出国/, /公务用车/, /接待/],
  [/购置/, /运行/],
  [/货物/, /工程/, /服务/],
  [/行政编制/, /事业编制/],
  [/在职/, /退休/],
];

/** Every member of the family is named by a different label (公务用车购置及运行费 alone is one
 * part, not both 购置 and 运行). A member needs no more candidates than the family has members,
 * so the search stays small however long the list. */
function coversFamily(labels: readonly string[], family: readonly RegExp[]): boolean {
  const candidates = family.map((re) => {
    const found: number[] = [];
    for (let k = 0; k < labels.length && found.length < family.length; k++) if (re.test(labels[k])) found.push(k);
    return found;
  });
  const taken = new Set<number>();
  const assign = (m: number): boolean => {
    if (m === family.length) return true;
    for (const k of candidates[m]) {
      if (taken.has(k)) continue;
      taken.add(k);
      if (assign(m + 1)) return true;
      taken.delete(k);
    }
    return false;
  };
  return assign(0);
}

/**
 * Sets of parts whose whole has a name of its own: a list of these parts under that whole is
 * read as its breakdown even without 其中 (numbered items after 基本支出…增加x万元), and their
 * whole may be stated in another section. 基本支出 by economic class is 工资福利 + 商品和服务 +
 * 对个人和家庭 (the classes a unit's basic expenditure is budgeted under).
 */
export const BREAKDOWNS: readonly { readonly parts: readonly RegExp[]; readonly whole: RegExp }[] = [
  { parts: [/工资福利/, /商品和服务/, /对个人和家庭/], whole: /基本支出$/ },
  { parts: [/人员经费/, /公用经费/], whole: /基本支出$/ },
  { parts: [/出国/, /公务用车/, /接待/], whole: /三公/ },
  { parts: [/购置/, /运行/], whole: /公务用车/ },
  { parts: [/基本支出/, /项目支出/], whole: /支出(合计|总计)?$/ },
];

/** The breakdown the parts' labels make of `whole` (each label one distinct member), if any. */
export function breakdownOf(whole: string, labels: readonly string[]): { complete: boolean } | null {
  for (const b of BREAKDOWNS) {
    if (!b.whole.test(whole) || b.parts.some((re) => re.test(whole))) continue;
    const members = labels.map((l) => b.parts.findIndex((re) => re.test(l)));
    if (members.some((m) => m < 0) || new Set(members).size !== members.length) continue;
    return { complete: members.length === b.parts.length };
  }
  return null;
}

function isComplete(parts: readonly Claim[], trailer: string): boolean {
  const labels = parts.map((p) => p.label);
  if (FAMILIES.some((f) => coversFamily(labels, f))) return true;
  if (/^其他|^其它/.test(labels[labels.length - 1] ?? '')) return true;
  return /分别为|分别是/.test(trailer);
}

function comparable(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'count') return a.unit === b.unit;
  return !!a.unit && !!b.unit;
}

/** Index of the first claim of `list` (in text order) at or after clean offset `at`. */
function firstFrom(list: readonly Claim[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far back (in claims) a 其中 looks for its total, and forward for the items that go on. */
const SCOPE_REACH = 50;

function readScopes(read: ReadText): Scope[] {
  const out: Scope[] = [];
  const bySentence = new Map<number, Claim[]>();
  for (const c of read.claims) if ((c.kind === 'amount' || c.kind === 'count' || c.kind === 'change') && c.value) push(bySentence, c.sentence, c);
  const restated = (c: Claim) => /^(合计|总计|共计|小计)/.test(c.label);
  read.sentences.forEach((s, si) => {
    const list = bySentence.get(si) ?? [];
    const text = s.clean;
    const marks = [...text.matchAll(/其中/g)].map((m) => m.index);
    if (marks.length === 0 && !list.some((c) => c.group >= 0)) return;
    const depthOf = depths(text);
    // Numbered entries of an outer list inside the sentence (…，二、公务用车…其中…，三、公务接待…):
    // a 其中 list ends where the list it stands in goes on.
    const entries = marks.length ? [...text.matchAll(/(?:^|[，,；;。：])\s*(?:([一二三四五六七八九十]+、)|(（[一二三四五六七八九十]+）)|(\d{1,2}[、.](?!\d))|(（\d{1,2}）))/g)].map((e) => ({ at: e.index + e[0].length, style: e[1] ? 1 : e[2] ? 2 : e[3] ? 3 : 4 })) : [];
    // fromStyle[style][i]: the first entry at or after i of that style (entries.length if none).
    const fromStyle = [0, 1, 2, 3, 4].map((style) => {
      const next = new Int32Array(entries.length + 1).fill(entries.length);
      for (let i = entries.length - 1; i >= 0; i--) next[i] = entries[i].style === style ? i : next[i + 1];
      return next;
    });
    let entry = 0;
    marks.forEach((mark, mi) => {
      const at = s.at + mark;
      const depth = depthOf[mark];
      const next = marks[mi + 1] !== undefined ? s.at + marks[mi + 1] : Infinity;
      const from = firstFrom(list, at);
      // Marks and entries are both in text order: one pointer walks the entries for all marks.
      while (entry < entries.length && entries[entry].at <= mark) entry++;
      const outer = entry > 0 ? entries[entry - 1] : undefined;
      const stop = outer && entry < entries.length ? entries[fromStyle[outer.style][entry]] : undefined;
      const cut = stop ? s.at + stop.at : Infinity;
      const to = Math.min(next === Infinity ? list.length : firstFrom(list, next), cut === Infinity ? list.length : firstFrom(list, cut));
      const firstPart = list.slice(from, to).find((c) => c.depth === depth);
      let total: Claim | null = null;
      for (let k = from - 1; k >= Math.max(0, from - SCOPE_REACH); k--) {
        const c = list[k];
        if (c.depth <= depth && c.period !== 'prior' && (!firstPart || c.kind === firstPart.kind)) {
          total = c;
          break;
        }
      }
      let local = true;
      if (!total && mark < 4) {
        // 其中 opens the sentence: the total is the last amount of the sentence before.
        const prev = bySentence.get(si - 1) ?? [];
        for (let k = prev.length - 1; k >= Math.max(0, prev.length - SCOPE_REACH); k--) {
          if (prev[k].kind !== 'change' && prev[k].depth === 0 && prev[k].period !== 'prior') {
            total = prev[k];
            break;
          }
        }
        local = false;
      }
      if (!total) return;
      const t = total;
      const segment = list.slice(from, to);
      let parts = segment.filter((c) => c.depth === depth && comparable(c, t) && c.period !== 'prior' && !restated(c) && c.kind === t.kind);
      // The last figure before the next 其中 is that 其中's total, not a part of this one.
      if (next !== Infinity && next <= cut && parts.length && depthOf[marks[mi + 1]] === depth) parts = parts.slice(0, -1);
      // A list that opens at the end of its sentence goes on in the items that follow.
      let trailer = text.slice(mark, next === Infinity ? undefined : next - s.at);
      if (parts.length === 0 && /其中[：:]?\s*$/.test(text.trimEnd().replace(/[。；]$/, ''))) {
        local = false;
        for (let sj = si + 1; sj < Math.min(read.sentences.length, si + SCOPE_REACH); sj++) {
          const u = read.sentences[sj];
          if (/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+部分/.test(u.clean.trim())) break;
          const first = (bySentence.get(sj) ?? []).find((c) => c.kind === t.kind && comparable(c, t));
          if (!/^\s*(（[一二三四五六七八九十\d]+）|\d{1,2}[、.]|[①-⑳])/.test(u.clean)) {
            // Without numbering, a sentence that opens with a member of a known set (人员经费…,
            // 公用经费…) goes on with the list past the descriptive text between.
            // Further in, only the member the list's own set still lacks (…保有量25辆，计划购置0辆
            // 公务接待费x万元 after 出国 and 公务用车: a line break lost in copying).
            const lacking = (c: Claim) => FAMILIES.some((f) => parts.some((p) => f.some((re) => re.test(p.label))) && f.some((re) => re.test(c.label) && !parts.some((p) => re.test(p.label))));
            const member = first && !/^\s*其中/.test(u.clean) && (first.at - u.at < 20 ? FAMILIES.flat().find((re) => re.test(first.label)) : lacking(first)) ? true : undefined;
            if (/^\s*其中/.test(u.clean)) continue; // a part's own breakdown
            if (first && member && !parts.some((p) => subjectKey(p.label) === subjectKey(first.label))) {
              parts.push(first);
              trailer += u.clean;
              continue;
            }
            if (first && first.at - u.at < 20) break;
            continue;
          }
          if (first) {
            parts.push(first);
            trailer += u.clean;
          }
        }
      }
      parts = subtotalGroups(parts, out, read, bySentence, si, t);
      const tail = segment.some((c) => restated(c));
      if (parts.length < 2) return;
      out.push({ total: t, parts, complete: tail || isComplete(parts, trailer), local, nested: false });
    });
    // A part broken down in parentheses right after it: 公务用车购置及运行费x万元（购置费a万元，运行费b万元）.
    const groups = new Map<number, Claim[]>();
    for (const c of list) if (c.group >= 0 && c.kind === 'amount') push(groups, c.group, c);
    for (const [g, inner] of groups) {
      if (inner.length < 2) continue;
      const k = firstFrom(list, s.at + g) - 1;
      let outer: Claim | undefined;
      for (let j = k; j >= Math.max(0, k - SCOPE_REACH); j--) {
        if (list[j].depth === inner[0].depth - 1 && list[j].kind === 'amount') {
          outer = list[j];
          break;
        }
      }
      if (!outer) continue;
      // Only when the parenthesis follows the part directly (its unit, then the bracket).
      const end = outer.at - s.at + (/^[\d.,]+\s*(万元|亿元|千元|元|万)?/.exec(text.slice(outer.at - s.at))?.[0].length ?? 0);
      if (!/^\s*$/.test(text.slice(end, g))) continue;
      const o = outer;
      const direct = inner.filter((c) => c.depth === inner[0].depth && comparable(c, o));
      if (direct.length >= 2) out.push({ total: o, parts: direct, complete: isComplete(direct, text.slice(g, g + 200)), local: true, nested: true });
    }
  });
  numberedBreakdowns(read, bySentence, out);
  return out;
}

const UNCHANGED = /(无增减|无变化|持平|没有变化|与上年一致)/;

/**
 * A numbered item of a change's breakdown that states no change in words (2.商品和服务支出较上年无增减。):
 * a part of zero, named by the words before, so that the other items are still checked against
 * the total. Its quote is the words that say so; it stands where the total is reported.
 */
function unchangedItem(sentence: string, total: Claim): Claim | null {
  const m = UNCHANGED.exec(sentence);
  if (!m || /\d/.test(sentence.slice(0, m.index).replace(NUMBERED, ''))) return null;
  return { ...total, value: exact(0), decimals: 0, direction: null, label: sentence.slice(0, m.index).replace(NUMBERED, '').trim(), quote: m[1] };
}

/** A part named as a subtotal (在职人数小计, 退休人员小计). */
const SUBTOTAL_PART = /小计$/;

/**
 * A 其中 list written flat with subtotals in it (实有x人，其中：在职人数小计a人，行政b人，事业c人。
 * 离休人数小计d人，退休人数小计e人): the items after a …小计 part, up to the next one, are that
 * subtotal's own breakdown (recorded as a nested scope), not further parts of the total; and the
 * list goes on in the sentences after it that open with another …小计 of the same kind. Returns
 * the total's own parts.
 */
function subtotalGroups(parts: Claim[], out: Scope[], read: ReadText, bySentence: Map<number, Claim[]>, si: number, total: Claim): Claim[] {
  if (!parts.some((p) => SUBTOTAL_PART.test(p.label)) || parts.every((p) => SUBTOTAL_PART.test(p.label))) return parts;
  const own: Claim[] = [];
  let head: Claim | null = null;
  let group: Claim[] = [];
  const close = () => {
    if (head && group.length >= 2) out.push({ total: head, parts: group, complete: isComplete(group, ''), local: true, nested: true });
  };
  for (const p of parts) {
    if (SUBTOTAL_PART.test(p.label)) {
      close();
      head = p;
      group = [];
      own.push(p);
    } else if (head) group.push(p);
    else own.push(p);
  }
  close();
  // Only a list that ran to the end of its sentence goes on in the next ones.
  const sentence = bySentence.get(si) ?? [];
  if (sentence[sentence.length - 1] !== parts[parts.length - 1]) return own;
  for (let sj = si + 1; sj < Math.min(read.sentences.length, si + SCOPE_REACH); sj++) {
    const u = read.sentences[sj];
    const next = (bySentence.get(sj) ?? []).filter((c) => c.kind === total.kind && comparable(c, total));
    if (next.length === 0 || next[0].at - u.at >= 20 || !next.every((c) => SUBTOTAL_PART.test(c.label))) break;
    own.push(...next);
  }
  return own;
}

const NUMBERED = /^\s*(?:（(\d{1,2})）|(\d{1,2})\s*[、.](?!\d)|([①-⑳]))/;

/** The number a numbered sentence opens with (1 for （1）, 1. or ①), else 0. */
function numberOf(u: string): number {
  const m = NUMBERED.exec(u);
  return m ? Number(m[1] ?? m[2] ?? (m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : 0)) : 0;
}

/**
 * A total followed, without 其中, by numbered items that each lead with one part of it:
 * 基本支出较上年增x万元。主要变动原因如下：1.工资福利支出较上年增a万元…2.商品和服务支出…
 * The items are its breakdown when their subjects are members of the total's own breakdown
 * (BREAKDOWNS); the list is complete when every member is there.
 */
function numberedBreakdowns(read: ReadText, bySentence: Map<number, Claim[]>, out: Scope[]): void {
  const taken = new Set(out.map((s) => s.total));
  const sentences = read.sentences;
  for (let si = 0; si < sentences.length; si++) {
    if (numberOf(sentences[si].clean) !== 1) continue;
    const style = (u: string) => {
      const x = NUMBERED.exec(u);
      return x ? (x[1] ? 1 : x[2] ? 2 : 3) : 0;
    };
    const own = style(sentences[si].clean);
    // The total: the last figure of the few sentences just before, in the same section (it may
    // stand in an item of an outer list: 1.基本支出…（1）工资福利…).
    let total: Claim | null = null;
    for (let sj = si - 1; sj >= Math.max(0, si - 3) && !total; sj--) {
      if (sentences[sj].section !== sentences[si].section || style(sentences[sj].clean) === own) break;
      const list = (bySentence.get(sj) ?? []).filter((c) => c.depth === 0 && c.period !== 'prior' && (c.kind === 'change' || c.kind === 'amount'));
      total = list.pop() ?? null;
    }
    if (!total || taken.has(total)) continue;
    // The items: each numbered sentence opens one, the sentences of its paragraph go with it.
    const parts: Claim[] = [];
    let paragraph = -1;
    let item: Claim | null = null;
    for (let sj = si; sj < sentences.length; sj++) {
      const u = sentences[sj];
      const numbered = style(u.clean) === own;
      if (u.section !== sentences[si].section || (!numbered && u.paragraph !== paragraph)) break;
      // The items count up from 1; another 1 (or a skipped number) is another list.
      if (numbered && numberOf(u.clean) !== parts.length + (item ? 1 : 0) + 1) break;
      if (numbered) {
        if (item) parts.push(item);
        item = null;
        paragraph = u.paragraph;
      }
      if (!item) item = (bySentence.get(sj) ?? []).find((c) => c.depth === 0 && c.kind === total.kind && c.period !== 'prior' && comparable(c, total)) ?? null;
      if (numbered && !item && total.kind === 'change') item = unchangedItem(u.clean, total);
      if (numbered && !item) break; // an item without a figure of the total's kind ends the list
    }
    if (item) parts.push(item);
    if (parts.length < 2) continue;
    // A change named by its amount (本年基本支出x万元，比上年增加y万元): the amount's subject.
    const t = total;
    const of = subjectKey(t.label) || (t.kind === 'change' ? subjectKey((bySentence.get(t.sentence) ?? []).filter((c) => c.kind === 'amount' && c.depth === 0 && c.at < t.at).pop()?.label ?? '') : '');
    const b = breakdownOf(of, parts.map((p) => p.label));
    if (!b) continue;
    taken.add(total);
    out.push({ total, parts, complete: b.complete, local: false, nested: false });
  }
}

/** Parenthesis depth before every index of a sentence (one pass). */
function depths(s: string): Int16Array {
  const d = new Int16Array(s.length + 1);
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    d[k] = depth;
    if (s[k] === '（' || s[k] === '【') depth++;
    else if ((s[k] === '）' || s[k] === '】') && depth > 0) depth--;
  }
  d[s.length] = depth;
  return d;
}

// ---- Parts against their whole stated elsewhere ----------------------------------------------

export interface ElsewhereReading {
  /** The whole, stated in another place of the text (often a later section). */
  readonly whole: Claim;
  /** A complete breakdown of it (BREAKDOWNS), one item each, without a total of their own. */
  readonly parts: readonly Claim[];
  /** The parts' sum, in the whole's unit. */
  readonly sum: Exact;
  /** When the parts do not add up to it: the part the other figures agree against, with the
   * value the whole leaves it (null when no single part is singled out, or they add up). */
  readonly blame: Claim | null;
  readonly expected: Exact | null;
  /** The figure of the part's own item that agrees with `expected` (its rate, or its share). */
  readonly witness: Claim | null;
}

/**
 * Items that each lead with one part of a complete breakdown (工资福利 / 商品和服务 / 对个人和家庭
 * …) but have no total of their own in that place: their whole may be stated elsewhere, before or
 * after (一般公共预算基本支出 in a later section). The whole is the amount the parts' shares were
 * found to be of, else the one value every amount named like the whole agrees on. When the parts
 * do not add up to it, the part is named only if exactly one part's own item agrees with the value
 * the whole leaves it (its rate from its change, or its share): two figures against one.
 */
function readElsewhere(read: ReadText, index: ClaimIndex, scopes: readonly Scope[], rates: readonly RateReading[], shares: readonly ShareReading[]): ElsewhereReading[] {
  const out: ElsewhereReading[] = [];
  const inScope = new Set(scopes.flatMap((s) => s.parts));
  const leads: Claim[] = [];
  for (const c of index.amounts) {
    if (c.depth === 0 && c.period === 'current' && !c.ofWhich && leads[leads.length - 1]?.item !== c.item) leads.push(c);
  }
  const rateOf = new Map<Claim, RateReading>();
  for (const r of rates) if (r.current && r.change && r.rate.value && !rateOf.has(r.current)) rateOf.set(r.current, r);
  const shareOf = new Map<Claim, ShareReading>();
  for (const s of shares) if (s.numerator && !shareOf.has(s.numerator)) shareOf.set(s.numerator, s);
  // The amounts named like each breakdown's whole, found once (not once per run).
  // Every amount named like the whole must agree (two values would be two readings).
  const named = new Map<(typeof BREAKDOWNS)[number], Claim | null>();
  for (const b of BREAKDOWNS) {
    const all = index.amounts.filter((c) => c.period === 'current' && c.depth === 0 && b.whole.test(subjectKey(c.label)) && !b.parts.some((re) => re.test(subjectKey(c.label))));
    named.set(b, all.length && all.every((c) => cmp(inWan(c), inWan(all[0])) === 0) ? all[0] : null);
  }
  for (let i = 0; i < leads.length; i++) {
    for (const b of BREAKDOWNS) {
      const n = b.parts.length;
      const run = leads.slice(i, i + n);
      if (run.length < n || run.some((c) => c.section !== run[0].section || c.unit !== run[0].unit || inScope.has(c))) continue;
      const members = run.map((c) => b.parts.findIndex((re) => re.test(c.label)));
      if (members.some((m) => m < 0) || new Set(members).size !== n) continue;
      const whole = wholeOf(b, run, shareOf, named);
      if (!whole) continue;
      const parts = run.map((c) => inWan(c));
      const sum = parts.reduce((acc, v) => add(acc, v), exact(0));
      const slack = run.reduce((acc, c) => add(acc, inWan([sub(interval(c)[1], c.value!), c])), inWan([sub(interval(whole)[1], whole.value!), whole]));
      const total = inWan(whole);
      if (lte(abs(sub(sum, total)), slack)) {
        out.push({ whole, parts: run, sum: toUnit(sum, whole), blame: null, expected: null, witness: null });
        continue;
      }
      const agreeing: { part: Claim; expected: Exact; witness: Claim }[] = [];
      run.forEach((c, k) => {
        const left = sub(total, sub(sum, parts[k]));
        if (lte(left, exact(0))) return;
        const value = toUnit(left, c);
        const fixed: Claim = { ...c, value, decimals: Math.max(c.decimals, 2) };
        const r = rateOf.get(c);
        if (r?.change && r.rate.value && !(r.expected && within(r.rate.value, r.expected))) {
          const e = impliedRate(r.change, fixed, r.rate.decimals);
          if (e && within(r.rate.value, e)) return void agreeing.push({ part: c, expected: value, witness: r.rate });
        }
        const sh = shareOf.get(c);
        if (sh?.share.value && !(sh.match && sh.match.claim === whole)) {
          const e = pct(fixed, whole, sh.share.decimals);
          if (e && within(sh.share.value, e)) agreeing.push({ part: c, expected: value, witness: sh.share });
        }
      });
      const a = agreeing.length === 1 ? agreeing[0] : null;
      out.push({ whole, parts: run, sum: toUnit(sum, whole), blame: a?.part ?? null, expected: a?.expected ?? null, witness: a?.witness ?? null });
    }
  }
  return out;
}

/** The whole of a run of parts: what their shares were found to be of, else the one value every
 * amount named like the whole agrees on (stated anywhere in the text, outside the run). */
function wholeOf(b: (typeof BREAKDOWNS)[number], run: readonly Claim[], shareOf: Map<Claim, ShareReading>, wholes: Map<(typeof BREAKDOWNS)[number], Claim | null>): Claim | null {
  const matched = new Set(run.map((c) => shareOf.get(c)?.match).filter((m): m is Denominator => !!m && m.how !== 'guess').map((m) => m.claim));
  if (matched.size === 1) {
    const w = [...matched][0];
    return run.includes(w) ? null : w;
  }
  if (matched.size > 1) return null;
  return wholes.get(b) ?? null;
}

// ---- The analysis, once per text -------------------------------------------------------------

export interface Analysis {
  readonly index: ClaimIndex;
  readonly rates: readonly RateReading[];
  readonly changes: readonly ChangeReading[];
  readonly shares: readonly ShareReading[];
  readonly scopes: readonly Scope[];
  readonly elsewhere: readonly ElsewhereReading[];
}

const CACHE = new WeakMap<ReadText, Analysis>();

export function analyse(read: ReadText): Analysis {
  let a = CACHE.get(read);
  if (!a) {
    const index = new ClaimIndex(read);
    const scopes = readScopes(read);
    let rates = withFloors(readRates(read, index), scopes);
    const shares = readShares(read, index, scopes);
    const elsewhere = readElsewhere(read, index, scopes, rates, shares);
    // A part its whole shows to be wrong carries the finding: its rate is not also "wrong".
    const blamed = new Set(elsewhere.map((e) => e.blame).filter((c): c is Claim => !!c));
    if (blamed.size) rates = rates.map((r) => (r.current && blamed.has(r.current) ? { ...r, expected: null } : r));
    a = { index, rates, changes: readChanges(read, index, rates), shares, scopes, elsewhere };
    CACHE.set(read, a);
  }
  return a;
}

// ---- What the messages say about how a figure went wrong ------------------------------------

export function should(value: string | null): Record<string, string> {
  return value ? { should: `，应为 ${value}`, shouldEn: `; it should be ${value}` } : { should: '', shouldEn: '' };
}

export function how(kind: 'truncated' | 'slip' | null): Record<string, string> {
  if (kind === 'truncated') return { how: '（截断而非四舍五入）', howEn: ' (truncated instead of rounded half-up)' };
  if (kind === 'slip') return { how: '（疑似小数点错位）', howEn: ' (a slipped decimal point?)' };
  return { how: '', howEn: '' };
}

export function isTruncation(stated: Exact, a: Exact, b: Exact, places: number): boolean {
  if (isZero(b)) return false;
  return cmp(down(mul(div(a, b), 100), places), stated) === 0;
}
