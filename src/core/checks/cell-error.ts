// A formula error (#REF!, #VALUE!, #DIV/0! …) where an amount should be: the published figure
// does not exist.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'cell-error',
    family: 'cells',
    description: { 'zh-CN': '金额单元格显示公式错误', 'en-US': 'A formula error in an amount cell' },
    messages: {
      error: {
        'zh-CN': '单元格显示 {{error}}，应为金额。请检查公式引用。',
        'en-US': 'The cell shows {{error}} where an amount belongs; check the formula.',
      },
    },
  },
  check(ctx) {
    for (const i of ctx.model.issues) if (i.code === 'formula-error') ctx.report({ messageId: 'error', data: { error: i.detail }, sheet: i.sheet, cell: i.cell });
  },
};
