// A worker thread of the batch mode: does the tasks it is sent (check a file, or read a workbook's
// unit and year) one at a time, in the order they came. The pool sends the next task before the
// current one is done, so that it waits here rather than the worker waiting for it; a task that
// awaits (a text file, last year's workbook) must not let the next one start meanwhile.
import { parentPort } from 'worker_threads';
import { checkFile, failure, identify } from './check-file';
import type { Task } from './pool';

async function perform(msg: { id: number; task: Task }): Promise<void> {
  const { task } = msg;
  if ('identify' in task) {
    parentPort!.postMessage({ id: msg.id, result: await identify(task.identify) });
    return;
  }
  try {
    parentPort!.postMessage({ id: msg.id, result: await checkFile(task.check) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, result: failure(task.check.display ?? task.check.file, 'failed', task.check.lang, e instanceof Error ? e.message : String(e)) });
  }
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (msg: { id: number; task: Task }) => {
  queue = queue.then(() => perform(msg));
});
