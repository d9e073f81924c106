import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { useWorkerScript, WorkerPool, type Task } from '../../src/cli/pool';

// A stand-in worker: answers `identify` tasks by name after a delay; "hang" never answers,
// "crash" ends the thread. It records the order in which it started its tasks.
const WORKER = `
const { parentPort, threadId, workerData } = require('worker_threads');
const fs = require('fs');
let queue = Promise.resolve();
parentPort.on('message', (msg) => {
  fs.appendFileSync(workerData, '>' + msg.task.identify + ' ' + threadId + '\\n');
  queue = queue.then(async () => {
    const name = msg.task.identify;
    fs.appendFileSync(workerData, name + ' ' + threadId + '\\n');
    if (name === 'hang') return new Promise(() => {});
    if (name === 'crash') process.exit(3);
    await new Promise((r) => setTimeout(r, 5));
    fs.appendFileSync(workerData, '<' + name + ' ' + threadId + '\\n');
    parentPort.postMessage({ id: msg.id, result: 'done ' + name });
  });
});
`;

describe('WorkerPool', () => {
  let dir: string;
  let log: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    log = path.join(dir, 'started.log');
    fs.writeFileSync(path.join(dir, 'worker.js'), WORKER);
    useWorkerScript(path.join(dir, 'worker.js'), log);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    fs.writeFileSync(log, '');
  });

  const tasks = (...names: string[]): Task[] => names.map((identify) => ({ identify }));
  const fallback = (task: Task, reason: string, detail: string) => `${reason} ${'identify' in task ? task.identify : ''} ${detail}`;
  const events = () => fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ')[0]);
  // the tasks in the order their workers started them
  const started = () => events().filter((e) => !/^[<>]/.test(e));

  it('returns results in the order of the tasks, on one worker or several', async () => {
    for (const lanes of [1, 2, 3]) {
      const pool = new WorkerPool(10_000);
      const names = Array.from({ length: 9 }, (_, i) => `f${i}`);
      try {
        fs.writeFileSync(log, '');
        expect(await pool.run(tasks(...names), lanes, fallback)).toEqual(names.map((n) => `done ${n}`));
        // a worker has its next task before it finishes the current one
        if (lanes === 1) expect(events().indexOf('>f1')).toBeLessThan(events().indexOf('<f0'));
      } finally {
        await pool.close();
      }
    }
  });

  it('times a task from its start: the task queued behind one that hangs is done by the next worker', async () => {
    const pool = new WorkerPool(300);
    const done: number[] = [];
    try {
      const results = await pool.run(tasks('a', 'hang', 'b', 'c'), 1, fallback, (_r, i) => done.push(i));
      expect(results).toEqual(['done a', 'timeout hang 0 s', 'done b', 'done c']);
      expect(done.sort()).toEqual([0, 1, 2, 3]);
      // b was sent to the first worker with the hanging task, and started again on its successor
      expect(started()).toEqual(['a', 'hang', 'b', 'c']);
    } finally {
      await pool.close();
    }
  });

  it('reports a worker that dies as failed and goes on with the tasks it held', async () => {
    const pool = new WorkerPool(10_000);
    try {
      const results = await pool.run(tasks('a', 'crash', 'b', 'crash', 'c'), 2, fallback);
      expect(results).toEqual(['done a', 'failed crash exit 3', 'done b', 'failed crash exit 3', 'done c']);
    } finally {
      await pool.close();
    }
  });

  it('keeps its workers between runs and starts none for an empty list', async () => {
    const pool = new WorkerPool(10_000);
    try {
      expect(await pool.run([], 2, fallback)).toEqual([]);
      expect(started()).toEqual(['']);
      await pool.run(tasks('x'), 1, fallback);
      await pool.run(tasks('y'), 1, fallback);
      const threads = new Set(fs.readFileSync(log, 'utf8').trim().split('\n').filter((l) => l).map((l) => l.split(' ')[1]));
      expect(threads.size).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
