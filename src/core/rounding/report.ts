// The rounding's result as plain data (decimal strings): the JSON of `budget-check round
// --format json` and what the pane lists.
import { RULES } from '../checks';
import type { Lang } from '../checks/types';
import { sub, toFixed, toPlain } from '../money';
import type { IdentityNote, RoundingResult } from './index';

export interface RoundingReportFigure {
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /** The input figure, in its own unit. */
  readonly input: string;
  readonly from: string;
  /** Exact conversion, half-up rounding and the published value, in the target unit. */
  readonly exact: string;
  readonly halfUp: string;
  readonly value: string;
}

export interface RoundingReportIdentity {
  readonly rule: string;
  readonly description: string;
  readonly sheet: string;
  readonly cell: string;
  readonly parts: readonly string[];
  readonly unit: string | null;
  readonly actual: string;
  readonly expected: string;
  readonly difference: string;
}

export interface RoundingReport {
  readonly schema: 1;
  readonly file: string;
  readonly out: string | null;
  readonly to: string;
  readonly decimals: number;
  readonly tables: readonly { readonly sheet: string; readonly title: string; readonly from: string | null; readonly converted: boolean }[];
  /** Converted figures, and those that differ from half-up rounding. */
  readonly figures: number;
  readonly adjusted: readonly RoundingReportFigure[];
  readonly broken: readonly RoundingReportIdentity[];
  readonly leftOff: readonly RoundingReportIdentity[];
  readonly skipped: readonly { readonly rule: string; readonly sheet: string; readonly cell: string; readonly reason: string }[];
  readonly stats: RoundingResult['stats'];
}

export function describeIdentity(n: IdentityNote, lang: Lang): RoundingReportIdentity {
  const rule = RULES.find((r) => r.meta.id === n.rule);
  return {
    rule: n.rule,
    description: rule ? rule.meta.description[lang] : n.rule,
    sheet: n.sheet,
    cell: n.cell,
    parts: n.parts,
    unit: n.unit,
    actual: toPlain(n.actual),
    expected: toPlain(n.expected),
    difference: toPlain(sub(n.actual, n.expected)),
  };
}

export function roundingReport(file: string, out: string | null, r: RoundingResult, lang: Lang): RoundingReport {
  return {
    schema: 1,
    file,
    out,
    to: r.to,
    decimals: r.decimals,
    tables: r.tables.map((t) => ({ sheet: t.sheet, title: t.title, from: t.from, converted: t.converted })),
    figures: r.figures.length,
    adjusted: r.adjusted.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      table: f.table,
      row: f.row,
      column: f.column,
      input: toPlain(f.input),
      from: f.unit,
      exact: toPlain(f.exact),
      halfUp: toFixed(f.halfUp, r.decimals),
      value: toFixed(f.value, r.decimals),
    })),
    broken: r.broken.map((n) => describeIdentity(n, lang)),
    leftOff: r.leftOff.map((n) => describeIdentity(n, lang)),
    skipped: r.skipped.map((s) => ({ ...s })),
    stats: r.stats,
  };
}
