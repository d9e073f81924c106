// A workbook whose classification codes are stored as numbers (single 科目编码 columns, split
// 类/款/项 and 类/款 columns, 款 and 项 without their leading zero) reads into the same model as
// its twin with text codes: same tables, rows, codes and amounts, and the same findings.
import { runChecks } from '../../src/core/checks';
import { exact } from '../../src/core/money';
import { parseWorkbook } from '../../src/core/model/parse';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { buildSample, type SampleName } from '../helpers/samples';

describe.each<[SampleName, string]>([
  ['a-2019', 'single code columns and 类/款 of the economic table'],
  ['b-2025', '类/款/项 split over three columns'],
])('sample %s with numeric codes (%s)', (name) => {
  it('gives the model and the findings of its text-code twin', async () => {
    const textGrid = await readWorkbookBytes(await buildSample(name));
    const numGrid = await readWorkbookBytes(await buildSample(name, { numericCodes: true }));
    // The twin really holds numbers where the sample holds code text, some without their zero.
    const numbers = numGrid.sheets.flatMap((s) => s.cells.flat()).filter((c) => typeof c?.value === 'number' && !c.format);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.some((c) => (c!.value as number) < 10)).toBe(true);

    const text = parseWorkbook(textGrid);
    const num = parseWorkbook(numGrid);
    expect(num.tables).toEqual(text.tables);
    expect(num.issues).toEqual(text.issues);
    const options = { options: { tolerance: exact('0.01') } };
    expect(runChecks(num, options)).toEqual(runChecks(text, options));
  });
});
