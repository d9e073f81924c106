// The MIP solver of the rounding: HiGHS (MIT), compiled to WebAssembly by the `highs` package.
// Shared by the Node and browser loaders; it only turns a programme into LP text and HiGHS's
// answer into the core's solution.
import { toLpFormat, type MipProblem, type MipSolution, type MipSolver } from '../core/rounding';

/** The part of the loaded module this adapter uses. */
export interface HighsLike {
  solve(problem: string, options?: Record<string, string | number | boolean>): { Status: string; Columns: Record<string, { Primal?: number }> };
}

/** Seconds one programme may take before the best rounding found so far is used. */
export const TIME_LIMIT_S = 60;

export function highsSolver(highs: HighsLike, timeLimit = TIME_LIMIT_S): MipSolver {
  return async (problem: MipProblem): Promise<MipSolution> => solveWith(highs, problem, timeLimit);
}

export function solveWith(highs: HighsLike, problem: MipProblem, timeLimit = TIME_LIMIT_S): MipSolution {
  let r;
  try {
    // Proven optimum: no relative gap (the objective counts figures; the tie-break is below 1/2).
    r = highs.solve(toLpFormat(problem), { mip_rel_gap: 0, mip_abs_gap: 1e-9, time_limit: timeLimit, output_flag: false });
  } catch (e) {
    return { status: 'failed', values: [], detail: e instanceof Error ? e.message : String(e) };
  }
  const values = problem.variables.map((_, i) => r.Columns[`x${i}`]?.Primal);
  const complete = values.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (r.Status === 'Optimal') return { status: 'optimal', values: complete ? (values as number[]) : [], detail: r.Status };
  if (/infeasible/i.test(r.Status)) return { status: 'infeasible', values: [], detail: r.Status };
  if (/limit/i.test(r.Status)) return { status: 'time-limit', values: complete ? (values as number[]) : [], detail: r.Status };
  return { status: 'failed', values: [], detail: r.Status };
}
