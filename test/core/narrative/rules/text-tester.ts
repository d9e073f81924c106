// The shared table-driven tester of the rules on the text: each case is a short text (with a
// workbook when the rule needs one); valid cases give no report of the rule, invalid cases give
// exactly the listed reports, each quoting the original text at its offset.
import { readClaims, normaliseText } from '../../../../src/core/narrative/claims';
import { renderTextReport } from '../../../../src/core/narrative/rules';
import type { DocumentType, TextReport, TextRule } from '../../../../src/core/narrative/rules/types';
import type { WorkbookModel } from '../../../../src/core/model/types';
import { chinesePunctuationOutsideQuotes } from '../../../helpers/message-text';

export interface TextCase {
  name: string;
  text: string;
  model?: WorkbookModel | null;
  documentType?: DocumentType | null;
}

export interface InvalidTextCase extends TextCase {
  /** In text order; `at` is the occurrence of the quote in the text when it appears several times. */
  reports: { messageId: string; quote: string; at?: number; data?: Record<string, string | number> }[];
}

export function reportsOf(rule: TextRule, c: TextCase): TextReport[] {
  const text = normaliseText(c.text);
  const read = readClaims(text);
  const out: TextReport[] = [];
  rule.check({ text, read, year: c.model?.year ?? read.year, documentType: c.documentType ?? null, model: c.model ?? null, prior: null, report: (r) => out.push(r) });
  return out.sort((a, b) => a.offset - b.offset);
}

function nth(text: string, quote: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(quote, at + 1);
  return at;
}

export function textRuleTester(rule: TextRule, cases: { valid: TextCase[]; invalid: InvalidTextCase[] }): void {
  describe(`text rule ${rule.meta.id}`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(reportsOf(rule, c).map((r) => `${r.offset} «${r.quote}» ${renderTextReport(rule, r, 'zh-CN')}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const text = normaliseText(c.text);
      const found = reportsOf(rule, c);
      expect(found.map((r) => `${r.messageId} «${r.quote}»`)).toEqual(c.reports.map((w) => `${w.messageId} «${w.quote}»`));
      found.forEach((r, i) => {
        expect(text.slice(r.offset, r.offset + r.quote.length)).toBe(r.quote);
        expect(r.offset).toBe(nth(text, c.reports[i].quote, c.reports[i].at ?? 0));
        if (c.reports[i].data) expect(r.data).toMatchObject(c.reports[i].data!);
        for (const lang of ['zh-CN', 'en-US'] as const) expect(renderTextReport(rule, r, lang)).not.toMatch(/\{\{|\}\}/);
        const english = renderTextReport(rule, r, 'en-US');
        expect([english, chinesePunctuationOutsideQuotes(english)]).toEqual([english, []]);
      });
    });
  });
}
