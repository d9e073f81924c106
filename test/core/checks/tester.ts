// The shared table-driven tester of the rules: each case is a small workbook; valid cases give
// no finding of the rule, invalid cases give exactly the listed findings.
import { runChecks, translate } from '../../../src/core/checks';
import type { Finding, Rule } from '../../../src/core/checks/types';
import { exact } from '../../../src/core/money';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { SheetGrid } from '../../../src/core/grid';
import { chinesePunctuationOutsideQuotes, printsSignedDifference } from '../../helpers/message-text';

export interface Case {
  name: string;
  sheets: SheetGrid[];
  tolerance?: string;
  requiredKinds?: string[];
}
export interface InvalidCase extends Case {
  findings: Partial<Pick<Finding, 'messageId' | 'severity' | 'sheet' | 'cell' | 'related' | 'expected' | 'actual'>>[];
}

export function findingsOf(rule: Rule, c: Case): Finding[] {
  const model = parseWorkbook({ sheets: c.sheets });
  return runChecks(model, {
    rules: [rule],
    options: { tolerance: exact(c.tolerance ?? '0.01'), ...(c.requiredKinds ? { requiredKinds: c.requiredKinds } : {}) },
  });
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(findingsOf(rule, c).map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const found = findingsOf(rule, c);
      expect(found).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => expect(found[i]).toMatchObject(want));
      for (const f of found) {
        expect(f.rule).toBe(rule.meta.id);
        expect(f.message).not.toMatch(/\{\{|\}\}/); // every placeholder filled
      }
      const english = translate(found, 'en-US');
      for (const [i, f] of [...found, ...english].entries()) {
        expect([f.message, printsSignedDifference(f.message, f.data.difference)]).toEqual([f.message, false]);
        if (i >= found.length) expect([f.message, chinesePunctuationOutsideQuotes(f.message)]).toEqual([f.message, []]);
      }
    });
  });
}
