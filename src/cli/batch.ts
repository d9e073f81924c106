// Reviewers' batch mode: every workbook (.xlsx, .xlsm, .xls) under the folders and files given,
// each with its text (same base name, .txt) and last year's workbook (--prior-dir, same base
// name, else the same unit of the previous year), checked in parallel; a summary table and
// optional reports.
import { existsSync, readdirSync, statSync } from 'fs';
import { writeFile } from 'fs/promises';
import { availableParallelism, loadavg } from 'os';
import * as path from 'path';
import type { Lang } from '../core/checks/types';
import { isFailure, type FileJob, type FileResult, type PriorCandidate } from './check-file';
import { CLI_MESSAGES, type CliLang } from './messages';
import { checkFailure, unknownIdentity, WorkerPool } from './pool';
import { htmlReport, summaryRows, xlsxReport } from './reports';
import type { DocumentType } from '../core/narrative/document-type';

export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly priorDir?: string;
  readonly report?: string;
  /** The reviewer's check sheet (.xlsx). */
  readonly checklist?: string;
  readonly documentType?: DocumentType | null;
  readonly format: 'text' | 'json';
  readonly jobs?: number;
  readonly tolerance?: string;
  readonly timeoutMs?: number;
  readonly lang: CliLang;
  readonly tty: boolean;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/**
 * Every workbook under the inputs (folders recursively), in a stable order: .xlsx, .xlsm, .xls;
 * .et and .numbers too, so that the summary says they were not read. Office lock files skipped.
 */
export function collectWorkbooks(inputs: readonly string[]): { file: string; display: string }[] {
  const out: { file: string; display: string }[] = [];
  const walk = (dir: string, base: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      // A .numbers document may be a folder (a macOS package): it is listed, not walked.
      if (statSync(full).isDirectory() && !/\.numbers$/i.test(name)) walk(full, base);
      else if (/\.(xlsx|xlsm|xls|et|ett|numbers)$/i.test(name) && !name.startsWith('~$')) out.push({ file: full, display: path.relative(base, full) || name });
    }
  };
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).isDirectory() && !/\.numbers$/i.test(input)) walk(input, input);
    else out.push({ file: input, display: input });
  }
  return out;
}

