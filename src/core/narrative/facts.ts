// The figures an explanatory text speaks of, taken from the workbook model and converted to
// 万元: totals, sources, 基本/项目, classes, 人员经费/公用经费, "三公", funds. Every figure keeps
// its source cells ("Sheet!A1"). The drafter writes from these; the auditor checks against them.
import { sideOf, tableOf, threePublicPeriods, columnIndex, totalRow, className, summaryItems, runningCostsFigure, basicPartAmount, basicPartRows, type BasicPart } from '../checks/tables';
import { add, convert, exact, isZero, ZERO, type Exact, type MoneyUnit } from '../money';
import type { Amount, Row, Table, WorkbookModel } from '../model/types';
import { normalize } from '../model/text';

export interface Fig {
  /** In 万元. */
  readonly value: Exact;
  readonly sources: readonly string[];
}

export interface Facts {
  readonly year: number | null;
  readonly unitName: string | null;
  readonly incomeTotal: Fig | null; // 收入总计
  readonly expenditureTotal: Fig | null; // 支出总计
  readonly incomeCurrent: Fig | null; // 本年收入合计
  readonly expenditureCurrent: Fig | null; // 本年支出合计
  readonly incomeItems: readonly { label: string; fig: Fig }[];
  readonly carryOver: Fig | null; // 上年结转
  readonly basic: Fig | null; // 基本支出 (whole budget)
  readonly project: Fig | null; // 项目支出 (whole budget)
  readonly fiscalTotal: Fig | null;
  readonly fiscalGeneral: Fig | null;
  readonly fiscalFund: Fig | null;
  readonly fiscalState: Fig | null;
  readonly general: Fig | null; // 一般公共预算支出 合计
  readonly generalBasic: Fig | null;
  readonly generalProject: Fig | null;
  readonly generalClasses: readonly { code: string | null; name: string; fig: Fig }[];
  /** Every coded row of the 一般公共预算支出 table (类, 款, 项), for figures the text names by code. */
  readonly generalRows: readonly { code: string; name: string; fig: Fig }[];
  readonly personnel: Fig | null;
  readonly publicFunds: Fig | null; // 公用经费
  readonly personnelItems: readonly string[];
  readonly publicItems: readonly string[];
  readonly economic: readonly { code: string | null; name: string; fig: Fig }[];
  readonly threePublic: ThreePublicFacts | null;
  readonly threePublicPrior: ThreePublicFacts | null;
  /** 机关运行经费: the "三公" table's line, else a 机关运行经费 table of its own. */
  readonly runningCosts: Fig | null;
  /** Last year's 机关运行经费 where this workbook has it (a 上年 period or column). */
  readonly runningCostsPrior: Fig | null;
  readonly fund: Fig | null;
  readonly fundProject: Fig | null;
  readonly fundEmpty: boolean;
  readonly stateCapital: Fig | null;
  readonly stateCapitalEmpty: boolean;
}

export interface ThreePublicFacts {
  readonly total: Fig | null;
  readonly abroad: Fig | null;
  readonly vehicle: Fig | null;
  readonly purchase: Fig | null;
  readonly operation: Fig | null;
  readonly reception: Fig | null;
  readonly running: Fig | null; // 机关运行经费, where the table has it
}

function fig(table: Table | null, a: Amount | null | undefined): Fig | null {
  if (!table || !a) return null;
  const unit: MoneyUnit = table.unit ?? '万元';
  return { value: convert(a.value ?? ZERO, unit, '万元'), sources: [a.cell.includes('!') ? a.cell : `${table.sheet}!${a.cell}`] };
}

function sumFigs(figs: (Fig | null)[]): Fig | null {
  const present = figs.filter((f): f is Fig => !!f);
  if (present.length === 0) return null;
  return { value: present.reduce((s, f) => add(s, f.value), ZERO), sources: present.flatMap((f) => f.sources) };
}

function findRow(rows: readonly Row[], re: RegExp): Row | undefined {
  return rows.find((r) => re.test(normalize(r.label)));
}

export function isZeroFig(f: Fig | null): boolean {
  return !f || isZero(f.value);
}

