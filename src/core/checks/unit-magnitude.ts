// An amount about 10,000 times its counterparts: 元 written in a 万元 table or the reverse. The
// counterparts are the same code's 合计 in the other 功能分类 tables (收入总表, 支出总表,
// 一般公共预算支出表, 政府性基金预算支出表). The figure reported is the odd one out: the one
// the other tables disagree with, or, between two tables, the one its own row does not support.
import { convert, eq, isZero, sum, toPlain, type Exact, toAmountText } from '../money';
import { isMagnitudeSlip, valueOf } from './compare';
import { columnSums, tableOf } from './tables';
import type { Row, Table } from '../model/types';
import type { Rule } from './types';

interface Figure {
  table: Table;
  row: Row;
  value: Exact; // in 元
}

/** The row's 合计 equals the sum of its parts in its own table. */
function rowSupports(f: Figure): boolean {
  const groups = columnSums(f.table.blocks[0]).filter((g) => g.total === 0);
  if (groups.length === 0) return true;
  return groups.every((g) => eq(valueOf(f.row.amounts[0]), sum(g.parts.map((p) => valueOf(f.row.amounts[p])))));
}

export const rule: Rule = {
  meta: {
    id: 'unit-magnitude',
    family: 'units',
    description: { 'zh-CN': '金额与对应数相差约一万倍（元与万元混用）', 'en-US': 'An amount 10,000 times its counterpart (元/万元 mix-up)' },
    messages: {
      magnitude: {
        'zh-CN': '{{code}} {{label}}为 {{actual}}，“{{other}}”中为 {{expected}}（均按{{unit}}计），相差约一万倍，可能混用了元和万元。',
        'en-US': '{{code}} "{{label}}" is {{actual}} but {{expected}} in "{{other}}" (both in {{unit}}): about 10,000 times off, probably 元 and 万元 mixed up.',
      },
    },
  },
  check(ctx) {
    const tables = (['income', 'expenditure', 'general-expenditure', 'fund-expenditure'] as const).map((k) => tableOf(ctx.model, k)).filter((t): t is Table => !!t && !!t.unit);
    const byCode = new Map<string, Figure[]>();
    for (const table of tables) {
      for (const row of table.blocks[0]?.rows ?? []) {
        const a = row.amounts[0];
        if (!row.code || row.unit !== undefined || !a?.value || isZero(a.value)) continue;
        {
          const fig = { table, row, value: convert(a.value, table.unit!, '元') };
          const list = byCode.get(row.code);
          if (list) list.push(fig);
          else byCode.set(row.code, [fig]);
        }
      }
    }
    for (const [code, figures] of byCode) {
      // The common case: every table agrees.
      if (figures.every((f) => eq(f.value, figures[0].value))) continue;
      for (const f of figures) {
        const others = figures.filter((o) => o !== f);
        const slips = others.filter((o) => isMagnitudeSlip(f.value, o.value));
        if (slips.length === 0) continue;
        const agreeing = others.filter((o) => eq(o.value, f.value)).length;
        // f is the odd one if more tables disagree with it than agree, or, one against one, if its row does not hold.
        const odd = slips.length > agreeing + 1 || (slips.length === agreeing + 1 && !rowSupports(f) && slips.every(rowSupports));
        if (!odd) continue;
        const o = slips[0];
        const expected = convert(o.value, '元', f.table.unit!);
        ctx.report({
          messageId: 'magnitude',
          data: { code, label: f.row.label, actual: toAmountText(f.row.amounts[0]!.value!), expected: toAmountText(expected), unit: f.table.unit!, other: o.table.title },
          sheet: f.table.sheet,
          cell: f.row.amounts[0]!.cell,
          related: slips.map((s) => `${s.table.sheet}!${s.row.amounts[0]!.cell}`),
          expected: toPlain(expected),
          actual: toPlain(f.row.amounts[0]!.value!),
        });
      }
    }
  },
};
