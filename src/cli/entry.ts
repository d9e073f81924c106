// The bundled command line (lib/cli/budget-check.js, built by scripts/bundle-cli.js): one file that
// bin/budget-check.js runs from V8's code cache, in the main thread and in the batch mode's worker
// threads alike, so that neither resolves nor compiles dozens of modules on every start.
export { main } from './main';
export { useWorkerScript } from './pool';

/** Turns this thread into a batch worker (the worker module answers the pool's messages). */
export function serveWorker(): void {
  void import('./worker');
}
