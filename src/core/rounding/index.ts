// 舍位平衡: converting the tables of a workbook to 万元 (or 千元) so that every identity the
// checker knows still holds exactly, each figure rounded down or up from its exact conversion,
// and as few figures as possible away from plain half-up rounding. The model is written out in
// docs/rounding.md; the programme is solved by the injected MipSolver (HiGHS in the adapters).
import { collectIdentitiesStepwise } from '../checks';
import { columnIndex, columnLetters } from '../grid';
import { outcome } from '../checks/compare';
import type { Identity, IdentityFigure, Rule } from '../checks/types';
import { placeOf } from '../model/continuation';
import { normalize } from '../model/text';
import type { Amount, Table, WorkbookModel } from '../model/types';
import { add, convert, div, eq, exact, floor, halfUp, isInteger, isZero, mul, neg, sub, sum, toNumber, UNIT_IN_YUAN, ZERO, type Exact, type MoneyUnit } from '../money';
import { foldEqualPairs, satisfies, type MipConstraint, type MipProblem, type MipSolver, type MipVariable } from './mip';

export type { MipProblem, MipSolution, MipSolver, MipStatus } from './mip';
export { toLpFormat } from './mip';

export type TargetUnit = '万元' | '千元';

export interface RoundingOptions {
  readonly to: TargetUnit;
  /** Decimal places printed in the converted tables (default 2). */
  readonly decimals?: number;
  /** Called as the work goes on with the share done (0–1, never decreasing, 1 at the end), for progress bars. */
  readonly progress?: (done: number) => void;
  /**
   * Awaited between rules, every PAUSE_EVERY figures or identities, and between solver groups,
   * so a caller on a UI thread can yield to it (the pane passes a macrotask). Without it the
   * work between solver calls runs in one piece.
   */
  readonly pause?: () => Promise<void>;
  /** The rules whose identities are kept (default: every rule of the checker). */
  readonly rules?: readonly Rule[];
}

/** One converted figure of the output. */
export interface RoundedFigure {
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /** The input figure and its unit. */
  readonly input: Exact;
  readonly unit: MoneyUnit;
  /** Its exact value in the target unit. */
  readonly exact: Exact;
  /** Plain half-up rounding of `exact` to the printed decimals. */
  readonly halfUp: Exact;
  /** The published value: `exact` rounded down or up. */
  readonly value: Exact;
  readonly adjusted: boolean;
}

/** An identity as reported: its total, its parts and the two sides, in the total's unit. */
export interface IdentityNote {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  /** Parts as "Sheet!A1". */
  readonly parts: readonly string[];
  readonly unit: MoneyUnit | null;
  /** The total and Σ parts (converted to the total's unit). */
  readonly actual: Exact;
  readonly expected: Exact;
}

export interface SkippedIdentity {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  /** A figure is text or a formula error; a figure's table has no unit. */
  readonly reason: 'unreadable' | 'no-unit';
}

export interface TableConversion {
  readonly sheet: string;
  readonly title: string;
  readonly titleCell: string | null;
  readonly range: string;
  readonly from: MoneyUnit | null;
  /** Converted to the target unit; otherwise left as it is (already in it or coarser, or no unit). */
  readonly converted: boolean;
  readonly unitCell: string | null;
  /** Header and unit cells of the table's parts (to relabel "金额（元）"): A1, or `Sheet2!C3` for a continued part on another sheet. */
  readonly headerCells: readonly string[];
}

