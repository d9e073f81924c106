// 类 = Σ 款 = Σ 项 by classification code, in every column (功能分类 3/5/7 digits, 经济分类 3/5).
import { checkSum } from './compare';
import { isComparisonColumn } from './tables';
import type { Row } from '../model/types';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'code-hierarchy',
    family: 'table',
    description: { 'zh-CN': '类等于所属款之和，款等于所属项之和', 'en-US': 'Each class equals the sum of its sub-classes, by code' },
    messages: {
      sum: {
        'zh-CN': '{{code}} {{name}}的“{{column}}”为 {{actual}}，比所属{{childLevel}}之和 {{expected}} {{over}} {{gap}}。',
        'en-US': '{{code}} "{{name}}", "{{column}}": {{actual}}, {{gap}} {{over}} than the sum of its {{childLevelEn}} ({{expected}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      for (const block of table.blocks) {
        const coded = block.rows.filter((r) => r.code && r.role === 'item');
        const byParent = new Map<string, Row[]>();
        for (const r of coded) {
          const len = r.code!.length;
          const parentLen = len === 7 ? 5 : len === 5 ? 3 : 0;
          if (!parentLen) continue;
          // Within one budget unit where the table repeats the classification per unit.
          const key = `${r.unit ?? ''}|${r.code!.slice(0, parentLen)}`;
          {
            const list = byParent.get(key);
            if (list) list.push(r);
            else byParent.set(key, [r]);
          }
        }
        for (const parent of coded) {
          const children = byParent.get(`${parent.unit ?? ''}|${parent.code!}`);
          if (!children) continue;
          const childLevel = parent.code!.length === 3 ? '款' : '项';
          block.columns.forEach((c, i) => {
            if (isComparisonColumn(c)) return;
            const t = parent.amounts[i];
            if (!t) return;
            checkSum(ctx, {
              sheet: table.sheet,
              unit: table.unit,
              total: t,
              parts: children.map((ch) => ch.amounts[i]).filter((a): a is NonNullable<typeof a> => !!a),
              messageId: 'sum',
              data: { code: parent.code!, name: parent.label, column: c.path.join('/'), childLevel, childLevelEn: childLevel === '款' ? 'sub-classes (款)' : 'items (项)' },
            });
          });
        }
      }
    }
  },
};
