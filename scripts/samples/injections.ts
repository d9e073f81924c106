// Errors injected into copies of the samples, at known cells. Each says what it breaks; the
// checks must report it on `cell`, or on the total whose identity it breaks with `cell` among
// the related cells.
export interface Injection {
  sheet: string;
  cell: string;
  /** The clean value as text (guards against a layout change moving the cell). */
  from: string | null;
  to: number | string | null;
  breaks: string;
  /** The rule that must report it (at its preset severity); without it, any error will do. */
  rule?: string;
}

export interface InjectionSet {
  file: string;
  source: string;
  injections: Injection[];
}

export const INJECTIONS: InjectionSet[] = [
  {
    file: 'a-2019-errors.xlsx',
    source: 'a-2019.xlsx',
    injections: [
      { sheet: '部门支出总表', cell: 'D7', from: '60.1', to: 61.1, breaks: '行政运行: 合计 ≠ 基本支出 + 项目支出; 款 20103 ≠ Σ 项 on 基本支出' },
      { sheet: '一般公共预算基本支出表', cell: 'C4', from: '70.27', to: 70.72, breaks: '合计 row: 人员经费 ≠ Σ 类 rows; 合计 ≠ 人员经费 + 公用经费' },
      { sheet: '部门收支总表', cell: 'B14', from: '789.25', to: 798.25, breaks: '收入总计 ≠ 本年收入合计 + 上年结转; 收入总计 ≠ 支出总计' },
      { sheet: '三公经费支出表', cell: 'F5', from: '0', to: 1.5, breaks: '"三公" 合计 0 with a non-zero part (公务接待费)' },
      { sheet: '一般公共预算支出表', cell: 'C10', from: '10.68', to: 10.86, breaks: '类 208 ≠ Σ 款; 合计 ≠ Σ 类; 类 row ≠ 基本 + 项目' },
    ],
  },
  {
    file: 'b-2025-errors.xlsx',
    source: 'b-2025.xlsx',
    injections: [
      { sheet: '三公经费和机关运行经费', cell: 'C5', from: '839', to: 893, breaks: '"三公" 合计 ≠ 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费' },
      { sheet: '一般公共预算支出功能分类预算表', cell: 'E25', from: '1867680', to: 186.77, breaks: '购房补贴 written in 万元 in a 元 table: 合计 ≠ 基本 + 项目, 款 ≠ Σ 项, 10,000 times off the 部门支出预算总表' },
      { sheet: '部门财政拨款收支预算总表', cell: 'B5', from: '91016775.35', to: 91016757.35, breaks: '一般公共预算资金 ≠ 收入总计 and ≠ the 一般公共预算 支出 合计' },
    ],
  },
  {
    // One error per identity between the tables, each where only its own rule sees it or where
    // its rule must see it among others.
    file: 'c-2024-errors.xlsx',
    source: 'c-2024.xlsx',
    injections: [
      { sheet: '部门收支总表', cell: 'D6', from: '80', to: 80.5, breaks: '0.5 moved from 公用经费 to 人员经费 in the summary: ≠ the 基本支出表', rule: 'cross-summary-split' },
      { sheet: '部门收支总表', cell: 'D7', from: '8.3', to: 7.8, breaks: '(the other half of the move)', rule: 'cross-summary-split' },
      { sheet: '部门收支总表', cell: 'B5', from: '140.3', to: 140.5, breaks: '一般公共预算拨款 ≠ the 财政拨款收支总表 and the 收入总表 column', rule: 'cross-fiscal' },
      { sheet: '财政拨款收支总表', cell: 'E5', from: '120.5', to: 120.05, breaks: '一般公共服务支出, 一般公共预算 column ≠ 类 201 of the 一般公共预算支出表', rule: 'cross-fiscal-classes' },
      { sheet: '部门收入总表', cell: 'E7', from: '68.5', to: 68.05, breaks: '2010301 一般公共预算 ≠ 2010301 of the 一般公共预算支出表', rule: 'cross-income-sources' },
      { sheet: '部门收入总表', cell: 'C11', from: '7.4', to: 7.04, breaks: '2080505 合计 ≠ 2080505 of the 部门支出总表', rule: 'cross-income-expenditure' },
      { sheet: '部门支出总表', cell: 'D7', from: '68.5', to: 68.05, breaks: '2010301 基本支出 ≠ 一般公共预算 + 政府性基金 (all income fiscal)', rule: 'cross-expenditure-sources' },
      { sheet: '支出经济分类汇总表', cell: 'E17', from: '2', to: 2.2, breaks: '30201 基本支出 ≠ 30201 of the 基本支出表', rule: 'cross-economic' },
      { sheet: '一般公共预算基本支出表', cell: 'C4', from: '80', to: 80.2, breaks: '人员经费 合计 ≠ 301 + 303', rule: 'basic-personnel-classes' },
      { sheet: '一般公共预算基本支出表', cell: 'D4', from: '8.3', to: 8.1, breaks: '公用经费 合计 ≠ 302', rule: 'basic-personnel-classes' },
      { sheet: '三公经费支出表', cell: 'F6', from: '1.3', to: 1.5, breaks: '公务接待费 ≠ 30217 of the 支出经济分类汇总表', rule: 'three-public-economic' },
      { sheet: '三公经费支出表', cell: 'G6', from: '8.3', to: 8.6, breaks: '机关运行经费 ≠ 公用经费', rule: 'running-costs' },
      { sheet: '项目支出表', cell: 'B4', from: '52', to: 52.5, breaks: '项目支出表 合计 ≠ 项目支出 of the 部门支出总表', rule: 'project-total' },
      { sheet: '政府采购预算表', cell: 'F6', from: '12', to: 12.5, breaks: '政府采购: 合计 ≠ 货物 + 工程 + 服务 on the row', rule: 'column-total' },
    ],
  },
  {
    // Layout (d): each error where the layout's own reading decides whether it is seen.
    file: 'd-2025-errors.xlsx',
    source: 'd-2025.xlsx',
    injections: [
      { sheet: '1 收支总表', cell: 'D12', from: '340.26', to: 340.62, breaks: '支出总计 ≠ 本年支出合计 + 年终结转结余 and ≠ 收入总计', rule: 'summary-side-total' },
      { sheet: '2 收入总表', cell: 'F7', from: '235.26', to: 235.62, breaks: 'a unit row (unit codes, not 功能分类): 本年收入 小计 ≠ its sources', rule: 'column-total' },
      { sheet: '3 支出总表', cell: 'B6', from: '139', to: 193, breaks: '行政运行 (names only, level by indentation): 合计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
      { sheet: '4 财政拨款收支总表', cell: 'E5', from: '237.5', to: 273.5, breaks: '一般公共服务支出, 一般公共预算 ≠ 类 201 of this year in the 一般公共预算支出表 (whose first column is last year)', rule: 'cross-fiscal-classes' },
      { sheet: '5 一般公共预算支出表', cell: 'D9', from: '139', to: 139.5, breaks: '2010301 this year: 合计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
      { sheet: '6 基本支出表', cell: 'E7', from: '192.16', to: 192.61, breaks: '50501 人员经费: 合计 ≠ 人员经费 + 公用经费 (政府预算经济分类)', rule: 'column-total' },
      { sheet: '7 三公经费', cell: 'L6', from: '0.9', to: 1.2, breaks: '2025 group of a two-year row: 合计 ≠ 因公出国 + 公务用车 + 公务接待', rule: 'three-public-sum' },
      { sheet: '8 基金和国有资本', cell: 'C4', from: '60', to: 66, breaks: '类 212 of the fund table (two tables on the sheet) ≠ Σ 款', rule: 'code-hierarchy' },
    ],
  },
  {
    // Layout (e), the final accounts: 行次 columns, 栏次 rows, 人员经费 beside 公用经费.
    file: 'e-2024-final-errors.xlsx',
    source: 'e-2024-final.xlsx',
    injections: [
      { sheet: '公开01表', cell: 'F6', from: '159.8', to: 159.08, breaks: '一般公共服务支出 on the 支出 side (beside a 行次 column): 本年支出合计 ≠ Σ 类', rule: 'summary-side-total' },
      { sheet: '公开02表', cell: 'D9', from: '100.6', to: 106, breaks: '2010301 财政拨款收入 ≠ 本年收入合计 (columns named over a 栏次 row)', rule: 'column-total' },
      { sheet: '公开03表', cell: 'E10', from: '9.8', to: 8.9, breaks: '2010350: 本年支出合计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
      { sheet: '公开04表', cell: 'G7', from: '15.12', to: 15.21, breaks: '社会保障和就业支出, 一般公共预算财政拨款 ≠ 类 208 of the 一般公共预算 table', rule: 'cross-fiscal-classes' },
      { sheet: '公开05表', cell: 'D9', from: '100.6', to: 100.06, breaks: '2010301 基本支出: 本年支出 小计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
      { sheet: '公开06表', cell: 'F12', from: '2.8', to: 3.8, breaks: '30231 on the 公用经费 side: 类 302 ≠ Σ 款', rule: 'code-hierarchy' },
      { sheet: '公开06表', cell: 'C15', from: '137.28', to: 137.82, breaks: '人员经费合计 ≠ Σ 类 on the 人员经费 side', rule: 'row-total' },
      { sheet: '公开07表', cell: 'L7', from: '0.6', to: 0.9, breaks: '"三公" 决算数: 合计 ≠ its items', rule: 'three-public-sum' },
    ],
  },
  {
    // Layout (d) with nested summaries: 一、本年收入 over its sources, 二、上年结转结余 over its own.
    file: 'd-2025-nested-errors.xlsx',
    source: 'd-2025-nested.xlsx',
    injections: [
      { sheet: '1 收支总表', cell: 'B5', from: '340.26', to: 304.26, breaks: '一、本年收入 ≠ Σ the sources under it', rule: 'summary-side-total' },
      { sheet: '1 收支总表', cell: 'D7', from: '23.04', to: 23.4, breaks: '社会保障和就业支出 under 一、本年支出: 一、本年支出 ≠ Σ its classes', rule: 'summary-side-total' },
      { sheet: '3 支出总表', cell: 'C23', from: '45', to: 54, breaks: '2010302 of the second budget unit ≠ its 款 20103 (the classes repeat per unit)', rule: 'code-hierarchy' },
      { sheet: '4 财政拨款收支总表', cell: 'E6', from: '237.5', to: 237.05, breaks: '一般公共服务支出, 一般公共预算 ≠ 类 201 of the 一般公共预算支出表', rule: 'cross-fiscal-classes' },
    ],
  },
  {
    // Layout (d) as another province prints it: 支出 three ways side by side, lines numbered （一）
    // under 一、本年收入, the department's code 301 heading its classes.
    file: 'd-2025-breakdowns-errors.xlsx',
    source: 'd-2025-breakdowns.xlsx',
    injections: [
      { sheet: '1 收支总表', cell: 'B7', from: '60', to: 66, breaks: '（二）政府性基金预算拨款收入 under 一、本年收入: 一、本年收入 ≠ Σ the numbered lines under it', rule: 'summary-side-total' },
      { sheet: '1 收支总表', cell: 'F5', from: '332.46', to: 323.46, breaks: 'the breakdown by 经济分类 (its own column group) ≠ 本年支出合计', rule: 'summary-side-total' },
      { sheet: '1 收支总表', cell: 'H6', from: '117.5', to: 171.5, breaks: '项目支出 in the breakdown by 支出类别 ≠ the 部门支出总表 项目支出', rule: 'cross-summary-split' },
      { sheet: '3 支出总表', cell: 'C6', from: '237.5', to: 273.5, breaks: '类 201 under the department heading 301: 合计 ≠ Σ 类 (the heading is no class)', rule: 'row-total' },
    ],
  },
  {
    // Layout (c) with the 一般公共预算支出表 continued on the next sheet: an error in the continued
    // part is found on its own cell.
    file: 'c-2024-continued-errors.xlsx',
    source: 'c-2024-continued.xlsx',
    injections: [
      { sheet: '一般公共预算支出表（续）', cell: 'C6', from: '7.4', to: 7.9, breaks: '2080505 on the continued sheet: 合计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
    ],
  },
  {
    // Layout (b) continued by rows alone, codes written once: the first continued rows take their
    // 类 and 款 from the first sheet, so an error in them is found by code as inside one table.
    file: 'b-2025-continued-errors.xlsx',
    source: 'b-2025-continued.xlsx',
    injections: [
      { sheet: '一般公共预算支出功能分类预算表（2）', cell: 'F1', from: '881579.76', to: 881597.76, breaks: '2080506 (类 and 款 blank, on the sheet of rows alone): 基本支出 no longer adds up to 款 20805', rule: 'code-hierarchy' },
      { sheet: '一般公共预算支出功能分类预算表（2）', cell: 'E6', from: '314218.15', to: 314281.15, breaks: '2101102 on the continued sheet: 合计 ≠ 基本支出 + 项目支出', rule: 'column-total' },
    ],
  },
];
