// The check sheet from the command line: each submission's result (tables and text audit) turned
// into the reviewer's rows, the text read again for the places of its findings, and written.
import { readFile, writeFile } from 'fs/promises';
import { buildChecklist, type Checklist } from '../core/checklist';
import type { Lang } from '../core/checks/types';
import { normaliseText } from '../core/narrative/claims';
import { readDocxText } from '../word/read-docx';
import { checklistWorkbook } from '../xlsx/checklist';
import { isFailure, type FileResult } from './check-file';
import { readTextFile } from './text-file';

async function textOf(file: string): Promise<string> {
  return normaliseText(/\.docx$/i.test(file) ? await readDocxText(new Uint8Array(await readFile(file))) : await readTextFile(file));
}

export async function checklistOf(r: FileResult, lang: Lang): Promise<Checklist> {
  if (isFailure(r)) return buildChecklist({ file: r.file, report: null, failure: r.error, lang });
  const narrative = r.narrative && r.narrativeFile ? { file: r.narrativeFile, text: await textOf(r.narrativeFile), result: r.narrative } : null;
  return buildChecklist({ file: r.file, report: r, narrative, lang });
}

export async function writeChecklist(path: string, results: readonly FileResult[], lang: Lang): Promise<void> {
  const lists = [];
  for (const r of results) lists.push(await checklistOf(r, lang));
  await writeFile(path, await checklistWorkbook(lists, lang));
}
