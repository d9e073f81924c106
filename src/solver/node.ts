// Node side of the solver: the WebAssembly file sits beside the package's loader and is read from
// disk (no network). Loaded once per process, on first use.
import type { MipSolver } from '../core/rounding';
import { highsSolver, type HighsLike } from './highs';

let loading: Promise<HighsLike> | null = null;

export function loadHighs(): Promise<HighsLike> {
  if (!loading) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require('highs') as (options?: object) => Promise<HighsLike>;
    loading = loader({});
  }
  return loading;
}

export async function nodeSolver(): Promise<MipSolver> {
  return highsSolver(await loadHighs());
}
