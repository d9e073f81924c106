// The auditor: reads an explanatory text (normalise → claims → analysis → bindings) and runs
// the rules of ./rules over that one reading. Each finding quotes the original text at its
// original offset (line endings normalised to \n).
import { exact, type Exact } from '../money';
import type { WorkbookModel } from '../model/types';
import type { Lang, Severity } from '../checks/types';
import { bindings } from './bind';
import { readClaims } from './claims';
import { renderTextReport, TEXT_RULES } from './rules';
import type { DocumentType, TextRule } from './rules/types';

export interface NarrativeFinding {
  /** The id of a rule in ./rules. */
  readonly rule: string;
  readonly severity: Severity;
  readonly quote: string;
  readonly offset: number;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly message: string;
  /** The data of a rule's report (what the message was filled from), for the check sheet. */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface AuditResult {
  readonly claims: number;
  /** How many amount claims were tied to a cell of the tables (0 without a workbook). */
  readonly bound: number;
  readonly findings: readonly NarrativeFinding[];
}

export interface AuditInput {
  readonly text: string;
  readonly model?: WorkbookModel | null;
  readonly prior?: WorkbookModel | null;
  readonly lang?: Lang;
  /** Tolerance for comparing a stated amount with the table, in 万元 (default 0.01). */
  readonly tolerance?: Exact;
  /** 部门预算 or 单位预算, when the caller knows (a setting, the workbook's titles). */
  readonly documentType?: DocumentType | null;
  /** The rules on the text to run (default: all of ./rules). */
  readonly textRules?: readonly TextRule[];
}

// One finding per root cause: where a figure has a finding that explains it, the derived ones
// on the same figure are dropped (a rate from a zero base or with the wrong direction word is
// not also "the wrong rate"; a change the tables contradict is not also one the text does).
const EXPLAINED_BY: Record<string, readonly string[]> = {
  'narrative-rate': ['narrative-direction', 'narrative-zero-base', 'narrative-blank-rate'],
  'narrative-change': ['narrative-prior-mismatch'],
  'narrative-restated': ['narrative-table-mismatch'],
};

export function auditNarrative(input: AuditInput): AuditResult {
  const lang = input.lang ?? 'zh-CN';
  const read = readClaims(input.text);
  const tolerance = input.tolerance ?? exact('0.01');
  const findings: NarrativeFinding[] = [];
  const ruleContext = { text: read.text, read, year: input.model?.year ?? read.year, documentType: input.documentType ?? null, model: input.model ?? null, prior: input.prior ?? null, tolerance };
  for (const rule of input.textRules ?? TEXT_RULES) {
    rule.check({
      ...ruleContext,
      report(r) {
        findings.push({ rule: rule.meta.id, severity: rule.meta.severity, quote: r.quote, offset: r.offset, expected: r.expected ?? null, actual: r.actual ?? null, message: renderTextReport(rule, r, lang), ...(r.data ? { data: r.data } : {}) });
      },
    });
  }
  const at = new Map<number, Set<string>>();
  for (const f of findings) (at.get(f.offset) ?? at.set(f.offset, new Set()).get(f.offset)!).add(f.rule);
  const kept = findings.filter((f) => !(EXPLAINED_BY[f.rule] ?? []).some((r) => at.get(f.offset)!.has(r)));
  kept.sort((a, b) => a.offset - b.offset);
  const bound = input.model ? [...bindings(read, input.model, input.prior ?? null, tolerance).amounts.values()].length : 0;
  return { claims: read.claims.filter((c) => c.kind !== 'count' || c.value).length, bound, findings: kept };
}
