// An empty table is published with a note saying why (本单位无政府性基金预算…), not left blank.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'table-empty-note',
    family: 'completeness',
    description: { 'zh-CN': '空表未作说明', 'en-US': 'An empty table without a note' },
    messages: {
      noNote: {
        'zh-CN': '“{{title}}”为空表，但没有说明原因（如“本单位无……，故本表为空表”）。',
        'en-US': '"{{title}}" is empty and has no note saying why.',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      if (t.empty && !t.note) ctx.report({ messageId: 'noNote', data: { title: t.title }, sheet: t.sheet, cell: t.titleCell });
    }
  },
};
