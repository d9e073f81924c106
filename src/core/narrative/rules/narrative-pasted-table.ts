// A table pasted into the text as lines of cells (table-text.ts): in each column of figures, the
// rows a 其中 opens add up to their row, and the top rows add up to the 合计 row. When a row
// disagrees with its own parts and the 合计 counts the parts, the row is the figure that is wrong
// (two against one); else the finding sits on the total of the sum that fails, like 其中 lists in
// sentences. A blank cell is nothing (0); a column of percentages is not summed.
import { abs, add, div, exact, lte, mul, sub, toPlain, ZERO, type Exact } from '../../money';
import { HALF_CENT, subjectKey } from '../analysis';
import { readTextTables, type TextCell, type TextRow, type TextTable } from '../table-text';
import type { TextRule } from './types';

const value = (c: TextCell | undefined): Exact => c?.value ?? ZERO;

interface Sum {
  total: number;
  parts: number[];
  sum: Exact;
  ok: boolean;
}

/** Σ of `parts` against `total` in column `j`, within half a unit of each cell's printing. */
function check(rows: readonly TextRow[], total: number, parts: readonly number[], j: number): Sum | null {
  // A row whose figures could not be put in their columns is in no sum.
  if (rows[total].unplaced || parts.some((p) => rows[p].unplaced)) return null;
  const t = rows[total].cells[j];
  if (!t || t.value === null) return null;
  const cells = [t, ...parts.map((p) => rows[p].cells[j])].filter((c): c is TextCell => !!c && c.value !== null);
  const places = Math.max(...cells.map((c) => c.decimals));
  const half = div(exact(5), 10 ** (places + 1));
  const sum = parts.reduce((acc, p) => add(acc, value(rows[p].cells[j])), ZERO);
  return { total, parts: [...parts], sum, ok: lte(abs(sub(sum, t.value)), mul(half, cells.length)) };
}

/** The columns a sum can be checked in: those every row of it with figures reaches (a row that
 * stops short, one cell a line with blanks lost, cannot be placed). Bounded by the rows' own
 * cells, so the checks stay linear in the table's size. */
function reach(rows: readonly TextRow[], total: number, parts: readonly number[]): number {
  let n = rows[total].cells.length;
  for (const p of parts) if (rows[p].cells.some((c) => c.value !== null)) n = Math.min(n, rows[p].cells.length);
  return n;
}

const SUBTOTAL = /小计/;

/**
 * The rows each 小计 closes (the top rows since the 合计 or the 小计 before it), when the table is
 * laid out that way throughout: every 小计 after two rows or more and no row left after the last
 * one. undefined when it is not (a 小计 above its rows, or rows outside every group): the groups
 * cannot be told from the labels, and the table is not summed.
 */
function subtotalGroups(rows: readonly TextRow[]): Map<number, number[]> | undefined {
  const groups = new Map<number, number[]>();
  let members: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.level === 'total') {
      if (members.length) return undefined;
    } else if (SUBTOTAL.test(r.label)) {
      if (members.length < 2) return undefined;
      groups.set(i, members);
      members = [];
    } else if (r.level === 'top') members.push(i);
  }
  return members.length || groups.size < 2 ? undefined : groups;
}

