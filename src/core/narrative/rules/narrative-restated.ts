// A figure restated with a different value: an item's headline amount against its restatement
// in the same item (…B万元，主要用于…，预算安排B万元), or a total the text states again in
// another section. Only subjects a text has one of (收入合计, 一般公共预算支出, "三公"经费…) are
// compared across sections; a name that recurs under several headings (商品和服务支出 under
// 基本支出 and under 项目支出) is compared only within its item.
import { abs, lte, sub, toPlain } from '../../money';
import { HALF_CENT, subjectKey } from '../analysis';
import type { Claim } from '../claims';
import type { TextRule } from './types';

const UNIQUE = /^(收入总计|支出总计|收入合计|支出合计|财政拨款收支总?|财政拨款收入|财政拨款支出|一般公共预算支出|一般公共预算基本支出|一般公共预算项目支出|人员经费|公用经费|三公经费|机关运行经费|政府采购)$/;

export const rule: TextRule = {
  meta: {
    id: 'narrative-restated',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '同一金额前后表述不一致', 'en-US': 'A figure restated with another value' },
    messages: { restated: { 'zh-CN': '“{{subject}}”前文为 {{first}}，此处为 {{actual}}。', 'en-US': '"{{subject}}" is {{first}} earlier in the text and {{actual}} here.' } },
  },
  check(ctx) {
    const seen = new Map<string, Claim>();
    const headline = new Map<number, Claim>();
    for (const c of ctx.read.claims) {
      if (c.kind !== 'amount' || !c.value || c.period !== 'current' || c.ofWhich || c.depth > 0) continue;
      if (!headline.has(c.item)) headline.set(c.item, c);
      const key = subjectKey(c.label).replace(/[“”"]/g, '');
      // An item's restatement (…，预算安排B万元) repeats its headline amount.
      const head = headline.get(c.item)!;
      const words = ctx.read.normal.text.slice(Math.max(0, c.at - 8), c.at);
      if (!key && /(预算安排|本年预算|预算数)(为|是)?$/.test(words) && head !== c && head.unit === c.unit && !lte(abs(sub(head.value!, c.value)), HALF_CENT)) {
        ctx.report({ messageId: 'restated', data: { subject: head.label, first: head.quote, actual: c.quote }, offset: c.offset, quote: c.quote, expected: toPlain(head.value!), actual: toPlain(c.value) });
        continue;
      }
      if (!key) continue;
      const scoped = UNIQUE.test(key) ? key : `${c.item}|${key}`;
      const first = seen.get(scoped);
      if (!first) {
        seen.set(scoped, c);
        continue;
      }
      if (first.unit !== c.unit || lte(abs(sub(first.value!, c.value)), HALF_CENT)) continue;
      ctx.report({ messageId: 'restated', data: { subject: key, first: first.quote, actual: c.quote }, offset: c.offset, quote: c.quote, expected: toPlain(first.value!), actual: toPlain(c.value) });
    }
  },
};
