// With the workbook: an amount whose subject is not sure and whose figure is not the table's.
// Either a heading supplied the subject (合计x万元 under the "三公" heading; 基本支出 under
// 一般公共预算基本支出): the warning says which reading was used and why; or the words allow
// several readings that disagree (项目支出 of the whole budget or of 一般公共预算) and the figure
// is none of them: the warning lists them. Never an error: the reading may be the wrong one.
import { exact, toFixed, toPlain } from '../../money';
import { inWan } from '../analysis';
import { bindings } from '../bind';
import type { TextRule } from './types';

export const rule: TextRule = {
  meta: {
    id: 'narrative-table-unsure',
    family: 'tables',
    severity: 'warning',
    description: { 'zh-CN': '文中金额与表格可能不一致（主体不确定）', 'en-US': 'A figure that may not be the table’s (its subject is not sure)' },
    messages: {
      heading: {
        'zh-CN': '按“{{reading}}”理解（依据所在标题“{{heading}}”），表中为 {{expected}}（{{cells}}），文中为 {{actual}}；如指其他口径请忽略。',
        'en-US': 'Read as "{{reading}}" (from the heading "{{heading}}"), the tables give {{expected}} ({{cellsEn}}) and the text {{actual}}; ignore this if another figure is meant.',
      },
      readings: {
        'zh-CN': '“{{label}}”与表格均不一致：{{readings}}，文中为 {{actual}}。',
        'en-US': '"{{label}}" matches none of its readings in the tables: {{readingsEn}}; the text says {{actual}}.',
      },
    },
  },
  check(ctx) {
    if (!ctx.model) return;
    const b = bindings(ctx.read, ctx.model, ctx.prior, ctx.tolerance ?? exact('0.01'));
    for (const x of b.amounts.values()) {
      if (x.matches || x.how !== 'heading') continue;
      const c = x.claim;
      ctx.report({
        messageId: 'heading',
        data: { reading: x.reading, heading: x.heading ?? '', expected: `${toFixed(x.fig.value, 2)}万元`, cells: x.fig.sources.join('、'), cellsEn: x.fig.sources.join(', '), actual: c.quote },
        offset: c.offset,
        quote: c.quote,
        expected: toFixed(x.fig.value, 2),
        actual: toPlain(inWan(c)),
      });
    }
    for (const u of b.unsure) {
      const c = u.claim;
      const each = u.readings.map((r) => `按“${r.name}”理解表中为 ${toFixed(r.fig.value, 2)}万元（${r.fig.sources.join('、')}）`);
      const eachEn = u.readings.map((r) => `as "${r.name}", ${toFixed(r.fig.value, 2)}万元 (${r.fig.sources.join(', ')})`);
      ctx.report({
        messageId: 'readings',
        data: { label: c.label, readings: each.join('；'), readingsEn: eachEn.join('; '), actual: c.quote },
        offset: c.offset,
        quote: c.quote,
        expected: null,
        actual: toPlain(inWan(c)),
      });
    }
  },
};
