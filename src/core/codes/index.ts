// Year-aware code lists: 支出功能分类 (类/款/项), 部门预算支出经济分类 and 政府预算支出经济分类.
// Each entry keeps its provenance (see data.ts); renamed classes are in RENAMED with the year
// the new name took effect.
import { normalize } from '../model/text';
import { CODE_ROWS } from './data';

export type Scheme = 'function' | 'economic-dept' | 'economic-gov';

export interface CodeEntry {
  readonly scheme: Scheme;
  readonly code: string;
  readonly name: string;
  /** 'sourced' | 'name-sourced' | 'recall-unverified' | 'project-added' */
  readonly status: string;
  readonly source: string;
}

/**
 * Classes renamed in the 2019 功能分类 (the list's current names are the new ones). `status`
 * says whether the old name and the year were seen in a public source.
 */
export const RENAMED: ReadonlyArray<{ scheme: Scheme; code: string; oldName: string; shortOld: string; from: number; status: string }> = [
  { scheme: 'function', code: '210', oldName: '医疗卫生与计划生育支出', shortOld: '医疗卫生', from: 2019, status: 'name-sourced' },
  { scheme: 'function', code: '207', oldName: '文化体育与传媒支出', shortOld: '文化体育与传媒', from: 2019, status: 'recall-unverified' },
  { scheme: 'function', code: '215', oldName: '资源勘探信息等支出', shortOld: '资源勘探信息等', from: 2019, status: 'recall-unverified' },
  { scheme: 'function', code: '220', oldName: '国土海洋气象等支出', shortOld: '国土海洋气象等', from: 2019, status: 'recall-unverified' },
];

const BY_KEY = new Map<string, CodeEntry>();
for (const [scheme, code, name, status, source] of CODE_ROWS) BY_KEY.set(`${scheme}:${code}`, { scheme, code, name, status, source });

export function lookupCode(scheme: Scheme, code: string): CodeEntry | null {
  return BY_KEY.get(`${scheme}:${code}`) ?? null;
}

/** Whether the list holds anything under this code's parent (so an unknown code is meaningful). */
export function knowsFamily(scheme: Scheme, code: string): boolean {
  return lookupCode(scheme, code.slice(0, 3)) !== null;
}

function sameName(a: string, b: string): boolean {
  const n = (s: string) => normalize(s).replace(/[()]/g, '');
  return n(a) === n(b);
}

export type NameCheck =
  | { readonly result: 'match' }
  | { readonly result: 'unknown-code' }
  | { readonly result: 'outdated'; readonly current: string; readonly since: number }
  | { readonly result: 'mismatch'; readonly expected: string }
  /** The name differs from an unverified list entry: nothing can be concluded. */
  | { readonly result: 'unverified'; readonly listed: string };

// The same codes and names recur in every table of a workbook and across workbooks: each
// question is answered once (bounded, like normalize's cache).
const CHECKED = new Map<string, Map<number | null, Map<string, NameCheck>>>();
let checkedCount = 0;

/** Does `name` fit `code` in `year`'s list? */
export function checkName(scheme: Scheme, code: string, name: string, year: number | null): NameCheck {
  let byYear = CHECKED.get(`${scheme}:${code}`);
  if (!byYear) {
    if (checkedCount > 50_000) {
      CHECKED.clear();
      checkedCount = 0;
    }
    byYear = new Map();
    CHECKED.set(`${scheme}:${code}`, byYear);
  }
  let byName = byYear.get(year);
  if (!byName) {
    byName = new Map();
    byYear.set(year, byName);
  }
  let r = byName.get(name);
  if (r === undefined) {
    r = checkNameUncached(scheme, code, name, year);
    byName.set(name, r);
    checkedCount++;
  }
  return r;
}

function checkNameUncached(scheme: Scheme, code: string, name: string, year: number | null): NameCheck {
  const entry = lookupCode(scheme, code);
  if (!entry) return { result: 'unknown-code' };
  // "A / B": the list gives the names used in different years; either fits.
  if (entry.name.split(/\s*\/\s*/).some((n) => sameName(n, name))) return { result: 'match' };
  const renamed = RENAMED.find((r) => r.scheme === scheme && r.code === code && sameName(r.oldName, name));
  if (renamed) {
    if (year !== null && year < renamed.from) return { result: 'match' };
    return { result: 'outdated', current: entry.name, since: renamed.from };
  }
  // An entry nobody has checked against a source cannot prove a name wrong.
  if (entry.status.startsWith('recall-unverified')) return { result: 'unverified', listed: entry.name };
  return { result: 'mismatch', expected: entry.name };
}

/** The class name in force in a year (the old name before a rename). */
export function nameInYear(scheme: Scheme, code: string, year: number | null): string | null {
  const entry = lookupCode(scheme, code);
  if (!entry) return null;
  const renamed = RENAMED.find((r) => r.scheme === scheme && r.code === code);
  if (renamed && year !== null && year < renamed.from) return renamed.oldName;
  return entry.name;
}

/**
 * Outdated class names in free text ("医疗卫生(类)", "医疗卫生与计划生育支出") for a given year:
 * the old name, where it stands, and the current name.
 */
export function outdatedNamesIn(text: string, year: number): { oldName: string; index: number; current: string }[] {
  const out: { oldName: string; index: number; current: string }[] = [];
  for (const r of RENAMED) {
    if (year < r.from) continue;
    const current = lookupCode(r.scheme, r.code)?.name ?? '';
    for (const candidate of [r.oldName, r.shortOld]) {
      let i = text.indexOf(candidate);
      while (i >= 0) {
        // "医疗卫生" must not be the start of the new name or of another word (医疗卫生机构).
        const after = text.slice(i + candidate.length, i + candidate.length + 4);
        const isShort = candidate === r.shortOld;
        const ok = !isShort || /^(\(|（|类|支出|[）)]|$|，|、|。)/.test(after) || after.startsWith('(类') || after.startsWith('（类');
        if (ok && !out.some((o) => o.index <= i && i < o.index + o.oldName.length)) out.push({ oldName: candidate, index: i, current });
        i = text.indexOf(candidate, i + candidate.length);
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
