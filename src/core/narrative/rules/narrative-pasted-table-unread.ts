// A row of a table pasted with spaces between its columns whose figures could not be put in their
// columns (fewer figures than the others, and the header does not show which cell is blank): the
// row is in no sum of narrative-pasted-table, and the reader is told so rather than left to think
// the table was checked. A note, not a defect: the text may be right.
import { readTextTables } from '../table-text';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-pasted-table-unread',
    family: 'arithmetic',
    severity: 'info',
    description: { 'zh-CN': '文中表格的行无法对齐到栏，未核对', 'en-US': 'A row of a table in the text that could not be put in its columns' },
    messages: {
      header: {
        'zh-CN': '表中“{{row}}”一行有 {{figures}} 个数，表头有 {{columns}} 栏，无法确定空白在哪一栏，此行未参与核对。',
        'en-US': 'The table row "{{row}}" has {{figures}} figures for {{columns}} columns, and which cell is blank cannot be told: the row was not checked.',
      },
      noHeader: {
        'zh-CN': '表中“{{row}}”一行有 {{figures}} 个数，少于其他行，又没有可对照的表头，无法确定空白在哪一栏，此行未参与核对。',
        'en-US': 'The table row "{{row}}" has {{figures}} figures, fewer than other rows, and no header shows which cell is blank: the row was not checked.',
      },
    },
  },
  check(ctx) {
    for (const table of readTextTables(ctx.text)) {
      for (const r of table.rows) {
        if (!r.unplaced) continue;
        const { figures, columns } = r.unplaced;
        ctx.report({ messageId: columns ? 'header' : 'noHeader', data: { row: r.quote, figures, ...(columns ? { columns } : {}) }, offset: r.offset, quote: r.quote });
      }
    }
  },
};
