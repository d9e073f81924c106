// The reviewer's check sheet (公开情况检查表): one row per item a finance bureau checks in a
// submission — 及时性, 封面, 目录, the parts of the text, each table by name — with 符合要求 是/否
// and the problems in words with their places. This is the pure part: which item each finding
// belongs to and what each row says. Items the tool cannot judge (及时性; 封面 and 目录 of a
// published PDF) are left to the reviewer, visibly, never guessed.
import type { Lang, Severity } from './checks/types';
import { KIND_NAMES, TABLE_KINDS, type TableKind } from './model/kinds';
import type { NarrativeFinding } from './narrative/audit';
import { formText, isWholePublication, itemAt, itemsPresent, type TextItem } from './narrative/rules/form-text';
import type { CheckReport, ReportFinding, ReportTable } from './report';
import { DEFAULT_REQUIRED } from './checks/table-missing';

export type ItemStatus = 'yes' | 'no' | 'manual';

export interface ChecklistProblem {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Sheet!Cell for a table, 「quote」 (line n) for the text, or '' for the whole workbook. */
  readonly place: string;
}

export type ItemKey = '及时性' | '封面' | '目录' | TextItem | `table:${TableKind}` | '其他问题';

export interface ChecklistRow {
  readonly key: ItemKey;
  /** The item as the reviewer names it (a table by its title). */
  readonly item: string;
  readonly status: ItemStatus;
  readonly problems: readonly ChecklistProblem[];
  /** Why an item is left to the reviewer, or what was seen. */
  readonly note: string;
}

export interface Checklist {
  readonly file: string;
  readonly narrativeFile: string | null;
  readonly unitName: string | null;
  readonly year: number | null;
  /** The submission could not be read: the reason (every item is then left to the reviewer). */
  readonly failure: string | null;
  readonly rows: readonly ChecklistRow[];
}

export interface ChecklistInput {
  readonly file: string;
  /** The tables' report, or null when the workbook could not be read (see `failure`). */
  readonly report: CheckReport | null;
  readonly failure?: string | null;
  /** The explanatory text and its audit, when a text was given. */
  readonly narrative?: { readonly file: string | null; readonly text: string; readonly result: { readonly findings: readonly NarrativeFinding[] } } | null;
  readonly lang?: Lang;
}

const WORDS = {
  'zh-CN': {
    timely: '是否在批复后20日内公开，请人工判断',
    cover: '封面在公开文件（PDF）中，请人工判断',
    tocFound: '情况说明含目录',
    tocManual: '目录在公开文件（PDF）中，请人工判断',
    noText: '未提供情况说明，请人工判断',
    notInText: '所给文本中没有此部分（可能在公开文件的其他页），请人工核对',
    projectNone: '所给文本中没有项目经费情况说明；如当地要求公开，请人工核对',
    found: '已检查',
    missingTable: '工作簿中没有此表',
    failure: '文件无法检查：{{reason}}',
    other: '其他问题',
    line: '第{{n}}行',
    workbook: '工作簿',
  },
  'en-US': {
    timely: 'Published within 20 days of approval? For the reviewer to judge',
    cover: 'The cover is in the published file (PDF): for the reviewer to judge',
    tocFound: 'The text has a table of contents',
    tocManual: 'The table of contents is in the published file (PDF): for the reviewer to judge',
    noText: 'No explanatory text given: for the reviewer to judge',
    notInText: 'This part is not in the text given (it may be on other pages of the publication): for the reviewer to check',
    projectNone: 'The text has no project explanations; where they are required, for the reviewer to check',
    found: 'checked',
    missingTable: 'The workbook has no such table',
    failure: 'The file could not be checked: {{reason}}',
    other: 'Other problems',
    line: 'line {{n}}',
    workbook: 'workbook',
  },
} as const;

const ITEM_EN: Record<string, string> = {
  及时性: 'Timeliness',
  封面: 'Cover',
  目录: 'Table of contents',
  主要职能: 'Main duties',
  机构设置: 'Organisation',
  名词解释: 'Explanation of terms',
  预算编制说明: 'Explanation of the budget',
  其他相关说明: 'Other explanations',
  项目经费情况说明: 'Project explanations',
  其他问题: 'Other problems',
};

/** The order of the reviewer's sheet. */
const TEXT_ITEMS_BEFORE: readonly TextItem[] = ['主要职能', '机构设置', '名词解释', '预算编制说明'];
const TEXT_ITEMS_AFTER: readonly TextItem[] = ['其他相关说明', '项目经费情况说明'];

export function itemName(key: ItemKey, lang: Lang, tables?: readonly ReportTable[]): string {
  if (key.startsWith('table:')) {
    const kind = key.slice(6) as TableKind;
    const title = tables?.find((t) => t.kind === kind)?.title;
    return title ?? (lang === 'en-US' ? KIND_NAMES[kind].en : KIND_NAMES[kind].zh);
  }
  return lang === 'en-US' ? ITEM_EN[key] ?? key : key;
}

/**
 * The table a finding on a sheet belongs to: the one whose range (or a continued part's range on
 * that sheet; such a finding is written `Sheet2!C5`) holds its cell, else the sheet's first.
 */
function tableOf(f: ReportFinding, tables: readonly ReportTable[]): ReportTable | null {
  const ranges = tables.flatMap((t) => (t.parts ?? [{ sheet: t.sheet, range: t.range }]).filter((p) => p.sheet === f.sheet).map((p) => ({ table: t, range: p.range })));
  if (ranges.length === 0) return null;
  if (ranges.length === 1 || !f.cell) return ranges[0].table;
  const row = Number(/\d+$/.exec(f.cell)?.[0] ?? 0);
  return (
    ranges.find((x) => {
      const [a, b] = x.range.split(':').map((y) => Number(/\d+$/.exec(y)?.[0] ?? 0));
      return row >= a && row <= b;
    }) ?? ranges[0]
  ).table;
}

