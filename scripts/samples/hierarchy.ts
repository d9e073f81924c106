// Builds 类/款/项 rows with exact sums from leaf rows, so every sample adds up by construction.
import { add, exact, isZero, toFixed, ZERO, type Exact } from '../../src/core/money';

export interface Leaf {
  code: string;
  name: string;
  /** Amounts by column key, as decimal strings. */
  v: Record<string, string>;
}

export interface HRow {
  code: string;
  name: string;
  level: number;
  v: Record<string, Exact>;
}

export function sumOf(rows: { v: Record<string, Exact> }[], key: string): Exact {
  return rows.reduce((s, r) => add(s, r.v[key] ?? ZERO), ZERO);
}

/** Rows in 类, 款, 项 order with parent sums; `names` gives the 类 and 款 names. */
export function hierarchy(leaves: Leaf[], names: Record<string, string>, keys: string[]): HRow[] {
  const out: HRow[] = [];
  const seen = new Map<string, HRow>();
  for (const leaf of leaves) {
    const parts = leaf.code.length === 7 ? [leaf.code.slice(0, 3), leaf.code.slice(0, 5), leaf.code] : leaf.code.length === 5 ? [leaf.code.slice(0, 3), leaf.code] : [leaf.code];
    parts.forEach((code, i) => {
      let row = seen.get(code);
      if (!row) {
        const name = code === leaf.code ? leaf.name : names[code];
        if (!name) throw new Error(`no name for ${code}`);
        row = { code, name, level: i + 1, v: Object.fromEntries(keys.map((k) => [k, ZERO])) };
        seen.set(code, row);
        out.push(row);
      }
      for (const k of keys) row.v[k] = add(row.v[k], exact(leaf.v[k] ?? '0'));
    });
  }
  return out;
}

export function total(rows: HRow[], keys: string[]): Record<string, Exact> {
  const top = rows.filter((r) => r.level === 1);
  return Object.fromEntries(keys.map((k) => [k, sumOf(top, k)]));
}

/** A cell value: the number, or null (blank) for zero when blanks are wanted. */
export function num(v: Exact | undefined, blankZero = false): number | null {
  if (!v) return blankZero ? null : 0;
  if (blankZero && isZero(v)) return null;
  return Number(toFixed(v, 2));
}
