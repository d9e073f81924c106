// budget-check round, in-process on workbooks written by exceljs: the new file has the balanced
// figures, 万元 labels and two-decimal formats; layout, merges, other sheets and the input file
// are untouched; messages in Chinese and English; bad options are refused.
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { resaveAs } from '../helpers/samples';

let dir: string;
let input: string;

/** 支出总表 in 元 (title merged, 合计 as a formula, one shared style), a 三公 table in 万元, a notes sheet. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出总表');
  ws.addRow(['2025年部门支出总表']);
  ws.mergeCells('A1:D1');
  ws.addRow(['单位名称：示例单位', null, null, '单位：元']);
  ws.addRow(['科目编码', '科目名称', '合计', '占比（%）']);
  ws.addRow([null, '合计', { formula: 'SUM(C5:C7)', result: 73335 }, 100]);
  ws.addRow(['201', '一般公共服务支出', 14449, 19.7]);
  ws.addRow(['208', '社会保障和就业支出', 24441, 33.33]);
  ws.addRow(['210', '卫生健康支出', 34445, 46.97]);
  const style = { numFmt: '#,##0.00', font: { name: '宋体', bold: true } };
  for (let r = 4; r <= 7; r++) ws.getCell(`C${r}`).style = style;
  const tp = wb.addWorksheet('三公');
  tp.addRow(['2025年“三公”经费支出表']);
  tp.addRow(['单位名称：示例单位', null, '单位：万元']);
  tp.addRow(['合计', '因公出国（境）费', '公务接待费']);
  tp.addRow([3.45, 1.2, 2.25]);
  tp.getCell('A4').style = style; // the same style object as the converted cells
  wb.addWorksheet('说明').addRow(['本表由示例单位编制。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-round-'));
  input = path.join(dir, '预算.xlsx');
  fs.writeFileSync(input, await workbook());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const hash = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('budget-check round', () => {
  it('writes a balanced 万元 workbook and leaves the input alone', async () => {
    const before = hash(input);
    const out = path.join(dir, '预算-万元.xlsx');
    const r = await run('round', input, '--to', '万元', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(r.out).toContain('元 → 万元');
    expect(r.out).toContain('调整了 1 个单元格');
    expect(r.out).toContain('支出总表!C5');
    expect(r.out).toContain('复核：输出工作簿以容差 0 检查，没有输入中原本不存在的问题。');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('支出总表')!;
    expect(['C4', 'C5', 'C6', 'C7'].map((a) => ws.getCell(a).value)).toEqual([7.33, 1.45, 2.44, 3.44]);
    expect(ws.getCell('C5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C5').font?.name).toBe('宋体');
    expect(ws.getCell('D5').value).toBe(19.7); // a rate: not money
    expect(ws.getCell('D2').value).toBe('单位：万元');
    expect(ws.getCell('A2').value).toBe('单位名称：示例单位');
    expect((ws.model as { merges?: string[] }).merges).toEqual(['A1:D1']);
    const tp = wb.getWorksheet('三公')!;
    expect(tp.getCell('A4').value).toBe(3.45);
    expect(tp.getCell('C2').value).toBe('单位：万元');
    expect(wb.getWorksheet('说明')!.getCell('A1').value).toBe('本表由示例单位编制。');

    // Checked again from the file: no sum is off, not even by rounding (only the missing tables are reported).
    const check = JSON.parse((await run('check', out, '--tolerance', '0', '--format', 'json')).out);
    expect(check.findings.filter((f: { rule: string }) => f.rule !== 'table-missing')).toEqual([]);
  }, 60_000);

  it('rounds a legacy .xls workbook into a new .xlsx and says what is not kept', async () => {
    const xls = path.join(dir, '预算.xls');
    fs.writeFileSync(xls, resaveAs(new Uint8Array(fs.readFileSync(input)), 'xls'));
    const before = hash(xls);
    const out = path.join(dir, '预算-xls-万元.xlsx');
    const r = await run('round', xls, '--to', '万元', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('输入是 .xls 工作簿');
    expect(hash(xls)).toBe(before);
    expect(r.out).toContain('支出总表!C5');
    expect(r.out).toContain('复核：输出工作簿以容差 0 检查，没有输入中原本不存在的问题。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('支出总表')!;
    expect(['C4', 'C5', 'C6', 'C7'].map((a) => ws.getCell(a).value)).toEqual([7.33, 1.45, 2.44, 3.44]);
    expect(ws.getCell('D2').value).toBe('单位：万元');
    expect((ws.model as { merges?: string[] }).merges).toEqual(['A1:D1']);
    expect(wb.getWorksheet('说明')!.getCell('A1').value).toBe('本表由示例单位编制。');
    const en = await run('round', xls, '--out', path.join(dir, 'xls-en.xlsx'), '--lang', 'en');
    expect(en.err).toContain('fonts, borders and fills are not kept');
  }, 60_000);

  it('reports in JSON and in English', async () => {
    const out = path.join(dir, 'json.xlsx');
    const r = await run('round', input, '--out', out, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ schema: 1, to: '万元', decimals: 2, figures: 4, broken: [], leftOff: [], verification: { tolerance: '0', findings: [] } });
    expect(json.adjusted).toEqual([expect.objectContaining({ sheet: '支出总表', cell: 'C5', exact: '1.4449', halfUp: '1.44', value: '1.45' })]);
    const en = await run('round', input, '--out', path.join(dir, 'en.xlsx'), '--lang', 'en', '--to', '千元');
    expect(en.code).toBe(0);
    expect(en.out).toContain('元 → 千元');
    expect(en.out).toContain('Verified: checked with tolerance 0, the output workbook has no finding the input did not have.');
  }, 60_000);

  it('refuses bad options with a clear message', async () => {
    expect((await run('round', input, '--to', '亿元', '--out', path.join(dir, 'x.xlsx'))).err).toContain('--to 须为 万元 或 千元');
    expect((await run('round', input)).err).toContain('--out');
    expect((await run('round', input, '--out', input)).err).toContain('不能是输入文件本身');
    expect((await run('round', input, '--out', path.join(dir, 'x.csv'), '--lang', 'en')).err).toContain('must be .xlsx');
    expect((await run('round', input, '--decimals', '9', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
  });
});