export interface RoundingResult {
  readonly to: TargetUnit;
  readonly decimals: number;
  readonly tables: readonly TableConversion[];
  /** Every converted figure (blank, text and error cells stay as they are and are not listed). */
  readonly figures: readonly RoundedFigure[];
  /** The figures whose value differs from plain half-up rounding. */
  readonly adjusted: readonly RoundedFigure[];
  /** Identities that do not hold in the input beyond rounding: real errors, not balanced. */
  readonly broken: readonly IdentityNote[];
  /** Identities no rounding could keep (their figures fixed in tables not converted, or no solution). */
  readonly leftOff: readonly IdentityNote[];
  readonly skipped: readonly SkippedIdentity[];
  readonly stats: {
    /** Identities declared by the rules, and the distinct constraints kept. */
    readonly identities: number;
    readonly constraints: number;
    /** Figures whose conversion is not already exact (each a 0/1 choice). */
    readonly choices: number;
    /** Independent groups of figures, and how many of them needed the solver. */
    readonly components: number;
    readonly solved: number;
    /** Every programme was solved to proven optimality. */
    readonly optimal: boolean;
  };
}

// ---- Figures ------------------------------------------------------------------------------

/** A column of rates or shares: not money, never converted. */
export function isRateColumn(path: readonly string[]): boolean {
  return /%|百分比|比重|占比|率|幅度|增幅/.test(normalize(path.join('/')));
}

interface Fig {
  readonly key: string;
  readonly sheet: string;
  readonly amount: Amount;
  readonly unit: MoneyUnit | null;
  readonly converted: boolean;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /** Converted and numeric: the exact target in printed units, its floor and its half-up. */
  t?: Exact;
  lo?: Exact;
  h?: Exact;
  /** Index of its 0/1 variable, or -1 when the conversion is exact. */
  v: number;
  /** ⌊t⌋, or t when exact, as a number (an integer well within 2⁵³). */
  base?: number;
  /** The input value in 元, for the exact check of the input's identities. */
  yuan?: Exact;
  /** Chosen output in printed units. */
  n?: Exact;
}

// A continued part's cell on another sheet is already qualified (Sheet2!C5).
const keyOf = (sheet: string, cell: string) => {
  const p = placeOf(sheet, cell);
  return `${p.sheet}!${p.cell}`;
};

function convertible(unit: MoneyUnit | null, to: TargetUnit): unit is MoneyUnit {
  return unit !== null && UNIT_IN_YUAN[unit] < UNIT_IN_YUAN[to];
}

/**
 * Header and unit cells of the table (to relabel "金额（元）"), as A1 addresses: each part of a
 * continued table has its own, `Sheet2!C3` on another sheet.
 */
function headerCells(table: Table): string[] {
  const out: string[] = [];
  const parts = table.parts ?? [{ sheet: table.sheet, range: table.range, headerRows: table.headerRows, unitCell: null }];
  for (const part of parts) {
    const at = (cell: string) => (part.sheet === table.sheet ? cell : `${part.sheet}!${cell}`);
    const [first, last] = part.range.split(':');
    const firstCol = /^[A-Z]+/.exec(first)?.[0] ?? 'A';
    const lastCol = /^[A-Z]+/.exec(last ?? first)?.[0] ?? firstCol;
    const cols: string[] = [];
    for (let c = columnIndex(firstCol); c <= columnIndex(lastCol); c++) cols.push(columnLetters(c));
    for (const r of part.headerRows) for (const c of cols) out.push(at(`${c}${r + 1}`));
    if (part.unitCell && part.unitCell !== table.unitCell) out.push(at(part.unitCell));
  }
  return out;
}

// ---- Planning -----------------------------------------------------------------------------

interface Row {
  readonly rule: string;
  readonly identity: Identity;
  /** Σ coef·x over the figures' 0/1 variables = rhs (printed units of the target). */
  readonly terms: Map<number, number>;
  readonly rhs: number;
}

const TEN_POW = (d: number) => exact(10 ** d);

/** Figures or identities handled between two pauses. */
export const PAUSE_EVERY = 300;

/** Shares of the progress bar done after: collecting identities, targets, constraints, the groups (then the output). */
const SHARE = { identities: 0.3, targets: 0.4, constraints: 0.5, groups: 0.95 } as const;

/**
 * Converts every amount of every recognised table finer than `to` and balances the identities.
 * Pure: the solver is passed in.
 */
