// A word written twice in a row (单位单位). One character doubled (常常) is a normal
// reduplication and is not matched.
import type { TextRule } from './types';

const REPEAT = /([\u4e00-\u9fff]{2,4})\1/g;
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
  },
};
