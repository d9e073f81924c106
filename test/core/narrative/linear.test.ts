// Auditing stays linear in the text's length, measured by counting work, never by the clock:
// four times the text (the same realistic paragraphs repeated) reads four times the claims and
// does at most about four times the decimal arithmetic, with paragraphs on their own lines, with
// every line break lost, and as one endless sentence (a table pasted without any full stop).
// The smaller text is already long enough to fill the auditor's bounded look-back windows (a
// share looks back over at most 30 amounts of its section, a list over 1,000 amounts around it),
// so that what is compared is the cost per claim once the windows are full.
import * as money from '../../../src/core/money';
import { auditNarrative } from '../../../src/core/narrative/audit';
import { narrativeBlocks } from '../../../scripts/samples/narrative-text';

const OPS = ['add', 'sub', 'mul', 'div', 'cmp', 'lte', 'lt', 'eq', 'isZero', 'halfUp', 'down', 'exact', 'toNumber', 'toPlain', 'toFixed', 'abs'] as const;

function countedAudit(text: string): { claims: number; ops: number } {
  const spies = OPS.map((name) => jest.spyOn(money, name));
  try {
    const r = auditNarrative({ text });
    return { claims: r.claims, ops: spies.reduce((n, s) => n + s.mock.calls.length, 0) };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

const SENTENCE = '本单位2025年支出合计500.00万元，其中：基本支出320.00万元，占64.00%；项目支出180.00万元，占36.00%；';

describe('the auditor is linear in the length of the text', () => {
  it.each([
    ['paragraphs on their own lines', (k: number) => narrativeBlocks(k, true)],
    ['every line break lost', (k: number) => narrativeBlocks(k, false)],
    ['one endless sentence', (k: number) => SENTENCE.repeat(k * 4)],
  ])('%s', (_name, make) => {
    const small = countedAudit(make(60));
    const large = countedAudit(make(240));
    expect(small.claims).toBeGreaterThan(1000);
    const claims = large.claims / small.claims;
    expect(claims).toBeGreaterThan(3.9);
    expect(claims).toBeLessThan(4.1);
    // The work per claim does not grow with the text.
    expect(large.ops / small.ops).toBeLessThan(claims * 1.15);
  });
});
