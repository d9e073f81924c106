// The workbook model: the standard tables, each number exact and remembering its cell.
import type { Exact, MoneyUnit } from '../money';
import type { TableKind } from './kinds';

/** One published amount. `value` null means the cell is blank or a dash: distinct from 0. */
export interface Amount {
  readonly value: Exact | null;
  /** Decimal places as printed (from the display text or number format). */
  readonly decimals: number;
  /** A1 address on the table's sheet; `Sheet!A1` in a continued part on another sheet. */
  readonly cell: string;
  /** The cell shows a formula error (#REF! …); `value` is null. */
  readonly error?: string;
  /** The cell holds text that is not a number; `value` is null. */
  readonly text?: string;
}

export interface Column {
  /** 0-based grid column. */
  readonly index: number;
  /** Column letters on the sheet (e.g. "E"). */
  readonly letter: string;
  /** Header texts from the top header row down, merged cells filled, repeats dropped. */
  readonly path: readonly string[];
  /**
   * Last year's figures, a change or a rate (上年预算数, 2024年执行数 in a 2025 table, 增减额):
   * set where the reader knows it, since a year alone says so only beside the table's year.
   */
  readonly comparison?: boolean;
}

export type RowRole =
  /** 合计 / 总计 / 支出合计: the table's (or side's) total. */
  | 'total'
  /** 本年收入合计 / 本年支出合计. */
  | 'current-total'
  /** 收入总计 / 支出总计 (current total plus carry-overs). */
  | 'grand-total'
  | 'subtotal'
  /** 上年结转, 结转下年 and similar carry-over lines. */
  | 'carry'
  /**
   * A count printed under the money lines ("三公" 相关统计数: 团组数, 人数, 车辆数, 批次): no amount,
   * never summed, compared or converted to another unit.
   */
  | 'count'
  | 'item';

export interface Row {
  /** 0-based grid row. */
  readonly index: number;
  /** A1 address of the row's label (or first) cell. */
  readonly cell: string;
  /** The label as written, without numbering (一、 1. （一）) or a 其中： prefix. */
  readonly label: string;
  /** The label cell's text as written. */
  readonly rawLabel: string;
  /** Classification code as digits (2010301, 30101), or null. */
  readonly code: string | null;
  /** 1 = 类, 2 = 款, 3 = 项 (from the code, else from indentation), null when unknown. */
  readonly level: number | null;
  /** Indentation of the label (spaces or the cell's indent). */
  readonly indent: number;
  readonly role: RowRole;
  /** The label started with 其中, or the line breaks down a carry-over above it. */
  readonly ofWhich: boolean;
  /**
   * The budget unit whose rows these are, in a table that repeats the classification under each
   * unit (部门支出总表 listing 本级 and each unit with its own 201 …): its codes are not the
   * department's, and sums by code stay within the unit.
   */
  readonly unit?: string;
  /**
   * The name of the row's parent where the table repeats it on every row beside the row's own
   * (一级项目 | 二级项目 with the 一级 written again on each 二级 row): the 一级项目.
   */
  readonly parent?: string;
  /** A line under a carry-over (二、上年结转 / 一般公共预算拨款): that source's carry-over, not its income. */
  readonly carryPart?: boolean;
  /**
   * A summary side printed as several breakdowns of the same total one after the other (支出 by
   * 功能分类, then by 经济分类 under its own heading): the breakdown this line belongs to.
   */
  readonly breakdown?: Breakdown;
  /** Which of those breakdowns, counted from 0 (two may be of one kind: 政府 and 部门 经济分类). */
  readonly breakdownNo?: number;
  /** Outline level from the label's numbering: 一、 1, （一） 2, 1. 3, (1) 4; null without. */
  readonly outline: number | null;
  /** One amount per value column of the block (null when the row has no cell there). */
  readonly amounts: ReadonlyArray<Amount | null>;
}

export type Side = 'main' | 'income' | 'expenditure';

/** How a summary's 支出 lines break the total down: by 功能分类 类, by 经济分类, by 基本/项目支出. */
export type Breakdown = 'function' | 'economic' | 'nature';

/** A table is one block, or two side by side (the 收入 and 支出 sides of a summary table). */
export interface Block {
  readonly side: Side;
  /**
   * Set where a summary side is printed as several breakdowns of the same total side by side
   * (支出 by 功能分类 | by 经济分类 | by 基本/项目 in column groups): which one this block is.
   */
  readonly breakdown?: Breakdown;
  readonly labelColumns: readonly number[];
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export type CodeScheme = 'function' | 'economic-dept' | 'economic-gov';

export interface Table {
  readonly kind: TableKind;
  readonly sheet: string;
  /** The title as written, or the sheet name when the table has no title row. */
  readonly title: string;
  readonly titleCell: string | null;
  /**
   * How the kind was decided; `continuation`: rows with neither title nor header, read under the
   * header of the table before them (a part that is kept only when joined to it).
   */
  readonly detectedBy: 'title' | 'sheet-name' | 'header' | 'override' | 'continuation';
  /** A1 range from the title to the last row of the table. */
  readonly range: string;
  readonly unit: MoneyUnit | null;
  readonly unitCell: string | null;
  readonly year: number | null;
  readonly unitName: string | null;
  readonly codeScheme: CodeScheme | null;
  readonly blocks: readonly Block[];
  /**
   * `forms`: a 项目支出绩效目标表 printed as one form per project (项目名称 | … on one line, its
   * funds below, then its indicators), read as one row per project with its year's funds.
   */
  readonly layout?: 'forms';
  /** Rows of header, for the pane and for messages. */
  readonly headerRows: readonly number[];
  /** No amount in the table holds a value. */
  readonly empty: boolean;
  /** A note under or in the table (注：本单位无…), with its cell. */
  readonly note: { readonly text: string; readonly cell: string } | null;
  /**
   * A table continued further down or on another sheet (…（续）): its parts in order, the first
   * being this table's own sheet, title and range. Rows of a part on another sheet have
   * sheet-qualified cells (`Sheet2!C5`) in `Row.cell` and `Amount.cell`. Each part keeps its own
   * header rows and unit cell (on its own sheet), for 舍位平衡 to relabel them.
   */
  readonly parts?: readonly TablePart[];
}

/** One part of a continued table, on its own sheet: addresses here are bare. */
export interface TablePart {
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: string | null;
  readonly range: string;
  readonly headerRows: readonly number[];
  readonly unitCell: string | null;
}

export interface UnrecognizedSheet {
  readonly sheet: string;
  readonly reason: 'empty' | 'no-budget-table';
}

/** Something the reader met that the user should know (never a crash). */
export interface ParseIssue {
  readonly code: 'no-header' | 'no-unit' | 'formula-error' | 'text-in-amount' | 'kind-override-unknown' | 'sheet-trimmed' | 'code-ambiguous';
  readonly sheet: string;
  readonly cell: string | null;
  readonly detail: string;
  /** For `code-ambiguous`: the 类/款/项 column, or the single code column of a function or economic table. */
  readonly part?: 'lei' | 'kuan' | 'xiang' | 'function' | 'economic';
}

export interface WorkbookModel {
  readonly tables: readonly Table[];
  readonly unrecognized: readonly UnrecognizedSheet[];
  readonly year: number | null;
  readonly unitName: string | null;
  readonly issues: readonly ParseIssue[];
}