function sibling(file: string, exts: string[]): string | null {
  const stem = file.replace(/\.[^.\\/]+$/, '');
  for (const ext of exts) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

/**
 * Last year's workbook of each file: the same base name in the prior folder, else the prior
 * folder's workbook of the same unit and the year before. The second needs every prior workbook's
 * unit and year, read once by the workers (only when some file has no namesake), and the file's
 * own, which its worker knows once it has read the file: it picks from the index then.
 */
async function priorsOf(priorDir: string | undefined, files: readonly string[], pool: WorkerPool, lanes: number): Promise<{ prior?: string; priorIndex?: PriorCandidate[] }[]> {
  if (!priorDir) return files.map(() => ({}));
  const candidates = collectWorkbooks([priorDir]);
  const byName = new Map<string, string>();
  for (const c of candidates) if (!byName.has(path.basename(c.file))) byName.set(path.basename(c.file), c.file);
  const named = files.map((f) => byName.get(path.basename(f)));
  if (named.every((f) => f !== undefined)) return named.map((prior) => ({ prior }));
  const identities = await pool.run(
    candidates.map((c) => ({ identify: c.file })),
    lanes,
    unknownIdentity,
  );
  const priorIndex = candidates.map((c, i) => ({ file: c.file, ...identities[i] }));
  return named.map((prior) => (prior !== undefined ? { prior } : { priorIndex }));
}

/**
 * Worker threads when --jobs is not given. A worker starts from the bundle and its code cache in
 * about 0.1 s of CPU plus V8's warm-up, so a small batch keeps to one. A larger one uses every
 * core unless the machine is oversubscribed: the load average counts the reviewer's own previous
 * runs too, so a load up to one more than the cores still leaves a second worker a gain (measured
 * 0.79–0.88 of --jobs 1 at load 2–2.6 on 2 cores), while on a saturated machine Linux shares CPU
 * between sessions, not threads, and extra workers only add their start (1.2–1.4× at load 20).
 */
export function defaultJobs(files: number, cores: number = availableParallelism(), load: number = loadavg()[0]): number {
  if (files < 16) return 1;
  if (load <= cores + 1) return cores;
  return Math.max(1, Math.min(cores, Math.ceil(2 * cores - load)));
}

export async function runBatch(o: BatchOptions): Promise<number> {
  const t = CLI_MESSAGES[o.lang];
  const lang: Lang = o.lang === 'en' ? 'en-US' : 'zh-CN';
  const pool = new WorkerPool(o.timeoutMs ?? 120_000);
  // The first worker loads while the files are listed.
  pool.prestart();
  let results: FileResult[];
  const started = Date.now();
  try {
    const files = collectWorkbooks(o.inputs);
    const lanes = o.jobs ?? defaultJobs(files.length);
    const present = files.filter((f) => existsSync(f.file));
    const priors = await priorsOf(o.priorDir, present.map((f) => f.file), pool, lanes);
    const priorOfFile = new Map(present.map((f, i) => [f, priors[i]]));
    const jobs: FileJob[] = files.map((f) => {
      const prior = priorOfFile.get(f);
      if (!prior) return { file: f.file, display: f.display, lang };
      return { file: f.file, display: f.display, narrative: sibling(f.file, ['.txt', '.TXT', '.docx', '.DOCX']), prior: prior.prior ?? null, ...(prior.priorIndex ? { priorIndex: prior.priorIndex } : {}), tolerance: o.tolerance, lang, documentType: o.documentType ?? null };
    });
    let done = 0;
    results = await pool.run(
      jobs.map((check) => ({ check })),
      lanes,
      checkFailure,
      (r) => {
        done++;
        const status = isFailure(r) ? `✗ ${r.error}` : `${r.summary.errors} / ${r.summary.warnings}`;
        if (o.tty) o.err(`\r\x1b[K[${done}/${jobs.length}] ${r.file}`);
        else o.err(`[${done}/${jobs.length}] ${r.file}: ${status}\n`);
      },
    );
  } finally {
    await pool.close();
  }
  if (o.tty) o.err('\r\x1b[K');
  if (o.report) {
    if (/\.xlsx$/i.test(o.report)) await writeFile(o.report, await xlsxReport(results, o.lang));
    else await writeFile(o.report, htmlReport(results, o.lang));
    o.err(t.reportWritten(o.report));
  }
  if (o.checklist) {
    // The check sheet's writer (exceljs, the .docx reader) is loaded only when it is asked for.
    const { writeChecklist } = await import('./checklist');
    await writeChecklist(o.checklist, results, lang);
    o.err(t.checklistWritten(o.checklist, results.length));
  }
  if (o.format === 'json') o.out(`${JSON.stringify(results, null, 2)}\n`);
  else o.out(summaryTable(results, o.lang, Date.now() - started));
  if (results.some(isFailure)) return 2;
  return results.some((r) => !isFailure(r) && (r.summary.errors > 0 || (r.narrative?.findings.some((f) => f.severity === 'error') ?? false))) ? 1 : 0;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function summaryTable(results: readonly FileResult[], lang: CliLang, ms: number): string {
  const t = CLI_MESSAGES[lang];
  const rows = summaryRows(results, lang);
  const head = t.batchHead;
  const cells = [head, ...rows.map((r) => [r.file, r.unit, r.year, String(r.tables), String(r.errors), String(r.warnings), String(r.notes), r.status])];
  const widths = head.map((_h, i) => Math.min(48, Math.max(...cells.map((c) => width(c[i])))));
  const lines = cells.map((c) => c.map((x, i) => pad(x, widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const failed = results.filter(isFailure).length;
  const withErrors = rows.filter((r) => typeof r.errors === 'number' && r.errors > 0).length;
  lines.push('', t.batchTotal(results.length, withErrors, failed, (ms / 1000).toFixed(1)));
  return `${lines.join('\n')}\n`;
}
