// The machine-readable result of checking one workbook: the JSON contract of `budget-check
// check --format json` (schema 1, docs/report.schema.json). More fields may be added; none of
// these may change.
import type { Finding } from './checks/types';
import type { TableKind } from './model/kinds';
import type { WorkbookModel } from './model/types';

export interface ReportTable {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly title: string;
  readonly range: string;
  readonly unit: string | null;
  readonly empty: boolean;
  /** A table continued on other sheets or further down: each part's sheet and range, the first being the table's own (absent otherwise). */
  readonly parts?: readonly { readonly sheet: string; readonly range: string }[];
}

/** A finding as the JSON contract shows it: the finding without its message id and data. */
export type ReportFinding = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cell' | 'related' | 'expected' | 'actual' | 'message'>;

export interface CheckReport {
  readonly schema: 1;
  readonly file: string;
  readonly year: number | null;
  readonly unitName: string | null;
  readonly tables: readonly ReportTable[];
  readonly unrecognized: readonly string[];
  readonly findings: readonly ReportFinding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

export function buildReport(file: string, model: WorkbookModel, findings: readonly Finding[]): CheckReport {
  return {
    schema: 1,
    file,
    year: model.year,
    unitName: model.unitName,
    tables: model.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, title: t.title, range: t.range, unit: t.unit, empty: t.empty, ...(t.parts ? { parts: t.parts.map((p) => ({ sheet: p.sheet, range: p.range })) } : {}) })),
    unrecognized: model.unrecognized.map((u) => u.sheet),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      related: f.related,
      expected: f.expected,
      actual: f.actual,
      message: f.message,
    })),
    summary: countBySeverity(findings),
  };
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
