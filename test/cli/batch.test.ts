// The reviewers' batch mode, through the compiled command line (its worker threads run the
// compiled code): a folder with good, faulty, corrupt and foreign files.
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REFERENCE_TEXT } from '../core/narrative/reference-text';
import { INJECTIONS, injectedBytes, reportsInjection, resaveAs, sampleBytes } from '../helpers/samples';

const ROOT = path.join(__dirname, '..', '..');

// The batch runs three of the injected samples (every one is checked by test/cli/check.test.ts).
const BATCH_SETS = INJECTIONS.filter((set) => ['a-2019-errors.xlsx', 'b-2025-errors.xlsx', 'c-2024-errors.xlsx'].includes(set.file));
let dir: string;
let inbox: string;
let priorDir: string;

function checksums(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d)) {
      const f = path.join(d, n);
      if (fs.statSync(f).isDirectory()) walk(f);
      else out[path.relative(folder, f)] = createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    }
  };
  walk(folder);
  return out;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  // npm run build:cli: tsc, then the bundle that bin/budget-check.js runs.
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')]);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-cli.js')]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-batch-'));
  inbox = path.join(dir, 'inbox');
  priorDir = path.join(dir, 'prior');
  fs.mkdirSync(path.join(inbox, 'county'), { recursive: true });
  fs.mkdirSync(priorDir);
  fs.writeFileSync(path.join(inbox, 'county', 'yanjin.xlsx'), await sampleBytes('a-2019'));
  fs.writeFileSync(path.join(inbox, 'county', 'yanjin.txt'), REFERENCE_TEXT);
  fs.writeFileSync(path.join(inbox, 'qingshan.xlsx'), await sampleBytes('b-2025'));
  for (const set of BATCH_SETS) fs.writeFileSync(path.join(inbox, set.file), await injectedBytes(set.file));
  fs.writeFileSync(path.join(inbox, 'broken.xlsx'), (await sampleBytes('a-2019')).subarray(0, 2000));
  fs.writeFileSync(path.join(inbox, 'notes.xlsx'), '这不是工作簿');
  fs.writeFileSync(path.join(inbox, 'qingshan-97.xls'), resaveAs(await sampleBytes('b-2025'), 'xls'));
  fs.writeFileSync(path.join(inbox, 'wps.et'), 'a WPS spreadsheet');
  fs.writeFileSync(path.join(inbox, '~$yanjin.xlsx'), 'office lock file');
  // Last year's workbook under another name: found by unit name and year.
  fs.writeFileSync(path.join(priorDir, 'last-year-yanjin.xlsx'), await sampleBytes('a-2018'));
  fs.mkdirSync(path.join(dir, 'clean'));
  fs.writeFileSync(path.join(dir, 'clean', 'a.xlsx'), await sampleBytes('a-2019'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Result = { file: string; error?: string; findings?: { rule: string; severity: string; sheet: string; cell: string; related: string[] }[]; narrative?: { findings: { rule: string; quote: string; message: string }[] }; priorFile?: string | null };

describe('the built command line', () => {
  it('runs from one bundle and the code cache the build warmed', () => {
    // A script file, not node -e: the cache is keyed on Node's options, and -e is one.
    const probe = path.join(dir, 'probe.js');
    fs.writeFileSync(probe, `const l = require(${JSON.stringify(path.join(ROOT, 'bin', 'budget-check.js'))}).load(); process.stdout.write(JSON.stringify({ cached: l.cached, rejected: l.script.cachedDataRejected, main: typeof l.cli.main }))`);
    const r = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ cached: true, rejected: false, main: 'function' });
  });
});

