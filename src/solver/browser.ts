// The pane's solver: a Web Worker created on first use (its own chunk, with the HiGHS loader);
// highs.wasm is copied beside the pane at build time and fetched only when rounding starts.
import type { MipProblem, MipSolution, MipSolver } from '../core/rounding';

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (s: MipSolution) => void>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url));
  worker.onmessage = (e: MessageEvent<{ id: number; solution: MipSolution }>) => {
    waiting.get(e.data.id)?.(e.data.solution);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const done of waiting.values()) done({ status: 'failed', values: [], detail: e.message });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function browserSolver(): MipSolver {
  const wasm = new URL('highs.wasm', document.baseURI).href;
  return (problem: MipProblem) =>
    new Promise<MipSolution>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      start().postMessage({ id, wasm, problem });
    });
}
