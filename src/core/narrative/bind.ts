// Step 4 of reading: subject resolution. Each amount's subject becomes a quantity of the
// workbook model, by meaning: a classification code when the text gives one (类 201, 项
// 2010301), else the class path or its current or former name; the totals, fund sources and
// sides (收入/支出); 基本/项目 (of the whole budget or of 一般公共预算: both readings are tried);
// 人员/公用经费; each "三公" item; 机关运行经费.
//
// Section headings are hints (headings.ts): they fill in a subject the sentence leaves out
// (合计x万元 under the "三公" heading) or narrow one it leaves open (基本支出 under 一般公共预算基本
// 支出), never override a subject the sentence names, and only for an item's leading amount (a
// restatement or a 其中 part is not the section's total). What is bound says how it was read:
// `named` when the sentence alone gives the subject (a figure that is not its cell is an error),
// `heading` when a heading supplied it (a figure that is not its cell is only a warning that says
// the reading used). A subject whose readings disagree and none matches is `unsure` (a warning
// that lists the readings); a subject that resolves to nothing is left unbound (counted, not
// guessed).
import { outdatedNamesIn } from '../codes';
import { abs, eq, lte, sub, type Exact } from '../money';
import type { WorkbookModel } from '../model/types';
import { normalize } from '../model/text';
import { inWan, subjectKey } from './analysis';
import type { Claim, ReadText } from './claims';
import { extractFacts, type Facts, type Fig } from './facts';
import { GENERIC, hintedKeys, topicHeading } from './headings';

type Get = (f: Facts) => Fig | null | undefined;
/** One reading of a subject: what it is called in a message, and where its figure is. */
type Reading = readonly [name: string, get: Get];

const SUBJECTS: [RegExp, Reading[]][] = [
  [/^收入总计$/, [['收入总计', (f) => f.incomeTotal]]],
  [/^支出总计$/, [['支出总计', (f) => f.expenditureTotal]]],
  [/^(本年)?收入(合计|预算)?$|^总收入$|^收入预算总额$/, [['本年收入合计', (f) => f.incomeCurrent], ['收入总计', (f) => f.incomeTotal]]],
  [/^(本年)?支出(合计|预算)?$|^总支出$|^支出总预算$|^支出预算总额$/, [['本年支出合计', (f) => f.expenditureCurrent], ['支出总计', (f) => f.expenditureTotal]]],
  [/^财政拨款(收支)?(总)?(收入|支出|收支)?(总)?$/, [['财政拨款收支总计', (f) => f.fiscalTotal]]],
  [/^一般公共预算(拨款)?(收入)?$/, [['一般公共预算拨款收入', (f) => f.fiscalGeneral]]],
  [/^一般公共预算(拨款)?(安排的)?支出(合计)?$/, [['一般公共预算支出', (f) => f.general], ['一般公共预算拨款（财政拨款收支总表）', (f) => f.fiscalGeneral]]],
  [/^一般公共预算(拨款)?(安排的)?基本支出$/, [['一般公共预算基本支出', (f) => f.generalBasic]]],
  [/^一般公共预算(拨款)?(安排的)?项目支出$/, [['一般公共预算项目支出', (f) => f.generalProject]]],
  [/^基本支出$/, [['基本支出（全部资金）', (f) => f.basic], ['一般公共预算基本支出', (f) => f.generalBasic]]],
  [/^项目支出$/, [['项目支出（全部资金）', (f) => f.project], ['一般公共预算项目支出', (f) => f.generalProject]]],
  [/^政府性基金(预算)?(拨款)?(收入)?$/, [['政府性基金预算拨款收入', (f) => f.fiscalFund]]],
  [/^(使用)?政府性基金(预算)?(拨款)?(安排的)?支出$/, [['政府性基金预算支出', (f) => f.fund], ['政府性基金预算拨款（财政拨款收支总表）', (f) => f.fiscalFund]]],
  [/^政府性基金(预算)?(拨款)?安排(的)?项目支出$/, [['政府性基金预算项目支出', (f) => f.fundProject]]],
  [/^人员经费$/, [['人员经费', (f) => f.personnel]]],
  [/^公用经费$/, [['公用经费', (f) => f.publicFunds]]],
  [/^(财政拨款)?三公经费(支出)?(合计)?$/, [['三公经费', (f) => f.threePublic?.total]]],
  [/^因公出国\(境\)(经)?费(用)?(支出)?$/, [['因公出国（境）费', (f) => f.threePublic?.abroad]]],
  [/^公务用车购置及运行(维护)?费(支出)?$/, [['公务用车购置及运行费', (f) => f.threePublic?.vehicle]]],
  [/^公务用车购置(经)?费(支出)?$/, [['公务用车购置费', (f) => f.threePublic?.purchase]]],
  [/^公务用车运行(维护)?(经)?费(用)?(支出)?$/, [['公务用车运行维护费', (f) => f.threePublic?.operation]]],
  [/^公务接待费(支出)?$/, [['公务接待费', (f) => f.threePublic?.reception]]],
  [/^(财政拨款的)?(机关)?运行经费(支出)?$/, [['机关运行经费', (f) => f.runningCosts]]],
];

