// The drafter: the explanatory text (部门预算情况说明) written from the tables, correct by
// construction. What the tables cannot know is a visible placeholder.
import { nameInYear } from '../codes';
import type { WorkbookModel } from '../model/types';
import { text, type DocModel, type Paragraph, type Part, type Run, type Section } from './doc';
import { extractFacts, isZeroFig, type Facts, type Fig, type ThreePublicFacts } from './facts';
import { amountRun, shareRun, type TextUnit } from './wording';
import { CN, compareWithReason, hole, listFigs, NO_FIG, p, resetHoles, sec, sub, type Ctx } from './draft-parts';
import { performanceParagraphs, procurementParagraphs, runningCostsParagraphs } from './draft-other';
import { basicClasses, functionItems, GENERAL_LAST_YEAR_TOTAL, lastYearIncome, lastYearIncomeTotal, lastYearTotal, procurement, projects, tableState, type FunctionItem } from './draft-tables';
import { normalize } from '../model/text';
import { className } from '../checks/tables';
import { cmp, eq, sum } from '../money';
import { documentTypeOfModel } from './document-type';

export interface UnitFacts {
  readonly name?: string;
  readonly internalOffices?: number;
  readonly staffing?: number;
  readonly actualStaff?: number;
}

export interface DraftInput {
  readonly model: WorkbookModel;
  /** Last year's workbook, for the comparisons. */
  readonly prior?: WorkbookModel | null;
  readonly unit?: UnitFacts;
  /**
   * The unit amounts are written in. By default 万元, as published texts state them whatever
   * unit the tables are kept in; 元 writes the figures as the tables have them.
   */
  readonly moneyUnit?: TextUnit;
}

