// The year of the budget a text explains. A year that follows 比/较/与/同/和/跟 is the one the
// budget is compared with (比2025年预算数减少…), never the text's own, however early it stands.
// In order: a title that names the budget (2026年部门预算, 2026年单位预算, 2026年度…预算情况说明,
// a short first line such as 2026年“三公”经费预算情况); else the year the text names most often
// outside comparisons and dates (2026年“三公”经费预算为…, 2026年公务接待费…), the later one on a tie.
// `sure` says whether a rule may rest a verdict on it: a title, or a most frequent year that is
// also the latest one the text names outside comparisons, named at least twice, with no rival as
// frequent. A title counts only in the text's opening, before its first sentence (a web page's
// navigation, the unit's name, a table of contents, the title itself): a line deep in the text
// that reads like one ((一)2023年单位预算全口径安排的…, 2023年部门预算安排车辆购置经费…) is a
// heading or a sentence of the body, and the year it names is one mention among others.

export interface TextYear {
  readonly year: number | null;
  readonly sure: boolean;
}

const NOT_COMPARED = String.raw`(?<![比较与同和跟]\s*)(?<![\d/-])`;
const TITLE = new RegExp(String.raw`${NOT_COMPARED}((?:19|20)\d{2})\s*年度?\s*(?:部门|单位)(?:[（(]单位[）)])?(?:预算|决算)|${NOT_COMPARED}((?:19|20)\d{2})\s*年度?[^\n，。；,;]{0,24}?预算(?:编制|情况|公开)?说明`);
// A year as it dates something: not a comparison's, not a calendar date (2025年1月16日, 2025-06-06).
const MENTION = new RegExp(String.raw`${NOT_COMPARED}((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)`, 'g');

/** Where a title may stand: before the first sentence ends; in a text with no sentence, its first lines. */
const OPENING_LINES = 10;
function opening(text: string): string {
  const stop = text.search(/[。；]/);
  return stop >= 0 ? text.slice(0, stop) : text.split('\n').slice(0, OPENING_LINES).join('\n');
}

export function textYear(text: string): TextYear {
  const titled = TITLE.exec(opening(text));
  if (titled) return { year: Number(titled[1] ?? titled[2]), sure: true };
  const line = firstTitleLine(text);
  if (line) return { year: line, sure: true };
  const counts = new Map<number, number>();
  for (const m of text.matchAll(MENTION)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  if (!counts.size) return { year: null, sure: false };
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const [year, n] = ranked[0];
  const latest = Math.max(...counts.keys());
  const rival = ranked.length > 1 && ranked[1][1] === n;
  // One mention is no evidence (2025年无此项预算 may be the only year a text names).
  return { year, sure: n >= 2 && year === latest && !rival };
}

/** A short first line that dates a budget (2026年“三公”经费预算情况), before the first sentence. */
function firstTitleLine(text: string): number | null {
  for (const raw of text.split('\n').slice(0, 6)) {
    // A table's title pasted with the empty cells of its row (…统计表 | ||||).
    const line = raw.replace(/[|｜\s]+$/, '').trim();
    if (!line) continue;
    if (line.length > 60 || /[。；;]/.test(line)) return null;
    const m = new RegExp(String.raw`${NOT_COMPARED}((?:19|20)\d{2})\s*年度?`).exec(line);
    if (m && /预算|三公/.test(line) && !/[|｜]/.test(line)) return Number(m[1]);
  }
  return null;
}
