// npm run bench: parsing speed against the cost of reading the file, in one run.
//
// Generates county-scale workbooks (units' rows in every table of layout (a)) at three sizes,
// then times, for each: opening the .xlsx with exceljs and with SheetJS (@e965/xlsx) — the
// floor —, building the grid, and parsing the grid into the model. Prints ms per 1,000 table
// rows and each step's ratio to the bare file read, so growth is visible as linear or not.
// Then the same workbooks saved as .xls (BIFF8), read into the grid against the .xlsx (goal
// ≤ 1.5×), and the batch mode (bench-batch.ts).
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
import { parseWorkbook } from '../src/core/model/parse';
import { readWorkbookBytes } from '../src/xlsx/read';
import { countyUnit } from './samples/county';
import { SAMPLE_A, SAMPLE_B } from './samples/data';
import { writeHenan } from './samples/henan';
import { writeShanghai } from './samples/shanghai';
import { benchBatch } from './bench-batch';
import { benchRound } from './bench-round';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  console.log(`node ${process.version}, median of ${runs} runs\n`);
  console.log('units  rows    size KB  exceljs load  SheetJS read  grid (exceljs)  parse   parse ms/1k rows  parse÷load  (grid+parse)÷load');
  // Warm the JIT once so the first size is not penalised.
  parseWorkbook(await readWorkbookBytes(new Uint8Array((await writeHenan(countyUnit(20)).xlsx.writeBuffer()) as ArrayBuffer)));
  for (const units of [50, 100, 200]) {
    const wb = writeHenan(countyUnit(units));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = await readWorkbookBytes(bytes);
    const model = parseWorkbook(grid);
    const rows = model.tables.reduce((n, t) => n + t.blocks.reduce((m, b) => m + b.rows.length, 0), 0);
    const load = await time(async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    }, runs);
    const sheetjs = await time(() => XLSX.read(bytes, { type: 'array', cellNF: true, cellText: true }), runs);
    const toGrid = await time(() => readWorkbookBytes(bytes), runs);
    const parse = await time(() => parseWorkbook(grid), runs);
    console.log(
      [
        String(units).padStart(5),
        String(rows).padStart(6),
        String(Math.round(bytes.length / 1024)).padStart(9),
        `${load.toFixed(1)} ms`.padStart(13),
        `${sheetjs.toFixed(1)} ms`.padStart(13),
        `${toGrid.toFixed(1)} ms`.padStart(15),
        `${parse.toFixed(1)} ms`.padStart(8),
        ((parse / rows) * 1000).toFixed(2).padStart(17),
        (parse / load).toFixed(3).padStart(11),
        (toGrid / load + parse / load).toFixed(3).padStart(18),
      ].join(' '),
    );
  }
}

/** The same workbook saved as BIFF8 .xls, as Excel's "97-2003" save gives it. */
function asXls(xlsx: Uint8Array): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'array', cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'array' }) as ArrayBuffer);
}

/** .xls (SheetJS) against .xlsx (exceljs) of the same workbook, each read into the grid. Goal ≤ 1.5×. */
async function benchXls(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  console.log('\nThe same workbook read as .xls and as .xlsx (bytes → grid), median of', runs, 'runs');
  console.log('workbook              xlsx KB  xls KB   .xlsx read   .xls read  xls÷xlsx');
  const cases: [string, ExcelJS.Workbook][] = [
    ['sample (a) 2019', writeHenan(SAMPLE_A)],
    ['sample (b) 2025', writeShanghai(SAMPLE_B)],
    ['county, 100 units', writeHenan(countyUnit(100))],
    ['county, 200 units', writeHenan(countyUnit(200))],
  ];
  for (const [name, wb] of cases) {
    const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const xls = asXls(xlsx);
    await readWorkbookBytes(xls); // loads the .xls reader once
    // Alternated, so that a busy machine slows both alike.
    const ta: number[] = [];
    const tb: number[] = [];
    for (let i = 0; i < runs; i++) {
      ta.push(await time(() => readWorkbookBytes(xlsx), 1));
      tb.push(await time(() => readWorkbookBytes(xls), 1));
    }
    const a = median(ta);
    const b = median(tb);
    console.log(
      [
        name.padEnd(20),
        String(Math.round(xlsx.length / 1024)).padStart(8),
        String(Math.round(xls.length / 1024)).padStart(7),
        `${a.toFixed(1)} ms`.padStart(12),
        `${b.toFixed(1)} ms`.padStart(11),
        (b / a).toFixed(2).padStart(9),
      ].join(' '),
    );
  }
}

// BENCH_PART=xls runs only the .xls comparison.
const run = process.env.BENCH_PART === 'xls' ? benchXls() : main().then(() => benchXls()).then(() => benchBatch()).then(() => benchRound());
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