export function draftNarrative(input: DraftInput): DocModel {
  resetHoles();
  const model = input.model;
  const f = extractFacts(model);
  const pf: Facts | null = input.prior ? extractFacts(input.prior) : null;
  const isUnit = documentTypeOfModel(model) === 'unit';
  const self = isUnit ? '本单位' : '本部门';
  const name = input.unit?.name ?? f.unitName ?? self;
  const year = f.year ?? model.year;
  const y = year ? `${year}年` : '本年度';
  const py = year ? `${year - 1}年` : '上年';
  // A unit's tables (单位收支总表, 预算单位…) get a unit's text: 单位预算, not 部门预算.
  const budgetWord = isUnit ? '单位预算' : '部门预算';
  const c: Ctx = { subject: `${name}${y}`, name, y, py, unit: input.moneyUnit ?? '万元', self, budgetWord };
  const amt = (x: Fig) => amountRun(x, c.unit);
  // undefined: no prior data (placeholder); null: nothing to compare.
  const prior = <T>(pick: (x: Facts) => T | null): T | null | undefined => (pf ? pick(pf) : undefined);
  const { subject } = c;

  const part2: Section[] = [];
  // 一 收入支出预算总体情况
  part2.push(
    sec(0, '收入支出预算总体情况', [
      p(
        text(`${subject}收入总计`),
        f.incomeTotal ? amt(f.incomeTotal) : hole('收入总计'),
        text('，支出总计'),
        f.expenditureTotal ? amt(f.expenditureTotal) : hole('支出总计'),
        text('。'),
        compareWithReason(c, f.incomeTotal, pf ? pf.incomeTotal : lastYearIncomeTotal(model) ?? undefined).map((r) => (r.kind === 'text' && r.text.startsWith('与') && r.text.endsWith('，') ? text(`${r.text}收、支总计各`) : r)),
      ),
    ]),
  );
  // 二 收入预算: 上年结转 is part of 收入总计, not of 本年收入合计.
  const incomeItems = f.incomeItems.filter((i) => !isZeroFig(i.fig));
  const carry = f.carryOver && !isZeroFig(f.carryOver) ? f.carryOver : null;
  part2.push(
    sec(1, '收入预算情况', [
      ...(carry && f.incomeTotal && f.incomeCurrent
        ? [
            p(text(`${subject}收入总计`), amt(f.incomeTotal), text('，其中：本年收入合计'), amt(f.incomeCurrent), text('，上年结转'), amt(carry), text('。')),
            ...(incomeItems.length ? [p(text('本年收入合计中：'), ...listFigs(c, incomeItems, f.incomeCurrent, '本年收入合计的'), text('。'))] : []),
          ]
        : [
            p(
              text(`${subject}收入合计`),
              f.incomeCurrent ? amt(f.incomeCurrent) : hole('收入合计'),
              incomeItems.length ? [text('，其中：'), ...listFigs(c, incomeItems, f.incomeCurrent, '收入合计的')] : [],
              text('。'),
            ),
          ]),
      // Each source against last year: last year's workbook, else the summary's 上年 column.
      ...incomeChanges(c, f.incomeItems, pf, model),
    ]),
  );
  // 三 支出预算
  const totalSpend = f.expenditureCurrent;
  part2.push(
    sec(2, '支出预算情况', [
      p(
        text(`${subject}支出合计`),
        totalSpend ? amt(totalSpend) : hole('支出合计'),
        f.basic && f.project ? [text('，其中：'), ...listFigs(c, [{ label: '基本支出', fig: f.basic }, { label: '项目支出', fig: f.project }], totalSpend, '支出合计的')] : [],
        text('。'),
      ),
    ]),
  );
  // 四 财政拨款收支
  const fiscalItems = [
    { label: '一般公共预算', fig: f.fiscalGeneral, prior: prior((x) => x.fiscalGeneral) },
    { label: '政府性基金预算', fig: f.fiscalFund, prior: prior((x) => x.fiscalFund) },
    { label: '国有资本经营预算', fig: f.fiscalState, prior: prior((x) => x.fiscalState) },
  ].filter((i) => i.fig && (!isZeroFig(i.fig) || (i.prior && !isZeroFig(i.prior))));
  part2.push(
    sec(3, '财政拨款收入支出预算情况', [
      p(
        text(`${subject}财政拨款收支预算`),
        f.fiscalTotal ? amt(f.fiscalTotal) : hole('财政拨款收支总额'),
        fiscalItems.length ? [text('，其中：'), ...listFigs(c, fiscalItems as { label: string; fig: Fig }[], null, null)] : [],
        text('。'),
        compareWithReason(c, f.fiscalTotal, prior((x) => x.fiscalTotal)),
      ),
      // Each source's change only when there are several: with one, it is the total's.
      ...(fiscalItems.length > 1 ? fiscalItems.filter((i) => i.prior !== null).map((i) => p(text(`${i.label}收支预算`), amt(i.fig as Fig), text('，'), compareWithReason(c, i.fig, i.prior))) : []),
    ]),
  );
  // 五 一般公共预算支出: the total, the classes with their shares, then each item down to 项.
  const classItems = f.generalClasses.filter((x) => !isZeroFig(x.fig)).map((x) => ({ label: `${className(displayClassName(x.code, x.name, year))}（类）支出`, fig: x.fig }));
  part2.push(
    sec(4, '一般公共预算支出情况', f.general && isZeroFig(f.general) && isZeroFig(prior((x) => x.general) ?? null) ? [p(text(`${c.name}${y}没有一般公共预算支出。`))] : [
      p(
        text(`${subject}一般公共预算支出`),
        f.general ? amt(f.general) : hole('一般公共预算支出'),
        f.general && totalSpend && shareRun(f.general, totalSpend, c.unit) ? [text('，占支出合计的'), shareRun(f.general, totalSpend, c.unit)!] : [],
        text('。'),
        // Last year's workbook, else the 上年 column of the 一般公共预算支出表's total.
        compareWithReason(c, f.general, pf ? pf.general : lastYearTotal(model, 'general-expenditure', GENERAL_LAST_YEAR_TOTAL) ?? undefined),
      ),
      ...(classItems.length ? [p(text('按支出功能分类，主要用于以下方面：'), ...listFigs(c, classItems, f.general, '一般公共预算支出的'), text('。'))] : []),
      ...functionItemParagraphs(c, functionItems(model), pf && input.prior ? input.prior : null, year),
    ]),
  );
  // 六 一般公共预算基本支出
  part2.push(
    sec(5, '一般公共预算基本支出情况', [
      p(
        text(`${subject}一般公共预算基本支出`),
        f.generalBasic ? amt(f.generalBasic) : hole('一般公共预算基本支出'),
        f.personnel && f.publicFunds
          ? [
              text('，其中：人员经费'),
              amt(f.personnel),
              text(f.personnelItems.length ? `，主要包括${f.personnelItems.join('、')}；` : '；'),
              text('公用经费'),
              amt(f.publicFunds),
              text(f.publicItems.length ? `，主要包括${f.publicItems.join('、')}` : ''),
            ]
          : [],
        text('。'),
        // Last year's workbook, else the 上年 column of this year's 基本支出 table (or of the
        // 一般公共预算支出表's 基本支出); nothing when neither has it.
        f.generalBasic ? compareWithReason(c, f.generalBasic, pf ? pf.generalBasic : lastYearTotal(model, 'general-basic', /^(?!.*(人员|公用)).*$/) ?? lastYearTotal(model, 'general-expenditure', /基本支出/)) : [],
      ),
    ]),
  );
  // 七 支出经济分类: the summary table, else the economic classes of 基本支出.
  const econ = f.economic.filter((e) => !isZeroFig(e.fig));
  const basicEcon = basicClasses(model).filter((e) => !isZeroFig(e.fig));
  part2.push(
    sec(6, '支出预算经济分类情况', [
      econ.length
        ? p(text(`按部门预算支出经济分类，${subject}支出中：`), ...listFigs(c, econ.map((e) => ({ label: e.name, fig: e.fig })), totalSpend, '支出合计的'), text('。'))
        : basicEcon.length && f.generalBasic
          ? p(text(`按部门预算支出经济分类，${subject}一般公共预算基本支出中：`), ...listFigs(c, basicEcon.map((e) => ({ label: e.name, fig: e.fig })), f.generalBasic, '一般公共预算基本支出的'), text('。'))
          : p(hole('支出预算经济分类情况')),
    ]),
  );
  // 八 一般公共预算项目支出, with the projects of the 项目支出表 when there is one.
  const projectList = projects(model).sort((a, b) => cmp(b.fig.value, a.fig.value));
  const shownProjects = projectList.slice(0, 10);
  part2.push(
    sec(7, '一般公共预算项目支出情况', [
      f.generalProject && isZeroFig(f.generalProject)
        ? p(text(`${c.name}${y}没有安排一般公共预算项目支出。`))
        : p(
            text(`${subject}一般公共预算安排项目支出`),
            f.generalProject ? amt(f.generalProject) : hole('一般公共预算项目支出'),
            text('。'),
            shownProjects.length
              ? [text(projectList.length > shownProjects.length || !sumsTo(projectList, f.generalProject) ? '主要项目有：' : '具体项目为：'), ...listFigs(c, shownProjects.map((x) => ({ label: x.name, fig: x.fig })), null, null), text('。')]
              : [text('主要项目：'), hole('主要项目名称及金额'), text('。')],
          ),
    ]),
  );
  // 九 "三公"经费
  const three = tableState(model, 'three-public');
  part2.push(
    sec(
      8,
      '“三公”经费支出预算情况',
      three.state === 'empty'
        ? [p(text(`${c.name}${y}没有“三公”经费预算，${three.title}为空表。`))]
        : threePublicParagraphs(c, f.threePublic, pf ? pf.threePublic ?? f.threePublicPrior ?? undefined : f.threePublicPrior ?? undefined),
    ),
  );
  // 十, 十一 政府性基金: the fund table, else the fiscal summary's fund line.
  const fund = fundStatement(c, model, f.fund, f.fiscalFund);
  part2.push(
    sec(9, '政府性基金预算支出情况', [
      fund.kind === 'amount'
        ? p(text(`${subject}使用政府性基金预算拨款安排的支出`), amt(fund.fig), text('。'), compareWithReason(c, fund.fig, prior((x) => x.fund ?? x.fiscalFund ?? NO_FIG)))
        : fund.paragraph,
    ]),
  );
  part2.push(
    sec(10, '政府性基金预算项目支出情况', [
      fund.kind === 'unknown'
        ? p(hole('政府性基金预算项目支出情况'))
        : fund.kind === 'none'
        ? p(text(`${c.name}${y}没有政府性基金预算项目支出。`))
        : f.fundProject && !isZeroFig(f.fundProject)
          ? p(text(`${subject}政府性基金预算安排项目支出`), amt(f.fundProject), text('。主要项目：'), hole('政府性基金项目名称及金额'), text('。'))
          : f.fundProject
            ? p(text(`${c.name}${y}没有政府性基金预算项目支出。`))
            : p(text(`${subject}政府性基金预算安排项目支出`), hole('政府性基金预算项目支出金额及主要项目'), text('。')),
    ]),
  );
  // 十二 其他重要事项
  const buy = procurement(model);
  const state = stateCapitalStatement(c, model, f.stateCapital, f.fiscalState);
  part2.push(
    sec(11, '其他重要事项的情况说明', [], [
      sub(0, '机关运行经费', runningCostsParagraphs(c, f, pf, model)),
      sub(1, '政府采购', procurementParagraphs(c, buy)),
      sub(2, '国有资本经营预算', [state.kind === 'amount' ? p(text(`${subject}国有资本经营预算支出`), amt(state.fig), text('。')) : state.paragraph]),
      sub(3, '项目支出绩效目标', performanceParagraphs(c, model)),
      sub(4, '国有资产占用', [
        p(
          text('截至'),
          hole('统计截止日期'),
          text(`，${self}共有车辆`),
          hole('车辆数'),
          text('辆；单价'),
          hole('设备价值标准'),
          text('以上设备'),
          hole('设备台（套）数'),
          text(`台（套）。${y}${budgetWord}安排购置车辆`),
          hole('购置车辆数'),
          text('辆，购置单价'),
          hole('设备价值标准'),
          text('以上设备'),
          hole('购置设备台（套）数'),
          text('台（套）。'),
        ),
      ]),
      sub(5, '专项转移支付', [p(hole('专项转移支付项目情况，没有则写明'))]),
    ]),
  );

  const u = input.unit ?? {};
  const part1: Part = {
    label: '第一部分',
    title: `${name}概况`,
    paragraphs: [],
    sections: [
      sec(0, '主要职责', [p(hole(`${self}主要职责`))]),
      sec(1, '预算单位构成', [
        p(
          text(`${name}${y}${budgetWord}由`),
          hole('预算单位构成（本级及所属单位）'),
          text('构成。'),
          u.internalOffices !== undefined ? text(`内设${u.internalOffices}个科室。`) : [text('内设'), hole('内设机构数量'), text('个科室。')],
        ),
      ]),
      sec(2, '人员编制情况', [
        p(
          text(`${name}`),
          u.staffing !== undefined ? text(`共有编制${u.staffing}人`) : [text('共有编制'), hole('编制人数'), text('人')],
          text('，'),
          u.actualStaff !== undefined ? text(`实有${u.actualStaff}人。`) : [text('实有'), hole('实有人数'), text('人。')],
        ),
      ]),
      sec(3, '预算年度主要工作任务', [p(hole('预算年度主要工作任务'))]),
    ],
  };
  const part3: Part = {
    label: '第三部分',
    title: '名词解释',
    paragraphs: [],
    sections: GLOSSARY.map(([term, def], i) => sec(i, term, [p(text(def))])),
  };
  return {
    title: `${subject}${budgetWord}情况说明`,
    unitName: name,
    year,
    parts: [part1, { label: '第二部分', title: `${subject}${budgetWord}情况说明`, paragraphs: [], sections: part2 }, part3],
  };
}

