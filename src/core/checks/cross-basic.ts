// 一般公共预算支出表 基本支出 = 一般公共预算基本支出表 合计, and 人员经费 / 公用经费 where both
// tables split them.
import { checkPair } from './compare';
import { basicPartAmount, columnIndex, tableOf, totalRow, type BasicPart } from './tables';
import type { Rule } from './types';

// The basic table's side: its 合计 column, or a part (a column, or a line over its classes).
const PAIRS: [RegExp, RegExp | BasicPart, string][] = [
  [/基本支出(\/小计)?$/, /(^|\/)合计$/, '基本支出'],
  [/人员经费$/, 'personnel', '人员经费'],
  [/公用经费$/, 'public', '公用经费'],
];

export const rule: Rule = {
  meta: {
    id: 'cross-basic',
    family: 'cross-table',
    description: { 'zh-CN': '基本支出表合计与一般公共预算支出表基本支出一致', 'en-US': 'The basic expenditure table matches the general budget table' },
    messages: {
      mismatch: {
        'zh-CN': '一般公共预算基本支出表“{{item}}”为 {{actual}}，比一般公共预算支出表的 {{expected}} {{over}} {{gap}}。',
        'en-US': 'Basic expenditure table "{{item}}" is {{actual}}, {{gap}} {{over}} than the general budget table\'s {{expected}}.',
      },
    },
  },
  check(ctx) {
    const general = tableOf(ctx.model, 'general-expenditure');
    const basic = tableOf(ctx.model, 'general-basic');
    if (!general || !basic) return;
    const gRow = totalRow(general.blocks[0]);
    const bRow = totalRow(basic.blocks[0]);
    if (!gRow || !bRow) return;
    for (const [gTest, bTest, item] of PAIRS) {
      const gi = columnIndex(general.blocks[0], gTest);
      const bi = typeof bTest === 'string' ? -1 : columnIndex(basic.blocks[0], bTest);
      const g = gi >= 0 ? gRow.amounts[gi] : null;
      const b = typeof bTest === 'string' ? basicPartAmount(basic, bTest) : bi >= 0 ? bRow.amounts[bi] : null;
      if (!g || !b) continue;
      checkPair(ctx, { sheet: basic.sheet, unit: basic.unit, actual: b, expected: { amount: g, sheet: general.sheet, unit: general.unit }, messageId: 'mismatch', data: { item } });
    }
  },
};
