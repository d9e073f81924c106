// A small mixed-integer programme and its text in the CPLEX LP format, which every MIP solver
// reads (HiGHS among them). The core builds the programme; the solver is passed in by the
// adapter, so this folder stays free of WebAssembly, workers and files.

export interface MipVariable {
  readonly lower: number;
  readonly upper: number;
  /** Objective coefficient (the programme is minimised). */
  readonly cost: number;
  /** 0/1 when lower = 0 and upper = 1. */
  readonly integer: boolean;
}

export interface MipTerm {
  /** Index into `variables`. */
  readonly v: number;
  readonly a: number;
}

/** lower ≤ Σ a·x ≤ upper (lower = upper for an equality). */
export interface MipConstraint {
  readonly terms: readonly MipTerm[];
  readonly lower: number;
  readonly upper: number;
}

export interface MipProblem {
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
}

export type MipStatus = 'optimal' | 'infeasible' | 'time-limit' | 'failed';

export interface MipSolution {
  readonly status: MipStatus;
  /** One value per variable (integers rounded by the caller); empty when there is no solution. */
  readonly values: readonly number[];
  /** What the solver said, for messages. */
  readonly detail?: string;
}

/** Solves one programme to optimality (or reports why not). Injected by the adapter. */
export type MipSolver = (problem: MipProblem) => Promise<MipSolution>;

const name = (i: number) => `x${i}`;

function linear(terms: readonly { v: number; a: number }[]): string {
  if (terms.length === 0) return '0 x0';
  const parts: string[] = [];
  terms.forEach((t, k) => {
    const sign = t.a < 0 ? '-' : '+';
    const mag = Math.abs(t.a);
    parts.push(`${k === 0 && sign === '+' ? '' : `${sign} `}${mag} ${name(t.v)}`);
  });
  // Short lines: some LP readers limit the line length.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '));
  return lines.join('\n   ');
}

/** The programme in CPLEX LP format, variables named x0, x1, …, constraints c0, c1, …. */
export function toLpFormat(p: MipProblem): string {
  const out: string[] = ['Minimize'];
  const objective = p.variables.map((v, i) => ({ v: i, a: v.cost })).filter((t) => t.a !== 0);
  out.push(` obj: ${linear(objective)}`);
  out.push('Subject To');
  p.constraints.forEach((c, i) => {
    const lhs = linear(c.terms);
    if (c.lower === c.upper) out.push(` c${i}: ${lhs} = ${c.lower}`);
    else {
      if (Number.isFinite(c.lower)) out.push(` c${i}l: ${lhs} >= ${c.lower}`);
      if (Number.isFinite(c.upper)) out.push(` c${i}u: ${lhs} <= ${c.upper}`);
    }
  });
  out.push('Bounds');
  p.variables.forEach((v, i) => out.push(` ${v.lower} <= ${name(i)} <= ${v.upper}`));
  const ints = p.variables.map((v, i) => (v.integer ? name(i) : null)).filter((n): n is string => n !== null);
  if (ints.length > 0) {
    out.push('General');
    for (let i = 0; i < ints.length; i += 10) out.push(` ${ints.slice(i, i + 10).join(' ')}`);
  }
  out.push('End');
  return `${out.join('\n')}\n`;
}

/** Σ a·x of a constraint at integer values. */
export function activity(c: MipConstraint, values: readonly number[]): number {
  let s = 0;
  for (const t of c.terms) s += t.a * values[t.v];
  return s;
}

/** Integer values satisfy every bound and constraint exactly (the caller's own check of a solver's answer). */
export function satisfies(p: MipProblem, values: readonly number[]): boolean {
  if (values.length !== p.variables.length) return false;
  for (let i = 0; i < values.length; i++) {
    const v = p.variables[i];
    if (!Number.isInteger(values[i]) || values[i] < v.lower || values[i] > v.upper) return false;
  }
  return p.constraints.every((c) => {
    const s = activity(c, values);
    return s >= c.lower && s <= c.upper;
  });
}

/**
 * Folds 0/1 variables that a constraint x − y = 0 makes equal into one (the same figure in two
 * tables, a 类 with a single 款), repeatedly, and drops the constraints that become identical.
 * Most constraints of budget tables are such pairs, so the programme the solver sees is a
 * fraction of the size. Returns null when folding shows a contradiction (left to the solver).
 */
export function foldEqualPairs(p: MipProblem): { problem: MipProblem; expand: (values: readonly number[]) => number[] } | null {
  const n = p.variables.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const binary = (i: number) => p.variables[i].integer && p.variables[i].lower === 0 && p.variables[i].upper === 1;
  let rows: MipConstraint[] = p.constraints.map((c) => ({ terms: c.terms, lower: c.lower, upper: c.upper }));
  for (let pass = 0; pass < 8; pass++) {
    let merged = false;
    for (const c of rows) {
      if (c.terms.length !== 2 || c.lower !== 0 || c.upper !== 0) continue;
      const [s, t] = c.terms;
      if (s.a !== -t.a || !binary(s.v) || !binary(t.v)) continue;
      const a = find(s.v);
      const b = find(t.v);
      if (a !== b) {
        parent[a] = b;
        merged = true;
      }
    }
    // Substitute and drop what became empty; repeats are dropped once, at the end.
    const last = !merged || pass === 7;
    const next: MipConstraint[] = [];
    const seen = new Set<string>();
    for (const c of rows) {
      const acc = new Map<number, number>();
      for (const t of c.terms) {
        const r = find(t.v);
        acc.set(r, (acc.get(r) ?? 0) + t.a);
      }
      const terms: MipTerm[] = [];
      for (const [v, a] of acc) if (a !== 0) terms.push({ v, a });
      if (terms.length === 0) {
        if (c.lower > 0 || c.upper < 0) return null;
        continue;
      }
      if (last) {
        terms.sort((x, y) => x.v - y.v);
        const sig = `${terms.map((t) => `${t.v}:${t.a}`).join(',')}|${c.lower}|${c.upper}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
      }
      next.push({ terms, lower: c.lower, upper: c.upper });
    }
    rows = next;
    if (last) break;
  }
  const reps = [...new Set(Array.from({ length: n }, (_, i) => find(i)))];
  const index = new Map(reps.map((r, k) => [r, k]));
  const cost = new Array<number>(reps.length).fill(0);
  for (let i = 0; i < n; i++) cost[index.get(find(i))!] += p.variables[i].cost;
  const variables = reps.map((r, k) => ({ ...p.variables[r], cost: cost[k] }));
  const constraints = rows.map((c) => ({ terms: c.terms.map((t) => ({ v: index.get(t.v)!, a: t.a })), lower: c.lower, upper: c.upper }));
  return {
    problem: { variables, constraints },
    expand: (values) => Array.from({ length: n }, (_, i) => values[index.get(find(i))!]),
  };
}
