// Budget units as rows named without codes or indentation, as some systems print the 部门收入总表
// and 部门支出总表 of a department with units: `某局` (the department), then `某局本级` and
// `某中心` at the same depth. The department's line is the sum of the lines after it, so counting
// it beside them doubles the 合计; it is read as the one line of level 1, its units of level 2
// (as with unit codes 168 ⊃ 168001).
import { sum, eq } from '../money';
import { normalize } from './text';
import type { Block, Row } from './types';

/** A unit's name (某某局, 某某中心, 某局本级), never a class's or an income source's. */
const UNIT_NAME = /(局|委员会|委|办公室|办|中心|院|所|站|队|馆|校|学校|部|厅|协会|联合会|会|处|社|台|团|园|场|本级)([（(]本级[)）])?$/;
const NOT_UNIT = /支出$|补助$|经费$|费用$|基金$|资金$|收入$|拨款$/;

const isUnitName = (label: string): boolean => {
  const n = normalize(label);
  return UNIT_NAME.test(n) && !NOT_UNIT.test(n);
};

/**
 * The first line is the department's where every line is named as a unit, the lines after it sum
 * to it in every amount column, and the next one is its own 本级, or its name is the unit named in
 * the title or meta line, or they sum to it in two columns or more. A table whose first line is the department's own (本级) under
 * the department's name is not taken for one, since its other lines never sum to it. Only where
 * no line has a code, a level or a numbering of its own.
 */
export function levelsFromUnitRows(block: Block, unitName: string | null): void {
  const items = block.rows.filter((r) => r.role === 'item' && !r.ofWhich);
  if (items.length < 3 || items.some((r) => r.code || r.level !== null || r.outline !== null)) return;
  const [dept, ...units] = items;
  const name = normalize(dept.label);
  if (!isUnitName(dept.label) || !units.every((u) => isUnitName(u.label))) return;
  const named = unitName !== null && normalize(unitName) === name;
  const ownLevel = /^(.*?)[(（]?本级[)）]?$/.exec(normalize(units[0].label));
  const ownFirst = ownLevel !== null && (ownLevel[1] === '' || ownLevel[1] === name);
  // Without either sign, only the sum in two amount columns or more: one column may add up by chance.
  const columns = sumsTo(dept, units);
  if (columns === 0 || (!named && !ownFirst && columns < 2)) return;
  (dept as { level: number | null }).level = 1;
  for (const u of units) (u as { level: number | null }).level = 2;
}

/**
 * Every amount of the line equals the sum of the others' in its column (blanks as no value): the
 * number of columns compared, 0 where one differs.
 */
function sumsTo(total: Row, parts: readonly Row[]): number {
  let compared = 0;
  for (let c = 0; c < total.amounts.length; c++) {
    const t = total.amounts[c]?.value ?? null;
    const values = parts.map((p) => p.amounts[c]?.value ?? null).filter((v) => v !== null);
    if (t === null) {
      if (values.length > 0) return 0;
      continue;
    }
    if (!eq(sum(values), t)) return 0;
    compared++;
  }
  return compared;
}
