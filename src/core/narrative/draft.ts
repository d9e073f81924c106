// The drafter: the explanatory text (部门预算情况说明) written from the tables, correct by
// construction. What the tables cannot know is a visible placeholder.
import { nameInYear } from '../codes';
import type { WorkbookModel } from '../model/types';
import { placeholder, text, type DocModel, type Paragraph, type Part, type Run, type Section } from './doc';
import { extractFacts, isZeroFig, type Facts, type Fig, type ThreePublicFacts } from './facts';
import { amountRun, changeRuns, shareRun } from './wording';
import { className } from '../checks/tables';
import { ZERO } from '../money';
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
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

const p = (...runs: (Run | Run[] | null | false)[]): Paragraph => ({ runs: runs.flat().filter((r): r is Run => !!r) });
const sec = (i: number, heading: string, paragraphs: Paragraph[], sections: Section[] = []): Section => ({ number: `${CN[i]}、`, heading, level: 1, paragraphs, sections });
const sub = (i: number, heading: string, paragraphs: Paragraph[]): Section => ({ number: `（${CN[i]}）`, heading, level: 2, paragraphs, sections: [] });

let counter = 0;
const hole = (label: string): Run => placeholder(`p${++counter}`, label);

function compare(cur: Fig | null, prior: Fig | null | undefined, priorYear: string): Run[] {
  if (!cur) return [];
  if (prior === undefined) return [text(`与${priorYear}相比，`), hole('与上年相比的增减额和增减幅度'), text('。')];
  if (prior === null) return [];
  const change = changeRuns(cur, prior);
  if (change.length === 1 && change[0].kind === 'text' && change[0].text === '与上年持平') return [text(`与${priorYear}持平。`)];
  return [text(`与${priorYear}相比，`), ...change, text('。')];
}

/** Change plus a reason placeholder, unless nothing changed. */
function compareWithReason(cur: Fig | null, prior: Fig | null | undefined, priorYear: string): Run[] {
  const runs = compare(cur, prior, priorYear);
  if (runs.length === 0 || runs.some((r) => r.kind === 'text' && r.text.endsWith('持平。'))) return runs;
  return [...runs, text('主要原因：'), hole('主要原因'), text('。')];
}

function listFigs(items: { label: string; fig: Fig }[], whole: Fig | null, shareOf: string | null): Run[] {
  const runs: Run[] = [];
  items.forEach((it, i) => {
    runs.push(text(`${i ? '；' : ''}${it.label}`), amountRun(it.fig));
    if (whole && shareOf !== null && !isZeroFig(it.fig)) {
      const s = shareRun(it.fig, whole);
      if (s) runs.push(text(`，占${shareOf}`), s);
    }
  });
  return runs;
}

