// "三公" tables often end in a part of related statistics (相关统计数): the number of groups and
// people sent abroad, of vehicles bought and kept, of receptions and guests. Those lines hold
// counts in the amount column: they are read as counts, never as money lines.
import { normalize } from './text';
import type { Block, Row } from './types';

/** The heading of that part: 相关统计数, 其他统计数, 统计数据. */
const HEADING = /^(相关|其他|有关)?统计(数|数据|指标|信息)?$|^(相关|其他|有关)统计/;
/** A count by its name or the unit of count in brackets: 团组数（个）, 公务用车保有量（辆）, 接待批次. */
const COUNT = /(团组数?|人数|人次|车辆数|购置数|保有量|批次|数量|次数)(\(.*\))?$|\((个|人|辆|人次|批次|批|次|台|辆\/台)\)$/;

export function markCounts(block: Block): void {
  let inPart = false;
  for (const row of block.rows) {
    const label = normalize(row.label);
    if (HEADING.test(label)) inPart = true;
    if (row.role === 'item' && (inPart || COUNT.test(label))) (row as { role: Row['role'] }).role = 'count';
  }
}
