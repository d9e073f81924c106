// Parts of a complete breakdown (工资福利 / 商品和服务 / 对个人和家庭 of 基本支出, …) listed as
// items without a total of their own, that do not add up to their whole stated in another place
// of the text. Reported on the one part whose own item agrees with the value the whole leaves it
// (its rate from its change, or its share): two figures against one. When no part, or more than
// one, is singled out that way, nothing is said (the wrong figure is not known).
import { toPlain } from '../../money';
import { analyse, subjectKey } from '../analysis';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-parts-elsewhere',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '分项与他处所列总数不符', 'en-US': 'Parts that do not add up to their whole stated elsewhere' },
    messages: {
      part: {
        'zh-CN': '“{{part}}”应为 {{expected}}，文中为 {{actual}}：各项（{{parts}}）之和为 {{sum}}，与他处所列{{whole}} {{wholeQuote}} 不符；{{wholeQuote}} 减去其他各项为 {{expected}}，本项的 {{witness}} 也与之相符。',
        'en-US': '"{{part}}" should be {{expected}}, the text says {{actual}}: the parts ({{partsEn}}) add up to {{sum}}, not the {{wholeEn}} of {{wholeQuote}} stated elsewhere; {{wholeQuote}} less the other parts is {{expected}}, which the item’s own {{witness}} agrees with.',
      },
    },
  },
  check(ctx) {
    for (const e of analyse(ctx.read).elsewhere) {
      if (!e.blame || !e.expected || !e.witness) continue;
      const unit = e.blame.unit ?? '';
      ctx.report({
        messageId: 'part',
        data: {
          part: subjectKey(e.blame.label) || e.blame.label,
          expected: `${toPlain(e.expected)}${unit}`,
          actual: e.blame.quote,
          parts: e.parts.map((p) => p.quote).join('、'),
          partsEn: e.parts.map((p) => p.quote).join(', '),
          sum: `${toPlain(e.sum)}${e.whole.unit ?? ''}`,
          whole: subjectKey(e.whole.label) || '总数',
          wholeEn: subjectKey(e.whole.label) ? `"${subjectKey(e.whole.label)}"` : 'whole',
          wholeQuote: e.whole.quote,
          witness: e.witness.quote,
        },
        offset: e.blame.offset,
        quote: e.blame.quote,
        expected: toPlain(e.expected),
        actual: toPlain(e.blame.value!),
      });
    }
  },
};
