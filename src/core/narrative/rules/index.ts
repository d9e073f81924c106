// Every rule on the explanatory text, by id. A test checks that each id equals its file name and
// has a doc page. The claim arithmetic of audit.ts reports through the same finding shape.
import { rule as formComparisonYear } from './form-comparison-year';
import { rule as formDocumentType } from './form-document-type';
import { rule as formDoubledPunctuation } from './form-doubled-punctuation';
import { rule as formEmptyContent } from './form-empty-content';
import { rule as formEmptyTableNote } from './form-empty-table-note';
import { rule as formRequiredSection } from './form-required-section';
import { rule as formSentenceEnd } from './form-sentence-end';
import { rule as formTemplateLeftover } from './form-template-leftover';
import { rule as formUnbalancedPair } from './form-unbalanced-pair';
import type { Lang, TextReport, TextRule, TextRuleContext } from './types';

export const TEXT_RULES: readonly TextRule[] = [
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
