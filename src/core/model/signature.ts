// The header signature of each kind, for tables without a usable title.
import type { TableKind } from './kinds';
import { normalize } from './text';

export function kindFromHeader(paths: ReadonlyArray<readonly string[]>, labels: readonly string[]): TableKind | null {
  const h = normalize(paths.map((p) => p.join('/')).join('|'));
  const l = normalize(labels.join('|'));
  if (/因公出国/.test(h + l) && /公务接待/.test(h + l)) return 'three-public';
  if (/本年收入|收入总计/.test(h + l) && /本年支出|支出总计/.test(h + l)) {
    return /财政拨款/.test(h) && !/事业收入/.test(h + l) ? 'fiscal-summary' : 'summary';
  }
  if (/人员经费/.test(h) && /公用经费/.test(h) && /(^|\|)30[1-9]/.test(l)) return 'general-basic';
  if (/(财政拨款|一般公共预算)/.test(h) && /(事业收入|其他收入)/.test(h)) return 'income';
  return null;
}
