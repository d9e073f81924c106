// The wording conventions of the explanatory text: amounts in the text's unit (the workbook's:
// 万元 or 元) with two decimals, shares and rates half-up to two decimals computed from the
// published (rounded) figures, and the change phrases 增加/增长, 减少/下降, 持平, 新增 (no rate
// from a zero base), 下降100%.
import { abs, cmp, convert, exact, growthRate, isZero, share, sub, toFixed, type Exact, type MoneyUnit } from '../money';
import { figure, text, type Run } from './doc';
import type { Fig } from './facts';

export const AMOUNT_DECIMALS = 2;

/** The units a text is written in. Figures are held in 万元 and converted exactly. */
export type TextUnit = Extract<MoneyUnit, '元' | '万元'>;

/** The amount as published in the text (in `unit`, two decimals). */
export function shown(f: Fig | Exact, unit: TextUnit = '万元'): Exact {
  const v = 'value' in (f as Fig) ? (f as Fig).value : (f as Exact);
  return exact(toFixed(convert(v, '万元', unit), AMOUNT_DECIMALS));
}

/** An amount already in the text's unit, with the unit. */
function written(v: Exact, unit: TextUnit): string {
  return `${toFixed(v, AMOUNT_DECIMALS)}${unit}`;
}

export function amountText(f: Fig | Exact, unit: TextUnit = '万元'): string {
  return written(shown(f, unit), unit);
}

export function amountRun(f: Fig, unit: TextUnit = '万元'): Run {
  return figure(amountText(f, unit), f.sources);
}

/** "占…的P%": the share of the published figures, or null when the whole is zero. */
export function shareRun(part: Fig, whole: Fig, unit: TextUnit = '万元'): Run | null {
  const s = share(shown(part, unit), shown(whole, unit));
  return s === null ? null : figure(`${toFixed(s, 2)}%`, [...part.sources, ...whole.sources]);
}

export type Change = 'same' | 'new' | 'up' | 'down';

export function changeOf(current: Fig, prior: Fig, unit: TextUnit = '万元'): Change {
  const cur = shown(current, unit);
  const pri = shown(prior, unit);
  if (cmp(cur, pri) === 0) return 'same';
  if (isZero(pri)) return 'new';
  return cmp(cur, pri) > 0 ? 'up' : 'down';
}

/** The change from last year, by the conventions. */
export function changeRuns(current: Fig, prior: Fig, unit: TextUnit = '万元'): Run[] {
  const cur = shown(current, unit);
  const pri = shown(prior, unit);
  const sources = [...current.sources, ...prior.sources];
  const kind = changeOf(current, prior, unit);
  if (kind === 'same') return [text('与上年持平')];
  if (kind === 'new') return [text('新增'), figure(written(cur, unit), sources), text('（上年无此项预算）')];
  const diff = abs(sub(cur, pri));
  const rate = growthRate(cur, pri)!;
  if (kind === 'up') return [text('增加'), figure(written(diff, unit), sources), text('，增长'), figure(`${toFixed(rate, 2)}%`, sources)];
  return [text('减少'), figure(written(diff, unit), sources), text('，下降'), figure(`${toFixed(abs(rate), 2)}%`, sources)];
}
