import fc from 'fast-check';
import { runChecks } from '../../../src/core/checks';
import { auditNarrative } from '../../../src/core/narrative/audit';
import { placeholders, renderHtml, renderText } from '../../../src/core/narrative/doc';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { parseWorkbook } from '../../../src/core/model/parse';
import type { WorkbookModel } from '../../../src/core/model/types';
import { budgetArb, budgetGrid, priorArb } from '../../helpers/budget-gen';
import { sampleGrid } from '../../helpers/samples';

// The draft's placeholders are reported as leftovers on purpose (see the form rules' draft test).
const notPlaceholder = (f: { rule: string; quote: string }) => !(f.rule === 'form-template-leftover' && f.quote.startsWith('【请填写：'));

describe('drafting the explanatory text', () => {
  let a: WorkbookModel;
  let a2018: WorkbookModel;
  let b: WorkbookModel;
  let d: WorkbookModel;
  // Four sample workbooks written and read again: a limit fit for a loaded machine.
  beforeAll(async () => {
    d = parseWorkbook(await sampleGrid('d-2025'));
    a = parseWorkbook(await sampleGrid('a-2019'));
    a2018 = parseWorkbook(await sampleGrid('a-2018'));
    b = parseWorkbook(await sampleGrid('b-2025'));
  }, 60_000);

  it('states every correct figure of the reference unit with correct rounding', () => {
    const text = renderText(draftNarrative({ model: a, prior: a2018 }));
    for (const figure of [
      '收入总计789.25万元',
      '支出总计789.25万元',
      '收、支总计各增加687.47万元，增长675.45%',
      '一般公共预算拨款489.25万元',
      '政府性基金预算拨款300.00万元',
      '基本支出73.85万元，占支出合计的9.36%',
      '项目支出715.40万元，占支出合计的90.64%',
      '一般公共预算支出489.25万元，占支出合计的61.99%',
      '增加387.47万元，增长380.69%',
      '一般公共服务（类）支出475.50万元，占一般公共预算支出的97.19%',
      '社会保障和就业（类）支出10.68万元，占一般公共预算支出的2.18%',
      '卫生健康（类）支出3.07万元，占一般公共预算支出的0.63%',
      '人员经费70.27万元',
      '公用经费3.58万元',
      '一般公共预算安排项目支出415.40万元',
      '“三公”经费预算0.00万元，未安排因公出国（境）费、公务用车购置及运行费和公务接待费预算。与2018年持平',
      '新增300.00万元（上年无此项预算）',
      '政府性基金预算安排项目支出300.00万元',
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).not.toMatch(/医疗卫生|增加0\.00万元|增长%|\d万元(?!\S)/);
  });

  it('leaves visible placeholders for what the tables cannot know, and lists them', () => {
    const doc = draftNarrative({ model: a, prior: a2018 });
    const holes = placeholders(doc);
    expect(holes.map((h) => h.label)).toContain('主要原因');
    expect(holes.map((h) => h.label)).toContain('本部门主要职责');
    expect(renderText(doc)).toContain('【请填写：主要原因】');
    expect(new Set(holes.map((h) => h.id)).size).toBe(holes.length);
    const noPrior = renderText(draftNarrative({ model: a }));
    expect(noPrior).toContain('【请填写：与上年相比的增减额、增减幅度及主要原因】');
  });

  it('uses the unit facts the user gives', () => {
    const text = renderText(draftNarrative({ model: a, unit: { name: '某中心', internalOffices: 3, staffing: 10, actualStaff: 12 } }));
    expect(text).toContain('内设3个科室');
    expect(text).toContain('共有编制10人，实有12人');
    expect(text).toContain('某中心2019年收入总计');
  });

  it('renders HTML with figures carrying their cells and escaped text', () => {
    const html = renderHtml(draftNarrative({ model: a, prior: a2018 }));
    expect(html).toContain('<span class="figure" data-sources="部门收支总表!B14">789.25万元</span>');
    expect(html).toContain('<mark class="placeholder"');
    expect(html).not.toMatch(/<script/);
  });

  it.each([
    ['(a) with 2018', () => ({ model: a, prior: a2018 })],
    ['(a) alone', () => ({ model: a })],
    ['(b), with the 上年 column of its "三公" table', () => ({ model: b })],
    ['(d), with the 上年 columns of its tables', () => ({ model: d })],
  ])('gives a draft that audits clean against its own workbook: %s', (_n, input) => {
    const { model, prior } = input() as { model: WorkbookModel; prior?: WorkbookModel };
    const text = renderText(draftNarrative({ model, prior }));
    const r = auditNarrative({ text, model, prior });
    expect(r.findings.filter(notPlaceholder).map((f) => `${f.rule} ${f.quote}: ${f.message}`)).toEqual([]);
    expect(r.claims).toBeGreaterThan(25);
  });

  it('compares with last year from the 上年 columns of the workbook itself', () => {
    const text = renderText(draftNarrative({ model: d }));
    // The 一般公共预算支出表 of (d) has 2024年预算数 before this year's columns.
    expect(text).toMatch(/一般公共预算支出[\d.]+万元，占支出合计的[\d.]+%。与2024年(相比，(增加|减少)[\d.]+万元|持平)/);
  });

  it('drafts a text that audits clean for random budgets and prior years (property)', () => {
    fc.assert(
      fc.property(
        budgetArb(2021).chain((cur) => fc.tuple(fc.constant(cur), priorArb(cur))),
        ([cur, prior]) => {
          const model = parseWorkbook(budgetGrid(cur));
          const priorModel = parseWorkbook(budgetGrid(prior));
          // The generated tables are consistent: the checks find no error in them.
          expect(runChecks(model).filter((f) => f.severity === 'error' && f.rule !== 'table-missing')).toEqual([]);
          const text = renderText(draftNarrative({ model, prior: priorModel }));
          const r = auditNarrative({ text, model, prior: priorModel });
          expect(r.findings.filter(notPlaceholder).map((f) => `${f.rule} «${f.quote}» ${f.message}`)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
