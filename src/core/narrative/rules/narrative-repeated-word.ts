// A word written twice in a row (单位单位). One character doubled (常常) is a normal
// reduplication and is not matched, except a unit doubled after its figure (1200元元).
import type { TextRule } from './types';

const REPEAT = /([\u4e00-\u9fff]{2,4})\1/g;
const UNIT_REPEAT = /(?<=\d\s*)元元/g; // 万元万元 is a doubled word already
const ALLOWED_REPEATS = new Set(['谢谢', '研究研究', '看看']);

export const rule: TextRule = {
  meta: {
    id: 'narrative-repeated-word',
    family: 'wording',
    severity: 'warning',
    description: { 'zh-CN': '词语重复', 'en-US': 'A doubled word' },
    messages: { repeated: { 'zh-CN': '词语“{{word}}”重复。', 'en-US': 'The word "{{word}}" is repeated.' } },
  },
  check(ctx) {
    for (const m of ctx.text.matchAll(REPEAT)) {
      if (ALLOWED_REPEATS.has(m[0]) || new Set(m[1]).size === 1) continue;
      ctx.report({ messageId: 'repeated', data: { word: m[1] }, offset: m.index, quote: m[0], expected: m[1], actual: m[0] });
    }
    for (const m of ctx.text.matchAll(UNIT_REPEAT)) {
      ctx.report({ messageId: 'repeated', data: { word: '元' }, offset: m.index, quote: m[0], expected: '元', actual: m[0] });
    }
  },
};
