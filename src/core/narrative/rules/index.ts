// Every rule on the explanatory text, by id. A test checks that each id equals its file name and
// has a doc page. The auditor runs them in this order over one reading of the text.
import { rule as formComparisonYear } from './form-comparison-year';
import { rule as formDocumentType } from './form-document-type';
import { rule as formDoubledPunctuation } from './form-doubled-punctuation';
import { rule as formEmptyContent } from './form-empty-content';
import { rule as formEmptyTableNote } from './form-empty-table-note';
import { rule as formRequiredSection } from './form-required-section';
import { rule as formSentenceEnd } from './form-sentence-end';
import { rule as formTemplateLeftover } from './form-template-leftover';
import { rule as formUnbalancedPair } from './form-unbalanced-pair';
import { rule as narrativeBlankAmount } from './narrative-blank-amount';
import { rule as narrativeBlankRate } from './narrative-blank-rate';
import { rule as narrativeChange } from './narrative-change';
import { rule as narrativeCountShare } from './narrative-count-share';
import { rule as narrativeDirection } from './narrative-direction';
import { rule as narrativeOutdatedName } from './narrative-outdated-name';
import { rule as narrativeParts } from './narrative-parts';
import { rule as narrativePartsElsewhere } from './narrative-parts-elsewhere';
import { rule as narrativePastedTable } from './narrative-pasted-table';
import { rule as narrativePastedTableUnread } from './narrative-pasted-table-unread';
import { rule as narrativePriorMismatch } from './narrative-prior-mismatch';
import { rule as narrativeRate } from './narrative-rate';
import { rule as narrativeRepeatedWord } from './narrative-repeated-word';
import { rule as narrativeRestated } from './narrative-restated';
import { rule as narrativeShare } from './narrative-share';
import { rule as narrativeShareUnsure } from './narrative-share-unsure';
import { rule as narrativeTableMismatch } from './narrative-table-mismatch';
import { rule as narrativeTableUnsure } from './narrative-table-unsure';
import { rule as narrativeUnitMissing } from './narrative-unit-missing';
import { rule as narrativeZeroBase } from './narrative-zero-base';
import { rule as narrativeZeroChange } from './narrative-zero-change';
import type { Lang, TextReport, TextRule, TextRuleContext } from './types';

export const TEXT_RULES: readonly TextRule[] = [
  narrativeUnitMissing,
  narrativeBlankRate,
  narrativeBlankAmount,
  narrativeZeroChange,
  narrativeDirection,
  narrativeZeroBase,
  narrativeRate,
  narrativeChange,
  narrativeShare,
  narrativeShareUnsure,
  narrativeCountShare,
  narrativeParts,
  narrativePartsElsewhere,
  narrativePastedTable,
  narrativePastedTableUnread,
  narrativeRestated,
  narrativeRepeatedWord,
  narrativeOutdatedName,
  narrativeTableMismatch,
  narrativeTableUnsure,
  narrativePriorMismatch,
  formTemplateLeftover,
  formEmptyContent,
  formComparisonYear,
  formDocumentType,
  formDoubledPunctuation,
  formSentenceEnd,
  formUnbalancedPair,
  formRequiredSection,
  formEmptyTableNote,
];

export function renderTextReport(rule: TextRule, r: Pick<TextReport, 'messageId' | 'data'>, lang: Lang): string {
  const template = rule.meta.messages[r.messageId]?.[lang] ?? r.messageId;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(r.data?.[k] ?? ''));
}

export type { TextRule, TextRuleContext, TextReport };
