// 增加 with 下降, 减少 with 增长, and a direction word the two years' amounts contradict (上年执行数
// A, 预算安排 B, 比上年增加 C% with B < A).
import { analyse } from '../analysis';
import type { TextRule } from './types';

const word = (kind: 'change' | 'rate', d: 'up' | 'down') => (kind === 'change' ? (d === 'up' ? '增加' : '减少') : d === 'up' ? '增长' : '下降');

export const rule: TextRule = {
  meta: {
    id: 'narrative-direction',
    family: 'wording',
    severity: 'error',
    description: { 'zh-CN': '增减方向不一致', 'en-US': 'Directions that disagree' },
    messages: {
      pair: { 'zh-CN': '“{{change}}”不能与“{{rate}}”搭配（增加对应增长，减少对应下降）。', 'en-US': '{{change}} cannot go with {{rate}} (增加 goes with 增长, 减少 with 下降).' },
      years: { 'zh-CN': '上年 {{prior}}、本年 {{current}}，应为“{{should}}”。', 'en-US': 'Last year {{prior}}, this year {{current}}: the text should say {{should}}.' },
    },
  },
  check(ctx) {
    const a = analyse(ctx.read);
    for (const r of a.rates) {
      const { rate, change } = r;
      if (r.sign === 'up' || r.sign === 'down') {
        if (rate.direction && rate.direction !== r.sign) {
          ctx.report({ messageId: 'years', data: { prior: r.prior!.quote, current: r.current!.quote, should: word('rate', r.sign) }, offset: rate.offset, quote: rate.quote, actual: rate.value ? rate.value.toString() : null });
          continue;
        }
      }
      if (change && rate.direction && change.direction && rate.direction !== change.direction) {
        ctx.report({ messageId: 'pair', data: { change: word('change', change.direction), rate: word('rate', rate.direction) }, offset: rate.offset, quote: rate.quote, actual: rate.value ? rate.value.toString() : null });
      }
    }
  },
};
