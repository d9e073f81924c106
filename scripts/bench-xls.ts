// The same workbooks read as .xls (SheetJS) and as .xlsx (exceljs), part of npm run bench
// (alone: BENCH_PART=xls npm run bench). Goal: the .xls read at most 1.5 × the .xlsx read.
import * as XLSX from '@e965/xlsx';
import type ExcelJS from 'exceljs';
import { readWorkbookBytes } from '../src/xlsx/read';
import { median, time } from './bench-detail';
import { countyUnit } from './samples/county';
import { SAMPLE_A, SAMPLE_B } from './samples/data';
import { writeHenan } from './samples/henan';
import { writeShanghai } from './samples/shanghai';

/** The same workbook saved as BIFF8 .xls, as Excel's "97-2003" save gives it. */
function asXls(xlsx: Uint8Array): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'array', cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'array' }) as ArrayBuffer);
}

/** .xls (SheetJS) against .xlsx (exceljs) of the same workbook, each read into the grid. Goal ≤ 1.5×. */
export async function benchXls(): Promise<void> {
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
