// 机关运行经费, where the "三公" table or a 机关运行经费 table of its own shows it, against the 公用经费 of the 一般公共预算基本支出表 (or
// of the 一般公共预算支出表). 机关运行经费 is the 一般公共预算 基本支出 公用经费 of the 行政单位 and the
// 参照公务员法管理的事业单位: equal to the 公用经费 合计 when the department has no other 事业单位,
// smaller otherwise. A warning: the reader cannot tell which units the budget covers.
import { checkPair } from './compare';
import { totalAt } from './sources';
import { columnIndex, runningCostsFigure, tableOf, threePublicPeriods } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'running-costs',
    family: 'three-public',
    description: { 'zh-CN': '机关运行经费与一般公共预算基本支出公用经费一致', 'en-US': 'Running costs of offices match the public costs of basic expenditure' },
    messages: {
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
    const three = inThree ? fromThree : own;
    const a = inThree ?? (own ? runningCostsFigure(own) : null);
    if (!a || !three) return;
    for (const kind of ['general-basic', 'general-expenditure'] as const) {
      const t = tableOf(ctx.model, kind);
      const b = t ? totalAt(t, columnIndex(t.blocks[0], /公用经费$/)) : null;
      if (!t || !b) continue;
      checkPair(ctx, { sheet: three.sheet, unit: three.unit, actual: a, expected: { amount: b, sheet: t.sheet, unit: t.unit }, messageId: 'mismatch', data: { other: t.title } });
      return;
    }
  },
};
