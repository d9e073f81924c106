// budget-check: the command-line twin of the pane. It calls the same core functions on the same
// grid model; only reading files and printing live here.
import { existsSync, statSync } from 'fs';
import { runBatch } from './batch';
import { readFile, writeFile } from 'fs/promises';
import { docxBytes } from '../word/docx';
import { wordHtml } from '../word/html';
import { readDocxText } from '../word/read-docx';
import { extname } from 'path';
import { auditNarrative, type AuditResult } from '../core/narrative/audit';
import { escapeHtml, placeholders, renderText } from '../core/narrative/doc';
import { draftNarrative } from '../core/narrative/draft';
import { readTextFile } from './text-file';
import { parseArgs } from 'util';
import { runChecks } from '../core/checks';
import { exact } from '../core/money';
import { parseWorkbook } from '../core/model/parse';
import type { WorkbookModel } from '../core/model/types';
import { buildReport } from '../core/report';
import { readWorkbookFile } from '../xlsx/file';
import { WorkbookReadError } from '../xlsx/read';
import { CLI_MESSAGES, type CliLang } from './messages';
import { textReport } from './text-report';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard error is a terminal (progress on one line). */
  tty?: boolean;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), tty: process.stderr.isTTY === true };

class UsageError extends Error {}

/** Reads a workbook into a model, or throws a UsageError with the reason in the user's language. */
export async function loadModel(file: string, lang: CliLang): Promise<WorkbookModel> {
  const t = CLI_MESSAGES[lang];
  if (!existsSync(file)) throw new UsageError(t.fileNotFound(file));
  let grid;
  try {
    grid = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.reason === 'encrypted') throw new UsageError(t.encrypted(file));
      if (e.reason === 'not-a-workbook') throw new UsageError(t.notAWorkbook(file));
      throw new UsageError(t.corrupt(file, e.message.split('\n')[0]));
    }
    throw new UsageError(t.corrupt(file, e instanceof Error ? e.message.split('\n')[0] : String(e)));
  }
  const model = parseWorkbook(grid);
  if (model.tables.length === 0) throw new UsageError(t.noTables(file, grid.sheets.map((s) => s.name)));
  return model;
}

async function check(args: string[], lang: CliLang, io: Io): Promise<number> {
  const t = CLI_MESSAGES[lang];
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string' },
      tolerance: { type: 'string' },
      narrative: { type: 'string' },
      prior: { type: 'string' },
      'prior-dir': { type: 'string' },
      report: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  // Several files, a folder, or a report asked for: the reviewers' batch mode.
  const batch = positionals.length > 1 || (positionals[0] !== undefined && existsSync(positionals[0]) && statSync(positionals[0]).isDirectory()) || values.report !== undefined || values['prior-dir'] !== undefined;
  if (batch) {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
    if (values.report !== undefined && !/\.(xlsx|html?)$/i.test(values.report)) throw new UsageError(t.badOption(`--report ${values.report}`));
    if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(t.badJobs(values.jobs));
    if (values.tolerance !== undefined && !/^\d+(\.\d+)?$/.test(values.tolerance)) throw new UsageError(t.badTolerance(values.tolerance));
    if (positionals.length === 0) throw new UsageError(t.missingFile);
    return runBatch({
      inputs: positionals,
      priorDir: values['prior-dir'],
      report: values.report,
      format: values.format,
      jobs: values.jobs ? Number(values.jobs) : undefined,
      tolerance: values.tolerance,
      timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
      lang,
      tty: io.tty ?? false,
      out: io.out,
      err: io.err,
    });
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
  let tolerance = exact('0.01');
  if (values.tolerance !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values.tolerance)) throw new UsageError(t.badTolerance(values.tolerance));
    tolerance = exact(values.tolerance);
  }
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingFile);
  // A time limit for one file on the command line (the batch mode stops a stuck worker instead).
  const limit = (values.timeout ? Number(values.timeout) : 120) * 1000;
  const watchdog =
    io === defaultIo && Number.isFinite(limit) && limit > 0
      ? setTimeout(() => {
          io.err(`budget-check: ${t.timedOut(file, limit / 1000)}\n`);
          process.exit(2);
        }, limit)
      : null;
  watchdog?.unref();
  try {
    return await checkOne(file, values, tolerance, lang, io);
  } finally {
    if (watchdog) clearTimeout(watchdog);
  }
}

