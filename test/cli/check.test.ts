// budget-check check, run in-process on sample files written to a temporary folder.
import Ajv from 'ajv';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { INJECTIONS, injectedBytes, reportsInjection, resaveAs, sampleBytes } from '../helpers/samples';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-'));
  for (const s of ['a-2019', 'a-2018', 'b-2025', 'c-2024', 'd-2025', 'd-2025-nested', 'd-2025-breakdowns', 'e-2024-final', 'c-2024-continued', 'b-2025-continued'] as const) fs.writeFileSync(path.join(dir, `${s}.xlsx`), await sampleBytes(s));
  for (const set of INJECTIONS) fs.writeFileSync(path.join(dir, set.file), await injectedBytes(set.file));
  fs.writeFileSync(path.join(dir, 'notes.xlsx'), 'this is not a workbook');
  fs.writeFileSync(path.join(dir, 'a-2019-errors.xls'), resaveAs(await injectedBytes('a-2019-errors.xlsx'), 'xls'));
  fs.writeFileSync(path.join(dir, 'wps.et'), 'a WPS spreadsheet');
  // Writing a dozen sample workbooks takes a while on a busy machine.
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

type Json = { findings: { rule: string; severity: string; sheet: string; cell: string | null; related: string[] }[]; tables: { kind: string }[] };

describe('budget-check check', () => {
  it.each(['a-2019', 'a-2018', 'b-2025', 'c-2024', 'd-2025', 'd-2025-nested', 'd-2025-breakdowns', 'e-2024-final', 'c-2024-continued', 'b-2025-continued'])('finds no error in sample %s, and its JSON validates', async (name) => {
    const r = await run('check', path.join(dir, `${name}.xlsx`), '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(validate(json)).toBe(true);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(INJECTIONS.map((s) => [s.file, s] as const))('reports every error injected in %s on its cell or as related to a total', async (file, set) => {
    const r = await run('check', path.join(dir, file), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as Json;
    expect(validate(json)).toBe(true);
    for (const inj of set.injections) {
      const at = `${inj.sheet}!${inj.cell}${inj.rule ? ` (${inj.rule})` : ''}`;
      expect({ injected: at, reported: reportsInjection(json.findings, inj) }).toEqual({ injected: at, reported: true });
    }
  });

  it('writes a Chinese text report grouped by table, and English with --lang en', async () => {
    const zh = await run('check', path.join(dir, 'a-2019-errors.xlsx'));
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('部门预算公开表格校验报告');
    expect(zh.out).toContain('【部门收支总表】');
    expect(zh.out).toMatch(/共发现 错误 \d+ 个/);
    const en = await run('check', path.join(dir, 'a-2019-errors.xlsx'), '--lang', 'en');
    expect(en.out).toContain('Department budget disclosure check');
    expect(en.out).not.toMatch(/收入方|应为/);
  });

  it('checks an .xls workbook as the same workbook saved as .xlsx', async () => {
    const xlsx = await run('check', path.join(dir, 'a-2019-errors.xlsx'), '--format', 'json');
    const xls = await run('check', path.join(dir, 'a-2019-errors.xls'), '--format', 'json');
    expect(xls.code).toBe(xlsx.code);
    const strip = (s: string) => ({ ...JSON.parse(s), file: null });
    expect(strip(xls.out)).toEqual(strip(xlsx.out));
    expect(JSON.parse(xls.out).findings.length).toBeGreaterThan(0);
  });

  it('exits 2 with a one-line reason for unusable input', async () => {
    for (const [args, zh] of [
      [['check', path.join(dir, 'missing.xlsx')], '找不到文件'],
      [['check', path.join(dir, 'notes.xlsx')], '不是 Excel 工作簿'],
      [['check', path.join(dir, 'wps.et')], '请在 WPS 中“另存为” Excel 工作簿（.xlsx）'],
      [['check'], '请指定要检查的工作簿文件'],
      [['check', path.join(dir, 'a-2019.xlsx'), '--tolerance', 'abc'], '容差必须是非负数'],
      [['check', path.join(dir, 'a-2019.xlsx'), '--format', 'xml'], '选项无效'],
      [['check', path.join(dir, 'a-2019.xlsx'), '--bogus'], '选项无效'],
      [['frobnicate'], '未知命令'],
    ] as [string[], string][]) {
      const r = await run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain(zh);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    const en = await run('check', path.join(dir, 'missing.xlsx'), '--lang', 'en');
    expect(en.err).toContain('File not found');
  });

  it('says when a workbook holds no budget table', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['这里没有预算表']);
    const file = path.join(dir, 'none.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有识别出部门预算表格（工作表：说明）');
  });

  it('applies --tolerance in each table’s unit', async () => {
    const loose = await run('check', path.join(dir, 'a-2019-errors.xlsx'), '--format', 'json', '--tolerance', '10');
    const json = JSON.parse(loose.out) as Json;
    // Every injected difference in (a) is under 10 万元, so all become rounding notes.
    expect(json.findings.filter((f) => f.severity === 'error' && f.rule !== 'three-public-sum')).toEqual([]);
  });
});

describe('budget-check check --checklist', () => {
  it('writes the check sheet of one file with its text, and says what a bad option is', async () => {
    const { CHECKLIST_TEXT } = await import('../core/checklist-fixture');
    const ExcelJS = (await import('exceljs')).default;
    fs.writeFileSync(path.join(dir, 'b-2025.txt'), CHECKLIST_TEXT);
    const out = path.join(dir, 'sheet.xlsx');
    const r = await run('check', path.join(dir, 'b-2025.xlsx'), '--narrative', path.join(dir, 'b-2025.txt'), '--checklist', out, '--format', 'json', '--document-type', 'unit');
    expect(r.err).toMatch(/已写出检查表/);
    const json = JSON.parse(r.out) as { narrative: { findings: { rule: string; quote: string; message: string }[] } };
    // The setting makes it a unit's text: its 本部门 and 部门预算 are flagged.
    expect(json.narrative.findings.filter((f) => f.rule === 'form-document-type').map((f) => f.quote)).toEqual(['本部门', '部门预算', '本部门']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: string[] = [];
    wb.worksheets[1].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    for (const f of json.narrative.findings) expect(cells.some((c) => c.includes(`「${f.quote}」`) && c.includes(f.message))).toBe(true);
    expect((await run('check', path.join(dir, 'b-2025.xlsx'), '--document-type', 'office')).err).toMatch(/--document-type 须为 department（部门）或 unit（单位）：office/);
    expect((await run('check', path.join(dir, 'b-2025.xlsx'), '--checklist', 'out.csv')).code).toBe(2);
  });

  it('puts the findings on a continued part on the row of its table, with the part sheet as the place', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = path.join(dir, 'continued-sheet.xlsx');
    const r = await run('check', path.join(dir, 'b-2025-continued-errors.xlsx'), '--checklist', out);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[][] = [];
    wb.worksheets[1].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const general = rows.find((row) => row.some((c) => c.includes('一般公共预算支出功能分类预算表')) && row.some((c) => c === '否'));
    expect(general?.join(' ')).toContain('一般公共预算支出功能分类预算表（2）!E6');
    expect(rows.filter((row) => row.some((c) => c.includes('其他问题'))).every((row) => !row.join(' ').includes('（2）!'))).toBe(true);
  });
});