/** The figures add up exactly to the total (a list that is the whole of it). */
function sumsTo(items: readonly { fig: Fig }[], total: Fig | null): boolean {
  return !!total && eq(sum(items.map((x) => x.fig.value)), total.value);
}

function displayClassName(code: string | null, name: string, year: number | null): string {
  // The class name in force in the budget year, whatever the table wrote.
  return (code && nameInYear('function', code, year)) || name;
}

/**
 * One paragraph per item of the 一般公共预算支出 table, named by its class path with the level
 * and code in brackets (类201 … 项2010301), its amount, what it pays for, and its change from
 * last year's row of the same code with the reason. Last year is compared only when its table
 * goes down to the same level; an item it does not have is new. Without last year's workbook,
 * the table's own 上年 column gives last year's row (a blank there: new); without either, the
 * items are not compared.
 */
function functionItemParagraphs(c: Ctx, items: FunctionItem[], priorModel: WorkbookModel | null, year: number | null): Paragraph[] {
  const shown = items.filter((i) => !isZeroFig(i.fig));
  if (shown.length < 2 && !shown.some((i) => i.code.length > 3)) return [];
  const priorItems = priorModel ? functionItems(priorModel) : null;
  const LEVEL: Record<number, string> = { 3: '类', 5: '款', 7: '项' };
  return shown.map((it, n) => {
    const path = it.path.map((x, i) => `${i === 0 ? displayClassName(x.code, x.name, year) : x.name}（${LEVEL[x.code.length]}${x.code}）`).join('');
    let before: Fig | undefined;
    if (priorItems) {
      if (priorItems.some((x) => x.code.length === it.code.length)) before = priorItems.find((x) => x.code === it.code)?.fig ?? NO_FIG;
    } else before = it.lastYear;
    const change = compareWithReason(c, it.fig, before);
    return p(text(`${n + 1}.${path}`), amountRun(it.fig, c.unit), text('，主要用于'), hole(`${it.path[it.path.length - 1].name}的用途`), text('。'), change);
  });
}