async function checkOne(file: string, values: { format?: string; narrative?: string; prior?: string }, tolerance: ReturnType<typeof exact>, lang: CliLang, io: Io): Promise<number> {
  const model = await loadModel(file, lang);
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const findings = runChecks(model, { options: { tolerance }, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
  const report = buildReport(file, model, findings);
  let narrative: AuditResult | null = null;
  if (values.narrative !== undefined) {
    const text = await loadText(values.narrative, lang);
    narrative = auditNarrative({ text, model, prior, lang: lang === 'en' ? 'en-US' : 'zh-CN', tolerance });
  }
  const full = narrative ? { ...report, narrative } : report;
  io.out(values.format === 'json' ? `${JSON.stringify(full, null, 2)}\n` : textReport(report, lang) + (narrative ? narrativeReport(narrative, lang) : ''));
  const narrativeErrors = narrative ? narrative.findings.filter((f) => f.severity === 'error').length : 0;
  return report.summary.errors + narrativeErrors > 0 ? 1 : 0;
}

async function loadText(file: string, lang: CliLang): Promise<string> {
  const t = CLI_MESSAGES[lang];
  if (!existsSync(file)) throw new UsageError(t.fileNotFound(file));
  if (/\.docx$/i.test(file)) {
    try {
      return await readDocxText(new Uint8Array(await readFile(file)));
    } catch (e) {
      throw new UsageError(t.docxUnreadable(file, e instanceof Error ? e.message : String(e)));
    }
  }
  return readTextFile(file);
}

function narrativeReport(r: AuditResult, lang: CliLang): string {
  const t = CLI_MESSAGES[lang];
  const lines = ['', t.narrativeTitle(r.claims, r.findings.length, r.bound)];
  for (const f of r.findings) lines.push(`  ${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i'} ${t.severity[f.severity]} @${f.offset} «${f.quote}» ${f.message} [${f.rule}]`);
  return `${lines.join('\n')}\n`;
}

async function audit(args: string[], lang: CliLang, io: Io): Promise<number> {
  const t = CLI_MESSAGES[lang];
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' }, workbook: { type: 'string' }, prior: { type: 'string' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingText);
  const text = await loadText(file, lang);
  const model = values.workbook !== undefined ? await loadModel(values.workbook, lang) : null;
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const narrative = auditNarrative({ text, model, prior, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
  let out: Record<string, unknown> = { schema: 1, file, narrative };
  if (model && values.workbook) {
    const report = buildReport(values.workbook, model, runChecks(model, { lang: lang === 'en' ? 'en-US' : 'zh-CN' }));
    out = { ...out, tables: report.tables, findings: report.findings };
  }
  io.out(values.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : narrativeReport(narrative, lang).replace(/^\n/, ''));
  return narrative.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function draft(args: string[], lang: CliLang, io: Io): Promise<number> {
  const t = CLI_MESSAGES[lang];
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, prior: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingFile);
  const model = await loadModel(file, lang);
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const doc = draftNarrative({ model, prior, unit: values.name ? { name: values.name } : undefined });
  const out = values.out;
  const kind = out ? extname(out).toLowerCase() : '.txt';
  if (!['.txt', '.html', '.htm', '.docx'].includes(kind)) throw new UsageError(t.badOut(out ?? ''));
  if (kind === '.docx') {
    await writeFile(out!, await docxBytes(doc));
    io.err(t.draftWritten(out!, placeholders(doc).length));
    return 0;
  }
  const content = kind === '.txt' ? renderText(doc) : `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body>\n${wordHtml(doc)}\n</body></html>\n`;
  if (out) {
    await writeFile(out, content);
    const holes = placeholders(doc);
    io.err(t.draftWritten(out, holes.length));
  } else io.out(content);
  return 0;
}

function langOf(args: string[]): CliLang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const v = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  return v === 'en' ? 'en' : 'zh';
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const t = CLI_MESSAGES[lang];
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(`${t.usage}\n`);
      return command ? 0 : 2;
    }
    if (command === 'check') return await check(rest, lang, io);
    if (command === 'audit') return await audit(rest, lang, io);
    if (command === 'draft') return await draft(rest, lang, io);
    throw new UsageError(t.unknownCommand(command));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`budget-check: ${e.message}\n`);
      return 2;
    }
    // Node's argument parser throws its own errors (checked by code: they come from another realm under test runners).
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`budget-check: ${t.badOption((e as Error).message.split('.')[0])}\n`);
      return 2;
    }
    throw e;
  }
}
