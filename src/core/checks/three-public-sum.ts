// "三公"经费: 合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 =
// 购置费 + 运行费, in each period (本年, 上年) and in either layout. A 合计 of zero beside a
// non-zero part is reported as such: it usually means the total was typed, not summed.
import { checkSum, total } from './compare';
import { isZero, toPlain, toAmountText } from '../money';
import { threePublicPeriods } from './tables';
import type { Amount } from '../model/types';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'three-public-sum',
    family: 'three-public',
    description: { 'zh-CN': '“三公”经费合计等于各项之和，公务用车费等于购置费与运行费之和', 'en-US': '"Three public" total equals its parts' },
    messages: {
      total: {
        'zh-CN': '{{period}}“三公”经费合计为 {{actual}}，比因公出国（境）费、公务用车购置及运行费、公务接待费之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{periodEn}}: the "three public" total is {{actual}}, {{gap}} {{over}} than the sum of travel abroad, vehicles and reception ({{expected}}).',
      },
      zeroTotal: {
        'zh-CN': '{{period}}“三公”经费合计为 0，但其中各项之和为 {{expected}}。',
        'en-US': '{{periodEn}}: the "three public" total is 0 but its parts add up to {{expected}}.',
      },
      vehicle: {
        'zh-CN': '{{period}}公务用车购置及运行费为 {{actual}}，比购置费与运行费之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{periodEn}}: vehicle purchase and operation is {{actual}}, {{gap}} {{over}} than purchase plus operation ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind !== 'three-public') continue;
      for (const p of threePublicPeriods(table)) {
        const period = p.label || (p.prior ? '上年' : '本年');
        const periodEn = p.label ? `"${p.label}"` : p.prior ? 'Last year' : 'This year';
        const vehicleParts = [p.purchase, p.operation].filter((a): a is Amount => !!a);
        if (p.vehicle && vehicleParts.length === 2) checkSum(ctx, { sheet: table.sheet, unit: table.unit, total: p.vehicle, parts: vehicleParts, messageId: 'vehicle', data: { period, periodEn } });
        const vehicle = p.vehicle;
        const parts = [p.abroad, vehicle ?? p.purchase, vehicle ? null : p.operation, p.reception].filter((a): a is Amount => !!a);
        if (!p.total || parts.length < 2) continue;
        const sum = total(parts);
        if (p.total.value !== null && isZero(p.total.value) && !isZero(sum)) {
          ctx.report({
            messageId: 'zeroTotal',
            data: { period, periodEn, expected: toAmountText(sum) },
            sheet: table.sheet,
            cell: p.total.cell,
            related: parts.map((a) => a.cell),
            expected: toPlain(sum),
            actual: '0',
          });
          continue;
        }
        checkSum(ctx, { sheet: table.sheet, unit: table.unit, total: p.total, parts, messageId: 'total', data: { period, periodEn } });
      }
    }
  },
};
