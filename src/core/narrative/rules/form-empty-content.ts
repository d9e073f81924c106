// A sentence that stops where its content should be: 主要原因是。 主要用于：。 其中：； — the writer
// deleted the template's example and wrote nothing. Unambiguous: the words promise content and
// the sentence ends at once.
import type { TextRule } from './types';

// The words that announce content, then an optional 是/为/有/在于 and colon, then the sentence end.
const EMPTY = /(主要原因|原因|主要用于|用于|主要包括|包括|主要有|具体如下|如下|主要内容|其中|分别为|分别是|主要项目|具体情况)\s*(是|为|有|在于|包括)?\s*[：:]?\s*[。；;]/g;

export const rule: TextRule = {
  meta: {
    id: 'form-empty-content',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '原因或内容为空', 'en-US': 'A reason or content left empty' },
    messages: {
      empty: {
        'zh-CN': '“{{quote}}”之后没有内容：应写明{{what}}。',
        'en-US': 'Nothing follows "{{quote}}": write the {{whatEn}}.',
      },
    },
  },
  check(ctx) {
    for (const m of ctx.text.matchAll(EMPTY)) {
      const reason = m[1].includes('原因');
      ctx.report({
        messageId: 'empty',
        data: { quote: m[0], what: reason ? '具体原因' : '具体内容', whatEn: reason ? 'reason' : 'content' },
        offset: m.index,
        quote: m[0],
      });
    }
  },
};
