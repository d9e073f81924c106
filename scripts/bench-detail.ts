// npm run bench -- --detail: parsing speed against the cost of reading the file, in one run.
//
// Generates county-scale workbooks (units' rows in every table of layout (a)) at three sizes,
// then times, for each: opening the .xlsx with exceljs and with SheetJS (@e965/xlsx) — the
// floor —, building the grid, and parsing the grid into the model. Prints ms per 1,000 table
// rows and each step's ratio to the bare file read, so growth is visible as linear or not.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
import { runChecks } from '../src/core/checks';
import { exact } from '../src/core/money';
import { parseWorkbook } from '../src/core/model/parse';
import { buildReport } from '../src/core/report';
import { readWorkbookBytes } from '../src/xlsx/read';
import { countyUnit } from './samples/county';
import { SAMPLE_A } from './samples/data';
import { writeHenan } from './samples/henan';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function time(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/**
 * A batch worker's stages on one file, as the worker runs them once warm: bytes → grid, grid →
 * model, the rules, the report (serialised). CPU time per file, each stage's ratio to the read.
 */
export async function benchStages(files: number): Promise<void> {
  const bytes = new Uint8Array((await writeHenan(SAMPLE_A).xlsx.writeBuffer()) as ArrayBuffer);
  const tolerance = exact('0.01');
  const cpu = [0, 0, 0, 0];
  const now = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < files * 1.25; i++) {
    const t0 = now();
    const grid = await readWorkbookBytes(bytes);
    const t1 = now();
    const model = parseWorkbook(grid);
    const t2 = now();
    const findings = runChecks(model, { options: { tolerance }, lang: 'zh-CN' });
    const t3 = now();
    JSON.stringify(buildReport('a.xlsx', model, findings));
    const t4 = now();
    if (i < files * 0.25) continue; // warming up
    [t1 - t0, t2 - t1, t3 - t2, t4 - t3].forEach((d, k) => (cpu[k] += d));
  }
  const [read, parse, rules, report] = cpu.map((c) => c / files);
  console.log(`\nA warm worker's stages on sample (a), CPU per file over ${files} files (÷ the read)`);
  console.log(`  read (bytes → grid) ${read.toFixed(2)} ms   parse ${parse.toFixed(2)} ms (${(parse / read).toFixed(2)})   rules ${rules.toFixed(2)} ms (${(rules / read).toFixed(2)})   report ${report.toFixed(2)} ms (${(report / read).toFixed(2)})`);
}

export async function detail(runs: number): Promise<void> {
  await benchStages(400);
  await (await import('./bench-reader')).benchReader(Math.max(runs, 9));
  console.log(`\nReading and parsing county-scale workbooks, median of ${runs} runs\n`);
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
