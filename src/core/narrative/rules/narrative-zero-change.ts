// "增加0万元": a change of nothing is written 与上年持平.
import { isZero } from '../../money';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-zero-change',
    family: 'wording',
    severity: 'warning',
    description: { 'zh-CN': '增减额为零时应写“持平”', 'en-US': 'A zero change is written 持平' },
    messages: { zero: { 'zh-CN': '“{{quote}}”表示没有变化，应写“与上年持平”。', 'en-US': '"{{quote}}" means no change: write 与上年持平.' } },
  },
  check(ctx) {
    for (const c of ctx.read.claims) if (c.kind === 'change' && c.value && isZero(c.value)) ctx.report({ messageId: 'zero', data: { quote: c.quote }, offset: c.offset, quote: c.quote, actual: c.quote });
  },
};
