// An amount written without its unit (增加387.47，). A unit declared once for the section
// (单位：万元) counts as written; a unit that a PDF line break separated from its figure is found
// by normalisation and is not missing.
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-unit-missing',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '金额缺少单位', 'en-US': 'An amount without its unit' },
    messages: { missing: { 'zh-CN': '金额“{{value}}”缺少单位（应写明万元或元）。', 'en-US': 'The amount "{{value}}" has no unit (万元 or 元).' } },
  },
  check(ctx) {
    for (const c of ctx.read.claims) if (c.kind === 'bare') ctx.report({ messageId: 'missing', data: { value: c.quote }, offset: c.offset, quote: c.quote, actual: c.quote });
  },
};
