// A worker thread of the batch mode: does the tasks it is sent (check a file, or read a workbook's
// unit and year), one at a time.
import { parentPort } from 'worker_threads';
import { checkFile, failure, identify } from './check-file';
import type { Task } from './pool';

parentPort?.on('message', async (msg: { id: number; task: Task }) => {
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
});
