// The reviewers' reports: a workbook (summary and findings sheets) and a self-contained HTML
// page (no external asset, sortable and filterable), from the per-file results.
import { escapeHtml } from '../core/narrative/doc';
import { isFailure, type FileResult } from './check-file';
import type { CliLang } from './messages';

interface Row {
  file: string;
  unit: string;
  year: string;
  tables: number | string;
  errors: number | string;
  warnings: number | string;
  notes: number | string;
  status: string;
}

const HEAD = {
  zh: { file: '文件', unit: '单位', year: '年度', tables: '表格数', errors: '错误', warnings: '警告', notes: '提示', status: '状态', sheet: '工作表', cell: '单元格', rule: '规则', severity: '级别', expected: '应为', actual: '实为', message: '说明', ok: '已检查', text: '情况说明', summary: '汇总', findings: '问题清单', title: '部门预算公开批量校验报告', filter: '筛选', all: '全部' },
  en: { file: 'File', unit: 'Unit', year: 'Year', tables: 'Tables', errors: 'Errors', warnings: 'Warnings', notes: 'Notes', status: 'Status', sheet: 'Sheet', cell: 'Cell', rule: 'Rule', severity: 'Severity', expected: 'Expected', actual: 'Actual', message: 'Message', ok: 'checked', text: 'Text', summary: 'Summary', findings: 'Findings', title: 'Department budget disclosure batch check', filter: 'Filter', all: 'All' },
};

export function summaryRows(results: readonly FileResult[], lang: CliLang): Row[] {
  const h = HEAD[lang];
  return results.map((r) => {
    if (isFailure(r)) return { file: r.file, unit: '', year: '', tables: '', errors: '', warnings: '', notes: '', status: r.error };
    const narrativeErrors = r.narrative?.findings.filter((f) => f.severity === 'error').length ?? 0;
    const narrativeWarnings = r.narrative?.findings.filter((f) => f.severity === 'warning').length ?? 0;
    return {
      file: r.file,
      unit: r.unitName ?? '',
      year: r.year ? String(r.year) : '',
      tables: r.tables.length,
      errors: r.summary.errors + narrativeErrors,
      warnings: r.summary.warnings + narrativeWarnings,
      notes: r.summary.infos,
      status: h.ok,
    };
  });
}

export interface FindingRow {
  file: string;
  unit: string;
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  expected: string;
  actual: string;
  message: string;
}

export function findingRows(results: readonly FileResult[], lang: CliLang): FindingRow[] {
  const out: FindingRow[] = [];
  for (const r of results) {
    if (isFailure(r)) continue;
    for (const f of r.findings) out.push({ file: r.file, unit: r.unitName ?? '', sheet: f.sheet, cell: f.cell ?? '', rule: f.rule, severity: f.severity, expected: f.expected ?? '', actual: f.actual ?? '', message: f.message });
    for (const f of r.narrative?.findings ?? []) out.push({ file: r.narrativeFile ?? r.file, unit: r.unitName ?? '', sheet: HEAD[lang].text, cell: `@${f.offset} ${f.quote}`, rule: f.rule, severity: f.severity, expected: f.expected ?? '', actual: f.actual ?? '', message: f.message });
  }
  return out;
}

export async function xlsxReport(results: readonly FileResult[], lang: CliLang): Promise<Buffer> {
  const h = HEAD[lang];
  const { Workbook } = await import('../xlsx/exceljs');
  const wb = new Workbook();
  wb.creator = 'budget-check';
  const add = (name: string, columns: { key: string; header: string; width: number }[], rows: object[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns;
    ws.addRows(rows);
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    return ws;
  };
  add(
    h.summary,
    (['file', 'unit', 'year', 'tables', 'errors', 'warnings', 'notes', 'status'] as const).map((k) => ({ key: k, header: h[k], width: k === 'file' ? 40 : k === 'unit' ? 28 : k === 'status' ? 30 : 10 })),
    summaryRows(results, lang),
  );
  add(
    h.findings,
    (['file', 'unit', 'sheet', 'cell', 'rule', 'severity', 'expected', 'actual', 'message'] as const).map((k) => ({ key: k, header: h[k], width: k === 'message' ? 80 : k === 'file' ? 36 : k === 'unit' || k === 'sheet' ? 24 : k === 'rule' ? 22 : 12 })),
    findingRows(results, lang),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function htmlReport(results: readonly FileResult[], lang: CliLang): string {
  const h = HEAD[lang];
  const table = (id: string, keys: string[], rows: Record<string, unknown>[]) =>
    `<table id="${id}"><thead><tr>${keys.map((k, i) => `<th data-col="${i}">${escapeHtml((h as Record<string, string>)[k])}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr data-severity="${escapeHtml(String(r.severity ?? ''))}">${keys.map((k) => `<td>${escapeHtml(String(r[k] ?? ''))}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const summary = summaryRows(results, lang) as unknown as Record<string, unknown>[];
  const findings = findingRows(results, lang) as unknown as Record<string, unknown>[];
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(h.title)}</title>
<style>
body{font-family:"Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;width:100%;margin:12px 0 28px;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef4f2;cursor:pointer;position:sticky;top:0}
th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
tr[data-severity=error] td{background:#fdeaea}tr[data-severity=warning] td{background:#fff6da}
.bar{display:flex;gap:12px;align-items:center}
</style></head><body>
<h1>${escapeHtml(h.title)}</h1>
<h2>${escapeHtml(h.summary)}</h2>
${table('summary', ['file', 'unit', 'year', 'tables', 'errors', 'warnings', 'notes', 'status'], summary)}
<h2>${escapeHtml(h.findings)}</h2>
<div class="bar"><label>${escapeHtml(h.filter)} <input id="q" type="search"></label>
<select id="sev"><option value="">${escapeHtml(h.all)}</option><option value="error">error</option><option value="warning">warning</option><option value="info">info</option></select></div>
${table('findings', ['file', 'unit', 'sheet', 'cell', 'rule', 'severity', 'expected', 'actual', 'message'], findings)}
<script>
document.querySelectorAll('table').forEach(function (t) {
  t.querySelectorAll('th').forEach(function (th) {
    th.addEventListener('click', function () {
      var col = +th.dataset.col, asc = !th.classList.contains('asc');
      t.querySelectorAll('th').forEach(function (x) { x.classList.remove('asc', 'desc'); });
      th.classList.add(asc ? 'asc' : 'desc');
      var rows = Array.prototype.slice.call(t.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
        var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh');
        return asc ? c : -c;
      });
      rows.forEach(function (r) { t.tBodies[0].appendChild(r); });
    });
  });
});
function filter() {
  var q = document.getElementById('q').value.toLowerCase(), s = document.getElementById('sev').value;
  Array.prototype.forEach.call(document.getElementById('findings').tBodies[0].rows, function (r) {
    r.style.display = (!s || r.dataset.severity === s) && r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
  });
}
document.getElementById('q').addEventListener('input', filter);
document.getElementById('sev').addEventListener('change', filter);
</script>
</body></html>
`;
}
