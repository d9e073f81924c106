// A table published empty is explained in the text (本单位无政府性基金预算拨款安排的支出; 政府性
// 基金拨款支出预算0万元; 此表为空): the reader of the empty table must learn from the text that
// nothing is missing. Judged with the workbook only, for the tables that are often empty and
// have a subject the text can name; one clause must name the subject and say "none".
import { KIND_NAMES, type TableKind } from '../../model/kinds';
import { formText } from './form-text';
import type { TextRule } from './types';

const SUBJECTS: Partial<Record<TableKind, RegExp>> = {
  'fund-expenditure': /政府性基金/,
  'state-capital-expenditure': /国有资本经营/,
  'three-public': /三公/,
  'project-expenditure': /项目支出/,
  procurement: /政府采购/,
};

// "None": 无/没有/未安排, a zero amount, an empty table. 无变化 and 无增减 speak of a change, not of none.
const NONE = /(?<![并])无(?!变化|增减|差异)|没有|未安排|未使用|未编制|不涉及|为零|空表|为空|(?<![\d.,])0(?:\.0+)?\s*(?:万元|元)/;

export const rule: TextRule = {
  meta: {
    id: 'form-empty-table-note',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '空表未在情况说明中说明', 'en-US': 'An empty table not explained in the text' },
    messages: {
      unexplained: {
        'zh-CN': '“{{title}}”是空表，情况说明中应说明原因（如“本单位无{{subject}}预算，此表为空”）。',
        'en-US': '"{{title}}" is empty: the text should say why (the unit has no {{subjectEn}} budget, so the table is empty).',
      },
    },
  },
  check(ctx) {
    if (!ctx.model) return;
    const clauses = ctx.read.sentences.flatMap((s) => s.text.split(/[，,；;]/));
    const form = formText(ctx.text);
    for (const t of ctx.model.tables) {
      const subject = SUBJECTS[t.kind];
      if (!t.empty || !subject) continue;
      if (clauses.some((c) => subject.test(c) && NONE.test(c))) continue;
      const heading = form.headings.find((h) => subject.test(h.text)) ?? form.lines.find((l) => l.kind !== 'blank');
      if (!heading) continue;
      const word = subject.source.replace(/\\/g, '');
      ctx.report({
        messageId: 'unexplained',
        data: { kind: t.kind, title: t.title, name: KIND_NAMES[t.kind].zh, subject: word, subjectEn: KIND_NAMES[t.kind].en.toLowerCase() },
        offset: heading.offset,
        quote: heading.text.slice(0, 30),
      });
    }
  },
};
