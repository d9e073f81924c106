// A table that does not say its unit (单位：万元 / 元): its figures cannot be compared with the
// other tables' or read by anyone with certainty.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'unit-missing',
    family: 'units',
    description: { 'zh-CN': '表格未注明金额单位', 'en-US': 'A table without a money unit' },
    messages: {
      missing: {
        'zh-CN': '“{{title}}”没有注明金额单位（如“单位：万元”）。',
        'en-US': '"{{title}}" does not state its money unit.',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) if (!t.unit && !t.empty) ctx.report({ messageId: 'missing', data: { title: t.title }, sheet: t.sheet, cell: t.titleCell });
  },
};
