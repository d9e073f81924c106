// The one-pass .xlsx reader against exceljs on the same bytes, in one run (part of
// `npm run bench -- --detail`): sample (a) and the 200-unit county workbook, each read in turn by
// the one-pass reader into the grid, by exceljs into the grid (the former reader) and by exceljs
// alone (opening the workbook: the bare read the batch is measured against). Ratios of medians.
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
import { inflateRaw } from '../src/xlsx/inflate';
import { readWithExceljs } from '../src/xlsx/read-exceljs';
import { readXlsxBytes } from '../src/xlsx/read-xlsx';
import { countyUnit } from './samples/county';
import { SAMPLE_A } from './samples/data';
import { writeHenan } from './samples/henan';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchReader(runs: number): Promise<void> {
  console.log(`\nThe .xlsx reader: one pass against exceljs (bytes → grid), the three read in turn, median of ${runs} runs, wall and CPU time`);
  console.log('workbook                  KB   one pass   exceljs grid   exceljs load   one pass ÷ exceljs grid   one pass ÷ exceljs load');
  for (const [name, wb] of [
    ['sample (a) 2019', writeHenan(SAMPLE_A)],
    ['county, 200 units', writeHenan(countyUnit(200))],
  ] as const) {
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const t: [number[], number[], number[]] = [[], [], []];
    const cpu: [number[], number[], number[]] = [[], [], []];
    const steps = [
      () => readXlsxBytes(bytes, inflateRaw!),
      () => readWithExceljs(bytes),
      () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer),
    ];
    for (const s of steps) await s(); // warm each path once
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        await steps[k]();
        const c1 = process.cpuUsage(c0);
        t[k].push(performance.now() - t0);
        cpu[k].push((c1.user + c1.system) / 1000);
      }
    }
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    for (const [what, xs] of [['wall', t], ['CPU', cpu]] as const) {
      const [a, b, c] = xs.map(median);
      console.log(
        [`${name} ${what}`.padEnd(22), String(Math.round(bytes.length / 1024)).padStart(5), ms(a).padStart(10), ms(b).padStart(14), ms(c).padStart(14), (a / b).toFixed(3).padStart(25), (a / c).toFixed(3).padStart(25)].join(' '),
      );
    }
  }
}
