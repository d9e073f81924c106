// The one-pass .xlsx reader against the exceljs reader: the same grid for every sample, every
// injected copy, the hostile corpus, generated budgets and random workbooks; and hand-made
// packages for what exceljs never writes.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/core/grid';
import { inflateRaw } from '../../src/xlsx/inflate';
import { readWithExceljs } from '../../src/xlsx/read-exceljs';
import { isDateFormat, readXlsxBytes } from '../../src/xlsx/read-xlsx';
import { ZipError } from '../../src/xlsx/zip';
import { buildBadInputs } from '../../scripts/bad-inputs';
import { countyUnit } from '../../scripts/samples/county';
import { writeHenan } from '../../scripts/samples/henan';
import { budgetArb, budgetGrid } from '../helpers/budget-gen';
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

describe('one-pass reader = exceljs reader, generated workbooks', () => {
  it('the hostile corpus (overlapping merged areas: read, where exceljs refuses)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-corpus-'));
    try {
      const files = (await buildBadInputs(dir)).filter((f) => f.endsWith('.xlsx'));
      let compared = 0;
      for (const f of files) {
        const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
        if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) continue; // not a zip package
        const a = await fast(bytes).then(plain, (e: Error) => ({ failed: e instanceof ZipError }));
        const b = await readWithExceljs(bytes).then(plain, () => ({ failed: true }));
        if (f === 'overlapping-merges.xlsx') {
          expect(b).toEqual({ failed: true });
          expect((a as WorkbookGrid).sheets[0].merges).toEqual([
            { top: 0, left: 0, bottom: 0, right: 3 },
            { top: 2, left: 0, bottom: 3, right: 2 },
          ]);
        } else expect({ f, grid: a }).toEqual({ f, grid: b });
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(12);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('a county workbook and random budgets written by exceljs', async () => {
    await expectSame(new Uint8Array((await writeHenan(countyUnit(8)).xlsx.writeBuffer()) as ArrayBuffer), 'county 8');
    const budgets = fc.sample(fc.tuple(budgetArb(2025), fc.boolean()), { numRuns: 8, seed: 7 });
    for (const [b, unit] of budgets) await expectSame(await gridToXlsx(budgetGrid(b, '某单位', unit ? 'unit' : 'department')), `budget ${b.fund}`);
  }, 120_000);

  it('random workbooks: strings, numbers, formulas with results, dates, rich text, formats, merges, hidden sheets', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (spec) => {
        const bytes = await specToXlsx(spec);
        const [a, b] = await Promise.all([fast(bytes), readWithExceljs(bytes)]);
        expect(plain(a)).toEqual(plain(b));
      }),
      { numRuns: Number(process.env.READER_RUNS ?? 60), ...(process.env.READER_SEED ? { seed: Number(process.env.READER_SEED) } : {}) },
    );
  }, 120_000);
});

/** A grid written back as a workbook: values, formats and merged areas. */
async function gridToXlsx(grid: WorkbookGrid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(s.origin.row + r + 1, s.origin.col + c + 1);
        target.value = cell.value;
        if (cell.format) target.numFmt = cell.format;
      }),
    );
    for (const m of s.merges) ws.mergeCells(s.origin.row + m.top + 1, s.origin.col + m.left + 1, s.origin.row + m.bottom + 1, s.origin.col + m.right + 1);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const TEXT_CHARS = ['a', 'Z', '0', ' ', '  ', '\t', '\n', '\r\n', '&', '<', '>', '"', "'", '&amp;', '&#x4E00;', '_x0041_', '_x005F_', '部', '门', '预算', '（', '）', '：', '万元', '　', '𠀀', 'é', ';'];
