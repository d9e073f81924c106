// What the drafter's sections share: the context of the text (subject, years, unit, 部门 or 单位),
// paragraphs and numbered sections, placeholders, the change against last year with its reason,
// and lists of figures with their shares.
import { placeholder, text, type Paragraph, type Run, type Section } from './doc';
import { isZeroFig, type Fig } from './facts';
import { amountRun, changeOf, changeRuns, shareRun, type TextUnit } from './wording';
import { ZERO } from '../money';

export const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

export const p = (...runs: (Run | Run[] | null | false)[]): Paragraph => ({ runs: runs.flat().filter((r): r is Run => !!r) });
export const sec = (i: number, heading: string, paragraphs: Paragraph[], sections: Section[] = []): Section => ({ number: `${CN[i]}、`, heading, level: 1, paragraphs, sections });
export const sub = (i: number, heading: string, paragraphs: Paragraph[]): Section => ({ number: `（${CN[i]}）`, heading, level: 2, paragraphs, sections: [] });

let counter = 0;
/** Placeholder ids count from p1 in each draft. */
export function resetHoles(): void {
  counter = 0;
}
export const hole = (label: string): Run => placeholder(`p${++counter}`, label);

export const NO_PRIOR = '与上年相比的增减额、增减幅度及主要原因';

/** A budget line that does not exist counts as zero. */
export const NO_FIG: Fig = { value: ZERO, sources: [] };

/** What every section needs to know: the subject, the years, the text's unit, 部门 or 单位. */
export interface Ctx {
  readonly subject: string; // 某单位2025年
  readonly name: string;
  readonly y: string; // 2025年
  readonly py: string; // 2024年
  readonly unit: TextUnit;
  /** 本部门 or 本单位. */
  readonly self: string;
  /** 部门预算 or 单位预算. */
  readonly budgetWord: string;
}

export function compare(c: Ctx, cur: Fig | null, prior: Fig | null | undefined): Run[] {
  if (!cur) return [];
  if (prior === undefined) return [text(`与${c.py}相比，`), hole('与上年相比的增减额和增减幅度'), text('。')];
  if (prior === null) return [];
  const change = changeRuns(cur, prior, c.unit);
  if (changeOf(cur, prior, c.unit) === 'same') return [text(`与${c.py}持平。`)];
  return [text(`与${c.py}相比，`), ...change, text('。')];
}

/** Change plus a reason placeholder, unless nothing changed. */
export function compareWithReason(c: Ctx, cur: Fig | null, prior: Fig | null | undefined, reason = '主要原因'): Run[] {
  // Without last year's figure, one placeholder asks for the change and its reason together.
  if (cur && prior === undefined) return [text(`与${c.py}相比，`), hole(NO_PRIOR), text('。')];
  const runs = compare(c, cur, prior);
  if (runs.length === 0 || (prior && cur && changeOf(cur, prior, c.unit) === 'same')) return runs;
  return [...runs, text('主要原因：'), hole(reason), text('。')];
}

export function listFigs(c: Ctx, items: { label: string; fig: Fig }[], whole: Fig | null, shareOf: string | null): Run[] {
  const runs: Run[] = [];
  items.forEach((it, i) => {
    runs.push(text(`${i ? '；' : ''}${it.label}`), amountRun(it.fig, c.unit));
    if (whole && shareOf !== null && !isZeroFig(it.fig)) {
      const s = shareRun(it.fig, whole, c.unit);
      if (s) runs.push(text(`，占${shareOf}`), s);
    }
  });
  return runs;
}
