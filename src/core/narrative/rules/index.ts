// Every rule on the explanatory text, by id. A test checks that each id equals its file name and
// has a doc page. The claim arithmetic of audit.ts reports through the same finding shape.
import type { Lang, TextReport, TextRule, TextRuleContext } from './types';

export const TEXT_RULES: readonly TextRule[] = [];

export function renderTextReport(rule: TextRule, r: Pick<TextReport, 'messageId' | 'data'>, lang: Lang): string {
  const template = rule.meta.messages[r.messageId]?.[lang] ?? r.messageId;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(r.data?.[k] ?? ''));
}

export type { TextRule, TextRuleContext, TextReport };