export function draftNarrative(input: DraftInput): DocModel {
  counter = 0;
  const f = extractFacts(input.model);
  const pf: Facts | null = input.prior ? extractFacts(input.prior) : null;
  const name = input.unit?.name ?? f.unitName ?? '本单位';
  const year = f.year ?? input.model.year;
  const y = year ? `${year}年` : '本年度';
  const py = year ? `${year - 1}年` : '上年';
  // undefined: no prior data (placeholder); null: nothing to compare.
  const prior = <T>(pick: (x: Facts) => T | null): T | null | undefined => (pf ? pick(pf) : undefined);
  const subject = `${name}${y}`;
  // A unit's tables (单位收支总表, 预算单位…) get a unit's text: 单位预算, not 部门预算.
  const budgetWord = documentTypeOfModel(input.model) === 'unit' ? '单位预算' : '部门预算';

  const part2: Section[] = [];
  // 一 收入支出预算总体情况
  part2.push(
    sec(0, '收入支出预算总体情况', [
      p(
        text(`${subject}收入总计`),
        f.incomeTotal ? amountRun(f.incomeTotal) : hole('收入总计'),
        text('，支出总计'),
        f.expenditureTotal ? amountRun(f.expenditureTotal) : hole('支出总计'),
        text('。'),
        compareWithReason(f.incomeTotal, prior((x) => x.incomeTotal), py).map((r) => (r.kind === 'text' && r.text.startsWith('与') && r.text.endsWith('，') ? text(`${r.text}收、支总计各`) : r)),
      ),
    ]),
  );
  // 二 收入预算
  const incomeItems = f.incomeItems.filter((i) => !isZeroFig(i.fig));
  if (f.carryOver) incomeItems.push({ label: '上年结转', fig: f.carryOver });
  part2.push(
    sec(1, '收入预算情况', [
      p(
        text(`${subject}收入合计`),
        f.incomeCurrent ? amountRun(f.incomeCurrent) : hole('收入合计'),
        incomeItems.length ? [text('，其中：'), ...listFigs(incomeItems, f.incomeCurrent, '收入合计的')] : [],
        text('。'),
      ),
    ]),
  );
  // 三 支出预算
  const totalSpend = f.expenditureCurrent;
  part2.push(
    sec(2, '支出预算情况', [
      p(
        text(`${subject}支出合计`),
        totalSpend ? amountRun(totalSpend) : hole('支出合计'),
        f.basic && f.project ? [text('，其中：'), ...listFigs([{ label: '基本支出', fig: f.basic }, { label: '项目支出', fig: f.project }], totalSpend, '支出合计的')] : [],
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
        f.fiscalTotal ? amountRun(f.fiscalTotal) : hole('财政拨款收支总额'),
        fiscalItems.length ? [text('，其中：'), ...listFigs(fiscalItems as { label: string; fig: Fig }[], null, null)] : [],
        text('。'),
      ),
      ...fiscalItems.filter((i) => i.prior !== null).map((i) => p(text(`${i.label}收支预算`), amountRun(i.fig as Fig), text('，'), compareWithReason(i.fig, i.prior, py))),
    ]),
  );
  // 五 一般公共预算支出
  const classItems = f.generalClasses.filter((c) => !isZeroFig(c.fig)).map((c) => ({ label: `${className(displayClassName(c.code, c.name, year))}（类）支出`, fig: c.fig }));
  part2.push(
    sec(4, '一般公共预算支出情况', [
      p(
        text(`${subject}一般公共预算支出`),
        f.general ? amountRun(f.general) : hole('一般公共预算支出'),
        f.general && totalSpend && shareRun(f.general, totalSpend) ? [text('，占支出合计的'), shareRun(f.general, totalSpend)!] : [],
        text('。'),
        compareWithReason(f.general, prior((x) => x.general), py),
      ),
      ...(classItems.length ? [p(text('主要用于以下方面：'), ...listFigs(classItems, totalSpend, '支出合计的'), text('。'))] : []),
    ]),
  );
  // 六 一般公共预算基本支出
  part2.push(
    sec(5, '一般公共预算基本支出情况', [
      p(
        text(`${subject}一般公共预算基本支出`),
        f.generalBasic ? amountRun(f.generalBasic) : hole('一般公共预算基本支出'),
        f.personnel && f.publicFunds
          ? [
              text('，其中：人员经费'),
              amountRun(f.personnel),
              text(f.personnelItems.length ? `，主要包括${f.personnelItems.join('、')}；` : '；'),
              text('公用经费'),
              amountRun(f.publicFunds),
              text(f.publicItems.length ? `，主要包括${f.publicItems.join('、')}` : ''),
            ]
          : [],
        text('。'),
      ),
    ]),
  );
  // 七 支出经济分类
  const econ = f.economic.filter((e) => !isZeroFig(e.fig));
  part2.push(
    sec(6, '支出预算经济分类情况', [
      econ.length
        ? p(text(`按部门预算支出经济分类，${subject}支出中：`), ...listFigs(econ.map((e) => ({ label: e.name, fig: e.fig })), totalSpend, '支出合计的'), text('。'))
        : p(hole('支出预算经济分类情况')),
    ]),
  );
  // 八 一般公共预算项目支出
  part2.push(
    sec(7, '一般公共预算项目支出情况', [
      p(text(`${subject}一般公共预算安排项目支出`), f.generalProject ? amountRun(f.generalProject) : hole('一般公共预算项目支出'), text('。主要项目：'), hole('主要项目名称及金额'), text('。')),
    ]),
  );
  // 九 "三公"经费
  const threePublicEmpty = input.model.tables.some((t) => t.kind === 'three-public' && t.empty);
  part2.push(
    sec(8, '“三公”经费支出预算情况', threePublicEmpty ? [p(text(`${name}${y}没有“三公”经费预算，“三公”经费支出表为空表。`))] : threePublicParagraphs(subject, f.threePublic, pf ? pf.threePublic : f.threePublicPrior ?? undefined, py)),
  );
  // 十 政府性基金预算支出
  part2.push(
    sec(9, '政府性基金预算支出情况', [
      f.fund && !f.fundEmpty && !isZeroFig(f.fund)
        ? p(text(`${subject}使用政府性基金预算拨款安排的支出`), amountRun(f.fund), text('。'), compareWithReason(f.fund, prior((x) => x.fund ?? NO_FIG), py))
        : p(text(`${name}${y}没有使用政府性基金预算拨款安排的支出。`)),
    ]),
  );
  // 十一 政府性基金项目支出
  part2.push(
    sec(10, '政府性基金预算项目支出情况', [
      f.fundProject && !isZeroFig(f.fundProject)
        ? p(text(`${subject}政府性基金预算安排项目支出`), amountRun(f.fundProject), text('。主要项目：'), hole('政府性基金项目名称及金额'), text('。'))
        : p(text(`${name}${y}没有政府性基金预算项目支出。`)),
    ]),
  );
  // 十二 其他重要事项
  const running = f.threePublic?.running ?? null;
  const runningPrior = pf ? pf.threePublic?.running ?? null : f.threePublicPrior?.running;
  part2.push(
    sec(11, '其他重要事项的情况说明', [], [
      sub(0, '机关运行经费', [running ? p(text(`${subject}机关运行经费预算`), amountRun(running), text('。'), compareWithReason(running, runningPrior ?? undefined, py)) : p(text(`${subject}机关运行经费预算`), hole('机关运行经费金额'), text('，'), hole('与上年相比的增减及原因'), text('。'))]),
      sub(1, '政府采购', [p(text(`${subject}政府采购预算`), hole('政府采购预算金额'), text('。'))]),
      sub(2, '国有资本经营预算', [
        f.stateCapital && !f.stateCapitalEmpty && !isZeroFig(f.stateCapital) ? p(text(`${subject}国有资本经营预算支出`), amountRun(f.stateCapital), text('。')) : p(text(`${name}${y}没有国有资本经营预算收支。`)),
      ]),
      sub(3, '预算绩效管理', [p(hole('预算绩效目标编制和管理情况'))]),
      sub(4, '国有资产占用', [p(hole('车辆和大型设备等国有资产占用情况'))]),
      sub(5, '专项转移支付', [p(hole('专项转移支付项目情况，没有则写明'))]),
    ]),
  );

  const u = input.unit ?? {};
  const part1: Part = {
    label: '第一部分',
    title: `${name}概况`,
    paragraphs: [],
    sections: [
      sec(0, '主要职责', [p(hole('本单位主要职责'))]),
      sec(1, '预算单位构成', [
        p(
          text(`${name}${budgetWord}由`),
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

/** A budget line that does not exist counts as zero. */
const NO_FIG: Fig = { value: ZERO, sources: [] };

function displayClassName(code: string | null, name: string, year: number | null): string {
  // The class name in force in the budget year, whatever the table wrote.
  return (code && nameInYear('function', code, year)) || name;
}

function threePublicParagraphs(subject: string, cur: ThreePublicFacts | null, prior: ThreePublicFacts | null | undefined, py: string): Paragraph[] {
  if (!cur || !cur.total) return [p(text(`${subject}“三公”经费预算`), hole('“三公”经费预算金额'), text('。'))];
  const cmpOf = (c: Fig | null, pr: Fig | null | undefined): Run[] => (c ? compare(c, pr === undefined ? undefined : pr, py) : []);
  const out: Paragraph[] = [p(text(`${subject}“三公”经费预算`), amountRun(cur.total), text('。'), cmpOf(cur.total, prior === undefined ? undefined : prior?.total ?? null))];
  const items: [string, Fig | null, Fig | null | undefined][] = [
    ['因公出国（境）费', cur.abroad, prior === undefined ? undefined : prior?.abroad ?? null],
    ['公务用车购置及运行费', cur.vehicle, prior === undefined ? undefined : prior?.vehicle ?? null],
    ['公务接待费', cur.reception, prior === undefined ? undefined : prior?.reception ?? null],
  ];
  items.forEach(([label, c, pr], i) => {
    if (!c) return;
    const runs: Run[] = [text(`（${CN[i]}）${label}`), amountRun(c), text('。')];
    if (label === '公务用车购置及运行费' && cur.purchase && cur.operation) runs.push(text('其中，公务用车购置费'), amountRun(cur.purchase), text('，公务用车运行费'), amountRun(cur.operation), text('。'));
    runs.push(...cmpOf(c, pr));
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
