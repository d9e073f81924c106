// budget-check: the command-line twin of the pane. It calls the same core functions on the same
// grid model; only reading files and printing live here. What only one command or option needs
// (the batch mode, drafting, the text auditor, .docx) is loaded when asked for: the start of a
// single check is most of what a user waits for.
import { existsSync, statSync } from 'fs';
import { readFile, writeFile } from 'fs/promises';
import { extname } from 'path';
import type { AuditResult } from '../core/narrative/audit';
import { escapeHtml, placeholders, renderText } from '../core/narrative/doc';
import { isDocumentType, type DocumentType } from '../core/narrative/document-type';
import { readTextFile } from './text-file';
import { parseArgs } from 'util';
import { runChecks } from '../core/checks';
import { exact } from '../core/money';
import { parseWorkbook } from '../core/model/parse';
import type { WorkbookModel } from '../core/model/types';
import { buildReport } from '../core/report';
import { CLI_MESSAGES, type CliLang } from './messages';
import { textReport } from './text-report';
import type { TargetUnit } from '../core/rounding';
import { roundTextReport } from './round-report';
import { resolve } from 'path';
import { performance } from 'perf_hooks';

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
  // The reader (exceljs) is loaded here: the batch mode's main thread leaves reading to its workers.
  const { readWorkbookFile } = await import('../xlsx/file');
  const { WorkbookReadError } = await import('../xlsx/read');
  let grid;
  try {
    grid = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.reason === 'encrypted') throw new UsageError(t.encrypted(file));
      if (e.reason === 'not-a-workbook') throw new UsageError(t.notAWorkbook(file));
      if (e.reason === 'unsupported') throw new UsageError(t.unsupported(file, e.message));
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
      checklist: { type: 'string' },
      'document-type': { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  if (values.checklist !== undefined && !/\.xlsx$/i.test(values.checklist)) throw new UsageError(t.badOption(`--checklist ${values.checklist}`));
  const documentType = values['document-type'];
  if (documentType !== undefined && !isDocumentType(documentType)) throw new UsageError(t.badDocumentType(documentType));
  // Several files, a folder, or a report asked for: the reviewers' batch mode.
  const batch = positionals.length > 1 || (positionals[0] !== undefined && existsSync(positionals[0]) && statSync(positionals[0]).isDirectory()) || values.report !== undefined || values['prior-dir'] !== undefined;
  if (batch) {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
    if (values.report !== undefined && !/\.(xlsx|html?)$/i.test(values.report)) throw new UsageError(t.badOption(`--report ${values.report}`));
    if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(t.badJobs(values.jobs));
    if (values.tolerance !== undefined && !/^\d+(\.\d+)?$/.test(values.tolerance)) throw new UsageError(t.badTolerance(values.tolerance));
    if (positionals.length === 0) throw new UsageError(t.missingFile);
    const { runBatch } = await import('./batch');
    return runBatch({
      inputs: positionals,
      priorDir: values['prior-dir'],
      report: values.report,
      checklist: values.checklist,
      documentType: documentType ?? null,
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

async function checkOne(file: string, values: { format?: string; narrative?: string; prior?: string; checklist?: string; 'document-type'?: string }, tolerance: ReturnType<typeof exact>, lang: CliLang, io: Io): Promise<number> {
  const model = await loadModel(file, lang);
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const findings = runChecks(model, { options: { tolerance }, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
  const report = buildReport(file, model, findings);
  const t = CLI_MESSAGES[lang];
  let narrative: AuditResult | null = null;
  let narrativeText = '';
  if (values.narrative !== undefined) {
    const text = await loadText(values.narrative, lang);
    narrativeText = text;
    const { auditNarrative } = await import('../core/narrative/audit');
    narrative = auditNarrative({ text, model, prior, lang: lang === 'en' ? 'en-US' : 'zh-CN', tolerance, documentType: (values['document-type'] as DocumentType | undefined) ?? null });
  }
  if (values.checklist !== undefined) {
    const [{ buildChecklist }, { checklistWorkbook }, { normaliseText }] = await Promise.all([import('../core/checklist'), import('../xlsx/checklist'), import('../core/narrative/claims')]);
    const list = buildChecklist({ file, report, narrative: narrative ? { file: values.narrative ?? null, text: normaliseText(narrativeText), result: narrative } : null, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
    await writeFile(values.checklist, await checklistWorkbook([list], lang === 'en' ? 'en-US' : 'zh-CN'));
    io.err(t.checklistWritten(values.checklist, 1));
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
      const { readDocxText } = await import('../word/read-docx');
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
    options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' }, workbook: { type: 'string' }, prior: { type: 'string' }, 'document-type': { type: 'string' } },
  });
  const documentType = values['document-type'];
  if (documentType !== undefined && !isDocumentType(documentType)) throw new UsageError(t.badDocumentType(documentType));
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingText);
  const text = await loadText(file, lang);
  const model = values.workbook !== undefined ? await loadModel(values.workbook, lang) : null;
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const { auditNarrative } = await import('../core/narrative/audit');
  const narrative = auditNarrative({ text, model, prior, lang: lang === 'en' ? 'en-US' : 'zh-CN', documentType: documentType ?? null });
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
    options: { lang: { type: 'string' }, prior: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingFile);
  if (values.unit !== undefined && values.unit !== '元' && values.unit !== '万元') throw new UsageError(t.badUnit(values.unit));
  const moneyUnit = values.unit as '元' | '万元' | undefined;
  const model = await loadModel(file, lang);
  const prior = values.prior !== undefined ? await loadModel(values.prior, lang) : null;
  const { draftNarrative } = await import('../core/narrative/draft');
  const doc = draftNarrative({ model, prior, moneyUnit, unit: values.name ? { name: values.name } : undefined });
  const out = values.out;
  const kind = out ? extname(out).toLowerCase() : '.txt';
  if (!['.txt', '.html', '.htm', '.docx'].includes(kind)) throw new UsageError(t.badOut(out ?? ''));
  if (kind === '.docx') {
    const { docxBytes } = await import('../word/docx');
    await writeFile(out!, await docxBytes(doc));
    io.err(t.draftWritten(out!, placeholders(doc).length));
    return 0;
  }
  const { wordHtml } = await import('../word/html');
  const content = kind === '.txt' ? renderText(doc) : `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body>\n${wordHtml(doc)}\n</body></html>\n`;
  if (out) {
    await writeFile(out, content);
    const holes = placeholders(doc);
    io.err(t.draftWritten(out, holes.length));
  } else io.out(content);
  return 0;
}

async function round(args: string[], lang: CliLang, io: Io): Promise<number> {
  const t = CLI_MESSAGES[lang];
  const tr = t.round;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, to: { type: 'string', default: '万元' }, decimals: { type: 'string', default: '2' }, out: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
  const to = ({ 万元: '万元', 万: '万元', 千元: '千元', 千: '千元' } as Record<string, TargetUnit>)[values.to.trim()];
  if (!to) throw new UsageError(tr.badTo(values.to));
  if (!/^[0-6]$/.test(values.decimals)) throw new UsageError(tr.badDecimals(values.decimals));
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingFile);
  const out = values.out;
  if (!out) throw new UsageError(tr.missingOut);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(tr.badOut(out));
  if (resolve(out) === resolve(file)) throw new UsageError(tr.sameFile(out));
  const model = await loadModel(file, lang);
  // The solver (WebAssembly) and the writer are loaded by this command alone.
  const [{ roundWorkbook }, { roundingReport }, { nodeSolver }, { writeRounded }, { readWorkbookBytes }] = await Promise.all([
    import('../core/rounding'),
    import('../core/rounding/report'),
    import('../solver/node'),
    import('../xlsx/round'),
    import('../xlsx/read'),
  ]);
  const start = performance.now();
  const result = await roundWorkbook(model, { to, decimals: Number(values.decimals) }, await nodeSolver());
  // A legacy .xls is written out as .xlsx first: the new workbook is built from that copy.
  const inputBytes = new Uint8Array(await readFile(file));
  const legacy = inputBytes[0] === 0xd0 && inputBytes[1] === 0xcf;
  const source = legacy ? (await import('../xlsx/read-xls')).xlsToXlsxBytes(inputBytes) : inputBytes;
  if (legacy) io.err(tr.fromXls);
  const { bytes } = await writeRounded(source, result);
  const ms = performance.now() - start;
  await writeFile(out, bytes);
  // The written workbook read back and checked with tolerance 0: every identity balanced must hold.
  // Findings the input already had (a missing table, an identity broken in the input) are not the rounding's.
  const strict = { options: { tolerance: exact(0) }, lang: lang === 'en' ? ('en-US' as const) : ('zh-CN' as const) };
  const known = new Set(runChecks(model, strict).map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
  const check = runChecks(parseWorkbook(await readWorkbookBytes(bytes)), strict).filter((f) => !known.has(`${f.rule} ${f.sheet}!${f.cell}`));
  const report = roundingReport(file, out, result, lang === 'en' ? 'en-US' : 'zh-CN');
  if (values.format === 'json') io.out(`${JSON.stringify({ ...report, verification: { tolerance: '0', findings: check.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })) } }, null, 2)}\n`);
  else io.out(roundTextReport(report, lang, { verified: check.length, ms, findings: check.map((f) => `${f.sheet}!${f.cell ?? ''} ${f.message} [${f.rule}]`) }));
  return result.broken.length + result.leftOff.length > 0 ? 1 : 0;
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
    // budget-check draft --help: the usage, like budget-check --help.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${t.usage}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, lang, io);
    if (command === 'audit') return await audit(rest, lang, io);
    if (command === 'draft') return await draft(rest, lang, io);
    if (command === 'round') return await round(rest, lang, io);
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