const textArb = fc.array(fc.constantFrom(...TEXT_CHARS), { minLength: 0, maxLength: 8 }).map((a) => a.join(''));
/** Formula results as strings: exceljs decodes a second time what looks like an entity, so none here. */
const resultTextArb = textArb.map((s) => s.replace(/&/g, '+'));
const numberArb = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(0, 1e21, 123456789012.34, 0.1 + 0.2, -0.5),
);
const FORMATS = [undefined, '#,##0.00', '0.00%', '#,##0.00"万元"', '0_);[Red](0)', 'yyyy"年"m"月"d"日"', 'yyyy-mm-dd', '@', '00', 'General'];
const FORMULAS = ['A1+1', 'SUM(A1:B2)', 'IF(A1>0,"是","否")', 'Sheet1!A1*2', '#REF!+1'];
const valueArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 4, arbitrary: numberArb },
  fc.boolean(),
  fc.constantFrom<ExcelJS.CellValue>({ error: '#N/A' } as ExcelJS.CellErrorValue, { error: '#DIV/0!' } as ExcelJS.CellErrorValue, null),
  fc.integer({ min: -1000, max: 60000 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000)),
  fc.array(fc.record({ text: textArb, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((r) => ({ text: r.text, font: { bold: r.bold } })) })),
  fc.record({ formula: fc.constantFrom(...FORMULAS), result: fc.oneof(numberArb, resultTextArb, fc.boolean(), fc.constant({ error: '#VALUE!' }), fc.constant(undefined)) }).map(
    (f) => f as unknown as ExcelJS.CellFormulaValue,
  ),
);
const cellArb = fc.record({ r: fc.integer({ min: 0, max: 25 }), c: fc.integer({ min: 0, max: 10 }), value: valueArb, format: fc.constantFrom(...FORMATS), indent: fc.constantFrom(0, 0, 1, 3) });
const mergeArb = fc.record({ r: fc.integer({ min: 0, max: 25 }), c: fc.integer({ min: 0, max: 10 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) });
const sheetArb = fc.record({
  state: fc.constantFrom<ExcelJS.WorksheetState>('visible', 'visible', 'hidden', 'veryHidden'),
  cells: fc.array(cellArb, { maxLength: 40 }),
  merges: fc.array(mergeArb, { maxLength: 4 }),
});
const nameArb = fc.array(fc.constantFrom('表', '一', 'A', 'b', ' ', '（', '）', '9', '-', '<', '>'), { minLength: 1, maxLength: 12 }).map((a) => a.join('').trim() || '表');
type SheetSpec = { state: ExcelJS.WorksheetState; cells: { r: number; c: number; value: ExcelJS.CellValue; format: string | undefined; indent: number }[]; merges: { r: number; c: number; h: number; w: number }[] };
const workbookArb = fc.uniqueArray(fc.tuple(nameArb, sheetArb), { minLength: 1, maxLength: 3, selector: ([n]) => n.toLowerCase() });

async function specToXlsx(spec: [string, SheetSpec][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, s] of spec) {
    const ws = wb.addWorksheet(name, { state: s.state });
    // One spec per cell (the last): a second spec at the same place would inherit the first one's
    // number format, a date format included, which the rule below keeps off non-date results.
    const last = new Map(s.cells.map((c) => [`${c.r},${c.c}`, c]));
    for (const c of last.values()) {
      const cell = ws.getCell(c.r + 1, c.c + 1);
      cell.value = c.value;
      // A serial past year 275,760 is no date: the one-pass reader keeps the number, the exceljs
      // reader has only an invalid Date left (documented difference).
      // exceljs also turns a formula's text or Boolean result in a date format into a date; the
      // one-pass reader keeps the result as it is.
      const result = c.value !== null && typeof c.value === 'object' && 'formula' in c.value ? (c.value as ExcelJS.CellFormulaValue).result : c.value;
      const noDate = (typeof result === 'number' && Math.abs(result) >= 1e8) || (result !== c.value && typeof result !== 'number' && result !== undefined);
      if (c.format && !(noDate && isDateFormat(c.format))) cell.numFmt = c.format;
      if (c.indent) cell.alignment = { indent: c.indent };
    }
    const taken: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const m of s.merges) {
      const area = { top: m.r, left: m.c, bottom: m.r + m.h, right: m.c + m.w };
      if (taken.some((t) => t.top <= area.bottom && area.top <= t.bottom && t.left <= area.right && area.left <= t.right)) continue;
      taken.push(area);
      ws.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