/** The code written just before a figure: 行政运行（项2010301）…万元, 一般公共服务支出（类201）. */
function codeBefore(read: ReadText, c: Claim): string | null {
  const before = read.normal.text.slice(Math.max(0, c.at - 40), c.at);
  const m = /（(?:类|款|项)?\s*(\d{3}|\d{5}|\d{7})）[^，。；（）\d]{0,12}$/.exec(before);
  return m ? m[1] : null;
}

function byName(f: Facts, key: string): Fig | null {
  const plain = key.replace(/\(类\)/, '').replace(/支出$/, '');
  const alias = outdatedNamesIn(`${plain}支出`, 9999)[0]?.current.replace(/支出$/, '');
  const hit = f.generalClasses.find((g) => {
    const n = normalize(g.name).replace(/支出$/, '');
    return n === plain || n === alias;
  });
  return hit?.fig ?? null;
}

/** A class path as the tables write it: 一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行. */
// …or with the level after each name: 一般公共服务支出（类）商贸事务（款）行政运行（项）.
function byPath(f: Facts, key: string): Fig | null {
  const segs = key.split(/[-—－]|\((?:类|款|项)\)/).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 2) return null;
  const cls = f.generalRows.find((r) => r.code.length === 3 && normalize(r.name).replace(/支出$/, '') === segs[0].replace(/支出$/, ''));
  if (!cls) return null;
  let parent = cls.code;
  let hit: (typeof f.generalRows)[number] | undefined = cls;
  for (const seg of segs.slice(1)) {
    hit = f.generalRows.find((r) => r.code.length === parent.length + 2 && r.code.startsWith(parent) && normalize(r.name) === seg);
    if (!hit) return null;
    parent = hit.code;
  }
  return hit?.fig ?? null;
}

/** A reading of a subject with its figure in the tables. */
export interface Named {
  readonly name: string;
  readonly fig: Fig;
}

/** The readings of a subject key in the tables (several when the words allow several). */
function readingsOfKey(f: Facts, key: string): Named[] {
  if (!key) return [];
  for (const [re, gets] of SUBJECTS) {
    if (re.test(key)) return gets.flatMap(([name, get]) => {
      const fig = get(f);
      return fig ? [{ name, fig }] : [];
    });
  }
  const path = byPath(f, key);
  if (path) return [{ name: key, fig: path }];
  if (/^(.+?)(\(类\))?支出$/.test(key)) {
    const hit = byName(f, key);
    if (hit) return [{ name: key, fig: hit }];
  }
  // A subject qualified by whose it is: 某委员会财政拨款的机关运行经费 is 机关运行经费.
  const of = key.lastIndexOf('的');
  if (of > 0 && of < key.length - 2) return readingsOfKey(f, key.slice(of + 1));
  return [];
}

