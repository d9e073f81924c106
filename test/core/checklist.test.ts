import { buildChecklist } from '../../src/core/checklist';
import { runChecks } from '../../src/core/checks';
import { parseWorkbook } from '../../src/core/model/parse';
import type { WorkbookModel } from '../../src/core/model/types';
import { auditNarrative } from '../../src/core/narrative/audit';
import { buildReport } from '../../src/core/report';
import { injectedBytes, sampleGrid } from '../helpers/samples';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { CHECKLIST_TEXT } from './checklist-fixture';

describe('the check sheet rows', () => {
  let b: WorkbookModel;
  let broken: WorkbookModel;
  beforeAll(async () => {
    b = parseWorkbook(await sampleGrid('b-2025'));
    broken = parseWorkbook(await readWorkbookBytes(await injectedBytes('b-2025-errors.xlsx')));
  });

  const sheetFor = (model: WorkbookModel, text: string | null) => {
    const report = buildReport('x.xlsx', model, runChecks(model));
    const result = text === null ? null : auditNarrative({ text, model });
    return { report, result, list: buildChecklist({ file: 'x.xlsx', report, narrative: result && text !== null ? { file: 'x.txt', text, result } : null }) };
  };
  const row = (list: ReturnType<typeof buildChecklist>, item: string) => list.rows.find((r) => r.item === item || r.key === item)!;

  it('puts each text finding on the part it stands in, with its quote and line', () => {
    const { list } = sheetFor(b, CHECKLIST_TEXT);
    expect(list.rows.map((r) => r.key).slice(0, 7)).toEqual(['及时性', '封面', '目录', '主要职能', '机构设置', '名词解释', '预算编制说明']);
    expect(row(list, '及时性').status).toBe('manual');
    expect(row(list, '封面').status).toBe('manual');
    expect(row(list, '目录').status).toBe('yes');
    expect(row(list, '主要职能').problems.map((p) => [p.rule, p.place])).toEqual([['form-doubled-punctuation', '「。。」（第3行）']]);
    expect(row(list, '机构设置')).toMatchObject({ status: 'yes', problems: [] });
    expect(row(list, '名词解释')).toMatchObject({ status: 'no', problems: [{ rule: 'form-required-section' }] });
    // 100.00 万元 is not the income of the sample's tables (9101.68): the auditor says so too.
    expect(row(list, '预算编制说明').problems.map((p) => p.rule)).toEqual(['narrative-table-mismatch', 'form-comparison-year', 'form-template-leftover', 'form-empty-content']);
    expect(row(list, '其他相关说明')).toMatchObject({ status: 'yes', problems: [] });
    expect(row(list, '项目经费情况说明').problems.map((p) => [p.rule, p.place])).toEqual([['form-sentence-end', '「按季度组织申报」（第15行）']]);
  });

  it('puts each table finding on its table, by title, and a missing table on its own row', () => {
    const { report, list } = sheetFor(broken, null);
    expect(report.findings.length).toBeGreaterThan(0);
    const all = list.rows.flatMap((r) => r.problems);
    expect(all).toHaveLength(report.findings.length);
    for (const f of report.findings.filter((x) => x.sheet)) {
      const r = list.rows.find((x) => x.problems.some((p) => p.message === f.message && p.place === `${f.sheet}${f.cell ? `!${f.cell}` : ''}`))!;
      expect(r.key.startsWith('table:')).toBe(true);
      expect(report.tables.find((t) => `table:${t.kind}` === r.key)!.sheet).toBe(f.sheet);
    }
    expect(row(list, '主要职能')).toMatchObject({ status: 'manual' });
  });

  it('puts a finding on the sheet of a continued part (Sheet2!C5) on the row of its table', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await injectedBytes('c-2024-continued-errors.xlsx')));
    const { report, list } = sheetFor(model, null);
    expect(report.tables.find((t) => t.kind === 'general-expenditure')?.parts?.map((p) => p.sheet)).toEqual(['一般公共预算支出表', '一般公共预算支出表（续）']);
    const general = row(list, 'table:general-expenditure');
    expect(general.status).toBe('no');
    expect(general.problems.map((p) => p.place)).toContain('一般公共预算支出表（续）!C6');
    expect(row(list, '其他问题')?.problems ?? []).toEqual([]);
  });

  it('leaves the profile to the reviewer when the text is only the 编制说明', () => {
    const extract = CHECKLIST_TEXT.split('\n').slice(5).join('\n');
    const { list } = sheetFor(b, extract);
    for (const item of ['主要职能', '机构设置', '名词解释']) expect(row(list, item)).toMatchObject({ status: 'manual', problems: [] });
    expect(row(list, '目录').status).toBe('manual');
    expect(row(list, '预算编制说明').status).toBe('no');
  });

  it('marks a submission that could not be read, every item for the reviewer', () => {
    const list = buildChecklist({ file: 'bad.xlsx', report: null, failure: '不是 .xlsx 工作簿' });
    expect(list.rows.every((r) => r.status === 'manual' && r.note.includes('不是 .xlsx 工作簿'))).toBe(true);
  });
});
