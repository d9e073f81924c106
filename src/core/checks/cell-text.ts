// Text that is not a number in an amount cell ("见说明", "1,2345"): it is read as no value, so
// the sums around it may look wrong for that reason alone.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'cell-text',
    family: 'cells',
    description: { 'zh-CN': '金额单元格中是文字', 'en-US': 'Text in an amount cell' },
    messages: {
      text: {
        'zh-CN': '金额单元格中是文字“{{text}}”，无法作为数字参与计算。',
        'en-US': 'The amount cell holds the text "{{text}}", which cannot be used as a number.',
      },
    },
  },
  check(ctx) {
    for (const i of ctx.model.issues) if (i.code === 'text-in-amount') ctx.report({ messageId: 'text', data: { text: i.detail }, sheet: i.sheet, cell: i.cell });
  },
};
