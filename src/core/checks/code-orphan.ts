// A 项 without its 款 row, or a 款 without its 类 row, in a table that shows the hierarchy: the
// sums by code cannot be checked and the reader cannot see where the amount belongs.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'code-orphan',
    family: 'codes',
    description: { 'zh-CN': '项级或款级科目缺少上级科目行', 'en-US': 'A sub-class without its parent row' },
    messages: {
      orphan: {
        'zh-CN': '科目 {{code}} {{name}}缺少上级科目 {{parent}} 所在行。',
        'en-US': 'Code {{code}} "{{name}}" has no row for its parent {{parent}}.',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      for (const block of table.blocks) {
        const codes = new Set(block.rows.map((r) => r.code).filter((c): c is string => !!c));
        if (![...codes].some((c) => c.length === 3)) continue; // a table without 类 rows lists leaves only
        for (const row of block.rows) {
          if (!row.code || row.code.length < 5) continue;
          const parents = row.code.length === 7 ? [row.code.slice(0, 5), row.code.slice(0, 3)] : [row.code.slice(0, 3)];
          const missing = parents.find((p) => !codes.has(p));
          if (missing) ctx.report({ messageId: 'orphan', data: { code: row.code, name: row.label, parent: missing }, sheet: table.sheet, cell: row.cell });
        }
      }
    }
  },
};
