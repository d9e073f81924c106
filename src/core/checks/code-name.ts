// A code whose name is not the name the classification gives it (a typo, or a row moved to the
// wrong code). Renamed classes are left to code-outdated-name.
import { checkName } from '../codes';
import { codedRows } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'code-name',
    family: 'codes',
    description: { 'zh-CN': '科目编码与名称不一致', 'en-US': 'Code and name disagree' },
    messages: {
      mismatch: {
        'zh-CN': '科目编码 {{code}} 的名称应为“{{expected}}”，表中为“{{name}}”。',
        'en-US': 'Code {{code}} is named "{{expected}}" in the classification, "{{name}}" here.',
      },
    },
  },
  check(ctx) {
    for (const { table, row, code, scheme } of codedRows(ctx.model)) {
      if (!row.label) continue;
      const r = checkName(scheme, code, row.label, table.year ?? ctx.model.year);
      if (r.result !== 'mismatch') continue;
      ctx.report({ messageId: 'mismatch', data: { code, name: row.label, expected: r.expected }, sheet: table.sheet, cell: row.cell });
    }
  },
};
