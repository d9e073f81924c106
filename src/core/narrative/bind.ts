// Step 4 of reading: subject resolution. Each amount's subject becomes a quantity of the
// workbook model, by meaning: a classification code when the text gives one (类 201, 项
// 2010301), else the class path or its current or former name; the totals, fund sources and
// sides (收入/支出); 基本/项目 (of the whole budget or of 一般公共预算: both readings are tried);
// 人员/公用经费; each "三公" item; 机关运行经费. Section headings are not used: a subject that
// does not resolve, or resolves to readings that disagree with each other and with the figure,
// is left unbound (counted, not guessed).
import { outdatedNamesIn } from '../codes';
import { abs, lte, sub, type Exact } from '../money';
import type { WorkbookModel } from '../model/types';
import { normalize } from '../model/text';
import { inWan, subjectKey } from './analysis';
import type { Claim, ReadText } from './claims';
import { extractFacts, type Facts, type Fig } from './facts';

type Reading = (f: Facts) => Fig | null | undefined;

const SUBJECTS: [RegExp, Reading[]][] = [
  [/^收入总计$/, [(f) => f.incomeTotal]],
  [/^支出总计$/, [(f) => f.expenditureTotal]],
  [/^(本年)?收入(合计|预算)?$|^总收入$|^收入预算总额$/, [(f) => f.incomeCurrent, (f) => f.incomeTotal]],
  [/^(本年)?支出(合计|预算)?$|^总支出$|^支出总预算$|^支出预算总额$/, [(f) => f.expenditureCurrent, (f) => f.expenditureTotal]],
  [/^财政拨款(收支)?(总)?(收入|支出|收支)?(总)?$/, [(f) => f.fiscalTotal]],
  [/^一般公共预算(拨款)?(收入)?$/, [(f) => f.fiscalGeneral]],
  [/^一般公共预算(拨款)?(安排的)?支出(合计)?$/, [(f) => f.general, (f) => f.fiscalGeneral]],
  [/^一般公共预算(拨款)?(安排的)?基本支出$/, [(f) => f.generalBasic]],
  [/^一般公共预算(拨款)?(安排的)?项目支出$/, [(f) => f.generalProject]],
  [/^基本支出$/, [(f) => f.basic, (f) => f.generalBasic]],
  [/^项目支出$/, [(f) => f.project, (f) => f.generalProject]],
  [/^政府性基金(预算)?(拨款)?(收入)?$/, [(f) => f.fiscalFund]],
  [/^(使用)?政府性基金(预算)?(拨款)?(安排的)?支出$/, [(f) => f.fund, (f) => f.fiscalFund]],
  [/^政府性基金(预算)?(拨款)?安排(的)?项目支出$/, [(f) => f.fundProject]],
  [/^人员经费$/, [(f) => f.personnel]],
  [/^公用经费$/, [(f) => f.publicFunds]],
  [/^(财政拨款)?三公经费(支出)?(合计)?$/, [(f) => f.threePublic?.total]],
  [/^因公出国\(境\)(经)?费(用)?(支出)?$/, [(f) => f.threePublic?.abroad]],
  [/^公务用车购置及运行(维护)?费(支出)?$/, [(f) => f.threePublic?.vehicle]],
  [/^公务用车购置(经)?费(支出)?$/, [(f) => f.threePublic?.purchase]],
  [/^公务用车运行(维护)?(经)?费(用)?(支出)?$/, [(f) => f.threePublic?.operation]],
  [/^公务接待费(支出)?$/, [(f) => f.threePublic?.reception]],
  [/^(财政拨款的)?(机关)?运行经费(支出)?$/, [(f) => f.threePublic?.running]],
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
function byPath(f: Facts, key: string): Fig | null {
  const segs = key.split(/[-—－]/).map((s) => s.trim()).filter(Boolean);
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

/** The readings of a claim's subject in the tables (several when the words allow several). */
export function readings(read: ReadText, f: Facts, c: Claim): Fig[] {
  const code = codeBefore(read, c);
  if (code) {
    const row = f.generalRows.find((r) => r.code === code);
    return row ? [row.fig] : [];
  }
  const key = subjectKey(c.label).replace(/[“”"]/g, '');
  if (!key) return [];
  for (const [re, gets] of SUBJECTS) {
    if (re.test(key)) return gets.map((g) => g(f)).filter((x): x is Fig => !!x);
  }
  const path = byPath(f, key);
  if (path) return [path];
  const cls = /^(.+?)(\(类\))?支出$/.exec(key);
  if (cls) {
    const hit = byName(f, key);
    if (hit) return [hit];
  }
  return [];
}

export interface Binding {
  readonly claim: Claim;
  /** The cell the figure is bound to: the reading it matches, or the only reading there is. */
  readonly fig: Fig;
  readonly matches: boolean;
}

export interface Bindings {
  readonly facts: Facts;
  readonly prior: Facts | null;
  readonly amounts: ReadonlyMap<Claim, Binding>;
}

const CACHE = new WeakMap<ReadText, { model: WorkbookModel; prior: WorkbookModel | null; b: Bindings }>();

/** Binds every amount of this year of the text to the tables, once per text and workbook. */
export function bindings(read: ReadText, model: WorkbookModel, prior: WorkbookModel | null, tolerance: Exact): Bindings {
  const cached = CACHE.get(read);
  if (cached && cached.model === model && cached.prior === prior) return cached.b;
  const facts = extractFacts(model);
  const amounts = new Map<Claim, Binding>();
  for (const c of read.claims) {
    if (c.kind !== 'amount' || !c.value || c.period !== 'current' || !c.unit) continue;
    const figs = readings(read, facts, c);
    if (figs.length === 0) continue;
    const stated = inWan(c);
    const match = figs.find((g) => lte(abs(sub(stated, g.value)), tolerance));
    if (match) amounts.set(c, { claim: c, fig: match, matches: true });
    else if (figs.every((g) => g.value.equals(figs[0].value))) amounts.set(c, { claim: c, fig: figs[0], matches: false });
  }
  const b: Bindings = { facts, prior: prior ? extractFacts(prior) : null, amounts };
  CACHE.set(read, { model, prior, b });
  return b;
}
