// Cells the reader left out because they lay far outside the sheet's tables (a stray value at
// XFD1048576, say): nothing is dropped without saying so.
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'sheet-trimmed',
    family: 'cells',
    description: { 'zh-CN': '工作表中远离表格的单元格未被读取', 'en-US': 'Cells far outside the tables were not read' },
    messages: {
      trimmed: {
        'zh-CN': '工作表“{{sheet}}”中有 {{count}} 个单元格远离表格区域（如误输入在 XFD1048576 的内容），未参与校验，请确认它们不是预算数据。',
        'en-US': 'Sheet "{{sheet}}" has {{count}} cells far outside its tables (a stray entry near XFD1048576, say); they were not checked: make sure they are not budget data.',
      },
    },
  },
  check(ctx) {
    for (const i of ctx.model.issues) if (i.code === 'sheet-trimmed') ctx.report({ messageId: 'trimmed', data: { sheet: i.sheet, count: i.detail }, sheet: i.sheet, cell: null });
  },
};
