// The readable summary of `budget-check round`: tables converted, cells adjusted against plain
// half-up rounding (each with its exact value), identities broken in the input or left off, and
// the check of the written workbook.
import type { RoundingReport, RoundingReportIdentity } from '../core/rounding/report';
import { CLI_MESSAGES, type CliLang } from './messages';

export function roundTextReport(r: RoundingReport, lang: CliLang, extra: { verified: number | null; ms: number; findings: readonly string[] }): string {
  const t = CLI_MESSAGES[lang].round;
  const colon = lang === 'en' ? ': ' : '：';
  const from = [...new Set(r.tables.filter((x) => x.converted).map((x) => x.from))].join('/') || '—';
  const out: string[] = [`${t.title}${colon}${t.heading(from, r.to, r.decimals)}`, `${CLI_MESSAGES[lang].file}${colon}${r.file}`, ''];
  const identity = (i: RoundingReportIdentity) => `  ${t.identityLine(`${i.sheet}!${i.cell}`, `${i.description} [${i.rule}]`, i.actual, i.expected, i.difference)}`;
  // Real errors first: they are not balanced.
  if (r.broken.length) {
    out.push(t.broken(r.broken.length));
    for (const i of r.broken) out.push(identity(i));
  } else out.push(t.brokenNone);
  out.push('', t.converted(r.tables.filter((x) => x.converted).length, r.tables.length));
  // The sheet in brackets of the report's language; a converted table's units after it.
  const sheetOf = (sheet: string) => (lang === 'en' ? ` (${sheet}) ` : `（${sheet}）`);
  for (const tb of r.tables) out.push(`  ${tb.converted ? '✓' : '–'} ${tb.title}${sheetOf(tb.sheet)}${tb.converted ? `${tb.from} → ${r.to}` : tb.from ? t.kept(tb.from) : t.keptNoUnit}`);
  out.push('', t.figures(r.figures, r.adjusted.length));
  for (const f of r.adjusted) {
    const label = [f.row, f.column].filter(Boolean).join(' / ');
    out.push(`  ${t.adjustedLine(`${f.sheet}!${f.cell}`, label, f.exact, f.halfUp, f.value)}`);
  }
  if (r.leftOff.length) {
    out.push('', t.leftOff(r.leftOff.length));
    for (const i of r.leftOff) out.push(identity(i));
  }
  if (r.skipped.length) out.push('', t.skipped(r.skipped.length));
  if (!r.stats.optimal) out.push('', t.notOptimal);
  out.push('', t.timing(extra.ms, r.stats.constraints, r.stats.solved));
  for (const f of extra.findings) out.push(`  ${f}`);
  if (extra.verified !== null) out.push(t.verified(extra.verified));
  if (r.out) out.push(t.written(r.out));
  return `${out.join('\n')}\n`;
}