/** A workbook-level finding that names a table kind (table-missing): that table's row. */
function kindNamed(f: ReportFinding): TableKind | null {
  if (f.rule !== 'table-missing') return null;
  const hit = TABLE_KINDS.filter((k) => f.message.includes(KIND_NAMES[k].zh) || f.message.includes(KIND_NAMES[k].en));
  // The longest name wins (一般公共预算基本支出表 contains 一般公共预算支出表's words only in part).
  return hit.sort((a, b) => KIND_NAMES[b].zh.length - KIND_NAMES[a].zh.length)[0] ?? null;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const fill = (s: string, data: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(data[k] ?? ''));

export function buildChecklist(input: ChecklistInput): Checklist {
  const lang = input.lang ?? 'zh-CN';
  const w = WORDS[lang];
  const report = input.report;
  const tables = report?.tables ?? [];
  const problems = new Map<ItemKey, ChecklistProblem[]>();
  const add = (key: ItemKey, p: ChecklistProblem) => {
    const list = problems.get(key);
    if (list) list.push(p);
    else problems.set(key, [p]);
  };

  // Tables: each finding on its table's row; the workbook's own findings by the table they name.
  for (const f of report?.findings ?? []) {
    const named = kindNamed(f);
    const table = f.sheet ? tableOf(f, tables) : null;
    const key: ItemKey = named ? `table:${named}` : table ? `table:${table.kind}` : '其他问题';
    const place = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : named ? '' : w.workbook;
    add(key, { rule: f.rule, severity: f.severity, message: f.message, place });
  }

  // The text: each finding on the part of the publication it stands in.
  const narrative = input.narrative ?? null;
  const form = narrative ? formText(narrative.text) : null;
  for (const f of narrative?.result.findings ?? []) {
    const data = f.data ?? {};
    let key: ItemKey;
    if (typeof data.item === 'string') key = data.item as TextItem;
    else if (f.rule === 'form-empty-table-note' && typeof data.kind === 'string') key = `table:${data.kind as TableKind}`;
    else key = itemAt(form!, f.offset) ?? '预算编制说明';
    const place = f.quote ? `「${f.quote}」（${fill(w.line, { n: lineOf(narrative!.text, f.offset) })}）` : fill(w.line, { n: lineOf(narrative!.text, f.offset) });
    add(key, { rule: f.rule, severity: f.severity, message: f.message, place });
  }

  const status = (list: readonly ChecklistProblem[]): ItemStatus => (list.some((p) => p.severity !== 'info') ? 'no' : 'yes');
  const rows: ChecklistRow[] = [];
  const row = (key: ItemKey, fallback: { status: ItemStatus; note: string }) => {
    const list = problems.get(key) ?? [];
    rows.push({ key, item: itemName(key, lang, tables), problems: list, ...(list.length ? { status: status(list), note: list.every((p) => p.severity === 'info') ? fallback.note : '' } : fallback) });
  };

  if (input.failure) {
    const note = fill(w.failure, { reason: input.failure });
    for (const key of ['及时性', '封面', '目录', ...TEXT_ITEMS_BEFORE, ...DEFAULT_REQUIRED.map((k) => `table:${k}` as const), ...TEXT_ITEMS_AFTER] as ItemKey[]) row(key, { status: 'manual', note });
    return { file: input.file, narrativeFile: narrative?.file ?? null, unitName: null, year: null, failure: input.failure, rows };
  }

  const present = form ? itemsPresent(form) : new Set<TextItem>();
  const whole = form ? isWholePublication(form) : false;
  const hasToc = form?.lines.some((l) => /^目\s*录$/.test(l.text)) ?? false;
  const textItem = (item: TextItem) => {
    if (!narrative) return { status: 'manual' as const, note: w.noText };
    if (present.has(item)) return { status: 'yes' as const, note: w.found };
    if (item === '项目经费情况说明') return { status: 'manual' as const, note: w.projectNone };
    // 预算编制说明: the text given is the explanation unless it is a whole publication without one.
    if (item === '预算编制说明' && !whole) return { status: 'yes' as const, note: w.found };
    return { status: 'manual' as const, note: w.notInText };
  };

  row('及时性', { status: 'manual', note: w.timely });
  row('封面', { status: 'manual', note: w.cover });
  row('目录', hasToc ? { status: 'yes', note: w.tocFound } : { status: 'manual', note: w.tocManual });
  for (const item of TEXT_ITEMS_BEFORE) row(item, textItem(item));
  const kinds = TABLE_KINDS.filter((k) => DEFAULT_REQUIRED.includes(k) || tables.some((t) => t.kind === k) || problems.has(`table:${k}`));
  for (const k of kinds) {
    const found = tables.some((t) => t.kind === k);
    row(`table:${k}`, found ? { status: 'yes', note: w.found } : { status: 'manual', note: w.missingTable });
  }
  for (const item of TEXT_ITEMS_AFTER) row(item, textItem(item));
  if (problems.has('其他问题')) row('其他问题', { status: 'yes', note: '' });
  return { file: input.file, narrativeFile: narrative?.file ?? null, unitName: report?.unitName ?? null, year: report?.year ?? null, failure: null, rows };
}

/** Every problem of the sheet, for counting by item. */
export function problemCount(c: Checklist, key: ItemKey): number {
  return c.rows.find((r) => r.key === key)?.problems.filter((p) => p.severity !== 'info').length ?? 0;
}