/** The readings the sentence itself gives a claim's subject: its code, else its words. */
export function namedReadings(read: ReadText, f: Facts, c: Claim): Named[] {
  const code = codeBefore(read, c);
  if (code) {
    const row = f.generalRows.find((r) => r.code === code);
    return row ? [{ name: `${row.name}（${code}）`, fig: row.fig }] : [];
  }
  return readingsOfKey(f, subjectKey(c.label).replace(/[“”"]/g, ''));
}

/** The readings of a claim's subject in the tables (several when the words allow several). */
export function readings(read: ReadText, f: Facts, c: Claim): Fig[] {
  return namedReadings(read, f, c).map((r) => r.fig);
}

/**
 * The readings the headings above a claim suggest, with the heading that suggests them: only for
 * an amount that leads its item (not a restatement, a 其中 part or a parenthesis), and only when
 * the sentence leaves its subject out or open. A suggestion for a subject the sentence already
 * reads (基本支出) must be one of the sentence's own readings.
 */
function hintedReadings(read: ReadText, f: Facts, c: Claim, own: readonly Named[], leads: boolean): { readings: Named[]; heading: string } | null {
  if (!leads || c.ofWhich || c.depth > 0 || codeBefore(read, c) || c.headings.length === 0) return null;
  const key = subjectKey(c.label).replace(/[“”"]/g, '');
  for (const k of hintedKeys(key, c.headings)) {
    let hinted = readingsOfKey(f, k);
    if (own.length && !GENERIC.test(key)) hinted = hinted.filter((h) => own.some((o) => o.fig === h.fig));
    if (hinted.length) return { readings: hinted, heading: topicHeading(c.headings)?.heading ?? '' };
  }
  return null;
}

export interface Binding {
  readonly claim: Claim;
  /** The cell the figure is bound to: the reading it matches, or the only reading there is. */
  readonly fig: Fig;
  readonly matches: boolean;
  /** The reading used, as a message names it (一般公共预算基本支出, 公务接待费…). */
  readonly reading: string;
  /** `named`: the sentence gives the subject; `heading`: a heading supplied or narrowed it. */
  readonly how: 'named' | 'heading';
  /** The heading the subject came from (how = heading). */
  readonly heading: string | null;
}

/** An amount whose subject reads several ways in the tables, none of them its figure. */
export interface Unsure {
  readonly claim: Claim;
  readonly readings: readonly Named[];
}

export interface Bindings {
  readonly facts: Facts;
  readonly prior: Facts | null;
  readonly amounts: ReadonlyMap<Claim, Binding>;
  readonly unsure: readonly Unsure[];
}

const CACHE = new WeakMap<ReadText, { model: WorkbookModel; prior: WorkbookModel | null; b: Bindings }>();

const agree = (rs: readonly Named[]) => rs.every((r) => eq(r.fig.value, rs[0].fig.value));

/** Binds every amount of this year of the text to the tables, once per text and workbook. */
export function bindings(read: ReadText, model: WorkbookModel, prior: WorkbookModel | null, tolerance: Exact): Bindings {
  const cached = CACHE.get(read);
  if (cached && cached.model === model && cached.prior === prior) return cached.b;
  const facts = extractFacts(model);
  const amounts = new Map<Claim, Binding>();
  const unsure: Unsure[] = [];
  let item = -1;
  for (const c of read.claims) {
    if (c.kind !== 'amount' || !c.value || !c.unit) continue;
    // The first amount of an item leads it; what follows restates or breaks it down.
    const leads = c.item !== item;
    item = c.item;
    if (c.period !== 'current') continue;
    const own = namedReadings(read, facts, c);
    const hint = hintedReadings(read, facts, c, own, leads);
    if (own.length === 0 && !hint) continue;
    const stated = inWan(c);
    const near = (r: Named) => lte(abs(sub(stated, r.fig.value)), tolerance);
    const ownMatch = own.find(near);
    const hintMatch = hint?.readings.find(near);
    const bind = (r: Named, matches: boolean, how: Binding['how']) => amounts.set(c, { claim: c, fig: r.fig, matches, reading: r.name, how, heading: how === 'heading' ? hint!.heading : null });
    if (ownMatch) bind(ownMatch, true, 'named');
    else if (hintMatch) bind(hintMatch, true, 'heading');
    // The sentence alone names one figure: that it is not this one is sure.
    else if (own.length && agree(own) && (!hint || hint.readings.every((h) => eq(h.fig.value, own[0].fig.value)))) bind(own[0], false, 'named');
    else if (hint && agree(hint.readings)) bind(hint.readings[0], false, 'heading');
    else if (own.length > 1) unsure.push({ claim: c, readings: own });
  }
  const b: Bindings = { facts, prior: prior ? extractFacts(prior) : null, amounts, unsure };
  CACHE.set(read, { model, prior, b });
  return b;
}
