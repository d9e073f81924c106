// Rounding benchmark (part of npm run bench): the 200-unit county workbook with its tables
// relabelled to 元 (the figures read as 元, so nearly every conversion to 万元 is inexact),
// converted to 万元 with every identity kept. Prints the time to read it (bytes → model), to
// round it (identities, programme, solver) and to write the new workbook, as ratios to reading.
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
import { parseWorkbook } from '../src/core/model/parse';
import { roundWorkbook } from '../src/core/rounding';
import { loadHighs } from '../src/solver/node';
import { highsSolver } from '../src/solver/highs';
import { readWorkbookBytes } from '../src/xlsx/read';
import { writeRounded } from '../src/xlsx/round';
import { countyUnit } from './samples/county';
import { writeHenan } from './samples/henan';

/** The county sample with every 单位：万元 line saying 元. */
export async function countyInYuan(units = 200): Promise<Uint8Array> {
  const wb: ExcelJS.Workbook = writeHenan(countyUnit(units));
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('单位：万元')) cell.value = cell.value.replace('单位：万元', '单位：元');
      }),
    ),
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function benchRound(units = 200): Promise<void> {
  const bytes = await countyInYuan(units);
  const solve = highsSolver(await loadHighs());
  let t = performance.now();
  const model = parseWorkbook(await readWorkbookBytes(bytes));
  const read = performance.now() - t;
  t = performance.now();
  const result = await roundWorkbook(model, { to: '万元' }, solve);
  const round = performance.now() - t;
  t = performance.now();
  await writeRounded(bytes, result);
  const write = performance.now() - t;
  const s = result.stats;
  console.log(`\nRounding to 万元 (${units}-unit county workbook in 元): ${result.figures.length} figures, ${s.choices} choices, ${s.constraints} constraints, ${s.components} groups (${s.solved} solved), ${result.adjusted.length} adjusted, optimal ${s.optimal}`);
  console.log(`read ${read.toFixed(0)} ms   round ${round.toFixed(0)} ms (÷read ${(round / read).toFixed(2)})   write ${write.toFixed(0)} ms (÷read ${(write / read).toFixed(2)})`);
}

if (process.argv[1]?.endsWith('bench-round.js')) benchRound(Number(process.argv[2] ?? 200)).catch((e) => {
  console.error(e);
  process.exit(1);
});
