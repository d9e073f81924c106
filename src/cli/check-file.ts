// Checking one submission end to end (workbook, its text, last year's workbook): the unit of
// work of both `budget-check check <file>` and the batch mode's workers.
import { runChecks } from '../core/checks';
import type { Lang } from '../core/checks/types';
import { exact } from '../core/money';
import { parseWorkbook } from '../core/model/parse';
import type { WorkbookModel } from '../core/model/types';
import type { AuditResult } from '../core/narrative/audit';
import type { DocumentType } from '../core/narrative/document-type';
import { buildReport, type CheckReport } from '../core/report';
import { readFile } from 'fs/promises';

export interface FileJob {
  readonly file: string;
  /** The path shown in reports (relative to what the user named). */
  readonly display?: string;
  readonly narrative?: string | null;
  readonly prior?: string | null;
  /**
   * Last year's workbooks by unit and year, when the prior folder has none of the same name: the
   * worker picks the one of this file's unit and the year before, once it has read the file.
   */
  readonly priorIndex?: readonly PriorCandidate[];
  readonly tolerance?: string;
  readonly lang: Lang;
  /** 部门预算 or 单位预算, when the user says (else from the tables' titles). */
  readonly documentType?: DocumentType | null;
}

export type FileResult =
  | (CheckReport & { readonly narrative?: AuditResult; readonly priorFile?: string | null; readonly narrativeFile?: string | null })
  | { readonly schema: 1; readonly file: string; readonly error: string; readonly reason: 'not-a-workbook' | 'encrypted' | 'corrupt' | 'unsupported' | 'no-tables' | 'timeout' | 'failed' };

/** A workbook's unit and year, as read from its tables. */
export interface Identity {
  readonly unit: string | null;
  readonly year: number | null;
}

export interface PriorCandidate extends Identity {
  readonly file: string;
}

/** The unit and year of a workbook (both null when it cannot be read). */
export async function identify(file: string): Promise<Identity> {
  try {
    const m = await model(file);
    return { unit: m.unitName, year: m.year };
  } catch {
    return { unit: null, year: null };
  }
}

/** Last year's workbook of the model's unit among the candidates. */
export function priorOf(m: Identity, candidates: readonly PriorCandidate[]): string | null {
  return candidates.find((x) => x.unit && x.unit === m.unit && x.year !== null && m.year !== null && x.year === m.year - 1)?.file ?? null;
}

export function isFailure(r: FileResult): r is Extract<FileResult, { error: string }> {
  return 'error' in r;
}

const REASONS = {
  'zh-CN': {
    'not-a-workbook': '不是 Excel 工作簿（.xlsx、.xlsm、.xls）',
    encrypted: '加密（设有密码）的工作簿，请取消密码后另存为 .xlsx',
    corrupt: '工作簿已损坏，无法读取',
    unsupported: '不读取这种格式的文件，请在 WPS、Numbers 等程序中另存为 Excel 工作簿（.xlsx）',
    'no-tables': '没有识别出部门预算表格',
    timeout: '处理超时',
    failed: '处理失败',
  },
  'en-US': {
    'not-a-workbook': 'not an Excel workbook (.xlsx, .xlsm, .xls)',
    encrypted: 'password-protected workbook: remove the password and save as .xlsx',
    corrupt: 'damaged workbook',
    unsupported: 'this file format is not read: save it as an Excel workbook (.xlsx) in WPS, Numbers or the like',
    'no-tables': 'no department budget table found',
    timeout: 'timed out',
    failed: 'failed',
  },
} as const;

export function failure(file: string, reason: keyof (typeof REASONS)['zh-CN'], lang: Lang, detail?: string): FileResult {
  return { schema: 1, file, reason, error: `${REASONS[lang][reason]}${detail ? `（${detail}）` : ''}` };
}

// The reader is loaded on first use, so that the batch mode's main thread, which imports this
// module for its types and helpers, never loads exceljs.
async function model(path: string): Promise<WorkbookModel> {
  const { readWorkbookFile } = await import('../xlsx/file');
  return parseWorkbook(await readWorkbookFile(path));
}

export async function checkFile(job: FileJob): Promise<FileResult> {
  const shown = job.display ?? job.file;
  let m: WorkbookModel;
  try {
    m = await model(job.file);
  } catch (e) {
    const { WorkbookReadError } = await import('../xlsx/read-error');
    if (e instanceof WorkbookReadError) return failure(shown, e.reason, job.lang, e.reason === 'corrupt' || e.reason === 'unsupported' ? e.message.split('\n')[0] : undefined);
    return failure(shown, 'failed', job.lang, e instanceof Error ? e.message : String(e));
  }
  if (m.tables.length === 0) return failure(shown, 'no-tables', job.lang);
  const tolerance = exact(job.tolerance ?? '0.01');
  const findings = runChecks(m, { options: { tolerance }, lang: job.lang });
  const report = buildReport(shown, m, findings);
  const priorFile = job.prior ?? (job.priorIndex ? priorOf({ unit: m.unitName, year: m.year }, job.priorIndex) : null);
  if (!job.narrative) return { ...report, priorFile };
  let prior: WorkbookModel | null = null;
  if (priorFile) {
    try {
      prior = await model(priorFile);
    } catch {
      prior = null; // a broken prior year only loses the comparisons
    }
  }
  // The auditor and the text readers are loaded by the first file that has a text.
  const { auditNarrative } = await import('../core/narrative/audit');
  const text = /\.docx$/i.test(job.narrative) ? await (await import('../word/read-docx')).readDocxText(new Uint8Array(await readFile(job.narrative))) : await (await import('./text-file')).readTextFile(job.narrative);
  const narrative = auditNarrative({ text, model: m, prior, lang: job.lang, tolerance, documentType: job.documentType ?? null });
  return { ...report, narrative, narrativeFile: job.narrative, priorFile };
}
