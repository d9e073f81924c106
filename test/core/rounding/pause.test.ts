// The pane's pauses: roundWorkbook awaits the injected pause between rules, every few hundred
// figures and between solver groups, reports a progress that only grows and ends at 1, and
// returns the same result as without pauses.
import { parseWorkbook } from '../../../src/core/model/parse';
import { PAUSE_EVERY, roundWorkbook } from '../../../src/core/rounding';
import { readWorkbookBytes } from '../../../src/xlsx/read';
import { countyInYuan } from '../../../scripts/bench-round';
import { highs } from '../../helpers/rounding';
import { collectIdentities, collectIdentitiesStepwise, RULES } from '../../../src/core/checks';

describe('roundWorkbook with a pause', () => {
  it('a county workbook of 4 units: the same result, many pauses, progress growing to 1', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await countyInYuan(4)));
    const solve = await highs();
    const plain = await roundWorkbook(model, { to: '万元' }, solve);

    let pauses = 0;
    const shares: number[] = [];
    // Each pause a macrotask, as in the pane.
    const pause = () => {
      pauses++;
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const paused = await roundWorkbook(model, { to: '万元', pause, progress: (f) => shares.push(f) }, solve);

    expect(paused).toEqual(plain);
    expect(plain.figures.length).toBeGreaterThan(PAUSE_EVERY); // the figure loops pause too
    expect(plain.stats.solved).toBeGreaterThan(0);
    // At least one pause per rule and one per solved group.
    expect(pauses).toBeGreaterThanOrEqual(RULES.length + plain.stats.solved);
    expect(shares.length).toBeGreaterThanOrEqual(pauses);
    shares.forEach((s, i) => {
      expect(s).toBeGreaterThanOrEqual(i === 0 ? 0 : shares[i - 1]);
      expect(s).toBeLessThanOrEqual(1);
    });
    expect(shares[shares.length - 1]).toBe(1);
  }, 60_000);

  it('progress ends at 1 on a workbook with nothing to balance', async () => {
    const shares: number[] = [];
    await roundWorkbook(parseWorkbook({ sheets: [] }), { to: '万元', progress: (f) => shares.push(f) }, await highs());
    expect(shares[shares.length - 1]).toBe(1);
  });
});

describe('collectIdentitiesStepwise', () => {
  it('collects what collectIdentities collects, calling back after each rule', async () => {
    const model = parseWorkbook(await readWorkbookBytes(await countyInYuan(1)));
    const calls: [number, number][] = [];
    const stepwise = await collectIdentitiesStepwise(model, RULES, (done, total) => {
      calls.push([done, total]);
    });
    expect(stepwise).toEqual(collectIdentities(model));
    expect(calls).toEqual(RULES.map((_, i) => [i + 1, RULES.length]));
  }, 60_000);
});
