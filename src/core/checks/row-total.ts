// The 合计 row equals the sum of the table's top-level rows (the 类 rows when the table is coded).
import { checkSum } from './compare';
import { columnAmounts, isComparisonColumn, topLevelRows, totalRow } from './tables';
import type { Rule } from './types';

const SKIP = new Set(['summary', 'fiscal-summary', 'three-public']);

export const rule: Rule = {
  meta: {
    id: 'row-total',
    family: 'table',
    description: { 'zh-CN': '合计行等于各类（顶层）行之和', 'en-US': 'The total row equals the sum of the top-level rows' },
    messages: {
      sum: {
        'zh-CN': '“{{column}}”栏合计为 {{actual}}，比各类之和 {{expected}} {{over}} {{gap}}。',
        'en-US': 'The total of "{{column}}" is {{actual}}, {{gap}} {{over}} than the sum of the top-level rows ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (SKIP.has(table.kind)) continue;
      for (const block of table.blocks) {
        const tr = totalRow(block);
        const top = topLevelRows(block);
        if (!tr || top.length === 0) continue;
        block.columns.forEach((c, i) => {
          if (isComparisonColumn(c)) return;
          const t = tr.amounts[i];
          if (!t) return;
          checkSum(ctx, { sheet: table.sheet, unit: table.unit, total: t, parts: columnAmounts(top, i), messageId: 'sum', data: { column: c.path.join('/') } });
        });
      }
    }
  },
};
