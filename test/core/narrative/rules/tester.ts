// Table-driven tests for the text rules: each case is a text (written for the project) and the
// findings the rule alone gives on it, by quote and expected value.
import { auditNarrative } from '../../../../src/core/narrative/audit';
import type { WorkbookModel } from '../../../../src/core/model/types';
import type { TextRule } from '../../../../src/core/narrative/rules/types';
import { chinesePunctuationOutsideQuotes } from '../../../helpers/message-text';

export interface TextCase {
  name: string;
  text: string;
  model?: () => WorkbookModel;
  prior?: () => WorkbookModel;
  findings?: { quote: string; expected?: string | null }[];
}

export function textRuleTester(rule: TextRule, cases: { valid: TextCase[]; invalid: TextCase[] }): void {
  const run = (c: TextCase) => {
    const r = auditNarrative({ text: c.text, model: c.model?.() ?? null, prior: c.prior?.() ?? null, textRules: [rule] });
    for (const f of r.findings) expect(c.text.replace(/\r\n?/g, '\n').slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
    return r.findings.filter((f) => f.rule === rule.meta.id);
  };
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(run(c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const found = run(c).map((f) => ({ quote: f.quote, ...(c.findings!.some((x) => 'expected' in x) ? { expected: f.expected } : {}) }));
      expect(found).toEqual(c.findings);
      // The same findings in English: lists joined with ", ", our brackets ASCII, only the
      // document's own text (between quotes) in Chinese punctuation.
      const english = auditNarrative({ text: c.text, model: c.model?.() ?? null, prior: c.prior?.() ?? null, textRules: [rule], lang: 'en-US' }).findings.filter((f) => f.rule === rule.meta.id);
      for (const f of english) expect([f.message, chinesePunctuationOutsideQuotes(f.message)]).toEqual([f.message, []]);
    });
  });
}