export async function roundWorkbook(model: WorkbookModel, options: RoundingOptions, solve: MipSolver): Promise<RoundingResult> {
  const to = options.to;
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new RangeError(`decimals: ${decimals}`);
  // One printed unit of the output, in 元 (100 元 for 万元 with two decimals).
  const step = div(exact(UNIT_IN_YUAN[to]), TEN_POW(decimals));
  // Progress never goes back; `tick` reports it and lets the caller's pause run.
  let shown = 0;
  const report = (share: number) => {
    if (share < shown) return;
    shown = share;
    options.progress?.(share);
  };
  const tick = async (share: number) => {
    report(share);
    await options.pause?.();
  };
  // Counted steps of a loop: a pause every PAUSE_EVERY of them.
  const every = async (i: number, n: number, from: number, upTo: number) => {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await tick(from + ((upTo - from) * (i + 1)) / Math.max(n, 1));
  };
  const inSteps = (value: Exact, unit: MoneyUnit) => div(mul(value, UNIT_IN_YUAN[unit]), step);

  const figs = new Map<string, Fig>();
  const tables: TableConversion[] = [];
  for (const table of model.tables) {
    const converted = convertible(table.unit, to);
    tables.push({ sheet: table.sheet, title: table.title, titleCell: table.titleCell, range: table.range, from: table.unit, converted, unitCell: table.unitCell, headerCells: headerCells(table) });
    for (const block of table.blocks) {
      block.columns.forEach((col, i) => {
        if (isRateColumn(col.path)) return;
        for (const row of block.rows) {
          const a = row.amounts[i];
          // A count (团组数, 车辆数) is no amount: it keeps its value in any unit.
          if (!a || row.role === 'count') continue;
          const key = keyOf(table.sheet, a.cell);
          if (figs.has(key)) continue;
          figs.set(key, { key, sheet: placeOf(table.sheet, a.cell).sheet, amount: a, unit: table.unit, converted, table: table.title, row: row.label || row.code || row.rawLabel, column: col.path.join('/'), v: -1 });
        }
      });
    }
  }
  const byAmount = new WeakMap<Amount, Fig>();
  const figOf = (f: IdentityFigure): Fig => {
    let g = byAmount.get(f.amount);
    if (g) return g;
    const key = keyOf(f.sheet, f.amount.cell);
    g = figs.get(key);
    if (!g) {
      g = { key, sheet: placeOf(f.sheet, f.amount.cell).sheet, amount: f.amount, unit: f.unit, converted: convertible(f.unit, to), table: f.sheet, row: '', column: '', v: -1 };
      figs.set(key, g);
    }
    byAmount.set(f.amount, g);
    return g;
  };
  const yuanOf = (g: Fig): Exact => (g.yuan ??= mul(g.amount.value!, UNIT_IN_YUAN[g.unit!]));

  // Targets and variables.
  const identities = await collectIdentitiesStepwise(model, options.rules, (done, total) => tick((SHARE.identities * done) / total));
  for (const { identity } of identities) for (const f of [identity.total, ...identity.parts]) figOf(f);
  let choices = 0;
  let counted = 0;
  for (const f of figs.values()) {
    await every(counted++, figs.size, SHARE.identities, SHARE.targets);
    const value = f.amount.value;
    if (!f.converted || value === null || f.amount.error || f.amount.text) continue;
    const t = inSteps(value, f.unit!);
    f.t = t;
    f.lo = floor(t, 0);
    f.h = halfUp(t, 0);
    f.base = toNumber(f.lo);
    if (isInteger(t)) f.n = t;
    else f.v = choices++;
  }

  // Constraints, after setting aside what cannot or should not be balanced.
  const broken: IdentityNote[] = [];
  // Noted once every figure is chosen, with the output's two sides.
  const left: { rule: string; identity: Identity }[] = [];
  const skipped: SkippedIdentity[] = [];
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const [i, { rule, identity }] of identities.entries()) {
    await every(i, identities.length, SHARE.targets, SHARE.constraints);
    const all = [identity.total, ...identity.parts];
    const at = { rule, ...placeOf(identity.total.sheet, identity.total.amount.cell) };
    if (all.some((f) => f.amount.error || f.amount.text)) {
      skipped.push({ ...at, reason: 'unreadable' });
      continue;
    }
    const present = all.filter((f) => f.amount.value !== null);
    if (present.length === 0) continue;
    if (present.some((f) => f.unit === null)) {
      skipped.push({ ...at, reason: 'no-unit' });
      continue;
    }
    // Most identities hold exactly in the input: one exact sum in 元 decides; the others are
    // compared as the checker compares them.
    const residual = sum(present.map((f) => (f === identity.total ? yuanOf(figOf(f)) : neg(yuanOf(figOf(f))))));
    if (!isZero(residual)) {
      const input = sides(identity, (f) => f.amount.value);
      const figures = [identity.total.amount, ...identity.parts.map((p) => p.amount).filter((a) => a.value !== null)];
      if (outcome(input.actual, input.expected, figures, ZERO) === 'different') {
        broken.push(note(rule, identity, input));
        continue;
      }
    }
    const terms = new Map<number, number>();
    let constant = 0;
    let fixed = ZERO; // figures of tables not converted, in printed units
    all.forEach((f, k) => {
      const sign = k === 0 ? 1 : -1;
      if (f.amount.value === null) return;
      const g = figOf(f);
      if (g.converted) {
        if (g.v >= 0) terms.set(g.v, (terms.get(g.v) ?? 0) + sign);
        constant += sign * g.base!;
      } else fixed = add(fixed, mul(inSteps(f.amount.value, f.unit!), sign));
    });
    for (const [v, a] of terms) if (a === 0) terms.delete(v);
    if (!isInteger(fixed)) {
      // A figure not converted is finer than the output's last decimal: no rounding can match it.
      left.push({ rule, identity });
      continue;
    }
    const rhs = -(constant + toNumber(fixed));
    if (terms.size === 0) {
      // Nothing left to choose: the figures are fixed (tables not converted, exact conversions).
      if (rhs !== 0) left.push({ rule, identity });
      continue;
    }
    const sig = `${[...terms].sort((x, y) => x[0] - y[0]).map(([v, a]) => `${v}:${a}`).join(',')}=${rhs}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    rows.push({ rule, identity, terms, rhs });
  }

  function outputOf(f: IdentityFigure): Exact | null {
    const g = figs.get(keyOf(f.sheet, f.amount.cell));
    if (!g || !g.converted || f.amount.value === null) return f.amount.value;
    return convert(mul(g.n!, step), '元', f.unit!);
  }

  // Independent groups of figures: the constraints that share a variable.
  const parent = Array.from({ length: choices }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const r of rows) {
    const [first, ...rest] = [...r.terms.keys()];
    for (const v of rest) {
      const a = find(first);
      const b = find(v);
      if (a !== b) parent[a] = b;
    }
  }
  const groups = new Map<number, Row[]>();
  for (const r of rows) {
    const root = find(r.terms.keys().next().value!);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  }

  // Per variable: the figure, whether half-up is the upper neighbour, and the tie-break weight.
  const byVar: Fig[] = new Array(choices);
  for (const f of figs.values()) if (f.v >= 0) byVar[f.v] = f;
  const choice = new Array<number>(choices);
  for (let v = 0; v < choices; v++) choice[v] = eq(byVar[v].h!, byVar[v].lo!) ? 0 : 1;

  let solved = 0;
  let optimal = true;
  let done = 0;
  const components = [...groups.values()];
  const groupShare = () => SHARE.constraints + ((SHARE.groups - SHARE.constraints) * done) / components.length;
  let sinceSolve = 0;
  for (const group of components) {
    done++;
    // Plain half-up already balances the group: nothing to choose.
    if (group.every((r) => holds(r, choice))) {
      // Cheap groups: a pause every PAUSE_EVERY rows checked, not after each.
      sinceSolve += group.length;
      if (sinceSolve >= PAUSE_EVERY) {
        sinceSolve = 0;
        await tick(groupShare());
      } else report(groupShare());
      continue;
    }
    solved++;
    sinceSolve = 0;
    const vars = [...new Set(group.flatMap((r) => [...r.terms.keys()]))];
    const outcome = await solveGroup(group, vars, byVar, solve, () => tick(groupShare()));
    if (!outcome) {
      optimal = false;
      for (const r of group) if (!holds(r, choice)) left.push(r);
    } else {
      if (!outcome.optimal) optimal = false;
      vars.forEach((v, k) => (choice[v] = outcome.values[k]));
      for (const r of group) if (!holds(r, choice)) left.push(r);
    }
    await tick(groupShare());
  }
  for (let v = 0; v < choices; v++) byVar[v].n = add(byVar[v].lo!, exact(choice[v]));
  const leftOff = left.map((l) => note(l.rule, l.identity, sides(l.identity, outputOf)));

  const scale = TEN_POW(decimals);
  const figures: RoundedFigure[] = [];
  counted = 0;
  for (const f of figs.values()) {
    await every(counted++, figs.size, SHARE.groups, 1);
    if (f.t === undefined) continue;
    const value = div(f.n!, scale);
    const h = div(f.h!, scale);
    figures.push({ sheet: f.sheet, cell: placeOf(f.sheet, f.amount.cell).cell, table: f.table, row: f.row, column: f.column, input: f.amount.value!, unit: f.unit!, exact: div(f.t, scale), halfUp: h, value, adjusted: !eq(value, h) });
  }
  report(1);
  return {
    to,
    decimals,
    tables,
    figures,
    adjusted: figures.filter((f) => f.adjusted),
    broken,
    leftOff,
    skipped,
    stats: { identities: identities.length, constraints: rows.length, choices, components: groups.size, solved, optimal },
  };
}

function holds(r: Row, choice: readonly number[]): boolean {
  let s = 0;
  for (const [v, a] of r.terms) s += a * choice[v];
  return s === r.rhs;
}

/** The total and Σ parts in the total's unit, with `valueOf` giving each figure's value in its own unit. */
function sides(identity: Identity, valueOf: (f: IdentityFigure) => Exact | null): { actual: Exact; expected: Exact } {
  const unit = identity.total.unit ?? '元';
  return {
    actual: valueOf(identity.total) ?? ZERO,
    expected: sum(identity.parts.map((p) => convert(valueOf(p) ?? ZERO, p.unit ?? unit, unit))),
  };
}

function note(rule: string, identity: Identity, s: { actual: Exact; expected: Exact }): IdentityNote {
  return {
    rule,
    ...placeOf(identity.total.sheet, identity.total.amount.cell),
    parts: identity.parts.map((p) => keyOf(p.sheet, p.amount.cell)),
    unit: identity.total.unit,
    actual: s.actual,
    expected: s.expected,
  };
}

// ---- The programme of one group -------------------------------------------------------------

interface GroupOutcome {
  readonly values: number[];
  readonly optimal: boolean;
}

/**
 * Cost of leaving half-up for a figure: 1, plus a tie-break below 1/2 in total that prefers the
 * figures closest to the midpoint (the adjustment a person would make), so among the roundings
 * with the fewest adjusted figures the least visible one is chosen.
 */
function costs(vars: readonly number[], byVar: readonly Fig[]): number[] {
  const n = vars.length;
  return vars.map((v) => {
    const f = byVar[v];
    const frac = toNumber(sub(f.t!, f.lo!)); // in (0, 1)
    const extra = 1 - 2 * Math.abs(frac - 0.5); // 1 at the midpoint … 0 near a neighbour
    const w = 1 + (1 - extra) / (2 * (n + 1));
    return eq(f.h!, f.lo!) ? w : -w; // x = 1 leaves a lower half-up; x = 0 leaves an upper one
  });
}

/** `pause` is awaited between building, folding and the first solve, and after it: a large group's programme takes a while to build and check. */
async function solveGroup(group: readonly Row[], vars: readonly number[], byVar: readonly Fig[], solve: MipSolver, pause: () => Promise<void>): Promise<GroupOutcome | null> {
  const index = new Map(vars.map((v, k) => [v, k]));
  const cost = costs(vars, byVar);
  const binaries: MipVariable[] = vars.map((_, k) => ({ lower: 0, upper: 1, cost: cost[k], integer: true }));
  const hard: MipConstraint[] = group.map((r) => ({ terms: [...r.terms].map(([v, a]) => ({ v: index.get(v)!, a })), lower: r.rhs, upper: r.rhs }));
  await pause();
  const folded = foldEqualPairs({ variables: binaries, constraints: hard });
  await pause();
  const first = await solve(folded ? folded.problem : { variables: binaries, constraints: hard });
  await pause();
  const firstValues = checked({ variables: binaries, constraints: hard }, folded && first.values.length ? folded.expand(first.values) : first.values);
  if (first.status !== 'infeasible' && firstValues) return { values: firstValues, optimal: first.status === 'optimal' };
  if (first.status !== 'infeasible') return null;

  // No rounding keeps every identity: the fewest identities to leave off (phase 1), then the
  // fewest figures away from half-up with only those off, by as little as possible (phase 2).
  const n = vars.length;
  const slackBound = (c: MipConstraint) => c.terms.reduce((s, t) => s + Math.abs(t.a), 0) + Math.abs(c.lower) + 1;
  const phase1: MipVariable[] = binaries.map((b) => ({ ...b, cost: 0 }));
  const rows1: MipConstraint[] = [];
  const off: number[] = [];
  hard.forEach((c) => {
    const u = slackBound(c);
    const sp = phase1.push({ lower: 0, upper: u, cost: 0, integer: true }) - 1;
    const sn = phase1.push({ lower: 0, upper: u, cost: 0, integer: true }) - 1;
    const z = phase1.push({ lower: 0, upper: 1, cost: 1, integer: true }) - 1;
    off.push(z);
    rows1.push({ terms: [...c.terms, { v: sp, a: 1 }, { v: sn, a: -1 }], lower: c.lower, upper: c.upper });
    rows1.push({ terms: [{ v: sp, a: 1 }, { v: sn, a: 1 }, { v: z, a: -u }], lower: -Infinity, upper: 0 });
  });
  const p1 = await solve({ variables: phase1, constraints: rows1 });
  const v1 = checked({ variables: phase1, constraints: rows1 }, p1.values);
  if (!v1) return null;
  const phase2: MipVariable[] = [...binaries];
  const rows2: MipConstraint[] = [];
  const weight = 2 * (n + 1);
  hard.forEach((c, i) => {
    if (v1[off[i]] === 0) {
      rows2.push(c);
      return;
    }
    const u = slackBound(c);
    const sp = phase2.push({ lower: 0, upper: u, cost: weight, integer: true }) - 1;
    const sn = phase2.push({ lower: 0, upper: u, cost: weight, integer: true }) - 1;
    rows2.push({ terms: [...c.terms, { v: sp, a: 1 }, { v: sn, a: -1 }], lower: c.lower, upper: c.upper });
  });
  const p2 = await solve({ variables: phase2, constraints: rows2 });
  const v2 = checked({ variables: phase2, constraints: rows2 }, p2.values);
  if (!v2) return { values: v1.slice(0, n), optimal: false };
  return { values: v2.slice(0, n), optimal: p1.status === 'optimal' && p2.status === 'optimal' };
}

/** The solver's values rounded to integers, if they satisfy the programme exactly. */
function checked(p: MipProblem, values: readonly number[]): number[] | null {
  if (values.length !== p.variables.length) return null;
  const ints = values.map((x) => Math.round(x));
  return satisfies(p, ints) ? ints : null;
}

