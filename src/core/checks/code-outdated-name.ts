// A class written with the name it had before the year's classification renamed it (210
// 医疗卫生与计划生育支出 → 卫生健康支出 from 2019, and the other renamed classes).
import { checkName } from '../codes';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    id: 'code-outdated-name',
    family: 'codes',
    description: { 'zh-CN': '使用了已更名的科目名称', 'en-US': 'Outdated class name' },
    messages: {
      outdated: {
        'zh-CN': '“{{name}}”自 {{since}} 年起已更名为“{{current}}”（科目编码 {{code}}）。',
        'en-US': '"{{name}}" has been called "{{current}}" since {{since}} (code {{code}}).',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      const scheme = table.codeScheme;
      for (const block of table.blocks) {
        for (const row of block.rows) {
          if (!row.label) continue;
          const year = table.year ?? ctx.model.year;
          if (row.code && scheme) {
            const r = checkName(scheme, row.code, row.label, year);
            if (r.result === 'outdated') ctx.report({ messageId: 'outdated', data: { name: row.label, current: r.current, since: r.since, code: row.code }, sheet: table.sheet, cell: row.cell });
          } else if (!row.code && (table.kind === 'summary' || table.kind === 'fiscal-summary') && block.side === 'expenditure') {
            // Summary tables name classes without codes.
            for (const code of ['210', '207', '215', '220']) {
              const r = checkName('function', code, row.label, year);
              if (r.result === 'outdated') ctx.report({ messageId: 'outdated', data: { name: row.label, current: r.current, since: r.since, code }, sheet: table.sheet, cell: row.cell });
            }
          }
        }
      }
    }
  },
};
