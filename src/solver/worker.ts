// The solver's Web Worker: HiGHS runs here so that a long solve never freezes the pane. The
// WebAssembly file is fetched from the add-in's own origin (the URL comes with each request).
import { solveWith, type HighsLike } from './highs';
import type { MipProblem } from '../core/rounding';

let highs: Promise<HighsLike> | null = null;

interface Request {
  readonly id: number;
  readonly wasm: string;
  readonly problem: MipProblem;
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const { id, wasm, problem } = e.data;
  try {
    if (!highs) {
      const { default: loader } = await import('highs');
      highs = (loader as unknown as (o: object) => Promise<HighsLike>)({ locateFile: () => wasm });
    }
    self.postMessage({ id, solution: solveWith(await highs, problem) });
  } catch (err) {
    highs = null;
    self.postMessage({ id, solution: { status: 'failed', values: [], detail: err instanceof Error ? err.message : String(err) } });
  }
};
