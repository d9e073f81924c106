// The shape of a rule and of what it reports. A rule declares what it is and reports findings
// as data; it never decides its own severity (that is the preset's job) and never fixes anything.
import type { Exact, MoneyUnit } from '../money';
import type { Amount, Table, WorkbookModel } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en-US';

export interface Message {
  readonly 'zh-CN': string;
  readonly 'en-US': string;
}

export interface RuleMeta {
  /** Equal to the rule's file name. */
  readonly id: string;
  readonly family: 'table' | 'cross-table' | 'three-public' | 'codes' | 'completeness' | 'units' | 'cells';
  readonly description: Message;
  /** Messages keyed by id, with {{placeholders}} filled from the finding's data. */
  readonly messages: Readonly<Record<string, Message>>;
}

/** What a rule reports; the runner adds severity and the rendered message. */
export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly sheet: string;
  /** The cell that holds the disagreeing figure (for a sum, the total's cell); null for a table-level finding. */
  readonly cell: string | null;
  /** The other cells the identity involves, on the same sheet unless written "Sheet!A1". */
  readonly related?: readonly string[];
  /** Decimal strings in the unit of `cell`'s table. */
  readonly expected?: string | null;
  readonly actual?: string | null;
  /** The difference is within what rounding of the published figures explains. */
  readonly rounding?: boolean;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly sheet: string;
  readonly cell: string | null;
  readonly related: readonly string[];
  readonly expected: string | null;
  readonly actual: string | null;
  readonly message: string;
}

export interface CheckOptions {
  /** Extra tolerance in each table's unit (default 0.01): the larger of it and the rounding bound applies. */
  readonly tolerance: Exact;
  /** The tables a submission must contain (default: the common set of the year). */
  readonly requiredKinds?: readonly string[];
}

/** One figure of an identity, with the sheet and unit it is published in. */
export interface IdentityFigure {
  readonly sheet: string;
  readonly unit: MoneyUnit | null;
  readonly amount: Amount;
}

/**
 * A linear identity a rule checks: total = Σ parts (each converted to the total's unit). Rules
 * declare every identity they compare, equal or not, so that other tools (the rounding that keeps
 * the tables balanced) work from exactly the identities the checker knows.
 */
export interface Identity {
  readonly total: IdentityFigure;
  readonly parts: readonly IdentityFigure[];
}

export interface RuleContext {
  readonly model: WorkbookModel;
  readonly options: CheckOptions;
  report(r: Report): void;
  /** Called for every identity compared (set only by `collectIdentities`). */
  identity?(i: Identity): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { Amount, Table };
