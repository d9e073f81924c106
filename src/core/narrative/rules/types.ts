// The shape of a rule on the explanatory text, the same as the table rules' (src/core/checks/
// types.ts): a rule declares what it is, reports findings as data with their place in the
// original text, and never decides its own severity.
import type { Lang, Message, Severity } from '../../checks/types';
import type { WorkbookModel } from '../../model/types';
import type { Exact } from '../../money';
import type { ReadText } from '../claims';

export type { Lang, Message, Severity };

export interface TextRuleMeta {
  /** Equal to the rule's file name. */
  readonly id: string;
  readonly family: 'arithmetic' | 'tables' | 'wording' | 'form';
  /** Severity unless the preset of the run says otherwise. */
  readonly severity: Severity;
  readonly description: Message;
  /** Messages keyed by id, with {{placeholders}} filled from the finding's data. */
  readonly messages: Readonly<Record<string, Message>>;
}

/** What a text rule reports: the place is an offset and a quote of the original text. */
export interface TextReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Offset of `quote` in the original text. */
  readonly offset: number;
  readonly quote: string;
  readonly expected?: string | null;
  readonly actual?: string | null;
}

/** Which document the text belongs to: a department's (部门预算) or one unit's (单位预算). */
export type DocumentType = 'department' | 'unit';

export interface TextRuleContext {
  /** The text as given (line endings normalised to \n). */
  readonly text: string;
  /** The text read into sentences, sections and claims. */
  readonly read: ReadText;
  /** The budget year: from the workbook when given, else from the text. */
  readonly year: number | null;
  readonly documentType: DocumentType | null;
  readonly model: WorkbookModel | null;
  readonly prior: WorkbookModel | null;
  /** Tolerance for comparing a stated amount with the tables, in 万元 (default 0.01). */
  readonly tolerance?: Exact;
  report(r: TextReport): void;
}

export interface TextRule {
  readonly meta: TextRuleMeta;
  check(ctx: TextRuleContext): void;
}
