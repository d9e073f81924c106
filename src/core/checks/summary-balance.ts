// 收入总计 = 支出总计 in the summary tables (a budget is balanced).
import { checkPair } from './compare';
import { sideOf } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'summary-balance',
    family: 'table',
    description: { 'zh-CN': '收入总计等于支出总计', 'en-US': 'Total income equals total expenditure' },
    messages: {
      balance: {
        'zh-CN': '收入总计 {{expected}} 与支出总计 {{actual}} 不相等，支出比收入{{over}} {{gap}}。',
        'en-US': 'Total income {{expected}} and total expenditure {{actual}} differ: expenditure is {{gap}} {{over}} than income.',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind !== 'summary' && table.kind !== 'fiscal-summary') continue;
      const inc = sideOf(table, 'income');
      const exp = sideOf(table, 'expenditure');
      const gi = inc?.rows.find((r) => r.role === 'grand-total')?.amounts[0];
      const ge = exp?.rows.find((r) => r.role === 'grand-total')?.amounts[0];
      if (!gi || !ge) continue;
      checkPair(ctx, { sheet: table.sheet, unit: table.unit, actual: ge, expected: { amount: gi, sheet: table.sheet, unit: table.unit }, messageId: 'balance' });
    }
  },
};
