// An amount with no number: a unit of money right after the word that leads a figure (预算为万元，
// 比上年增加万元), the amount-side twin of a blank percentage (narrative-blank-rate). A unit named
// for a table or a section (单位：万元, 以万元为单位, （万元）) and words such as 数万元 are not
// amounts.
import { originalSlice } from '../normalise';
import type { TextRule } from './types';

// The word before the unit: a verb or noun after which a figure is written.
const BLANK = /(为|是|增加|减少|增|减|安排|达到?|共计|合计|总计|支出|收入|预算|拨款|经费|费用?|约|计|下降|上升|降低|节约|压减|新增)(了)?[ \t\u3000]*(万元|亿元|千元|元)(?=$|[，。；、,;：:）)\s（(比较与同增减])/gm;

export const rule: TextRule = {
  meta: {
    id: 'narrative-blank-amount',
    family: 'form',
    severity: 'error',
    description: { 'zh-CN': '金额缺少数字', 'en-US': 'An amount without its number' },
    messages: { blank: { 'zh-CN': '“{{quote}}”缺少金额数字。', 'en-US': '"{{quote}}" has no figure before its unit.' } },
  },
  check(ctx) {
    const n = ctx.read.normal;
    BLANK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BLANK.exec(n.text))) {
      const before = n.text.slice(Math.max(0, m.index - 4), m.index);
      // 单位为万元 / 以万元为单位 / 金额单位：元 name the unit, they do not state an amount.
      if (/单位|以$/.test(before) || /^为/.test(m[0]) && /单位/.test(n.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      const o = originalSlice(n, m.index, m.index + m[0].length);
      ctx.report({ messageId: 'blank', data: { quote: o.quote }, offset: o.offset, quote: o.quote, actual: null });
    }
  },
};
