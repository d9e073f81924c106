// A class name renamed before the text's year (医疗卫生 is 卫生健康 from 2019).
import { outdatedNamesIn } from '../../codes';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-outdated-name',
    family: 'wording',
    severity: 'warning',
    description: { 'zh-CN': '科目名称已过时', 'en-US': 'An outdated class name' },
    messages: { outdated: { 'zh-CN': '“{{old}}”在 {{year}} 年已更名为“{{current}}”。', 'en-US': '"{{old}}" is called "{{current}}" in {{year}}.' } },
  },
  check(ctx) {
    const year = ctx.read.year;
    if (!year) return;
    for (const o of outdatedNamesIn(ctx.text, year)) ctx.report({ messageId: 'outdated', data: { old: o.oldName, current: o.current, year: String(year) }, offset: o.index, quote: o.oldName, expected: o.current, actual: o.oldName });
  },
};
