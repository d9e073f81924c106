// A worker thread of the batch mode: checks the files it is sent, one at a time.
import { parentPort } from 'worker_threads';
import { checkFile, failure, type FileJob } from './check-file';

parentPort?.on('message', async (msg: { id: number; job: FileJob }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: await checkFile(msg.job) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, result: failure(msg.job.display ?? msg.job.file, 'failed', msg.job.lang, e instanceof Error ? e.message : String(e)) });
  }
});
