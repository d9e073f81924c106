// A 类 code that is not in the classification of the year. Only 类 codes are checked: the
// shipped lists of 款 and 项 are partial, and an absent entry there proves nothing.
import { lookupCode } from '../codes';
import { codedRows } from './tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'code-unknown-class',
    family: 'codes',
    description: { 'zh-CN': '类级科目编码不存在', 'en-US': 'Unknown class code' },
    messages: {
      unknown: {
        'zh-CN': '科目编码 {{code}}（{{name}}）不是{{schemeName}}中的类级科目。',
        'en-US': 'Code {{code}} ("{{name}}") is not a class of the {{schemeNameEn}}.',
      },
    },
  },
  check(ctx) {
    for (const { table, row, code, scheme } of codedRows(ctx.model)) {
      if (code.length !== 3 || lookupCode(scheme, code)) continue;
      ctx.report({
        messageId: 'unknown',
        data: {
          code,
          name: row.label,
          schemeName: scheme === 'function' ? '支出功能分类科目' : '支出经济分类科目',
          schemeNameEn: scheme === 'function' ? 'functional classification' : 'economic classification',
        },
        sheet: table.sheet,
        cell: row.cell,
      });
    }
  },
};
