// 机关运行经费, where the "三公" table or a 机关运行经费 table of its own shows it, against the 公用经费 of the 一般公共预算基本支出表 (or
// of the 一般公共预算支出表). 机关运行经费 is the 一般公共预算 基本支出 公用经费 of the 行政单位 and the
// 参照公务员法管理的事业单位: equal to the 公用经费 合计 when the department has no other 事业单位,
// smaller otherwise. A warning: the reader cannot tell which units the budget covers.
import { checkPair, checkSumAcross } from './compare';
import { totalAt } from './sources';
import { columnIndex, runningCostsColumn, runningCostsFigure, tableOf, threePublicPeriods } from './tables';
import type { Amount, Table } from '../model/types';
import type { Rule } from './types';

type OwnFigure =
  /** One figure: the 合计 row, the row named 机关运行经费, or the only row. */
  | { readonly kind: 'one'; readonly amount: Amount }
  /** No total line, the lines coded by 经济分类 (302 商品和服务支出 …): the year's figure is their sum. */
  | { readonly kind: 'sum'; readonly parts: readonly Amount[] }
  /** Several lines with neither a total nor codes: which of them add up is not said. */
  | { readonly kind: 'unread'; readonly lines: number };

/**
 * This year's 机关运行经费 in a table of its own: its total row, else the row named 机关运行经费,
 * else its only row; the column headed 机关运行经费 if there is one, else the first (this year's).
 * Several lines without either are the figure's breakdown only where every line has an 经济分类
 * code (the standard breakdown of 公用经费): then the year's figure is the sum of the lines at the
 * top of the codes (a 款 under its 类 row is inside that row). Lines by name alone are not added
 * up: a list of names may mix a heading with its parts, or show some items only.
 */
function ownFigure(table: Table): OwnFigure | null {
  const block = table.blocks[0];
  if (!block) return null;
  const col = runningCostsColumn(table);
  const items = block.rows.filter((r) => r.role === 'item' && !r.ofWhich);
  const row = block.rows.find((r) => r.role === 'total') ?? items.find((r) => /机关运行经费/.test(r.label)) ?? (items.length === 1 ? items[0] : undefined);
  const valued = (a: Amount | null | undefined): a is Amount => !!a && a.value !== null;
  if (row) {
    const a = runningCostsFigure(table);
    return a ? { kind: 'one', amount: a } : null;
  }
  const lines = items.filter((r) => r.amounts.some(valued));
  if (lines.length < 2) return null;
  const economic = (code: string | null) => code !== null && /^[35]\d{2}(\d{2})?$/.test(code);
  if (!lines.every((r) => economic(r.code))) return { kind: 'unread', lines: lines.length };
  const codes = new Set(lines.map((r) => r.code!));
  const top = lines.filter((r) => !(r.code!.length > 3 && codes.has(r.code!.slice(0, 3))));
  const parts = top.map((r) => r.amounts[col]).filter(valued);
  return parts.length > 0 ? { kind: 'sum', parts } : null;
}

export const rule: Rule = {
  meta: {
    id: 'running-costs',
    family: 'three-public',
    description: { 'zh-CN': '机关运行经费与一般公共预算基本支出公用经费一致', 'en-US': 'Running costs of offices match the public costs of basic expenditure' },
    messages: {
      mismatchLines: {
        'zh-CN': '“{{other}}”公用经费合计为 {{actual}}，比机关运行经费（“{{own}}”各行合计）{{expected}} {{over}} {{gap}}（部门全部为行政单位或参公事业单位时两者应相等；含其他事业单位时机关运行经费应更小）。',
        'en-US': 'The public costs of "{{other}}" total {{actual}}, {{gap}} {{over}} than the running costs (the lines of "{{own}}" added up: {{expected}}); they are equal when every unit is an administrative office, smaller otherwise.',
      },
      noFigure: {
        'zh-CN': '“{{title}}”有 {{lines}} 行，但没有合计行、名为“机关运行经费”的行或经济分类科目编码，无法确定本年机关运行经费，未与公用经费核对；请补充合计行。',
        'en-US': '"{{title}}" has {{lines}} lines but no total line, no line named 机关运行经费 and no economic codes: this year\'s running costs cannot be read and were not compared with the public costs; add a total line.',
      },
      mismatch: {
        'zh-CN': '机关运行经费为 {{actual}}，比“{{other}}”公用经费合计 {{expected}} {{over}} {{gap}}（部门全部为行政单位或参公事业单位时两者应相等；含其他事业单位时机关运行经费应更小）。',
        'en-US': 'Running costs are {{actual}}, {{gap}} {{over}} than the public costs of "{{other}}" ({{expected}}); they are equal when every unit is an administrative office, smaller otherwise.',
      },
    },
  },
  check(ctx) {
    const fromThree = tableOf(ctx.model, 'three-public');
    const own = tableOf(ctx.model, 'running-costs');
    const inThree = fromThree ? threePublicPeriods(fromThree).find((p) => !p.prior && p.running?.value)?.running : null;
    const figure: OwnFigure | null = inThree ? { kind: 'one', amount: inThree } : own ? ownFigure(own) : null;
    const three = inThree ? fromThree : own;
    if (!figure || !three) return;
    if (figure.kind === 'unread') {
      ctx.report({ messageId: 'noFigure', data: { title: three.title, lines: figure.lines }, sheet: three.sheet, cell: three.titleCell });
      return;
    }
    for (const kind of ['general-basic', 'general-expenditure'] as const) {
      const t = tableOf(ctx.model, kind);
      const b = t ? totalAt(t, columnIndex(t.blocks[0], /公用经费$/)) : null;
      if (!t || !b) continue;
      if (figure.kind === 'one') {
        checkPair(ctx, { sheet: three.sheet, unit: three.unit, actual: figure.amount, expected: { amount: b, sheet: t.sheet, unit: t.unit }, messageId: 'mismatch', data: { other: t.title } });
      } else {
        // 公用经费 合计 = Σ the lines: the finding is on the 公用经费 cell, the lines related.
        checkSumAcross(ctx, { sheet: t.sheet, unit: t.unit, total: b, parts: figure.parts.map((amount) => ({ amount, sheet: three.sheet, unit: three.unit })), messageId: 'mismatchLines', data: { other: t.title, own: three.title } });
      }
      return;
    }
  },
};
