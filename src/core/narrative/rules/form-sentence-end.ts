// A paragraph of running text ends with its full stop. Not flagged: headings and titles, numbered
// list items (often written without a stop), table lines, contact lines, a line that introduces
// a list (…如下：), and short lines without any clause break (a name, a date, a reference: 上海市
// 某某委员会, 2025.1.1-2025.12.31, 详见项目绩效目标表), a note set wholly in brackets, and a table's
// title and unit line (…预算表, 单位：万元: table lines). Lines a PDF copy broke are joined first.
import { formText, SENTENCE_END } from './form-text';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'form-sentence-end',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '段落缺少句末标点', 'en-US': 'A paragraph without its final full stop' },
    messages: {
      missing: {
        'zh-CN': '段落以“{{quote}}”结束，缺少句号。',
        'en-US': 'The paragraph ends with "{{quote}}" and has no full stop.',
      },
    },
  },
  check(ctx) {
    for (const p of formText(ctx.text).paragraphs) {
      if (p.kind !== 'body') continue;
      const t = p.text;
      if (SENTENCE_END.test(t) || /[:：]$/.test(t)) continue;
      // A paragraph that ends in a fill-in (【请填写：…】) is reported by form-template-leftover.
      if (/【[^】]*】$/.test(t)) continue;
      // A note set wholly in brackets ((由于四舍五入…，特此说明)) is an aside, often left without a stop.
      if (/^[（(][^（()）]*[)）]$/.test(t)) continue;
      // A sentence has a clause break (，；) or an earlier full stop; a bare phrase is a label.
      if (!/[，,；;。]/.test(t)) continue;
      // Quote the end of the last line, from its last clause break.
      const last = p.lines[p.lines.length - 1];
      const tail = last.text.slice(Math.max(0, last.text.length - 12));
      const cut = Math.max(tail.lastIndexOf('，'), tail.lastIndexOf('；'), tail.lastIndexOf('。'), tail.lastIndexOf(','));
      const quote = cut >= 0 && cut < tail.length - 1 ? tail.slice(cut + 1) : tail;
      ctx.report({ messageId: 'missing', data: { quote }, offset: last.offset + last.text.length - quote.length, quote });
    }
  },
};
