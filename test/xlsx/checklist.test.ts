// The check sheet read back: every finding of the report (tables and text) is in its
// submission's sheet with its place, the reviewer's items are there, the summary counts them.
import ExcelJS from 'exceljs';
import { buildChecklist } from '../../src/core/checklist';
import { runChecks } from '../../src/core/checks';
import { parseWorkbook } from '../../src/core/model/parse';
import { auditNarrative } from '../../src/core/narrative/audit';
import { buildReport } from '../../src/core/report';
import { checklistWorkbook } from '../../src/xlsx/checklist';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { CHECKLIST_TEXT } from '../core/checklist-fixture';
import { injectedBytes } from '../helpers/samples';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out;
};

describe('the check sheet workbook', () => {
  it('holds every finding of the report at its place, item by item, and a summary', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await injectedBytes('b-2025-errors.xlsx')));
    const report = buildReport('b-2025-errors.xlsx', model, runChecks(model));
    const result = auditNarrative({ text: CHECKLIST_TEXT, model });
    const list = buildChecklist({ file: 'b-2025-errors.xlsx', report, narrative: { file: 'b-2025.txt', text: CHECKLIST_TEXT, result } });
    const failed = buildChecklist({ file: 'notes.xlsx', report: null, failure: '不是 .xlsx 工作簿' });
    const wb = await readBack(await checklistWorkbook([list, failed]));

    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', `1-${report.unitName}`.slice(0, 28), '2-notes']);
    const sheet = wb.worksheets[1];
    const cells = texts(sheet);
    expect(report.findings.length + result.findings.length).toBeGreaterThan(10);
    for (const f of report.findings) expect(cells.some((c) => c.includes(f.message) && (!f.cell || c.includes(`${f.sheet}!${f.cell}`)))).toBe(true);
    for (const f of result.findings) expect(cells.some((c) => c.includes(f.message) && c.includes(`「${f.quote}」`))).toBe(true);

    // The reviewer's layout: one row per item with 是/否/待人工判断.
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push([1, 2, 3].map((i) => String(row.getCell(i).value ?? ''))));
    const byItem = new Map(rows.map((r) => [r[1], r[2]]));
    expect(byItem.get('及时性')).toBe('待人工判断');
    expect(byItem.get('封面')).toBe('待人工判断');
    expect(byItem.get('目录')).toBe('是');
    expect(byItem.get('名词解释')).toBe('否');
    expect(byItem.get('预算编制说明')).toBe('否');
    for (const t of report.tables) expect(byItem.has(t.title)).toBe(true);

    // The summary: one row per submission, the counts by item add up to the problems listed.
    const summary = wb.worksheets[0];
    const head = (summary.getRow(2).values as unknown[]).map(String);
    const first = (summary.getRow(3).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
    const total = Number(first[head.indexOf('问题合计')]);
    expect(total).toBe(list.rows.reduce((s, r) => s + r.problems.filter((p) => p.severity !== 'info').length, 0));
    expect(first[head.indexOf('及时性')]).toBe('待人工判断');
    expect(first[head.indexOf('名词解释')]).toBe('1');
    // Printed legibly: the title rows and the first two columns on every page, wide summaries over several pages.
    expect(summary.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:2', printTitlesColumn: 'A:B' });
    const printed = summary.columns.reduce((w, c) => w + (c.width ?? 0), 0);
    expect(summary.pageSetup.fitToWidth).toBe(Math.ceil(printed / 165));
    expect(summary.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(String(summary.getRow(4).getCell(6).value)).toMatch(/无法检查：不是 \.xlsx 工作簿/);
  });

  it('writes English headings on request', async () => {
    const list = buildChecklist({ file: 'x.xlsx', report: null, failure: 'not an .xlsx workbook', lang: 'en-US' });
    const wb = await readBack(await checklistWorkbook([list], 'en-US'));
    expect(wb.worksheets[0].name).toBe('Summary');
    expect(texts(wb.worksheets[1])).toEqual(expect.arrayContaining(['Timeliness', 'For the reviewer']));
  });
});
