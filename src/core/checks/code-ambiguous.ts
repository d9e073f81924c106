// A code cell the reader could not turn into a code without guessing: a number in a 款 column
// with three digits, a 4- or 6-digit number in a code column. Numbers drop leading zeros, so
// 201 | 3 | 50 is read as 2010350, but 201 | 350 could be 20103 + 50 or a typing slip: the row
// is read without a code and the user is told which cell to fix.
import type { Rule } from './types';

const PART: Record<string, { zh: string; en: string }> = {
  lei: { zh: '“类”列应为 3 位数字（或完整的 5 位、7 位编码）', en: 'a 类 column holds 3 digits (or a whole 5- or 7-digit code)' },
  kuan: { zh: '“款”列应为 2 位数字（或完整的 5 位编码）', en: 'a 款 column holds 2 digits (or a whole 5-digit code)' },
  xiang: { zh: '“项”列应为 2 位数字（或完整的 7 位编码）', en: 'a 项 column holds 2 digits (or a whole 7-digit code)' },
  function: { zh: '功能分类编码应为 3、5 或 7 位数字', en: 'a function classification code has 3, 5 or 7 digits' },
  economic: { zh: '经济分类编码应为 3 或 5 位数字', en: 'an economic classification code has 3 or 5 digits' },
};

export const rule: Rule = {
  meta: {
    id: 'code-ambiguous',
    family: 'codes',
    description: { 'zh-CN': '科目编码无法确定', 'en-US': 'Classification code that cannot be read without guessing' },
    messages: {
      ambiguous: {
        'zh-CN': '编码单元格中是“{{value}}”，{{expected}}，无法确定是哪个科目，本行未按编码校验。请核对编码，并把编码列设为文本格式、写全前导零（如 201 | 03 | 50）。',
        'en-US': 'The code cell holds "{{value}}", but {{expectedEn}}: the code cannot be read without guessing and the row is checked without it. Check the code, and format the code column as text with its leading zeros (201 | 03 | 50).',
      },
    },
  },
  check(ctx) {
    for (const i of ctx.model.issues) {
      if (i.code !== 'code-ambiguous') continue;
      const part = PART[i.part ?? 'function'];
      ctx.report({ messageId: 'ambiguous', data: { value: i.detail, expected: part.zh, expectedEn: part.en }, sheet: i.sheet, cell: i.cell });
    }
  },
};
