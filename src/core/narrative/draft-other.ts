// The drafter's sections on 机关运行经费, 政府采购 and 项目支出绩效目标 (其他重要事项), each from the
// table that gives it, with placeholders for what the workbook does not say.
import { cmp } from '../money';
import type { WorkbookModel } from '../model/types';
import { text, type Paragraph } from './doc';
import { isZeroFig, type Facts, type Fig } from './facts';
import { amountRun, shareRun } from './wording';
import { lastYearTotal, performanceTargets, tableState, type Procurement } from './draft-tables';
import { compareWithReason, hole, listFigs, p, type Ctx } from './draft-parts';

/**
 * 机关运行经费: the "三公" table's line or a 机关运行经费 table of its own; else, where that is what the
 * workbook gives, the 公用经费 of the 一般公共预算基本支出 (财政拨款安排的基本支出) table, said to
 * be so (the two are equal when every unit is an administrative office or managed as one). Last
 * year from last year's workbook, else from this workbook's 上年 column of the same source.
 */
export function runningCostsParagraphs(c: Ctx, f: Facts, pf: Facts | null, model: WorkbookModel): Paragraph[] {
  const head = `${c.subject}机关运行经费预算`;
  if (f.runningCosts) {
    const before = pf ? pf.runningCosts ?? f.runningCostsPrior ?? undefined : f.runningCostsPrior ?? undefined;
    return [p(text(head), amountRun(f.runningCosts, c.unit), text('。'), compareWithReason(c, f.runningCosts, before, '机关运行经费增减的主要原因'))];
  }
  if (f.publicFunds && tableState(model, 'general-basic').state === 'present') {
    const before = pf ? pf.publicFunds ?? undefined : lastYearTotal(model, 'general-basic', /公用经费/) ?? undefined;
    return [p(text(head), amountRun(f.publicFunds, c.unit), text('，按一般公共预算基本支出中的公用经费计列。'), compareWithReason(c, f.publicFunds, before, '机关运行经费增减的主要原因'))];
  }
  return [p(text(head), hole('机关运行经费金额'), text('，'), hole('与上年相比的增减及原因'), text('。'))];
}

/**
 * 政府采购: the 政府采购预算表's total with 货物/工程/服务, then the amount reserved for small and
 * medium enterprises and its share of the total where the table states it; placeholders for what
 * the workbook does not give.
 */
export function procurementParagraphs(c: Ctx, buy: Procurement | null): Paragraph[] {
  if (buy && isZeroFig(buy.total)) return [p(text(`${c.name}${c.y}没有政府采购预算。`))];
  const amt = (x: Fig) => amountRun(x, c.unit);
  const sme = buy?.sme
    ? [text(`${c.y}${c.self}面向中小企业预留的政府采购预算`), amt(buy.sme), ...(shareRun(buy.sme, buy.total, c.unit) ? [text('，占政府采购预算总额的'), shareRun(buy.sme, buy.total, c.unit)!] : []), text('。')]
    : [text(`${c.y}${c.self}面向中小企业预留的政府采购预算`), hole('面向中小企业预留的金额及占政府采购预算总额的比例，没有则写明'), text('。')];
  if (buy)
    return [
      p(
        text(`${c.subject}政府采购预算`),
        amt(buy.total),
        buy.goods && buy.works && buy.services ? [text('，其中：政府采购货物预算'), amt(buy.goods), text('、政府采购工程预算'), amt(buy.works), text('、政府采购服务预算'), amt(buy.services)] : [],
        text('。'),
      ),
      p(...sme),
    ];
  return [
    p(text(`${c.subject}政府采购预算`), hole('政府采购预算金额'), text('，其中：政府采购货物预算'), hole('货物类金额'), text('、政府采购工程预算'), hole('工程类金额'), text('、政府采购服务预算'), hole('服务类金额'), text('。')),
    p(...sme),
  ];
}

/**
 * 项目支出绩效目标: from the 项目支出绩效目标表, how many projects have targets and the budget
 * they cover, then the projects with their amounts (the ten largest when there are more); the
 * table published empty is said to be so; without the table, placeholders.
 */
export function performanceParagraphs(c: Ctx, model: WorkbookModel): Paragraph[] {
  const targets = performanceTargets(model);
  const lead = `${c.y}，${c.self}实行绩效目标管理的项目`;
  if (!targets) return [p(text(lead), hole('项目个数'), text('个，涉及项目预算资金'), hole('金额'), text('。'))];
  if (targets.projects.length === 0) return [p(text(`${c.name}${c.y}没有编报绩效目标的项目`), text(targets.emptyTitle ? `，${targets.emptyTitle}为空表。` : '。'))];
  const n = targets.projects.length;
  const withAmount = targets.projects.filter((x): x is { name: string; fig: Fig } => !!x.fig);
  const shown = [...withAmount].sort((a, b) => cmp(b.fig.value, a.fig.value)).slice(0, 10);
  // Table order when every project is listed, largest first when only the main ones are.
  const listed = shown.length === withAmount.length && withAmount.length === n ? withAmount : shown;
  return [
    p(
      text(`${lead}${n}个，涉及项目预算资金`),
      targets.total ? amountRun(targets.total, c.unit) : hole('金额'),
      text('。'),
      listed.length ? [text(listed.length === n ? '具体项目为：' : '主要项目有：'), ...listFigs(c, listed.map((x) => ({ label: x.name, fig: x.fig })), null, null), text('。')] : [],
      text('各项目的绩效目标和指标详见项目支出绩效目标表。'),
    ),
  ];
}
