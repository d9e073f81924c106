// The parts a budget disclosure must contain (财预〔2016〕143号, 地方预决算公开操作规程: the
// department's duties and structure, the explanation of the budget with its changes, 机关运行经费
// and 政府采购, the "三公" expenses, and an explanation of technical terms; 国有资产占用 and
// performance targets "step by step", so not required here). The same list holds for a
// department and for a unit; a department's 机构设置 is often titled 预算单位构成.
// Only a whole publication is judged for its profile (parts, a table of contents, or one of the
// profile's sections present): a text that is only the 编制说明 of a publication is judged for
// what the 编制说明 itself must say. A publication of the "三公" expenses alone (…“三公”经费预算情况
// 说明, published apart from the budget's explanation) is not asked for the rest of the disclosure.
// In a publication without parts, a numbered section on the budget's income and expenditure
// (三、预算收支及增减变化情况) is its 编制说明.
import { formText, hasBudgetSection, isThreePublicPublication, isWholePublication, itemsPresent, type TextItem } from './form-text';
import type { TextRule } from './types';

const PROFILE: readonly TextItem[] = ['主要职能', '机构设置', '名词解释'];

/** What the explanation must speak of, by the words that name it anywhere in the text. */
const CONTENTS: readonly { name: string; en: string; pattern: RegExp; item: TextItem }[] = [
  { name: '“三公”经费', en: '"three public" expenses', pattern: /三公/, item: '其他相关说明' },
  { name: '机关运行经费', en: 'running costs of the offices (机关运行经费)', pattern: /(?<!用车|车辆)运行经费/, item: '其他相关说明' }, // 公务用车运行经费 is a "三公" item, not this
  { name: '政府采购', en: 'government procurement', pattern: /政府采购/, item: '其他相关说明' },
];

const NAMES_EN: Record<TextItem, string> = {
  主要职能: 'main duties',
  机构设置: 'organisation',
  名词解释: 'explanation of terms',
  预算编制说明: 'explanation of the budget',
  其他相关说明: 'other explanations',
  项目经费情况说明: 'project explanations',
};

export const rule: TextRule = {
  meta: {
    id: 'form-required-section',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '缺少应公开的说明内容', 'en-US': 'A required part of the explanation is missing' },
    messages: {
      section: {
        'zh-CN': '情况说明中没有“{{name}}”部分。',
        'en-US': 'The text has no "{{name}}" part ({{nameEn}}).',
      },
      content: {
        'zh-CN': '预算编制说明中没有说明{{name}}情况。',
        'en-US': 'The explanation of the budget says nothing about {{nameEn}}.',
      },
    },
  },
  check(ctx) {
    const form = formText(ctx.text);
    const present = itemsPresent(form);
    const first = form.lines.find((l) => l.kind !== 'blank');
    if (!first || isThreePublicPublication(form)) return;
    const at = { offset: first.offset, quote: first.text.slice(0, 30) };
    const whole = isWholePublication(form);
    if (whole) {
      for (const item of PROFILE) if (!present.has(item)) ctx.report({ messageId: 'section', data: { item, name: item, nameEn: NAMES_EN[item] }, ...at });
      if (!present.has('预算编制说明') && !hasBudgetSection(form)) ctx.report({ messageId: 'section', data: { item: '预算编制说明', name: '预算编制说明', nameEn: NAMES_EN['预算编制说明'] }, ...at });
    }
    if (!whole && !present.has('预算编制说明')) return;
    for (const c of CONTENTS) if (!c.pattern.test(ctx.text)) ctx.report({ messageId: 'content', data: { item: c.item, name: c.name, nameEn: c.en }, ...at });
  },
};
