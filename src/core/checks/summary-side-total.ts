// Each side of a summary table adds up: 本年收入合计 = Σ income items, 收入总计 = 本年收入合计 +
// 上年结转 (and the other carry-over lines of the template); the same for 支出 with 结转下年. An
// item numbered 一、 with sub-items 1. 2. 3. equals their sum.
import type { MoneyUnit } from '../money';
import { checkSum } from './compare';
import { isComparisonColumn, summaryItems } from './tables';
import type { Amount, Block, Row } from '../model/types';
import type { Rule, RuleContext } from './types';

/**
 * The side's lines that make up its 本年合计, one list per breakdown: a 支出 side printed by 功能分类
 * and again by 经济分类 (one after the other, or in column groups) gives each breakdown of the
 * same total, never their sum.
 */
function breakdowns(block: Block): Row[][] {
  const lists = new Map<number, Row[]>();
  for (const r of block.rows) {
    if (r.role !== 'item') continue;
    const key = r.breakdownNo ?? -1;
    if (!lists.has(key)) lists.set(key, []);
    lists.get(key)!.push(r);
  }
  if (lists.size === 0) return [[]];
  return [...lists.values()].map(summaryItems);
}

function subItems(block: Block, parent: Row): Row[] {
  const i = block.rows.indexOf(parent);
  const out: Row[] = [];
  for (const r of block.rows.slice(i + 1)) {
    if (r.role !== 'item' || r.outline === null || r.outline <= (parent.outline ?? 0)) break;
    if (r.outline === (parent.outline ?? 0) + 2 || r.outline === (parent.outline ?? 0) + 1) out.push(r);
  }
  return out;
}

function checkSide(ctx: RuleContext, sheet: string, unit: MoneyUnit | null, block: Block): void {
  const side = block.side === 'expenditure' ? '支出' : '收入';
  const sideEn = block.side === 'expenditure' ? 'expenditure' : 'income';
  const current = block.rows.find((r) => r.role === 'current-total');
  const grand = block.rows.find((r) => r.role === 'grand-total');
  const carries = block.rows.filter((r) => r.role === 'carry');
  const lists = breakdowns(block);
  block.columns.forEach((c, i) => {
    if (isComparisonColumn(c)) return;
    const at = (rows: Row[]) => rows.map((r) => r.amounts[i]).filter((a): a is Amount => !!a);
    const data = { side, sideEn, column: c.path.join('/') };
    const now = current?.amounts[i];
    for (const top of lists) if (now) checkSum(ctx, { sheet, unit, total: now, parts: at(top), messageId: 'current', data: { ...data, label: current!.label } });
    const all = grand?.amounts[i];
    // With a 本年合计 the 总计 does not depend on the breakdown: checked once.
    if (all && now) checkSum(ctx, { sheet, unit, total: all, parts: [now, ...at(carries)], messageId: 'grand', data: { ...data, label: grand!.label } });
    else if (all) for (const top of lists) checkSum(ctx, { sheet, unit, total: all, parts: [...at(top), ...at(carries)], messageId: 'grand', data: { ...data, label: grand!.label } });
    for (const parent of lists.flat()) {
      const subs = subItems(block, parent);
      if (subs.length > 0 && parent.amounts[i]) checkSum(ctx, { sheet, unit, total: parent.amounts[i]!, parts: at(subs), messageId: 'item', data: { ...data, label: parent.label } });
    }
  });
}

export const rule: Rule = {
  meta: {
    id: 'summary-side-total',
    family: 'table',
    description: { 'zh-CN': '收支总表各方合计、总计与其组成项一致', 'en-US': 'Each side of a summary table adds up' },
    messages: {
      current: {
        'zh-CN': '{{side}}方“{{label}}”为 {{actual}}，比各{{side}}项目之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{sideEn}} side: "{{label}}" is {{actual}}, {{gap}} {{over}} than the sum of its items ({{expected}}).',
      },
      grand: {
        'zh-CN': '{{side}}方“{{label}}”为 {{actual}}，比本年合计与结转之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{sideEn}} side: "{{label}}" is {{actual}}, {{gap}} {{over}} than this year\'s total plus carry-overs ({{expected}}).',
      },
      item: {
        'zh-CN': '{{side}}方“{{label}}”为 {{actual}}，比其下各项之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{sideEn}} side: "{{label}}" is {{actual}}, {{gap}} {{over}} than the sum of its sub-items ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind !== 'summary' && table.kind !== 'fiscal-summary') continue;
      for (const block of table.blocks) if (block.side !== 'main') checkSide(ctx, table.sheet, table.unit, block);
    }
  },
};
