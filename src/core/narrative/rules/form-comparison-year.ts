// The year a budget is compared with is the year before it: a 2026 budget is compared with 2025
// (上年预算, 2025年预算执行数, or 2025年决算 — the last final accounts may even be 2024's). A
// comparison with the budget year itself or a later year (比2026年预算增加… in a 2026 text) is a
// slip of the template's year and always wrong; so is one with an earlier year than the previous
// (比2024年预算增加… in a 2026 text: last year's template, or the year before it copied): a budget
// two years back, or final accounts three years back. A comparison made by an earlier year
// (2024年比2023年…, a passage on past work) is not the budget's and is left alone, as are years
// in other roles — titles (2026年部门预算), dates (截至2025年8月31日), plans.
import { textYear } from '../text-year';
import type { TextRule } from './types';

const YEAR = String.raw`((?:19|20)\d{2})\s*年度?`;
// 比/较 + year: a change word must follow in the clause; 与/同/和 + year: 相比/持平/一致 must follow.
const COMPARED = new RegExp(String.raw`(?:(比|较)\s*${YEAR}(?=[^，。；,;]{0,20}?(增|减|持平|多|少|上升|下降|降低|提高|一样|一致|相同|变化|基本))|(与|同|和|跟)\s*${YEAR}(?=[^，。；,;]{0,20}?(相比|相较|比较|持平|一致|相同|一样|无变化|对比)))`, 'g');

export const rule: TextRule = {
  meta: {
    id: 'form-comparison-year',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '比较年份不是上年', 'en-US': 'A comparison with a year that is not the previous one' },
    messages: {
      notEarlier: {
        'zh-CN': '{{year}}年预算应与上年（{{prior}}年）比较，文中写成了与{{compared}}年比较。',
        'en-US': 'A {{year}} budget is compared with the previous year ({{prior}}); the text compares it with {{compared}}.',
      },
      tooEarly: {
        'zh-CN': '{{year}}年预算应与上年（{{prior}}年）比较，文中写成了与更早的{{compared}}年比较。',
        'en-US': 'A {{year}} budget is compared with the previous year ({{prior}}); the text compares it with the earlier year {{compared}}.',
      },
    },
  },
  check(ctx) {
    const year = budgetYear(ctx.text, ctx.model?.year ?? null);
    if (!year) return;
    for (const s of ctx.read.sentences) {
      for (const m of s.text.matchAll(COMPARED)) {
        const compared = Number(m[2] ?? m[5]);
        // The years before the comparison in its clause that are not compared themselves.
        const before = s.text.slice(0, m.index);
        const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
        const subjects = [...clause.matchAll(/(?<![比较与同和跟]\s*)((?:19|20)\d{2})\s*年/g)].map((y) => Number(y[1]));
        const quote = m[0];
        if (compared >= year) {
          // "2027年比2026年…": a later year as the subject compares two other years.
          if (subjects.some((y) => y > compared)) continue;
          ctx.report({ messageId: 'notEarlier', data: { year, prior: year - 1, compared }, offset: s.offset + m.index, quote, expected: `${year - 1}年`, actual: `${compared}年` });
          continue;
        }
        // Too early: only a comparison of the budget itself (no earlier year as the subject), and
        // final accounts may be two years old (the last ones published when the budget is drafted).
        if (compared >= year - 1 || subjects.some((y) => y < year)) continue;
        const words = s.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (/^[^，。；,;]{0,4}决算/.test(words) ? compared >= year - 2 : false) continue;
        ctx.report({ messageId: 'tooEarly', data: { year, prior: year - 1, compared }, offset: s.offset + m.index, quote, expected: `${year - 1}年`, actual: `${compared}年` });
      }
    }
  },
};

/**
 * The workbook's year, else the text's own (`text-year.ts`) when it is sure: a title naming the
 * budget, or the year the text dates most things with and no later one. Never a compared year
 * (比2025年预算…), and not merely the largest year mentioned: that guess would make every
 * mention of that year look like a comparison with itself.
 */
export function budgetYear(text: string, workbookYear: number | null): number | null {
  if (workbookYear) return workbookYear;
  const inferred = textYear(text);
  return inferred.sure ? inferred.year : null;
}