export const rule: TextRule = {
  meta: {
    id: 'narrative-pasted-table',
    family: 'arithmetic',
    severity: 'error',
    description: { 'zh-CN': '文中表格的行与明细或合计不符', 'en-US': 'A table in the text whose rows do not add up' },
    messages: {
      row: {
        'zh-CN': '表中“{{row}}”为 {{actual}}，其明细（{{parts}}）合计 {{sum}}{{andTotal}}。',
        'en-US': 'The table gives "{{row}}" as {{actual}}, but its parts ({{partsEn}}) add up to {{sum}}{{andTotalEn}}.',
      },
      total: { 'zh-CN': '表中“{{row}}”为 {{actual}}，各项（{{parts}}）合计 {{sum}}。', 'en-US': 'The table gives "{{row}}" as {{actual}}, but the rows ({{partsEn}}) add up to {{sum}}.' },
      sentence: {
        'zh-CN': '文中“{{subject}}”为 {{actual}}，与表中“{{row}}”的数（{{cells}}，单位{{unit}}）都不一致。',
        'en-US': 'The text gives "{{subject}}" as {{actual}}, which is none of the table\'s figures for "{{row}}" ({{cellsEn}}, in {{unit}}).',
      },
    },
  },
  check(ctx) {
    const tables = readTextTables(ctx.text);
    if (tables.length) againstSentences(ctx, tables);
    for (const table of tables) {
      const rows = table.rows;
      // 小计 rows make groups the labels do not show: summed only when each closes the rows above it.
      const groups = rows.some((r) => SUBTOTAL.test(r.label)) ? subtotalGroups(rows) : null;
      if (groups === undefined) continue;
      // Two totals named differently (本年支出合计 and 支出总计) are two sums the labels do not tell apart.
      const totals = rows.flatMap((r, i) => (r.level === 'total' ? [i] : []));
      const totalRow = totals.length && totals.every((i) => rows[i].label === rows[totals[0]].label) ? totals[0] : -1;
      const tops = groups ? [...groups.keys()] : rows.map((r, i) => (r.level === 'top' ? i : -1)).filter((i) => i >= 0);
      const subsOf = new Map<number, number[]>(groups ?? []);
      rows.forEach((r, i) => {
        if (r.level !== 'sub') return;
        const l = subsOf.get(r.parent);
        if (l) l.push(i);
        else subsOf.set(r.parent, [i]);
      });
      const failingAt = new Map<number, Map<number, Sum>>();
      for (const [p, subs] of subsOf) {
        if (subs.length < 2) continue;
        for (let j = 0, n = reach(rows, p, subs); j < n; j++) {
          if (table.percentColumns.has(j)) continue;
          const s = check(rows, p, subs, j);
          if (s && !s.ok) (failingAt.get(j) ?? failingAt.set(j, new Map()).get(j)!).set(p, s);
        }
      }
      const wholeAt = new Map<number, Sum>();
      if (totalRow >= 0 && tops.length >= 2) {
        for (let j = 0, n = reach(rows, totalRow, tops); j < n; j++) {
          const s = table.percentColumns.has(j) ? null : check(rows, totalRow, tops, j);
          if (s && !s.ok) wholeAt.set(j, s);
        }
      }
      for (const j of new Set([...failingAt.keys(), ...wholeAt.keys()])) {
        const failing = failingAt.get(j) ?? new Map<number, Sum>();
        const whole = wholeAt.get(j) ?? null;
        const quoteParts = (idx: number[]) => idx.map((i) => `${rows[i].label} ${rows[i].cells[j]?.quote || '0'}`).join('、');
        // In English the labels are the document's text, quoted; the list is ours.
        const quotePartsEn = (idx: number[]) => idx.map((i) => `"${rows[i].label}" ${rows[i].cells[j]?.quote || '0'}`).join(', ');
        // The 合计 counts the parts of a row that disagrees with them: the row is wrong.
        const places = whole ? Math.max(rows[totalRow].cells[j]!.decimals, ...tops.map((i) => rows[i].cells[j]?.decimals ?? 0)) : 0;
        const countsParts = (p: number) => {
          if (!whole) return false;
          const fixed = add(sub(whole.sum, value(rows[p].cells[j])), failing.get(p)!.sum);
          return lte(abs(sub(fixed, rows[totalRow].cells[j]!.value!)), mul(div(exact(5), 10 ** (places + 1)), tops.length + 1));
        };
        for (const [p, s] of failing) {
          const cell = rows[p].cells[j]!;
          const confirmed = countsParts(p);
          ctx.report({
            messageId: 'row',
            data: {
              row: rows[p].label,
              actual: cell.quote,
              parts: quoteParts(s.parts),
              partsEn: quotePartsEn(s.parts),
              sum: toPlain(s.sum),
              andTotal: confirmed ? `，“${rows[totalRow].label}” ${rows[totalRow].cells[j]!.quote} 也按 ${toPlain(s.sum)} 计入` : '',
              andTotalEn: confirmed ? `, which is what "${rows[totalRow].label}" ${rows[totalRow].cells[j]!.quote} counts` : '',
            },
            offset: cell.offset,
            quote: cell.quote,
            expected: toPlain(s.sum),
            actual: toPlain(cell.value!),
          });
        }
        if (whole && failing.size === 0) {
          const cell = rows[totalRow].cells[j]!;
          ctx.report({ messageId: 'total', data: { row: rows[totalRow].label, actual: cell.quote, parts: quoteParts(tops), partsEn: quotePartsEn(tops), sum: toPlain(whole.sum) }, offset: cell.offset, quote: cell.quote, expected: toPlain(whole.sum), actual: toPlain(cell.value!) });
        }
      }
    }
  },
};

