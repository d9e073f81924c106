// A pool of worker threads, each doing one task at a time, with a time limit per task: a task that
// takes longer is reported as timed out and its worker replaced. The workers stay up between the
// runs of one batch (last year's workbooks are identified first, then the files are checked), so
// each thread pays its start once.
import { Worker } from 'worker_threads';
import * as path from 'path';
import { failure, type FileJob, type FileResult, type Identity } from './check-file';

/** What a worker is asked to do: check a submission, or read a workbook's unit and year. */
export type Task = { readonly check: FileJob } | { readonly identify: string };

// The script a worker thread starts from: the compiled worker module beside this one, unless the
// bundled command line names its own loader (bin/budget-check.js, which starts workers from the
// same bundle and code cache as the main thread).
let workerScript: { file: string; data?: unknown } = { file: path.join(__dirname, 'worker.js') };

export function useWorkerScript(file: string, data?: unknown): void {
  workerScript = { file, data };
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private closed = false;

  /** @param timeoutMs milliseconds a single task may take */
  constructor(readonly timeoutMs: number) {}

  /** Starts a worker now, so that it loads while the main thread is still listing the files. */
  prestart(): void {
    if (this.idle.length === 0) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    return new Worker(workerScript.file, { workerData: workerScript.data });
  }

  /**
   * Runs the tasks on up to `lanes` workers, in order of the list, and returns their results in
   * the same order. A task that times out or kills its worker gets `fallback(reason, detail)`.
   */
  async run<R>(tasks: readonly Task[], lanes: number, fallback: (task: Task, reason: 'timeout' | 'failed', detail: string) => R, onDone?: (result: R, index: number) => void): Promise<R[]> {
    if (this.closed) throw new Error('pool closed');
    const results: R[] = new Array(tasks.length);
    let next = 0;
    const lane = async (): Promise<void> => {
      let worker: Worker | null = null;
      try {
        while (next < tasks.length) {
          const index = next++;
          const task = tasks[index];
          worker ??= this.idle.pop() ?? this.spawn();
          const w: Worker = worker;
          const result = await new Promise<R>((resolve) => {
            const settle = (r: R, alive: boolean) => {
              clearTimeout(timer);
              w.off('message', onMessage);
              w.off('error', onError);
              w.off('exit', onExit);
              if (!alive) {
                w.on('error', () => {}); // whatever a dying worker still reports, its task is settled
                void w.terminate();
                worker = null;
              }
              resolve(r);
            };
            const timer = setTimeout(() => settle(fallback(task, 'timeout', `${Math.round(this.timeoutMs / 1000)} s`), false), this.timeoutMs);
            const onMessage = (m: { id: number; result: R }) => settle(m.result, true);
            const onError = (e: Error) => settle(fallback(task, 'failed', e.message), false);
            const onExit = (code: number) => settle(fallback(task, 'failed', `exit ${code}`), false);
            w.once('message', onMessage);
            w.once('error', onError);
            w.once('exit', onExit);
            w.postMessage({ id: index, task });
          });
          results[index] = result;
          onDone?.(result, index);
        }
      } finally {
        if (worker) this.idle.push(worker);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
    return results;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

/** A failed check, in the user's language. */
export function checkFailure(task: Task, reason: 'timeout' | 'failed', detail: string): FileResult {
  const job = 'check' in task ? task.check : { file: task.identify, lang: 'zh-CN' as const };
  return failure(job.display ?? job.file, reason, job.lang, detail);
}

/** A workbook whose unit and year could not be read in time. */
export const unknownIdentity = (): Identity => ({ unit: null, year: null });

export interface PoolOptions {
  readonly jobs: number;
  /** Milliseconds a single file may take. */
  readonly timeoutMs: number;
  readonly onDone?: (result: FileResult, index: number) => void;
}

/** Checks the files on a pool of its own. */
export async function runPool(jobs: readonly FileJob[], options: PoolOptions): Promise<FileResult[]> {
  const pool = new WorkerPool(options.timeoutMs);
  try {
    return await pool.run(
      jobs.map((check) => ({ check })),
      options.jobs,
      checkFailure,
      options.onDone,
    );
  } finally {
    await pool.close();
  }
}
