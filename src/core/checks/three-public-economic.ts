// The "三公" items against their economic lines: 因公出国（境）费 30212 因公出国（境）费用, 公务接待费
// 30217, 公务用车运行费 30231 公务用车运行维护费, 公务用车购置费 31013 公务用车购置. With a
// 支出经济分类汇总表 that shows 一般公共预算 (a column of it, or its 合计 when all spending is
// 一般公共预算), each item equals its lines there. With only the 基本支出 table, an item can be
// larger (project spending adds to it) but never smaller than its 基本支出 line. Warnings: the
// "三公" table may be restricted to 财政拨款 or laid out otherwise by the template.
import { checkSumAcross, refTo, type AcrossPart } from './compare';
import { convert, halfUp, lt, sum, toPlain, toAmountText } from '../money';
import type { Amount, Row, Table } from '../model/types';
import { allFiscal, rowsByCode, sourceColumns, sourceTables } from './sources';
import { tableOf, threePublicPeriods, type ThreePublicPeriod } from './tables';
import type { Rule, RuleContext } from './types';

type Item = 'abroad' | 'reception' | 'purchase' | 'operation' | 'vehicle';
const LINES: Record<Item, string[]> = { abroad: ['30212'], reception: ['30217'], purchase: ['31013'], operation: ['30231'], vehicle: ['30231', '31013'] };
const ITEM_NAMES: Record<Item, [string, string]> = {
  abroad: ['因公出国（境）费', 'travel abroad'],
  reception: ['公务接待费', 'official reception'],
  purchase: ['公务用车购置费', 'vehicle purchase'],
  operation: ['公务用车运行费', 'vehicle operation'],
  vehicle: ['公务用车购置及运行费', 'vehicle purchase and operation'],
};

/** The economic summary's column that shows 一般公共预算, or -1. */
function generalColumn(ctx: RuleContext, economic: Table): number {
  const cols = sourceColumns(economic.blocks[0]);
  const general = cols.find((c) => c.source === 'general');
  if (general) return general.index;
  if (/一般公共预算/.test(economic.title)) return 0;
  // A 合计 only: it is 一般公共预算 when all income is fiscal and the other source tables are empty.
  if (cols.some((c) => c.source !== 'total')) return -1;
  const { tables, complete } = sourceTables(ctx.model);
  const onlyGeneral = complete && allFiscal(ctx.model) === true && tables.every(({ source, table }) => source === 'general' || table.empty);
  return onlyGeneral ? 0 : -1;
}

/** Whether the table lists 款 rows under the 类 of a line (so a missing line means zero). */
function listsKuan(rows: Map<string, Row>, code: string): boolean {
  for (const c of rows.keys()) if (c.length === 5 && c.startsWith(code.slice(0, 3))) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'three-public-economic',
    family: 'three-public',
    description: { 'zh-CN': '“三公”经费各项与经济分类对应科目一致', 'en-US': '"Three public" items match their economic lines' },
    messages: {
      mismatch: {
        'zh-CN': '“三公”经费表{{item}}为 {{actual}}，比支出经济分类汇总表一般公共预算对应科目（{{codes}}）的 {{expected}} {{over}} {{gap}}（如“三公”经费口径与经济分类表不同，请在说明中注明）。',
        'en-US': '"Three public" {{itemEn}} is {{actual}}, {{gap}} {{over}} than the {{expected}} the economic summary has under {{codesEn}} for the general public budget (if the two cover different spending, say so in the text).',
      },
      belowBasic: {
        'zh-CN': '“三公”经费表{{item}}为 {{actual}}，小于一般公共预算基本支出表对应科目（{{codes}}）的 {{expected}}；项目支出只会使其更大。',
        'en-US': '"Three public" {{itemEn}} is {{actual}}, less than the {{expected}} of the basic expenditure table under {{codesEn}}; project spending can only add to it.',
      },
    },
  },
  check(ctx) {
    const three = tableOf(ctx.model, 'three-public');
    if (!three) return;
    const period = threePublicPeriods(three).find((p) => !p.prior && p.total?.value !== null && p.total?.value !== undefined);
    if (!period) return;
    const items: Item[] = period.purchase || period.operation ? ['abroad', 'reception', 'purchase', 'operation'] : ['abroad', 'reception', 'vehicle'];
    const economic = ctx.model.tables.find((t) => t.kind === 'economic' && t.codeScheme === 'economic-dept' && generalColumn(ctx, t) >= 0);
    if (economic) {
      const col = generalColumn(ctx, economic);
      const rows = rowsByCode(economic);
      for (const item of items) {
        const a = (period as ThreePublicPeriod)[item] as Amount | null;
        if (!a || !LINES[item].every((code) => rows.has(code) || listsKuan(rows, code))) continue;
        const parts: AcrossPart[] = [];
        for (const code of LINES[item]) {
          const b = rows.get(code)?.amounts[col];
          if (b) parts.push({ amount: b, sheet: economic.sheet, unit: economic.unit });
        }
        checkSumAcross(ctx, { sheet: three.sheet, unit: three.unit, total: a, parts, messageId: 'mismatch', data: { item: ITEM_NAMES[item][0], itemEn: ITEM_NAMES[item][1], codes: LINES[item].join('、'), codesEn: LINES[item].join(', ') } });
      }
      return;
    }
    // Only the 基本支出 table: an inequality, not an identity.
    const basic = tableOf(ctx.model, 'general-basic');
    if (!basic || basic.codeScheme !== 'economic-dept') return;
    const rows = rowsByCode(basic);
    for (const item of items) {
      const a = (period as ThreePublicPeriod)[item] as Amount | null;
      if (!a?.value) continue;
      const lines = LINES[item].map((code) => rows.get(code)?.amounts[0]).filter((b): b is Amount => !!b?.value);
      if (lines.length === 0) continue;
      const floor = sum(lines.map((b) => convert(b.value!, basic.unit ?? '元', three.unit ?? basic.unit ?? '元')));
      const shown = halfUp(floor, a.decimals);
      if (!lt(a.value, shown)) continue;
      ctx.report({
        messageId: 'belowBasic',
        data: { item: ITEM_NAMES[item][0], itemEn: ITEM_NAMES[item][1], codes: LINES[item].join('、'), codesEn: LINES[item].join(', '), actual: toAmountText(a.value), expected: toAmountText(shown) },
        sheet: three.sheet,
        cell: a.cell,
        related: lines.map((b) => refTo('', basic.sheet, b.cell)),
        expected: toPlain(shown),
        actual: toPlain(a.value),
      });
    }
  },
};
