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
   *
   * Each worker holds its next task in its queue while it works on the current one, so that it
   * never waits for a round trip to the main thread between two files (with one task at a time a
   * worker sat idle for about a fifth of a batch). A task's time limit runs from the moment its
   * worker starts it, that is when the task before it is settled; the task a failed worker held
   * in its queue goes to the next worker, unharmed.
   */
  run<R>(tasks: readonly Task[], lanes: number, fallback: (task: Task, reason: 'timeout' | 'failed', detail: string) => R, onDone?: (result: R, index: number) => void): Promise<R[]> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    const results: R[] = new Array(tasks.length);
    if (tasks.length === 0) return Promise.resolve(results);
    let next = 0;
    const retry: number[] = []; // tasks taken back from a worker that failed before starting them
    const take = (): number | undefined => retry.shift() ?? (next < tasks.length ? next++ : undefined);
    const lane = (done: () => void): void => {
      let worker = this.idle.pop() ?? this.spawn();
      const queued: number[] = []; // indexes sent to this worker, the first one in progress
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (index: number, result: R): void => {
        results[index] = result;
        onDone?.(result, index);
      };
      const startClock = (): void => {
        clearTimeout(timer);
        timer = queued.length > 0 ? setTimeout(() => fail('timeout', `${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs) : undefined;
      };
      const feed = (): void => {
        while (queued.length < 2) {
          const index = take();
          if (index === undefined) break;
          queued.push(index);
          worker.postMessage({ id: index, task: tasks[index] });
        }
      };
      const onMessage = (m: { id: number; result: R }): void => {
        const index = queued.shift();
        if (index === undefined || index !== m.id) return; // never happens: a worker answers in order
        settle(index, m.result);
        feed();
        startClock();
        if (queued.length === 0) finish();
      };
      const onError = (e: Error): void => fail('failed', e.message);
      const onExit = (code: number): void => fail('failed', `exit ${code}`);
      const attach = (): void => {
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
      };
      const detach = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (reason: 'timeout' | 'failed', detail: string): void => {
        clearTimeout(timer);
        detach();
        worker.on('error', () => {}); // whatever a dying worker still reports, its task is settled
        void worker.terminate();
        const [index, ...unstarted] = queued.splice(0);
        retry.unshift(...unstarted);
        if (index !== undefined) settle(index, fallback(tasks[index], reason, detail));
        if (retry.length === 0 && next >= tasks.length) return done();
        worker = this.spawn();
        attach();
        feed();
        startClock();
      };
      const finish = (): void => {
        clearTimeout(timer);
        detach();
        this.idle.push(worker);
        done();
      };
      attach();
      feed();
      startClock();
      if (queued.length === 0) finish();
    };
    const count = Math.max(1, Math.min(lanes, tasks.length));
    return new Promise<R[]>((resolve) => {
      let running = count;
      for (let i = 0; i < count; i++) lane(() => --running === 0 && resolve(results));
    });
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
