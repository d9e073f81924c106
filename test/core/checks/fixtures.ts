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
