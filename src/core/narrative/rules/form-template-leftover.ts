// What a template or a draft leaves for the writer and the writer forgot: a choice between
// opposite words (增加（减少）, 增长/下降), a fill-in mark (【请填写…】, XX, ××, ____, （  ）), an
// ellipsis standing for words (主要用于……). The drafter's own placeholders are 【请填写：…】: they
// are reported too, on purpose, as the reminder of what is still to write.
import type { TextRule } from './types';

const UP = '增加|增长|上升|提高|增';
const DOWN = '减少|下降|降低|减';
// Two opposite change words, the second in brackets or after a slash: the template's choice.
const ALTERNATIVE = new RegExp(`(?:${UP})\\s*(?:[（(]\\s*(?:${DOWN})\\s*[)）]|[/／]\\s*(?:${DOWN}))|(?:${DOWN})\\s*(?:[（(]\\s*(?:${UP})\\s*[)）]|[/／]\\s*(?:${UP}))`, 'g');
const DRAFT = /【请填写[:：][^】\n]*】/g;
const FILL_IN = /【[^】\n]{0,40}?(?:请|填写|填报|待定|待补|补充|输入|选择|X{2}|×{2})[^】\n]{0,40}?】/g;
const MARKS = /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|某某|○○|_{2,}|＿{2,}|[（(][ \u3000]+[)）]/g;
const ELLIPSIS = /…+|\.{3,}|。{3,}/g;

export const rule: TextRule = {
  meta: {
    id: 'form-template-leftover',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '模板或草稿的待填内容未处理', 'en-US': 'A template or draft fill-in left in the text' },
    messages: {
      alternative: {
        'zh-CN': '“{{quote}}”是模板中的二选一写法，应按实际情况只保留一个词。',
        'en-US': '"{{quote}}" is the template\'s choice between two words: keep the one that applies.',
      },
      draft: {
        'zh-CN': '草稿占位符“{{quote}}”尚未填写。',
        'en-US': 'The draft\'s placeholder "{{quote}}" has not been filled in.',
      },
      fillIn: {
        'zh-CN': '“{{quote}}”是待填写的内容，公开前应替换为实际内容。',
        'en-US': '"{{quote}}" is a fill-in mark: replace it with the actual content before publishing.',
      },
      ellipsis: {
        'zh-CN': '省略号“{{quote}}”代替了应写明的内容。',
        'en-US': 'The ellipsis "{{quote}}" stands where the content should be written.',
      },
    },
  },
  check(ctx) {
    const taken: [number, number][] = [];
    const find = (re: RegExp, messageId: string) => {
      for (const m of ctx.text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        ctx.report({ messageId, data: { quote: m[0] }, offset: start, quote: m[0] });
      }
    };
    find(DRAFT, 'draft');
    find(FILL_IN, 'fillIn');
    find(ALTERNATIVE, 'alternative');
    find(MARKS, 'fillIn');
    find(ELLIPSIS, 'ellipsis');
  },
};
