import { defaultJobs } from '../../src/cli/batch';

describe('the batch mode’s worker count without --jobs', () => {
  it.each([
    // files, cores, load average, workers
    [5, 2, 0, 1], // a small batch does not pay for a second worker's start
    [60, 2, 0, 2], // an idle machine: one per core
    [60, 2, 0.9, 2],
    [60, 2, 1.6, 1], // the other core is busy
    [600, 2, 20, 1], // a saturated machine gives no more CPU for more threads
    [600, 8, 3, 6],
    [600, 1, 0, 1],
  ])('%i files, %i cores, load %d → %i', (files, cores, load, expected) => {
    expect(defaultJobs(files, cores, load)).toBe(expected);
  });
});
