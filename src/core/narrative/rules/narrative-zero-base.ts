// A growth rate from a zero base: last year had nothing, so there is no rate (write 新增).
import { toPlain } from '../../money';
import { analyse } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-zero-base',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '上年为零时不能计算增长率', 'en-US': 'A growth rate from a zero base' },
    messages: { zero: { 'zh-CN': '上年数为零，不能计算增长率，应写“新增{{change}}万元”或“上年无此项预算”。', 'en-US': 'Last year was zero: there is no growth rate; write 新增{{change}}万元 instead.' } },
  },
  check(ctx) {
    for (const r of analyse(ctx.read).rates) {
      if (!r.zeroBase) continue;
      const amount = r.change?.value ?? r.current?.value;
      ctx.report({ messageId: 'zero', data: { change: amount ? toPlain(amount) : '' }, offset: r.rate.offset, quote: r.rate.quote, actual: r.rate.value ? toPlain(r.rate.value) : null });
    }
  },
};
