// The readable report of `budget-check check`: the tables found, then the findings grouped by
// table (workbook-level findings first), then a summary line.
import { amountText } from '../core/amount-text';
import { KIND_NAMES } from '../core/model/kinds';
import type { CheckReport, ReportFinding, ReportTable } from '../core/report';
import { CLI_MESSAGES, type CliLang } from './messages';

const MARK = { error: '✗', warning: '!', info: 'i' } as const;

export function textReport(r: CheckReport, lang: CliLang): string {
  const t = CLI_MESSAGES[lang];
  const out: string[] = [];
  out.push(t.title, '');
  out.push(`${t.file}：${r.file}`.replace('：', lang === 'en' ? ': ' : '：'));
  if (r.unitName) out.push(`${t.unit}${lang === 'en' ? ': ' : '：'}${r.unitName}`);
  if (r.year) out.push(`${t.year}${lang === 'en' ? ': ' : '：'}${r.year}`);
  out.push('', t.tablesFound(r.tables.length));
  for (const tb of r.tables) {
    const kind = lang === 'en' ? KIND_NAMES[tb.kind].en : KIND_NAMES[tb.kind].zh;
    // A continued table: each part's sheet and range.
    const where = tb.parts ? tb.parts.map((p) => `${p.sheet}!${p.range}`).join(' + ') : `${tb.sheet}!${tb.range}`;
    out.push(`  - ${kind} [${tb.kind}]  ${where}${tb.unit ? `  ${tb.unit}` : ''}${tb.empty ? `  (${t.emptyTable})` : ''}`);
  }
  if (r.unrecognized.length) out.push(`${t.unrecognized}${lang === 'en' ? ': ' : '：'}${r.unrecognized.join(lang === 'en' ? ', ' : '、')}`);

  // Group by sheet, in the order of the tables (a continued table's parts in turn), then any
  // other sheet a finding names.
  const sheetsOf = (tb: ReportTable) => tb.parts?.map((p) => p.sheet) ?? [tb.sheet];
  const sheets = ['', ...new Set([...r.tables.flatMap(sheetsOf), ...r.findings.map((f) => f.sheet).filter((x) => !!x)])];
  for (const sheet of sheets) {
    const fs = r.findings.filter((f) => f.sheet === sheet);
    if (fs.length === 0) continue;
    const titles = r.tables.filter((tb) => sheetsOf(tb).includes(sheet)).map((tb) => tb.title);
    out.push('', sheet ? `【${sheet}】${titles.length ? ` ${titles.join(' / ')}` : ''}` : `【${t.workbook}】`);
    for (const f of sortByCell(fs)) out.push(line(f, lang));
  }
  const s = r.summary;
  out.push('', s.errors === 0 ? `${t.clean}${lang === 'en' ? ' ' : ''}${t.summary(s.errors, s.warnings, s.infos)}` : t.summary(s.errors, s.warnings, s.infos));
  return `${out.join('\n')}\n`;
}

function line(f: ReportFinding, lang: CliLang): string {
  const t = CLI_MESSAGES[lang];
  const where = f.cell ?? '';
  const values = f.expected !== null && f.actual !== null ? `  (${t.expected} ${amountText(f.expected)}, ${t.actual} ${amountText(f.actual)})` : '';
  const related = f.related.length ? `\n      ${t.related}: ${f.related.join(', ')}` : '';
  return `  ${MARK[f.severity]} ${t.severity[f.severity]} ${where.padEnd(5)} ${f.message}${values} [${f.rule}]${related}`;
}

function sortByCell(fs: ReportFinding[]): ReportFinding[] {
  const key = (c: string | null) => {
    const m = /^([A-Z]+)(\d+)$/.exec(c ?? '');
    return m ? Number(m[2]) * 100 + m[1].length * 26 + m[1].charCodeAt(0) : -1;
  };
  const order = { error: 0, warning: 1, info: 2 };
  return [...fs].sort((a, b) => order[a.severity] - order[b.severity] || key(a.cell) - key(b.cell));
}
