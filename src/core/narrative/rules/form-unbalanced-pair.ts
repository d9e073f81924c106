// Quotation marks, book-title marks and brackets come in pairs within a paragraph: “…”, 《…》,
// （…）. An opening mark without its closing one (or the reverse) is a slip; so is a full-width
// bracket closed by a half-width one (（款) ), a mix a reader sees at once in the printed text.
// A list numbered with a closing bracket alone (1)一般公共服务, a)…) at the start of a line or
// after a clause break opens nothing; an opening quote where one is open (中央“八项规定“开支) is
// that quote closed with the wrong mark, one slip reported once.
import { formText, paragraphOffset } from './form-text';
import type { TextRule } from './types';

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')' };
const CLOSE: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '(' };
/** What precedes a bracket that closes a list item's number alone (1), 12), a)): a line start or a clause break, then the number. */
const LIST_NUMBER = /(?:^|[\s：:；;，,。、])(?:\d{1,2}|[a-zA-Z])$/;
const OTHER_WIDTH: Record<string, string> = { '（': ')', '(': '）' };

export const rule: TextRule = {
  meta: {
    id: 'form-unbalanced-pair',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '引号、书名号或括号不成对', 'en-US': 'Quotation marks, title marks or brackets not in pairs' },
    messages: {
      unclosed: {
        'zh-CN': '“{{mark}}”没有对应的“{{other}}”。',
        'en-US': '"{{mark}}" has no matching "{{other}}".',
      },
      unopened: {
        'zh-CN': '“{{mark}}”前面没有对应的“{{other}}”。',
        'en-US': '"{{mark}}" has no opening "{{other}}" before it.',
      },
      wrongClose: {
        'zh-CN': '引号“{{mark}}”处应为“{{other}}”（前引号与后引号写成了同一个）。',
        'en-US': 'The quotation mark "{{mark}}" should be "{{other}}" (the closing mark written as an opening one).',
      },
      mixed: {
        'zh-CN': '括号全角、半角混用：“{{open}}”与“{{mark}}”不配对。',
        'en-US': 'Full-width and half-width brackets mixed: "{{open}}" closed by "{{mark}}".',
      },
    },
  },
  check(ctx) {
    for (const p of formText(ctx.text).paragraphs) {
      if (p.kind === 'table') continue;
      const t = p.text;
      const stack: { mark: string; at: number }[] = [];
      const context = (at: number) => {
        // A few characters around the mark, from its own line (a quote is contiguous text).
        const offset = paragraphOffset(p, at);
        const line = p.lines.find((l) => offset >= l.offset && offset < l.offset + l.text.length) ?? p.lines[0];
        const i = offset - line.offset;
        const from = Math.max(0, i - 6);
        return { offset, quoteFrom: line.offset + from, quote: line.text.slice(from, Math.min(line.text.length, i + 7)) };
      };
      const say = (messageId: string, at: number, data: Record<string, string>) => {
        const c = context(at);
        ctx.report({ messageId, data: { ...data, quote: c.quote }, offset: c.quoteFrom, quote: c.quote });
      };
      for (let i = 0; i < t.length; i++) {
        const ch = t[i];
        if (ch === '“' && stack[stack.length - 1]?.mark === '“') {
          stack.pop();
          say('wrongClose', i, { mark: ch, other: '”' });
          continue;
        }
        if (OPEN[ch]) {
          stack.push({ mark: ch, at: i });
          continue;
        }
        const opener = CLOSE[ch];
        if (!opener) continue;
        const top = stack[stack.length - 1];
        if (top?.mark === opener) stack.pop();
        else if (top && OTHER_WIDTH[top.mark] === ch) {
          stack.pop();
          say('mixed', i, { open: top.mark, mark: ch });
        } else if (stack.some((s) => s.mark === opener)) {
          // Closing an outer pair: what was opened inside it is unclosed.
          while (stack.length && stack[stack.length - 1].mark !== opener) {
            const s = stack.pop()!;
            say('unclosed', s.at, { mark: s.mark, other: OPEN[s.mark] });
          }
          stack.pop();
        } else if (!(ch === ')' || ch === '）') || !LIST_NUMBER.test(t.slice(0, i))) say('unopened', i, { mark: ch, other: opener });
      }
      for (const s of stack) say('unclosed', s.at, { mark: s.mark, other: OPEN[s.mark] });
    }
  },
};
