// A table that prints last year beside this year and the change between them (比上年增减 金额 |
// 增减率 %) must print the change that its own two columns give: 增减额 = 本年 − 上年 and 增减率 =
// 增减额 ÷ 上年 × 100. Every other rule leaves these columns out of its sums, so without this one
// a wrong change in a table would go unseen.
import { abs, decimalPlaces, div, exact, HUNDRED, isZero, lte, max, mul, neg, sub, toAmountText, toFixed, toPlain, ZERO, type Exact } from '../money';
import type { Amount, Block, Column, Table } from '../model/types';
import { normalize } from '../model/text';
import { checkSum } from './compare';
import { isComparisonColumn, lastYearColumn } from './tables';
import type { Rule, RuleContext } from './types';

// The summaries have two sides and the rules of their own; "三公" printed across rows has no
// change column (its rate rows are skipped by the three-public rules).
const SKIP = new Set(['summary', 'fiscal-summary']);

const path = (c: Column) => normalize(c.path.join('/'));
const isRate = (c: Column) => /率|%|幅度|百分比/.test(path(c)) && /增|减|长|变动|比上年/.test(path(c)) && !/占比|比重|结构/.test(path(c));
const isChange = (c: Column) => /增减|增长|变动/.test(path(c)) && !/率|%|幅度|百分比|占比|比重/.test(path(c));

interface Layout {
  readonly current: number;
  readonly prior: number;
  readonly change: number;
  readonly rate: number;
}

function layoutOf(table: Table, block: Block): Layout | null {
  const prior = lastYearColumn(table, block);
  if (prior < 0) return null;
  const current = block.columns.findIndex((c) => !isComparisonColumn(c));
  const change = block.columns.findIndex((c) => isComparisonColumn(c) && isChange(c));
  const rate = block.columns.findIndex((c) => isComparisonColumn(c) && isRate(c));
  if (current < 0 || (change < 0 && rate < 0)) return null;
  return { current, prior, change, rate };
}

const HUNDREDTH = exact('0.01');
const usable = (a: Amount | null | undefined): a is Amount & { value: Exact } => !!a && a.value !== null && !a.error && !a.text;

/**
 * A printed rate agrees with the exact one when it is within one unit of its last printed place
 * (rounded half-up, or cut off: both are published), read as per cent (5.12) or as the fraction a
 * cell formatted 0.00% holds (0.0512).
 */
function rateAgrees(printed: Amount & { value: Exact }, exactRate: Exact): boolean {
  const places = Math.max(printed.decimals, decimalPlaces(printed.value));
  const unit = div(exact(1), 10 ** places);
  if (lte(abs(sub(printed.value, exactRate)), max(unit, HUNDREDTH))) return true;
  return lte(abs(sub(mul(printed.value, HUNDRED), exactRate)), max(mul(unit, HUNDRED), HUNDREDTH));
}

function checkRow(ctx: RuleContext, table: Table, block: Block, l: Layout, amounts: readonly (Amount | null)[], label: string): void {
  const current = amounts[l.current];
  const prior = amounts[l.prior];
  if (!usable(current) && !usable(prior)) return;
  const now = usable(current) ? current.value : ZERO;
  const before = usable(prior) ? prior.value : ZERO;
  const change = l.change >= 0 ? amounts[l.change] : null;
  if (usable(change)) {
    // 增减额 = 本年 + (−上年): a sum, so that rounding of the three printed figures is a note.
    const parts: Amount[] = [];
    if (usable(current)) parts.push(current);
    if (usable(prior)) parts.push({ ...prior, value: neg(prior.value) });
    checkSum(ctx, { sheet: table.sheet, unit: table.unit, total: change, parts, messageId: 'change', data: { label, column: block.columns[l.change].path.join('/') } });
  }
  const rate = l.rate >= 0 ? amounts[l.rate] : null;
  if (!usable(rate) || isZero(before)) return; // no rate from a zero base (新增)
  const exactRate = mul(div(sub(now, before), abs(before)), HUNDRED);
  if (rateAgrees(rate, exactRate)) return;
  ctx.report({
    messageId: 'rate',
    data: { label, actual: toPlain(rate.value), expected: toFixed(exactRate, 2), current: toAmountText(now), prior: toAmountText(before) },
    sheet: table.sheet,
    cell: rate.cell,
    related: [usable(current) ? current.cell : null, usable(prior) ? prior.cell : null].filter((c): c is string => c !== null),
    expected: toFixed(exactRate, 2),
    actual: toPlain(rate.value),
  });
}

export const rule: Rule = {
  meta: {
    id: 'row-change',
    family: 'table',
    description: { 'zh-CN': '表中的增减额、增减率与本年、上年两栏一致', 'en-US': 'A table’s change and rate columns agree with its this-year and last-year columns' },
    messages: {
      change: {
        'zh-CN': '“{{label}}”的“{{column}}”为 {{actual}}，比本年数减上年数 {{expected}} {{over}} {{gap}}。',
        'en-US': '"{{label}}": the change "{{column}}" is {{actual}}, {{gap}} {{over}} than this year minus last year ({{expected}}).',
      },
      rate: {
        'zh-CN': '“{{label}}”的增减率为 {{actual}}，按本年 {{current}}、上年 {{prior}} 计算应为 {{expected}}%。',
        'en-US': '"{{label}}": the rate of change is {{actual}}; this year {{current}} against last year {{prior}} gives {{expected}}%.',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (SKIP.has(table.kind)) continue;
      for (const block of table.blocks) {
        const l = layoutOf(table, block);
        if (!l) continue;
        for (const row of block.rows) checkRow(ctx, table, block, l, row.amounts, row.label || row.code || row.cell);
      }
    }
  },
};
