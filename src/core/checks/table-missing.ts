// A table of the year's required set is missing. The default set is what every template since
// 2017 publishes (财预〔2016〕143号 and the yearly templates): the summary, income, expenditure,
// fiscal appropriation, general budget, basic expenditure, "三公" and government fund tables;
// places that require more (支出经济分类汇总表, 国有资本经营) configure it.
import { KIND_NAMES, type TableKind } from '../model/kinds';
import type { Rule } from './types';

export const DEFAULT_REQUIRED: readonly TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'general-basic',
  'three-public',
  'fund-expenditure',
];

export const rule: Rule = {
  meta: {
    id: 'table-missing',
    family: 'completeness',
    description: { 'zh-CN': '缺少应公开的表格', 'en-US': 'A required table is missing' },
    messages: {
      missing: {
        'zh-CN': '工作簿中没有找到“{{name}}”。如果它在某个未识别的工作表中，请为该表指定表格类型。',
        'en-US': 'No "{{nameEn}}" table was found. If it is on a sheet that was not recognised, assign that sheet a kind.',
      },
    },
  },
  check(ctx) {
    const required = (ctx.options.requiredKinds ?? DEFAULT_REQUIRED) as readonly TableKind[];
    const present = new Set(ctx.model.tables.map((t) => t.kind));
    for (const kind of required) {
      if (present.has(kind) || !KIND_NAMES[kind]) continue;
      ctx.report({ messageId: 'missing', data: { kind, name: KIND_NAMES[kind].zh, nameEn: KIND_NAMES[kind].en }, sheet: '', cell: null });
    }
  },
};
