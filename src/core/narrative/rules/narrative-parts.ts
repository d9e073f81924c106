// 其中 parts that do not add up to their total. Parts larger than the total are always wrong;
// parts smaller only when the list is evidently complete (基本 and 项目, the three "三公" items,
// 分别为, a 合计 restated, a last part 其他…). A part broken down in parentheses is checked
// against its own parts, not added to the outer total, and so is a part named …小计 with the items
// after it; when only the broken-down part disagrees, the finding is on that part alone. Changes
// break down too (其中…增加a万元).
import { abs, add, cmp, lte, mul, sub, toPlain, ZERO, type Exact } from '../../money';
import { analyse, HALF_CENT, inWan, type Scope } from '../analysis';
import type { Claim } from '../claims';
import type { TextRule } from './types';

const signed = (c: Claim): Exact => {
  const v = c.kind === 'count' ? c.value! : inWan(c);
  return c.kind === 'change' && c.direction === 'down' ? mul(v, -1) : v;
};

export const rule: TextRule = {
  meta: {
    id: 'narrative-parts',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '其中各项之和与总数不符', 'en-US': 'Parts that do not add up to their total' },
    messages: { parts: { 'zh-CN': '其中各项（{{parts}}）之和为 {{sum}}，与总数 {{total}} 不一致。', 'en-US': 'The parts ({{partsEn}}) add up to {{sum}}, not {{total}}.' } },
  },
  check(ctx) {
    const scopes = analyse(ctx.read).scopes;
    const verdict = (s: Scope) => {
      const { total, parts } = s;
      const sum = parts.reduce((acc, p) => add(acc, signed(p)), ZERO);
      const t = signed(total);
      const scale = total.kind === 'count' ? ZERO : total.unit === '元' ? mul(HALF_CENT, 0.0001) : HALF_CENT;
      const bound = mul(scale, parts.length + 1);
      if (lte(abs(sub(sum, t)), bound)) return { sum, wrong: false, bound };
      const over = cmp(total.kind === 'change' ? abs(sum) : sum, total.kind === 'change' ? abs(t) : t) > 0;
      return { sum, wrong: over ? s.local || s.complete : s.complete, bound };
    };
    // A part that is itself broken down (a subtotal with its items, a parenthesis) and disagrees
    // with its own parts: when the total agrees with those parts instead, the part is the one
    // wrong figure and only its own breakdown reports it.
    const ownSum = new Map<Claim, Exact>();
    for (const s of scopes) {
      if (!s.nested) continue;
      const v = verdict(s);
      if (v.wrong) ownSum.set(s.total, v.sum);
    }
    for (const s of scopes) {
      const { total, parts } = s;
      const { sum, wrong, bound } = verdict(s);
      if (!wrong) continue;
      const t = signed(total);
      if (parts.some((p) => ownSum.has(p) && lte(abs(sub(add(sub(sum, signed(p)), ownSum.get(p)!), t)), bound))) continue;
      const unitFactor = total.unit === '元' ? 10000 : total.unit === '亿元' ? 0.0001 : 1;
      const shown = total.kind === 'count' ? sum : mul(sum, unitFactor);
      const plain = total.kind === 'change' && total.direction === 'down' ? mul(shown, -1) : shown;
      ctx.report({ messageId: 'parts', data: { total: total.quote, sum: `${toPlain(plain)}${total.unit ?? ''}`, parts: parts.map((p) => p.quote).join('、'), partsEn: parts.map((p) => p.quote).join(', ') }, offset: total.offset, quote: total.quote, expected: toPlain(plain), actual: toPlain(total.value!) });
    }
  },
};
