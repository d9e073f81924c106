// 人员经费 and 公用经费 by economic class. In the 部门预算经济分类 the common 口径 of the disclosure
// texts is 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助, 公用经费 = every other class of 基本支出
// (302 商品和服务支出, 310 资本性支出 …). So the 人员经费 合计 of the 一般公共预算基本支出表 (or, when
// that table does not split, of the 一般公共预算支出表) equals the 合计 of its 301 and 303 rows, and
// 公用经费 the rest. Some places book a few items otherwise, hence a warning. The 政府预算经济分类
// (501 …) mixes both in 505 and is not compared.
import { checkSumAcross, type AcrossPart } from './compare';
import type { Amount, Row } from '../model/types';
import { totalAt } from './sources';
import { basicPartAmount, columnIndex, tableOf } from './tables';
import type { Rule } from './types';

const PERSONNEL = new Set(['301', '303']);

export const rule: Rule = {
  meta: {
    id: 'basic-personnel-classes',
    family: 'cross-table',
    description: { 'zh-CN': '人员经费等于工资福利支出与对个人和家庭的补助之和，公用经费等于其余各类之和', 'en-US': 'Personnel costs equal classes 301 + 303; public costs the other classes' },
    messages: {
      personnel: {
        'zh-CN': '“{{table}}”人员经费合计为 {{actual}}，比基本支出表 301 工资福利支出与 303 对个人和家庭的补助之和 {{expected}} {{over}} {{gap}}（按人员经费 = 301 + 303 的口径）。',
        'en-US': '"{{table}}": personnel costs total {{actual}}, {{gap}} {{over}} than classes 301 and 303 of the basic expenditure table ({{expected}}; taking personnel = 301 + 303).',
      },
      public: {
        'zh-CN': '“{{table}}”公用经费合计为 {{actual}}，比基本支出表 301、303 以外各类之和 {{expected}} {{over}} {{gap}}（按公用经费 = 302、310 等其余各类的口径）。',
        'en-US': '"{{table}}": public costs total {{actual}}, {{gap}} {{over}} than the classes other than 301 and 303 ({{expected}}; taking public = 302, 310 and the rest).',
      },
    },
  },
  check(ctx) {
    const basic = tableOf(ctx.model, 'general-basic');
    if (!basic || basic.codeScheme !== 'economic-dept') return;
    const block = basic.blocks[0];
    const classes = block.rows.filter((r) => r.role === 'item' && r.level === 1 && r.code && !r.ofWhich && r.unit === undefined);
    if (classes.length === 0) return;
    const totalCol = 0;
    const parts = (rows: Row[]): AcrossPart[] => rows.map((r) => r.amounts[totalCol]).filter((a) => !!a).map((amount) => ({ amount: amount!, sheet: basic.sheet, unit: basic.unit }));
    const personnelRows = classes.filter((r) => PERSONNEL.has(r.code!));
    const publicRows = classes.filter((r) => !PERSONNEL.has(r.code!));
    // The split: the 基本支出 table's own (columns, or 人员经费/公用经费 lines over their classes),
    // else the 一般公共预算支出表's columns.
    let holder = basic;
    let p: Amount | null;
    let u: Amount | null;
    const splits = (columnIndex(block, /人员经费$/) >= 0 && columnIndex(block, /公用经费$/) >= 0) || (!!basicPartAmount(basic, 'personnel') && !!basicPartAmount(basic, 'public'));
    if (splits) [p, u] = [basicPartAmount(basic, 'personnel'), basicPartAmount(basic, 'public')];
    else {
      const general = tableOf(ctx.model, 'general-expenditure');
      if (!general) return;
      holder = general;
      p = totalAt(general, columnIndex(general.blocks[0], /人员经费$/));
      u = totalAt(general, columnIndex(general.blocks[0], /公用经费$/));
    }
    if (p) checkSumAcross(ctx, { sheet: holder.sheet, unit: holder.unit, total: p, parts: parts(personnelRows), messageId: 'personnel', data: { table: holder.title } });
    if (u) checkSumAcross(ctx, { sheet: holder.sheet, unit: holder.unit, total: u, parts: parts(publicRows), messageId: 'public', data: { table: holder.title } });
  },
};
