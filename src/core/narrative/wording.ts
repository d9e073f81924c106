// The wording conventions of the explanatory text: amounts in 万元 with two decimals, shares
// and rates half-up to two decimals computed from the published (rounded) figures, and the
// change phrases 增加/增长, 减少/下降, 持平, 新增 (no rate from a zero base), 下降100%.
import { abs, cmp, exact, growthRate, isZero, share, sub, toFixed, type Exact } from '../money';
import { figure, text, type Run } from './doc';
import type { Fig } from './facts';

export const AMOUNT_DECIMALS = 2;

/** The amount as published in the text (万元, two decimals). */
export function shown(f: Fig | Exact): Exact {
  const v = 'value' in (f as Fig) ? (f as Fig).value : (f as Exact);
  return exact(toFixed(v, AMOUNT_DECIMALS));
}

export function amountText(f: Fig | Exact): string {
  return `${toFixed(shown(f), AMOUNT_DECIMALS)}万元`;
}

export function amountRun(f: Fig): Run {
  return figure(amountText(f), f.sources);
}

/** "占…的P%": the share of the published figures, or null when the whole is zero. */
export function shareRun(part: Fig, whole: Fig): Run | null {
  const s = share(shown(part), shown(whole));
  return s === null ? null : figure(`${toFixed(s, 2)}%`, [...part.sources, ...whole.sources]);
}

/** The change from last year, by the conventions; `noun` is what changed (for 新增). */
export function changeRuns(current: Fig, prior: Fig): Run[] {
  const cur = shown(current);
  const pri = shown(prior);
  const sources = [...current.sources, ...prior.sources];
  if (cmp(cur, pri) === 0) return [text('与上年持平')];
  if (isZero(pri)) return [text('新增'), figure(amountText(cur), sources), text('（上年无此项预算）')];
  const diff = abs(sub(cur, pri));
  const rate = growthRate(cur, pri)!;
  if (cmp(cur, pri) > 0) return [text('增加'), figure(amountText(diff), sources), text('，增长'), figure(`${toFixed(rate, 2)}%`, sources)];
  return [text('减少'), figure(amountText(diff), sources), text('，下降'), figure(`${toFixed(abs(rate), 2)}%`, sources)];
}