/**
 * Each income source against last year, with the reason: last year's workbook (the same source by
 * name; one it does not have is new), else the 上年 column of the summary's 收入 side. Nothing
 * when neither gives last year.
 */
function incomeChanges(c: Ctx, items: readonly { label: string; fig: Fig }[], pf: Facts | null, model: WorkbookModel): Paragraph[] {
  const before = pf ? new Map(pf.incomeItems.map((x) => [normalize(x.label), x.fig])) : lastYearIncome(model);
  if (!pf && before.size === 0) return [];
  // A source of this year, or one that last year had and this year has not (下降100%).
  return items
    .map((it) => ({ ...it, prior: before.get(normalize(it.label)) ?? NO_FIG }))
    .filter((it) => !isZeroFig(it.fig) || !isZeroFig(it.prior))
    .map((it) => p(text(it.label), amountRun(it.fig, c.unit), text('，'), compareWithReason(c, it.fig, it.prior)));
}

type Statement = { kind: 'amount'; fig: Fig } | { kind: 'none' | 'unknown'; paragraph: Paragraph };

/**
 * 政府性基金: an amount when the fund table (or, without it, the fiscal summary's fund line) has
 * one; else the statement that there is none, naming the empty table; a placeholder when the
 * workbook says nothing about funds at all.
 */
