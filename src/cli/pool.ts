// A pool of worker threads, each checking one file at a time, with a time limit per file: a
// file that takes longer is reported as timed out and its worker replaced.
import { Worker } from 'worker_threads';
import * as path from 'path';
import { failure, type FileJob, type FileResult } from './check-file';

export interface PoolOptions {
  readonly jobs: number;
  /** Milliseconds a single file may take. */
  readonly timeoutMs: number;
  readonly onDone?: (result: FileResult, index: number) => void;
}

// The script a worker thread starts from: the compiled worker module beside this one, unless the
// bundled command line names its own loader (bin/budget-check.js, which starts workers from the
// same bundle and code cache as the main thread).
let workerScript: { file: string; data?: unknown } = { file: path.join(__dirname, 'worker.js') };

export function useWorkerScript(file: string, data?: unknown): void {
  workerScript = { file, data };
}

export async function runPool(jobs: readonly FileJob[], options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  const script = workerScript;
  const lanes = Math.max(1, Math.min(options.jobs, jobs.length));
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index];
        if (!worker) worker = new Worker(script.file, { workerData: script.data });
        const w: Worker = worker;
        const result = await new Promise<FileResult>((resolve) => {
          const timer = setTimeout(() => {
            w.removeAllListeners('message');
            w.removeAllListeners('error');
            void w.terminate();
            worker = null;
            resolve(failure(job.display ?? job.file, 'timeout', job.lang, `${Math.round(options.timeoutMs / 1000)} s`));
          }, options.timeoutMs);
          const onMessage = (m: { id: number; result: FileResult }) => {
            clearTimeout(timer);
            w.off('error', onError);
            resolve(m.result);
          };
          const onError = (e: Error) => {
            clearTimeout(timer);
            w.off('message', onMessage);
            worker = null;
            resolve(failure(job.display ?? job.file, 'failed', job.lang, e.message));
          };
          w.once('message', onMessage);
          w.once('error', onError);
          w.postMessage({ id: index, job });
        });
        results[index] = result;
        options.onDone?.(result, index);
      }
    } finally {
      if (worker) await (worker as Worker).terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