describe('budget-check check <folder>', () => {
  let json: Result[];
  let before: Record<string, string>;

  beforeAll(() => {
    before = checksums(inbox);
  });

  it('checks every workbook in parallel and reports each file, unreadable ones with their reason', () => {
    const r = cli('check', inbox, '--prior-dir', priorDir, '--format', 'json', '--report', path.join(dir, 'report.xlsx'), '--jobs', '2');
    expect(r.code).toBe(2);
    json = JSON.parse(r.out);
    expect(json.map((x) => x.file).sort()).toEqual(['a-2019-errors.xlsx', 'b-2025-errors.xlsx', 'c-2024-errors.xlsx', 'broken.xlsx', path.join('county', 'yanjin.xlsx'), 'notes.xlsx', 'qingshan-97.xls', 'qingshan.xlsx', 'wps.et'].sort());
    const byFile = Object.fromEntries(json.map((x) => [x.file, x]));
    expect(byFile['broken.xlsx'].error).toMatch(/工作簿已损坏/);
    expect(byFile['notes.xlsx'].error).toMatch(/不是 Excel 工作簿/);
    expect(byFile['wps.et'].error).toMatch(/不读取这种格式的文件.*另存为 Excel 工作簿（.xlsx）（.et）/);
    expect(byFile['qingshan-97.xls'].findings).toEqual(byFile['qingshan.xlsx'].findings);
    expect(byFile['qingshan.xlsx'].findings!.filter((f) => f.severity === 'error')).toEqual([]);
    // The text beside the workbook is audited, against last year's workbook found by unit and year.
    const yanjin = byFile[path.join('county', 'yanjin.xlsx')];
    expect(yanjin.narrative!.findings.filter((f) => !f.rule.startsWith('form-'))).toHaveLength(13);
    expect(yanjin.priorFile).toBe(path.join(priorDir, 'last-year-yanjin.xlsx'));
    for (const set of BATCH_SETS) {
      for (const inj of set.injections) expect({ inj, reported: reportsInjection(byFile[set.file].findings!, inj) }).toEqual({ inj, reported: true });
    }
    expect(r.err).toMatch(/\[9\/9\]/);
  }, 120_000);

  it('writes a report workbook with a summary and a findings sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(1).values).toEqual([undefined, '文件', '单位', '年度', '表格数', '错误', '警告', '提示', '状态']);
    expect(summary.rowCount).toBe(1 + 9);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.autoFilter).toBeTruthy();
    const findings = wb.getWorksheet('问题清单')!;
    const expected = json.reduce((n, x) => n + (x.findings?.length ?? 0) + (x.narrative?.findings.length ?? 0), 0);
    expect(findings.rowCount).toBe(1 + expected);
  });

  it('writes a self-contained HTML report and a readable summary table', () => {
    const r = cli('check', inbox, '--report', path.join(dir, 'report.html'), '--lang', 'en');
    expect(r.code).toBe(2);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|@import|https?:\/\//i);
    expect(html).toContain('<table id="findings">');
    expect(r.out).toMatch(/File\s+Unit\s+Year\s+Tables\s+Errors/);
    expect(r.out).toMatch(/9 files: 4 with errors, 3 unreadable/);
  }, 120_000);

  it('exits 1 when every file is readable and one has errors, 0 when all are clean', () => {
    expect(cli('check', path.join(inbox, 'qingshan.xlsx'), path.join(inbox, 'a-2019-errors.xlsx')).code).toBe(1);
    // A text with errors beside a clean workbook is an error too.
    expect(cli('check', path.join(inbox, 'qingshan.xlsx'), path.join(inbox, 'county')).code).toBe(1);
    expect(cli('check', path.join(inbox, 'qingshan.xlsx'), path.join(dir, 'clean')).code).toBe(0);
  }, 120_000);

  it('writes the check sheet: a summary and one sheet per file with every finding at its place', async () => {
    const out = path.join(dir, '检查表.xlsx');
    const r = cli('check', inbox, '--prior-dir', priorDir, '--format', 'json', '--checklist', out, '--jobs', '2');
    expect(r.err).toMatch(/已写出检查表/);
    const results: Result[] = JSON.parse(r.out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets).toHaveLength(results.length + 1);
    const sheetText = (i: number) => {
      const cells: string[] = [];
      wb.worksheets[i].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
      return cells;
    };
    // The summary lists the submissions in the order of the sheets.
    const summary = sheetText(0);
    results.forEach((res, i) => {
      expect(summary).toContain(res.file);
      const cells = sheetText(i + 1);
      expect(cells).toContain(res.file);
      for (const f of res.findings ?? []) expect(cells.some((c) => c.includes(f.cell ? `${f.sheet}!${f.cell}` : '') && c.includes((f as unknown as { message: string }).message))).toBe(true);
      for (const f of res.narrative?.findings ?? []) expect(cells.some((c) => c.includes(`「${f.quote}」`) && c.includes(f.message))).toBe(true);
      if (res.error) expect(cells.some((c) => c.includes(res.error!))).toBe(true);
    });
  }, 120_000);

  it('stops a file that takes longer than --timeout, replaces its worker and goes on', () => {
    // No workbook is read and checked in a millisecond: every file times out, each on a fresh worker.
    const r = cli('check', inbox, '--prior-dir', priorDir, '--format', 'json', '--timeout', '0.001', '--jobs', '2');
    expect(r.code).toBe(2);
    const results: (Result & { reason?: string })[] = JSON.parse(r.out);
    expect(results).toHaveLength(9);
    for (const x of results) expect(x).toMatchObject({ reason: 'timeout', error: expect.stringMatching(/处理超时/) });
    expect(r.err).toMatch(/\[9\/9\]/);
  }, 120_000);

  it('never modifies an input', () => {
    expect(checksums(inbox)).toEqual(before);
  });
});
