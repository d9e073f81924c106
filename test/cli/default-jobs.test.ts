import { defaultJobs } from '../../src/cli/batch';

describe('the batch mode’s worker count without --jobs', () => {
  it.each([
    // files, cores, load average, workers
    [5, 2, 0, 1], // a small batch does not pay for a second worker's start
    [60, 2, 0, 2], // an idle machine: one per core
    [60, 2, 0.9, 2],
    [60, 2, 2.6, 2], // the load of the reviewer's own previous run: a second worker still gains
    [60, 2, 3.5, 1], // oversubscribed
    [600, 2, 20, 1], // a saturated machine gives no more CPU for more threads
    [600, 8, 3, 8],
    [600, 8, 12, 4],
    [600, 1, 0, 1],
  ])('%i files, %i cores, load %d → %i', (files, cores, load, expected) => {
    expect(defaultJobs(files, cores, load)).toBe(expected);
  });
});
