// budget-check: the command-line twin of the pane. It calls the same core functions on the same
// grid model; only reading files and printing live here.
import { existsSync } from 'fs';
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
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

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
    },
  });
  if (values.narrative !== undefined) throw new UsageError(t.notYet('--narrative'));
  if (values.prior !== undefined) throw new UsageError(t.notYet('--prior'));
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(t.badOption(`--format ${values.format}`));
  let tolerance = exact('0.01');
  if (values.tolerance !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values.tolerance)) throw new UsageError(t.badTolerance(values.tolerance));
    tolerance = exact(values.tolerance);
  }
  const file = positionals[0];
  if (!file) throw new UsageError(t.missingFile);
  const model = await loadModel(file, lang);
  const findings = runChecks(model, { options: { tolerance }, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
  const report = buildReport(file, model, findings);
  io.out(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : textReport(report, lang));
  return report.summary.errors > 0 ? 1 : 0;
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
