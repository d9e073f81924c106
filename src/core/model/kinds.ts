// The fixed vocabulary of table kinds and how a title is matched to one. Titles vary by place
// and year (see docs/architecture.md): the match strips numbering (表1, 表一, 附表1-2), the year,
// the unit's name, quotes and spaces, and then looks for the words that define each kind.
import { isNoteText } from './rows';
import { normalize } from './text';

export const TABLE_KINDS = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'general-basic',
  'economic',
  'three-public',
  'fund-expenditure',
  'state-capital-expenditure',
  'project-expenditure',
  'project-performance',
  'procurement',
  'running-costs',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

export function isTableKind(s: string): s is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(s);
}

/** Chinese names used in messages and the pane. */
export const KIND_NAMES: Record<TableKind, { zh: string; en: string }> = {
  summary: { zh: '部门收支总表', en: 'Income and expenditure summary' },
  income: { zh: '部门收入总表', en: 'Income table' },
  expenditure: { zh: '部门支出总表', en: 'Expenditure table' },
  'fiscal-summary': { zh: '财政拨款收支总表', en: 'Fiscal appropriation summary' },
  'general-expenditure': { zh: '一般公共预算支出表', en: 'General public budget expenditure' },
  'general-basic': { zh: '一般公共预算基本支出表', en: 'General public budget basic expenditure' },
  economic: { zh: '支出经济分类汇总表', en: 'Expenditure by economic classification' },
  'three-public': { zh: '“三公”经费支出表', en: '"Three public" expenses' },
  'fund-expenditure': { zh: '政府性基金预算支出表', en: 'Government fund expenditure' },
  'state-capital-expenditure': { zh: '国有资本经营预算支出表', en: 'State capital operation expenditure' },
  'project-expenditure': { zh: '项目支出表', en: 'Project expenditure' },
  'project-performance': { zh: '项目支出绩效目标表', en: 'Project performance targets' },
  procurement: { zh: '政府采购预算表', en: 'Government procurement' },
  'running-costs': { zh: '机关运行经费预算表', en: 'Running costs of offices' },
};

/** Strips what varies around the defining words: numbering, year, unit name, brackets. */
export function titleCore(title: string): string {
  // Numbering first, while the space after it still separates it from a year ("表10 2019年").
  // A continuation's mark (续表 1 …, …（续）) says nothing of the kind.
  let s = title
    .normalize('NFKC')
    .trim()
    .replace(/^续表(?=\s*[0-9])/, '表')
    .replace(/^续表\s*/, '')
    .replace(/\s*[(（]续表?[)）]$|续表$/, '')
    .replace(/^(附件|附表|表)\s*[0-9一二三四五六七八九十]{0,3}([-—.][0-9]{1,2})?\s*[、.:：]?\s*/, '');
  s = normalize(s);
  // "<unit name>2019年(度)…": everything up to and including the year goes.
  s = s.replace(/^.*?(19|20)\d{2}年度?/, '');
  s = s.replace(/\((单位|金额单位)[^)]*\)$/, '');
  // 决算 tables name the two sides in full: 收入支出决算总表 is the 收支总表 of the final accounts.
  s = s.replace(/收入支出/g, '收支');
  return s;
}

interface KindRule {
  kind: TableKind;
  test: (t: string) => boolean;
}

