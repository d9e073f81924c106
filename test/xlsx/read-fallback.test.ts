// The .xlsx reader falls back to exceljs where a browser cannot inflate, and where the one-pass
// reader meets something unexpected; the grid is the same either way.
import { buildSample } from '../helpers/samples';

describe('fallback to exceljs', () => {
  afterEach(() => {
    jest.resetModules();
    jest.dontMock('../../src/xlsx/inflate');
    jest.dontMock('../../src/xlsx/read-xlsx');
  });

  it('without an inflater (a browser without DecompressionStream)', async () => {
    jest.doMock('../../src/xlsx/inflate', () => ({ inflateRaw: null }));
    const calls = jest.fn();
    jest.doMock('../../src/xlsx/read-xlsx', () => ({ readXlsxBytes: calls }));
    const { readWorkbookBytes } = await import('../../src/xlsx/read');
    const { readWithExceljs } = await import('../../src/xlsx/read-exceljs');
    const bytes = await buildSample('a-2019');
    expect(await readWorkbookBytes(bytes)).toEqual(await readWithExceljs(bytes));
    expect(calls).not.toHaveBeenCalled();
  });

  it('when the one-pass reader fails unexpectedly', async () => {
    jest.doMock('../../src/xlsx/read-xlsx', () => ({
      readXlsxBytes: () => {
        throw new TypeError('unexpected');
      },
    }));
    const { readWorkbookBytes } = await import('../../src/xlsx/read');
    const { readWithExceljs } = await import('../../src/xlsx/read-exceljs');
    const bytes = await buildSample('b-2025');
    const grid = await readWorkbookBytes(bytes);
    expect(grid.sheets.length).toBeGreaterThan(5);
    expect(grid).toEqual(await readWithExceljs(bytes));
  });
});
