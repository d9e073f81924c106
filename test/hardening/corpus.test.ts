// Bad and hostile inputs: every one gets a clear result or reason, within a time limit, and no
// input changes. The counts are written to artifacts/reliability.json for docs/reliability.md.
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChecks } from '../../src/core/checks';
import { parseWorkbook } from '../../src/core/model/parse';
import { renderHtml, renderText } from '../../src/core/narrative/doc';
import { draftNarrative } from '../../src/core/narrative/draft';
import { htmlReport } from '../../src/cli/reports';
import { docxBytes } from '../../src/word/docx';
import { wordHtml } from '../../src/word/html';
import { readWorkbookBytes, WorkbookReadError } from '../../src/xlsx/read';
import { buildBadInputs, XSS } from '../../scripts/bad-inputs';
import JSZip from 'jszip';
import { applyHighlightsIn, clearHighlightsIn, type BackupStore } from '../../src/excel/excel';
import type { Backup } from '../../src/excel/highlights';
import { FakeWorkbook } from '../excel/fake-excel';

const ROOT = path.join(__dirname, '..', '..');
let dir: string;
let files: string[];

const sums = (d: string) => Object.fromEntries(fs.readdirSync(d).map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(d, f))).digest('hex')]));

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bad-'));
  files = await buildBadInputs(path.join(dir, 'in'));
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Result = { file: string; error?: string; reason?: string; tables?: unknown[]; narrative?: { claims: number } };

describe('bad and hostile inputs', () => {
  const stats = { inputs: 0, crashed: 0, hung: 0, changed: 0, seconds: 0 };

  it('never crashes or hangs the batch: each file gets a result or a reason, inputs unchanged', () => {
    const before = sums(path.join(dir, 'in'));
    const listing = fs.readdirSync(dir).sort();
    const t = Date.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), 'check', path.join(dir, 'in'), '--format', 'json', '--report', path.join(dir, 'report.html'), '--timeout', '120'], { encoding: 'utf8', timeout: 300_000, maxBuffer: 512 * 1024 * 1024 });
    stats.seconds = (Date.now() - t) / 1000;
    expect(r.status).toBe(2);
    const results = JSON.parse(r.stdout) as Result[];
    const workbooks = files.filter((f) => /\.(xlsx|xls|et)$/.test(f));
    stats.inputs = files.length;
    expect(results.map((x) => x.file).sort()).toEqual(workbooks);
    stats.crashed = results.filter((x) => x.reason === 'failed').length;
    stats.hung = results.filter((x) => x.reason === 'timeout').length;
    expect(stats.crashed).toBe(0);
    expect(stats.hung).toBe(0);
    const by = Object.fromEntries(results.map((x) => [x.file, x]));
    expect(by['truncated.xlsx'].reason).toBe('corrupt');
    expect(by['corrupt.xlsx'].reason).toBe('corrupt');
    expect(by['renamed-text.xlsx'].reason).toBe('not-a-workbook');
    expect(by['password.xlsx'].reason).toBe('encrypted');
    expect(by['password-97.xls'].reason).toBe('encrypted');
    expect(by['encrypted-package.xlsx'].reason).toBe('encrypted');
    expect(by['wps.et'].reason).toBe('unsupported');
    expect(by['legacy-97.xls'].tables).toHaveLength(10);
    expect(by['empty-workbook.xlsx'].reason).toBe('no-tables');
    expect(by['only-a-picture.xlsx'].reason).toBe('no-tables');
    expect(by['used-range-to-XFD1048576.xlsx'].tables).toHaveLength(1);
    expect(by['rows-100000.xlsx'].tables).toHaveLength(1);
    expect(by['two-tables-same-title.xlsx'].tables).toHaveLength(2);
    expect(by['formula-errors-and-text.xlsx'].tables).toHaveLength(10);
    expect(by['good-gbk.xlsx'].narrative!.claims).toBe(5);
    expect(by['good-utf16.xlsx'].narrative!.claims).toBe(5);
    expect(by['good-1mb-line.xlsx'].narrative!.claims).toBeGreaterThan(50_000);
    const after = sums(path.join(dir, 'in'));
    stats.changed = Object.keys(before).filter((f) => before[f] !== after[f]).length;
    expect(stats.changed).toBe(0);
    // The only file written is the report asked for.
    expect(fs.readdirSync(dir).sort()).toEqual([...listing, 'report.html'].sort());
    // The report escapes what the cells say.
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('alert(2)</script>');
    fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'artifacts', 'reliability.json'), JSON.stringify(stats, null, 2));
  }, 300_000);

  it('renders hostile cell text as text in the draft, the HTML exports and the .docx', async () => {
    const grid = await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, 'in', 'hostile-text.xlsx'))));
    const model = parseWorkbook(grid);
    expect(model.tables.length).toBeGreaterThan(0);
    const doc = draftNarrative({ model, unit: { name: XSS } });
    expect(renderText(doc)).toContain(XSS); // plain text keeps it as written
    for (const html of [renderHtml(doc), wordHtml(doc)]) {
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    }
    const zip = await JSZip.loadAsync(await docxBytes(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x');
    const report = htmlReport([{ schema: 1, file: `${XSS}.xlsx`, error: XSS, reason: 'corrupt' }], 'zh');
    expect(report).not.toContain('<img');
  });

  it('reads every workbook of the corpus in process without an unhandled exception', async () => {
    for (const f of files.filter((x) => /\.(xlsx|xls)$/.test(x))) {
      try {
        const grid = await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, 'in', f))));
        const model = parseWorkbook(grid);
        runChecks(model);
        if (model.tables.length) renderText(draftNarrative({ model }));
      } catch (e) {
        expect({ file: f, error: e instanceof WorkbookReadError }).toEqual({ file: f, error: true });
      }
    }
  }, 120_000);

  it('checks, highlights and restores every readable workbook of the corpus without changing a value', async () => {
    let tried = 0;
    for (const f of files.filter((x) => /\.(xlsx|xls)$/.test(x))) {
      let grid;
      try {
        grid = await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, 'in', f))));
      } catch {
        continue;
      }
      tried++;
      const wb = FakeWorkbook.fromGrid(grid);
      wb.sheets.forEach((s, i) => s.fills.set('A1', i % 2 ? '#112233' : '#FFFFFF'));
      const before = wb.snapshot();
      // Excel reports no fill as white, so a highlighted white cell is restored as no fill.
      const shown = () => JSON.stringify(wb.sheets.map((s) => [...s.fills.entries()].filter(([, c]) => c !== '#FFFFFF')));
      const fills = shown();
      let saved: Backup | null = null;
      const store: BackupStore = { load: async () => saved, save: async (b) => void (saved = b) };
      const findings = runChecks(parseWorkbook(grid));
      const ctx = () => wb.context() as unknown as Excel.RequestContext;
      await applyHighlightsIn(ctx(), findings, store, { supports: () => true });
      await clearHighlightsIn(ctx(), store);
      expect({ f, same: wb.snapshot() === before }).toEqual({ f, same: true });
      expect({ f, fills: shown() }).toEqual({ f, fills });
      expect(wb.notes.size).toBe(0);
    }
    expect(tried).toBeGreaterThanOrEqual(9);
  }, 120_000);
});