// Order matters: the more specific titles first (一般公共预算基本支出 before 一般公共预算支出,
// 财政拨款收支 before 收支).
const RULES: KindRule[] = [
  { kind: 'three-public', test: (t) => t.includes('三公') },
  // A table of its own (机关运行经费预算表, 机关运行经费安排情况表); beside 三公 it is the "三公" table's.
  { kind: 'running-costs', test: (t) => t.includes('机关运行经费') },
  { kind: 'project-performance', test: (t) => /绩效目标|绩效表/.test(t) },
  { kind: 'procurement', test: (t) => t.includes('政府采购') },
  { kind: 'general-basic', test: (t) => /一般公共预算(财政)?(拨款)?基本支出/.test(t) },
  // 财政拨款安排的基本支出预算表: basic spending is paid from the 一般公共预算 (政府性基金 funds
  // projects), so the template's table is the 一般公共预算基本支出表 under another name.
  { kind: 'general-basic', test: (t) => /^(部门)?财政拨款(安排的?)?基本支出(预算|决算)?(明细)?表/.test(t) },
  { kind: 'fund-expenditure', test: (t) => /政府性基金(预算)?(财政拨款)?(收入)?(支出|收支)/.test(t) || /政府性基金.*支出/.test(t) },
  { kind: 'state-capital-expenditure', test: (t) => /国有资本经营(预算)?.*(支出|收支)/.test(t) },
  // 一般公共预算支出 by economic class (一般公共预算支出经济分类预算表, …明细表（按经济科目）): the
  // economic summary of that one source, not the functional table.
  { kind: 'economic', test: (t) => /一般公共预算.*支出.*经济(分类|科目)/.test(t) },
  // 一般公共预算财政拨款收入支出决算表 is the source's own table, not the 财政拨款 summary.
  { kind: 'general-expenditure', test: (t) => /一般公共预算(财政)?(拨款)?收支/.test(t) },
  { kind: 'fiscal-summary', test: (t) => /财政拨款收支/.test(t) },
  { kind: 'general-expenditure', test: (t) => /一般公共预算(财政)?(拨款)?(收支|支出)/.test(t) },
  // 财政拨款支出预算表（按功能科目）: the spending of the fiscal appropriations by 功能分类, the
  // 一般公共预算支出表 of templates that print one table for every fiscal source (most units have
  // no other); a 财政拨款支出 table by economic class is the economic summary of those sources.
  { kind: 'economic', test: (t) => /^(部门)?财政拨款支出(预算|决算)?(明细)?表\((按)?经济(分类|科目)\)$/.test(t) },
  { kind: 'general-expenditure', test: (t) => /^(部门)?财政拨款支出(预算|决算)?(明细)?表(\((按)?功能(分类|科目)\))?$/.test(t) },
  { kind: 'economic', test: (t) => /经济分类(汇总|预算)?/.test(t) && /支出/.test(t) },
  // 专项业务经费支出表: projects under the name some places give them (专项业务经费).
  { kind: 'project-expenditure', test: (t) => /项目支出(预算|决算)?(明细|情况)?表|专项(业务)?经费支出(预算|决算)?(明细)?表/.test(t) },
  // 收入预算表（按单位）, 支出预算表（按功能科目）: a qualifier in brackets after the bare name.
  { kind: 'income', test: (t) => /收入(预算|决算)?总表|部门收入(预算|决算)?表|^(单位)?收入(预算|决算)表(\([^)]*\))?$/.test(t) },
  { kind: 'expenditure', test: (t) => /支出(预算|决算)?总表|部门支出(预算|决算)?表|^(单位)?支出(预算|决算)表(\([^)]*\))?$/.test(t) },
  // 收入支出决算表 (no 总) heads the final accounts of some provinces.
  { kind: 'summary', test: (t) => /收支(预算|决算)?总表|财务收支|^(部门|单位)?收支(预算|决算)表$/.test(t) },
];

/**
 * The kind a title names, or null. Only short texts that name a table (they contain 表) are
 * considered, so a note or a sentence that mentions 三公 is never taken for a title.
 */
export function kindOfTitle(title: string): TableKind | null {
  const n = normalize(title);
  if (n.length < 4 || n.length > 80 || !n.includes('表')) return null;
  // A note or a sentence under a table is never its title (本单位无…，本表无数据。).
  if (/^(注|说明|备注)/.test(n) || /[。；;]$/.test(n) || isNoteText(n)) return null;
  const core = titleCore(title);
  for (const r of RULES) if (r.test(core)) return r.kind;
  return null;
}

/** A sheet name is a weaker title ("表3 一般公共预算支出", "三公经费"): the 表 is not required. */
export function kindOfSheetName(name: string): TableKind | null {
  const direct = kindOfTitle(name);
  if (direct) return direct;
  const n = normalize(name);
  if (n.length < 2 || n.length > 40) return null;
  return kindOfTitle(`${n}表`);
}
