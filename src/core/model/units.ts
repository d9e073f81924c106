// The money unit of a table, from its 单位 line ("单位：万元", "金额单位:元", "（单位：万元）").
import type { MoneyUnit } from '../money';
import { normalize } from './text';

// 人民币 before the unit (金额单位：人民币万元) says nothing more; 单位（万元） is the same line.
const UNIT_RE = /(?:金额)?单位[:：]?\(?(?:人民币)?(亿元|千元|万元|元)/;

export function unitInText(text: string): MoneyUnit | null {
  const m = UNIT_RE.exec(normalize(text));
  return m ? (m[1] as MoneyUnit) : null;
}

/** A unit written in a header cell: "金额(万元)", "预算数（元）". */
export function unitInHeader(text: string): MoneyUnit | null {
  const m = /\((?:人民币)?(亿元|千元|万元|元)\)/.exec(normalize(text));
  return m ? (m[1] as MoneyUnit) : null;
}
