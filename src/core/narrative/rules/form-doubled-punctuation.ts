// Two punctuation marks where one belongs: 。。, ，，, ；；, a comma before a full stop (，。) or
// after one (。，). Unambiguous in running text. An ellipsis (……, 。。。) is a leftover, reported
// by form-template-leftover, and table lines are left alone.
import { formText } from './form-text';
import type { TextRule } from './types';

const DOUBLED = /([。，；、：！？])\1|[，、；：][。！？]|[。！？][，、；]/g;

export const rule: TextRule = {
  meta: {
    id: 'form-doubled-punctuation',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '标点重复', 'en-US': 'Doubled punctuation' },
    messages: {
      doubled: {
        'zh-CN': '标点“{{quote}}”重复，只应保留一个。',
        'en-US': 'The punctuation "{{quote}}" is doubled: keep one mark.',
      },
    },
  },
  check(ctx) {
    for (const line of formText(ctx.text).lines) {
      if (line.kind === 'table' || line.kind === 'blank') continue;
      for (const m of line.text.matchAll(DOUBLED)) {
        // 。。。 is an ellipsis, not a doubled stop.
        if (m[0] === '。。' && (line.text[m.index + 2] === '。' || line.text[m.index - 1] === '。')) continue;
        ctx.report({ messageId: 'doubled', data: { quote: m[0] }, offset: line.offset + m.index, quote: m[0] });
      }
    }
  },
};