function fundStatement(c: Ctx, model: WorkbookModel, fund: Fig | null, fiscalFund: Fig | null): Statement {
  const t = tableState(model, 'fund-expenditure');
  if (t.state === 'present' && fund && !isZeroFig(fund)) return { kind: 'amount', fig: fund };
  if (t.state === 'absent' && fiscalFund && !isZeroFig(fiscalFund)) return { kind: 'amount', fig: fiscalFund };
  const none = `${c.name}${c.y}没有使用政府性基金预算拨款安排的支出`;
  if (t.state === 'empty') return { kind: 'none', paragraph: p(text(`${none}，${t.title}为空表。`)) };
  if (t.state === 'present' || fiscalFund || tableState(model, 'fiscal-summary').state !== 'absent') return { kind: 'none', paragraph: p(text(`${none}。`)) };
  return { kind: 'unknown', paragraph: p(hole('政府性基金预算支出情况（工作簿中没有政府性基金预算支出表）')) };
}

/** 国有资本经营预算: as for the funds. */
function stateCapitalStatement(c: Ctx, model: WorkbookModel, state: Fig | null, fiscalState: Fig | null): Statement {
  const t = tableState(model, 'state-capital-expenditure');
  if (t.state === 'present' && state && !isZeroFig(state)) return { kind: 'amount', fig: state };
  if (t.state === 'absent' && fiscalState && !isZeroFig(fiscalState)) return { kind: 'amount', fig: fiscalState };
  const none = `${c.name}${c.y}没有使用国有资本经营预算拨款安排的支出`;
  if (t.state === 'empty') return { kind: 'none', paragraph: p(text(`${none}，${t.title}为空表。`)) };
  if (t.state === 'present' || fiscalState || tableState(model, 'fiscal-summary').state !== 'absent') return { kind: 'none', paragraph: p(text(`${none}。`)) };
  return { kind: 'unknown', paragraph: p(hole('国有资本经营预算支出情况（工作簿中没有国有资本经营预算支出表）')) };
}