/** A subject as tables and sentences both name it: no quotes, brackets, fund or 支出 words. */
function rowKey(label: string): string {
  return label
    .replace(/[“”"‘’\s]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^(其中[:：]?)?(（\d+）|\(\d+\)|\d{1,2}[、.．]|[一二三四五六七八九十]+、)?/, '')
    .replace(/^(本年|本级)?(一般公共预算|财政拨款|部门)?/, '')
    .replace(/(预算数|预算|支出|合计)$/, '')
    .replace(/费用$|经费$/, '费');
}

/**
 * A sentence that states an amount for a row of a pasted table ("三公"经费, 公务接待费…) in the
 * table's unit must give one of the figures the table gives that row (this year's, last year's,
 * the change): a figure that is none of them disagrees with the table. Only tables whose unit is
 * stated (单位：万元) and subjects named the same way on both sides are compared.
 */
function againstSentences(ctx: Parameters<TextRule['check']>[0], tables: readonly TextTable[]): void {
  const byKey = new Map<string, { row: TextRow; unit: string }[]>();
  for (const t of tables) {
    const first = t.rows[0];
    const unitM = t.rows.map((r) => /单位[:：]\s*(万元|亿元|元)/.exec(r.label)).find((m) => m) ?? /单位[:：]\s*(万元|亿元|元)[^\n]*\n?[^\n]*$/.exec(ctx.text.slice(Math.max(0, first.offset - 120), first.offset));
    if (!unitM) continue;
    const sangong = t.rows.some((r) => /公务接待|因公出国/.test(r.label));
    for (const r of t.rows) {
      if (!r.cells.some((c) => c.value !== null)) continue;
      const key = r.level === 'total' ? (sangong ? '三公费' : '') : rowKey(r.quote);
      if (key.length < 2) continue;
      const l = byKey.get(key);
      if (l) l.push({ row: r, unit: unitM[1] });
      else byKey.set(key, [{ row: r, unit: unitM[1] }]);
    }
  }
  for (const c of ctx.read.claims) {
    if (c.kind !== 'amount' || !c.value || !c.unit) continue;
    const rows = byKey.get(rowKey(subjectKey(c.label)));
    // One row of that name in one unit: two would be two readings.
    if (!rows || rows.length !== 1 || rows[0].unit !== c.unit) continue;
    const { row, unit } = rows[0];
    const figures = row.cells.map((x) => x.value ?? ZERO);
    if (figures.some((f) => lte(abs(sub(f, c.value!)), HALF_CENT))) continue;
    ctx.report({
      messageId: 'sentence',
      data: { subject: subjectKey(c.label), actual: c.quote, row: row.quote, cells: row.cells.map((x) => x.quote || '0').join('、'), cellsEn: row.cells.map((x) => x.quote || '0').join(', '), unit },
      offset: c.offset,
      quote: c.quote,
      actual: toPlain(c.value),
    });
  }
}
