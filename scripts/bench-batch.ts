// Batch benchmark (part of npm run bench): 200 department workbooks plus a county aggregate
// holding 200 units' rows in every table. Prints the time to only read the files (the floor),
// to read and check them, their ratio, files per second with 1 and N workers, and peak memory.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkFile, type FileJob } from '../src/cli/check-file';
import { runPool } from '../src/cli/pool';
import { readWorkbookFile } from '../src/xlsx/file';
import { countyUnit } from './samples/county';
import { SAMPLE_A, SAMPLE_B } from './samples/data';
import { writeHenan } from './samples/henan';
import { writeShanghai } from './samples/shanghai';

export async function benchBatch(departments = 200): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bench-'));
  try {
    for (let i = 0; i < departments; i++) {
      const wb = i % 2 ? writeHenan({ ...SAMPLE_A, name: `示例县第${i + 1}单位` }) : writeShanghai({ ...SAMPLE_B, name: `示例区第${i + 1}单位` });
      await wb.xlsx.writeFile(path.join(dir, `dept-${String(i + 1).padStart(3, '0')}.xlsx`));
    }
    await writeHenan(countyUnit(200)).xlsx.writeFile(path.join(dir, 'county-aggregate.xlsx'));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
    const jobs: FileJob[] = files.map((file) => ({ file, lang: 'zh-CN' }));

    // Warm up both paths once.
    await readWorkbookFile(files[0]);
    await checkFile(jobs[0]);

    let t = performance.now();
    for (const f of files) await readWorkbookFile(f);
    const readOnly = performance.now() - t;

    t = performance.now();
    for (const j of jobs) await checkFile(j);
    const readCheck = performance.now() - t;

    t = performance.now();
    await runPool(jobs, { jobs: 1, timeoutMs: 120_000 });
    const pool1 = performance.now() - t;

    const n = Math.max(1, os.cpus().length);
    t = performance.now();
    await runPool(jobs, { jobs: n, timeoutMs: 120_000 });
    const poolN = performance.now() - t;

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\nBatch: ${departments} department workbooks + 1 county aggregate (${files.length} files), ${os.cpus().length} cores`);
    console.log(`  read only (floor), 1 thread      ${s(readOnly)}`);
    console.log(`  read + check, 1 thread           ${s(readCheck)}`);
    console.log(`  ratio (read + check) / read      ${(readCheck / readOnly).toFixed(2)}`);
    console.log(`  files per second, 1 worker      ${(files.length / (pool1 / 1000)).toFixed(1)}`);
    console.log(`  files per second, ${n} workers     ${(files.length / (poolN / 1000)).toFixed(1)}`);
    console.log(`  peak memory (max RSS)            ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchBatch().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