export function extractFacts(model: WorkbookModel): Facts {
  const summary = tableOf(model, 'summary');
  const inc = summary ? sideOf(summary, 'income') : null;
  const exp = summary ? sideOf(summary, 'expenditure') : null;
  const at = (rows: readonly Row[] | undefined, role: Row['role']) => rows?.find((r) => r.role === role)?.amounts[0];
  const incomeTotal = fig(summary, at(inc?.rows, 'grand-total'));
  const expenditureTotal = fig(summary, at(exp?.rows, 'grand-total'));
  const incomeCurrent = fig(summary, at(inc?.rows, 'current-total')) ?? incomeTotal;
  const expenditureCurrent = fig(summary, at(exp?.rows, 'current-total')) ?? expenditureTotal;
  const flatItems = (inc?.rows ?? []).filter((r) => r.role === 'item' && !r.ofWhich && (r.outline === 1 || r.outline === null));
  // Every line numbered （一）… under 一、本年收入: the outermost numbering left.
  const topItems = flatItems.length > 0 ? flatItems : summaryItems(inc?.rows ?? []);
  const incomeItems = topItems.map((r) => ({ label: r.label, fig: fig(summary, r.amounts[0])! })).filter((x) => x.fig);
  const carryOver = fig(summary, inc?.rows.find((r) => r.role === 'carry')?.amounts[0]);

  const expenditure = tableOf(model, 'expenditure');
  const eb = expenditure?.blocks[0];
  const eTotal = eb ? totalRow(eb) : null;
  const basic = eb && eTotal ? fig(expenditure, eTotal.amounts[columnIndex(eb, /基本支出(\/小计)?$/)]) : null;
  const project = eb && eTotal ? fig(expenditure, eTotal.amounts[columnIndex(eb, /项目支出$/)]) : null;

  const fiscal = tableOf(model, 'fiscal-summary');
  const fi = fiscal ? sideOf(fiscal, 'income') : null;
  const fiscalItem = (re: RegExp) => fig(fiscal, findRow((fi?.rows ?? []).filter((r) => r.role === 'item'), re)?.amounts[0]);
  const fiscalGeneral = fiscalItem(/一般公共预算/);
  const fiscalFund = fiscalItem(/政府性基金/);
  const fiscalState = fiscalItem(/国有资本经营/);
  const fiscalTotal = fig(fiscal, at(fi?.rows, 'current-total')) ?? fig(fiscal, at(fi?.rows, 'grand-total')) ?? sumFigs([fiscalGeneral, fiscalFund, fiscalState]);

  const general = tableOf(model, 'general-expenditure');
  const gb = general?.blocks[0];
  const gTotal = gb ? totalRow(gb) : null;
  const gcol = (re: RegExp) => (gb && gTotal ? fig(general, gTotal.amounts[columnIndex(gb, re)]) : null);
  const generalRows = (gb?.rows ?? []).filter((r) => r.role === 'item' && r.code).map((r) => ({ code: r.code!, name: r.label, fig: fig(general, r.amounts[0])! })).filter((r) => r.fig);
  const generalClasses = (gb?.rows ?? []).filter((r) => r.role === 'item' && r.level === 1).map((r) => ({ code: r.code, name: r.label, fig: fig(general, r.amounts[0])! }));

  const gbasic = tableOf(model, 'general-basic');
  const bb = gbasic?.blocks[0];
  const bTotal = bb ? totalRow(bb) : null;
  const bcol = (re: RegExp) => (bb && bTotal ? fig(gbasic, bTotal.amounts[columnIndex(bb, re)]) : null);
  const pi = bb ? columnIndex(bb, /人员经费$/) : -1;
  const ui = bb ? columnIndex(bb, /公用经费$/) : -1;
  const itemsWith = (col: number) =>
    (bb?.rows ?? []).filter((r) => r.role === 'item' && r.level === 2 && col >= 0 && r.amounts[col]?.value && !isZero(r.amounts[col]!.value!)).map((r) => r.label);
  // One amount column with 人员经费 and 公用经费 as lines over their classes: the 款 under each line.
  const itemsUnder = (part: BasicPart) =>
    (bb ? basicPartRows(bb, part) : []).filter((r) => r.role === 'item' && r.level === 2 && r.amounts[0]?.value && !isZero(r.amounts[0]!.value!)).map((r) => r.label);
  const basicPart = (part: BasicPart) => (gbasic ? fig(gbasic, basicPartAmount(gbasic, part)) : null);

  const economicT = tableOf(model, 'economic');
  const economic = (economicT?.blocks[0].rows ?? []).filter((r) => r.role === 'item' && r.level === 1).map((r) => ({ code: r.code, name: r.label, fig: fig(economicT, r.amounts[0])! }));

  const three = tableOf(model, 'three-public');
  const periods = three ? threePublicPeriods(three) : [];
  const tp = (p: (typeof periods)[number] | undefined): ThreePublicFacts | null =>
    p
      ? {
          total: fig(three, p.total),
          abroad: fig(three, p.abroad),
          vehicle: fig(three, p.vehicle) ?? sumFigs([fig(three, p.purchase), fig(three, p.operation)]),
          purchase: fig(three, p.purchase),
          operation: fig(three, p.operation),
          reception: fig(three, p.reception),
          running: fig(three, p.running),
        }
      : null;

  const threeNow = tp(periods.find((p) => !p.prior));
  const threeBefore = tp(periods.find((p) => p.prior));
  const runningT = tableOf(model, 'running-costs');

  const fundT = tableOf(model, 'fund-expenditure');
  const fb = fundT?.blocks[0];
  const fTotal = fb ? totalRow(fb) : null;
  const stateT = tableOf(model, 'state-capital-expenditure');

  // Without a summary table, the income and expenditure tables give the year's totals.
  const incomeT = tableOf(model, 'income');
  const incomeTableTotal = incomeT ? fig(incomeT, totalRow(incomeT.blocks[0])?.amounts[0]) : null;
  const expenditureTableTotal = eTotal ? fig(expenditure, eTotal.amounts[0]) : null;
  return {
    year: model.year,
    unitName: model.unitName,
    incomeTotal,
    expenditureTotal,
    incomeCurrent: incomeCurrent ?? incomeTableTotal,
    expenditureCurrent: expenditureCurrent ?? expenditureTableTotal,
    incomeItems,
    carryOver,
    basic,
    project,
    fiscalTotal,
    fiscalGeneral,
    fiscalFund,
    fiscalState,
    general: gcol(/(^|\/)合计$/) ?? (gb && gTotal ? fig(general, gTotal.amounts[0]) : null),
    generalBasic: gcol(/基本支出(\/小计)?$/),
    generalProject: gcol(/项目支出$/),
    generalClasses,
    generalRows,
    personnel: bcol(/人员经费$/) ?? basicPart('personnel') ?? gcol(/人员经费$/),
    publicFunds: bcol(/公用经费$/) ?? basicPart('public') ?? gcol(/公用经费$/),
    personnelItems: pi >= 0 ? itemsWith(pi) : itemsUnder('personnel'),
    publicItems: ui >= 0 ? itemsWith(ui) : itemsUnder('public'),
    economic,
    threePublic: threeNow,
    threePublicPrior: threeBefore,
    runningCosts: threeNow?.running ?? (runningT ? fig(runningT, runningCostsFigure(runningT)) : null),
    runningCostsPrior: threeBefore?.running ?? (runningT ? fig(runningT, runningCostsFigure(runningT, true)) : null),
    fund: fundT ? (fTotal ? fig(fundT, fTotal.amounts[0]) : { value: ZERO, sources: [] }) : null,
    fundProject: fb && fTotal ? fig(fundT, fTotal.amounts[columnIndex(fb, /项目支出$/)]) : null,
    fundEmpty: fundT?.empty ?? true,
    stateCapital: stateT ? (totalRow(stateT.blocks[0]) ? fig(stateT, totalRow(stateT.blocks[0])!.amounts[0]) : { value: ZERO, sources: [] }) : null,
    stateCapitalEmpty: stateT?.empty ?? true,
  };
}

export { className, exact };
