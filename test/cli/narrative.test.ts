// budget-check draft / audit / check --narrative, in-process.
import Ajv from 'ajv';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { REFERENCE_MISTAKES, REFERENCE_TEXT } from '../core/narrative/reference-text';
import { sampleBytes } from '../helpers/samples';

// The reference text is an abridged publication: its form findings (missing parts) are tested with the form rules.
const arithmetic = (fs: { rule: string; quote: string; offset: number }[]) => fs.filter((f) => !f.rule.startsWith('form-'));

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-narrative-'));
  for (const s of ['a-2019', 'a-2018'] as const) fs.writeFileSync(path.join(dir, `${s}.xlsx`), await sampleBytes(s));
  fs.writeFileSync(path.join(dir, 'text.txt'), REFERENCE_TEXT);
  // The same text as UTF-16LE with a BOM.
  fs.writeFileSync(path.join(dir, 'text16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REFERENCE_TEXT, 'utf16le')]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('budget-check draft', () => {
  it('writes the draft as text, or HTML with --out, and says how many places to fill', async () => {
    const txt = await run('draft', path.join(dir, 'a-2019.xlsx'), '--prior', path.join(dir, 'a-2018.xlsx'));
    expect(txt.code).toBe(0);
    expect(txt.out).toContain('收、支总计各增加687.47万元，增长675.45%');
    const file = path.join(dir, 'draft.html');
    const html = await run('draft', path.join(dir, 'a-2019.xlsx'), '--out', file);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<p style="[^"]*font-family:'仿宋_GB2312'/);
    expect(html.err).toMatch(/已写出 .*draft\.html，其中有 \d+ 处待填写的内容/);
    const bad = await run('draft', path.join(dir, 'a-2019.xlsx'), '--out', path.join(dir, 'x.pdf'));
    expect(bad.code).toBe(2);
  }, 30_000); // the first draft loads the drafter and the .docx writer on demand
});

describe('budget-check audit', () => {
  it('audits a text alone, in JSON with quotes and offsets', async () => {
    const r = await run('audit', path.join(dir, 'text.txt'), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.schema).toBe(1);
    expect(arithmetic(json.narrative.findings).map((f: { quote: string }) => f.quote)).toEqual(REFERENCE_MISTAKES.map((m) => m.quote));
    for (const f of json.narrative.findings) expect(REFERENCE_TEXT.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });

  it('reads UTF-16 text and audits against a workbook, adding its tables and findings', async () => {
    const r = await run('audit', path.join(dir, 'text16.txt'), '--workbook', path.join(dir, 'a-2019.xlsx'), '--prior', path.join(dir, 'a-2018.xlsx'), '--format', 'json');
    const json = JSON.parse(r.out);
    expect(arithmetic(json.narrative.findings)).toHaveLength(REFERENCE_MISTAKES.length);
    expect(json.tables).toHaveLength(10);
    expect(json.findings).toEqual([]);
  });

  it('checks a workbook with its text: the narrative block of the contract', async () => {
    const r = await run('check', path.join(dir, 'a-2019.xlsx'), '--narrative', path.join(dir, 'text.txt'), '--prior', path.join(dir, 'a-2018.xlsx'), '--format', 'json');
    expect(r.code).toBe(1); // the text has errors, the tables none
    const json = JSON.parse(r.out);
    expect(validate(json)).toBe(true);
    expect(json.narrative.claims).toBeGreaterThan(40);
    expect(arithmetic(json.narrative.findings)).toHaveLength(REFERENCE_MISTAKES.length);
    const text = await run('check', path.join(dir, 'a-2019.xlsx'), '--narrative', path.join(dir, 'text.txt'));
    expect(text.out).toMatch(/情况说明审核：读取数字 \d+ 处(（其中 \d+ 处与表格对应）)?，发现问题 18 个。/);
  });

  it('drafts to .docx and audits the .docx; a damaged .docx gets a clear reason', async () => {
    const docx = path.join(dir, 'draft.docx');
    expect((await run('draft', path.join(dir, 'a-2019.xlsx'), '--prior', path.join(dir, 'a-2018.xlsx'), '--out', docx)).code).toBe(0);
    const r = await run('audit', docx, '--workbook', path.join(dir, 'a-2019.xlsx'), '--prior', path.join(dir, 'a-2018.xlsx'), '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.narrative.claims).toBeGreaterThan(40);
    expect(json.narrative.findings.filter((f: { rule: string; quote: string }) => !(f.rule === 'form-template-leftover' && f.quote.startsWith('【请填写：')))).toEqual([]);
    fs.writeFileSync(path.join(dir, 'x.docx'), 'PK');
    const bad = await run('audit', path.join(dir, 'x.docx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('无法读取 .docx');
  }, 30_000); // the first draft loads the drafter and the .docx writer on demand
});