function threePublicParagraphs(c: Ctx, cur: ThreePublicFacts | null, prior: ThreePublicFacts | null | undefined): Paragraph[] {
  if (!cur || !cur.total) return [p(text(`${c.subject}“三公”经费预算`), hole('“三公”经费预算金额及与上年相比的增减和原因'), text('。'))];
  const pr = (pick: (x: ThreePublicFacts) => Fig | null): Fig | null | undefined => (prior === undefined ? undefined : prior ? pick(prior) ?? NO_FIG : null);
  const amt = (x: Fig) => amountRun(x, c.unit);
  const head = `${c.subject}一般公共预算财政拨款安排的“三公”经费预算`;
  if (isZeroFig(cur.total)) {
    // All zero: one sentence, and the change only if last year had some.
    return [p(text(head), amt(cur.total), text('，未安排因公出国（境）费、公务用车购置及运行费和公务接待费预算。'), compareWithReason(c, cur.total, pr((x) => x.total), '“三公”经费增减的主要原因'))];
  }
  const out: Paragraph[] = [p(text(head), amt(cur.total), text('。'), compareWithReason(c, cur.total, pr((x) => x.total), '“三公”经费增减的主要原因'))];
  const items: [string, Fig | null, Fig | null | undefined][] = [
    ['因公出国（境）费', cur.abroad, pr((x) => x.abroad)],
    ['公务用车购置及运行费', cur.vehicle, pr((x) => x.vehicle)],
    ['公务接待费', cur.reception, pr((x) => x.reception)],
  ];
  items.forEach(([label, now, before], i) => {
    if (!now) return;
    const runs: Run[] = [text(`（${CN[i]}）${label}`), amt(now), text('。')];
    if (label === '公务用车购置及运行费' && cur.purchase && cur.operation) runs.push(text('其中，公务用车购置费'), amt(cur.purchase), text('，公务用车运行费'), amt(cur.operation), text('。'));
    runs.push(...compareWithReason(c, now, before, `${label}增减的主要原因`));
    out.push(p(...runs));
  });
  return out;
}

// 第三部分 名词解释, in the project's own words.
const GLOSSARY: [string, string][] = [
  ['财政拨款收入', '指本级财政当年拨付给本单位、纳入一般公共预算、政府性基金预算和国有资本经营预算管理的资金。'],
  ['事业收入', '指事业单位开展专业业务活动及其辅助活动依法取得的收入。'],
  ['其他收入', '指除财政拨款收入、事业收入、事业单位经营收入以外的各项收入。'],
  ['上年结转', '指以前年度尚未完成、按有关规定结转到本年度继续使用的资金。'],
  ['基本支出', '指为保障机构正常运转、完成日常工作任务而安排的支出，包括人员经费和公用经费。'],
  ['项目支出', '指在基本支出之外，为完成特定行政任务和事业发展目标而安排的支出。'],
  ['“三公”经费', '指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。因公出国（境）费指单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运行费指公务用车购置支出以及燃料、维修、过路过桥、保险等运行支出；公务接待费指单位按规定开支的各类公务接待支出。'],
  ['机关运行经费', '指为保障行政单位（含参照公务员法管理的事业单位）运行，用一般公共预算财政拨款安排的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。'],
];
