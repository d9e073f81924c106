// The drafter's output and the form rules: a draft whose placeholders are filled never triggers a
// form rule; an unfilled draft triggers only form-template-leftover, exactly on its placeholders
// (the reminder of what is still to write). Random budgets, department and unit tables.
import fc from 'fast-check';
import { parseWorkbook } from '../../../../src/core/model/parse';
import { auditNarrative } from '../../../../src/core/narrative/audit';
import { placeholders, placeholderText, renderText, text, type DocModel, type Paragraph, type Section } from '../../../../src/core/narrative/doc';
import { draftNarrative } from '../../../../src/core/narrative/draft';
import { budgetArb, budgetGrid, priorArb } from '../../../helpers/budget-gen';

/** The draft with every placeholder replaced by words a writer could have typed. */
function filled(doc: DocModel): DocModel {
  const para = (p: Paragraph): Paragraph => {
    const alone = p.runs.length === 1;
    return { runs: p.runs.map((r) => (r.kind === 'placeholder' ? text(alone ? '本年度按规定安排相关工作。' : '按规定安排') : r)) };
  };
  const section = (s: Section): Section => ({ ...s, paragraphs: s.paragraphs.map(para), sections: s.sections.map(section) });
  return { ...doc, parts: doc.parts.map((part) => ({ ...part, paragraphs: part.paragraphs.map(para), sections: part.sections.map(section) })) };
}

const form = (rule: string) => rule.startsWith('form-');

describe('drafts and the form rules', () => {
  it('never flags a filled draft, and flags an unfilled one exactly on its placeholders (property)', () => {
    fc.assert(
      fc.property(
        budgetArb(2026).chain((cur) => fc.tuple(fc.constant(cur), fc.option(priorArb(cur), { nil: null }), fc.constantFrom('department' as const, 'unit' as const))),
        ([cur, prior, document]) => {
          const model = parseWorkbook(budgetGrid(cur, '某中心', document));
          const priorModel = prior ? parseWorkbook(budgetGrid(prior, '某中心', document)) : null;
          const doc = draftNarrative({ model, prior: priorModel });
          const done = auditNarrative({ text: renderText(filled(doc)), model, prior: priorModel });
          expect(done.findings.filter((f) => form(f.rule)).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
          const draft = renderText(doc);
          const left = auditNarrative({ text: draft, model, prior: priorModel }).findings.filter((f) => form(f.rule));
          expect(left.map((f) => `${f.rule} ${f.quote}`)).toEqual(placeholders(doc).map((h) => `form-template-leftover ${placeholderText(h.label)}`));
          for (const f of left) expect(draft.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes a unit's draft as a unit's", () => {
    const model = parseWorkbook(budgetGrid({ year: 2026, classes: [[100, 0, 0], [0, 0, 0], [0, 0, 0]], fund: 0, three: { abroad: 0, purchase: 0, operation: 0, reception: 0 } }, '某中心', 'unit'));
    const doc = draftNarrative({ model });
    expect(doc.title).toBe('某中心2026年单位预算情况说明');
    expect(renderText(doc)).not.toMatch(/部门预算(?!支出经济分类)/);
  });
});

describe('the abridged reference text and the form rules', () => {
  it('lacks the parts an abridged publication lacks, and an explanation of its empty table', async () => {
    const { REFERENCE_TEXT } = await import('../reference-text');
    const { sampleGrid } = await import('../../../helpers/samples');
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const r = auditNarrative({ text: REFERENCE_TEXT, model });
    expect(r.findings.filter((f) => form(f.rule)).map((f) => [f.rule, f.message])).toEqual([
      ['form-required-section', '情况说明中没有“主要职能”部分。'],
      ['form-required-section', '情况说明中没有“机构设置”部分。'],
      ['form-required-section', '情况说明中没有“名词解释”部分。'],
      ['form-required-section', '预算编制说明中没有说明政府采购情况。'],
      ['form-empty-table-note', '“表10 2019年国有资本经营预算支出表”是空表，情况说明中应说明原因（如“本单位无国有资本经营预算，此表为空”）。'],
    ]);
  });
});
