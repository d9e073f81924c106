// A 项目支出绩效目标表 printed as one form per project, as the budget systems export the
// 绩效目标申报表: 项目名称 | <name> | 主管部门 | <department> on one line, 实施单位 on the next,
// 项目资金 | 年度资金总额 | <amount> | 其中：财政拨款 | … below, then the indicator rows
// (一级指标 | 二级指标 | 三级指标 | 指标值). Read as a list with one row per project: its name
// and its year's funds. The indicators are text and are not read.
import { a1, columnLetters } from '../grid';
import type { MoneyUnit } from '../money';
import type { SheetView } from './sheet-view';
import { normalize } from './text';
import type { Amount, Column, Row } from './types';
import { unitInHeader, unitInText } from './units';
import { readCell } from './values';

/** The label of a project's name: 项目名称, with or without a colon, or with the name after it. */
const NAME_LABEL = /^项目名称[:：]?(.*)$/;
/** What follows 项目名称 in a list's header, never a project's name. */
const HEADER_WORD = /金额|资金|预算|目标|指标|单位|部门|类型|类别|期限|编码|代码|合计|负责人|属性|名称|内容|概况|说明|描述|来源|性质|序号|数$/;
/** The labels only a form has: whom the project belongs to, its funds. */
const FORM_LABEL = /^(主管部门|实施单位|项目单位|项目实施单位|项目负责人|项目属性|项目资金|(年度)?资金总额)/;
/** The year's funds of the project: the total first, then the looser labels. */
const FUND_LABELS = [/^(年度|项目)?(资金|预算)总额/, /^年度(预算|资金)(金额|数)?[:：]?$/, /^(项目资金|项目金额|预算金额|资金金额|预算数|总额)/];

export interface PerformanceForms {
  /** One row per project, labelled with its name at the name's cell, its one amount the year's funds. */
  readonly rows: Row[];
  readonly column: Column;
  /** A unit stated in a form's labels (项目资金（万元）), for a table whose meta line has none. */
  readonly unit: MoneyUnit | null;
  readonly unitCell: string | null;
  readonly lastCol: number;
}

/**
 * The projects of a 绩效目标表 laid out as forms, between `from` and `end`; null when the region is
 * not laid out so (a list whose header holds 项目名称 over the names is read as any table).
 */
export function readPerformanceForms(view: SheetView, from: number, end: number): PerformanceForms | null {
  const starts: { row: number; col: number; name: string }[] = [];
  for (let r = from; r <= end; r++) {
    for (let c = 0; c < view.width; c++) {
      const m = NAME_LABEL.exec(normalize(view.own(r, c)));
      if (!m) continue;
      const inline = view.own(r, c).replace(/^\s*项目名称\s*[:：]?\s*/, '').trim();
      if (m[1]) {
        starts.push({ row: r, col: c, name: inline });
      } else {
        // The name is the next text on the line: a form; a header word there makes it a list.
        let k = c + 1;
        while (k < view.width && view.own(r, k) === '') k++;
        const next = k < view.width ? view.own(r, k) : '';
        if (next === '' || HEADER_WORD.test(normalize(next))) return null;
        starts.push({ row: r, col: k, name: next });
      }
      break;
    }
  }
  if (starts.length === 0) return null;
  // A form says whose project it is or what it costs in labels of its own; a list does not.
  let formLabels = false;
  for (let r = starts[0].row; r <= end && !formLabels; r++) for (let c = 0; c < view.width && !formLabels; c++) formLabels = FORM_LABEL.test(normalize(view.own(r, c)));
  if (!formLabels) return null;
  let unit: MoneyUnit | null = null;
  let unitCell: string | null = null;
  let lastCol = 0;
  let amountCol: number | null = null;
  const rows: Row[] = starts.map((s, i) => {
    const stop = i + 1 < starts.length ? starts[i + 1].row - 1 : end;
    for (let r = s.row; r <= stop; r++) {
      for (let c = 0; c < view.width; c++) {
        const t = view.own(r, c);
        if (t === '') continue;
        lastCol = Math.max(lastCol, c);
        const u = unitInHeader(t) ?? (/单位[:：]/.test(t) ? unitInText(t) : null);
        if (u && !unit) [unit, unitCell] = [u, a1(view.sheet, r, c)];
      }
    }
    const amount = fundsOf(view, s.row, stop);
    if (amount && amountCol === null) amountCol = amount.col;
    return {
      index: s.row,
      cell: a1(view.sheet, s.row, s.col),
      label: s.name,
      rawLabel: s.name,
      code: null,
      level: null,
      indent: 0,
      role: 'item',
      ofWhich: false,
      outline: null,
      amounts: [amount?.amount ?? null],
    };
  });
  const col = amountCol ?? 0;
  return { rows, column: { index: col, letter: columnLetters(view.sheet.origin.col + col), path: ['年度资金总额'] }, unit, unitCell, lastCol };
}

/**
 * The year's funds within one form: the first number to the right of a funds label on its line,
 * else just below the label (a form that puts its labels over its figures).
 */
function fundsOf(view: SheetView, top: number, bottom: number): { amount: Amount; col: number } | null {
  for (const label of FUND_LABELS) {
    for (let r = top; r <= bottom; r++) {
      for (let c = 0; c < view.width; c++) {
        if (!label.test(normalize(view.own(r, c)))) continue;
        for (let k = c + 1; k < view.width; k++) {
          const a = numberAt(view, r, k);
          if (a) return { amount: a, col: k };
          // Another label before any figure: the figure is not on this line.
          if (view.own(r, k) !== '' && readCell(view.sheet.cells[r]?.[k] ?? null).kind === 'text') break;
        }
        const below = r + 1 <= bottom ? numberAt(view, r + 1, c) : null;
        if (below) return { amount: below, col: c };
      }
    }
  }
  return null;
}

function numberAt(view: SheetView, r: number, c: number): Amount | null {
  const rd = readCell(view.sheet.cells[r]?.[c] ?? null);
  return rd.kind === 'number' ? { value: rd.value, decimals: rd.decimals, cell: a1(view.sheet, r, c) } : null;
}
