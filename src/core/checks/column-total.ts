// 合计/小计 columns equal the sum of the columns under them, row by row, by the header structure
// (合计 = 基本支出 + 项目支出; 基本支出小计 = 人员经费 + 公用经费; 合计 = the funding sources).
import { checkSum } from './compare';
import { columnSums } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'column-total',
    family: 'table',
    description: { 'zh-CN': '合计、小计栏等于其下各栏之和', 'en-US': 'A total column equals the sum of the columns under it' },
    messages: {
      sum: {
        'zh-CN': '“{{row}}”的“{{column}}”为 {{actual}}，比其下各栏之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '"{{column}}" of "{{row}}" is {{actual}}, {{gap}} {{over}} than the sum of the columns under it ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind === 'three-public') continue; // its own rule reads both layouts
      for (const block of table.blocks) {
        for (const { total, parts } of columnSums(block)) {
          for (const row of block.rows) {
            const t = row.amounts[total];
            if (!t) continue;
            const ps = parts.map((p) => row.amounts[p]).filter((a) => !!a);
            checkSum(ctx, {
              sheet: table.sheet,
              unit: table.unit,
              total: t,
              parts: ps as NonNullable<(typeof ps)[number]>[],
              messageId: 'sum',
              data: { row: row.label || row.code || row.cell, column: block.columns[total].path.join('/') },
            });
          }
        }
      }
    }
  },
};
