// Small budget tables for the rule tests, in the two layouts the reader knows.
import { sheet, type Plain } from '../../helpers/grid';
import type { SheetGrid } from '../../../src/core/grid';

/** A 功能分类 table: title, unit line, one header row, rows of [code, name, ...amounts], 合计 last. */
export function funcTable(name: string, title: string, columns: string[], rows: Plain[][], opts: { unit?: string; total?: Plain[] } = {}): SheetGrid {
  return sheet(name, [
    [title],
    [`单位：${opts.unit ?? '万元'}`],
    ['科目编码', '科目名称', ...columns],
    ...rows,
    ...(opts.total ? [[null, '合计', ...opts.total]] : []),
  ]);
}

/** A two-sided summary table. */
export function summaryTable(name: string, title: string, income: Plain[][], expenditure: Plain[][], opts: { unit?: string; expenditureColumns?: string[] } = {}): SheetGrid {
  const cols = opts.expenditureColumns ?? ['预算数'];
  const rows: Plain[][] = [[title], [`单位：${opts.unit ?? '万元'}`], ['收入', null, '支出', ...cols.slice(1).map(() => null)], ['项目', '预算数', '项目', ...cols]];
  for (let i = 0; i < Math.max(income.length, expenditure.length); i++) rows.push([...(income[i] ?? [null, null]), ...(expenditure[i] ?? [null, ...cols.map(() => null)])]);
  return sheet(name, rows, ['A3:B3', `C3:${String.fromCharCode(67 + cols.length)}3`]);
}

/**
 * A summary whose 支出 side is printed in column groups, one breakdown of the same total each
 * (支出类别 | 预算数 | 部门预算经济分类 | 预算数 | 功能分类 | 预算数), the totals' labels only in the
 * first group. `groups` are [header, lines] with lines of [label, amount]; `totals` the 本年合计 and
 * 总计 of each group in order (income first).
 */
export function breakdownSummary(name: string, title: string, income: Plain[][], groups: [string, Plain[][]][], totals: { current: Plain[]; grand: Plain[] }): SheetGrid {
  const width = 2 + 2 * groups.length;
  const n = Math.max(income.length, ...groups.map(([, l]) => l.length));
  const rows: Plain[][] = [[title], ['单位：万元'], ['收入', null, '支出', ...Array(width - 3).fill(null)], ['项目', '预算数', ...groups.flatMap(([h]) => [h, '预算数'])]];
  for (let i = 0; i < n; i++) rows.push([...(income[i] ?? [null, null]), ...groups.flatMap(([, l]) => l[i] ?? [null, null])]);
  const line = (labels: [string, string], figures: Plain[]) => [labels[0], figures[0], ...groups.flatMap((_, g) => [g === 0 ? labels[1] : null, figures[g + 1]])];
  rows.push(line(['本年收入合计', '本年支出合计'], totals.current), line(['收入总计', '支出总计'], totals.grand));
  return sheet(name, rows, ['A3:B3', `C3:${String.fromCharCode(64 + width)}3`]);
}
