// npm run bench: what users feel, as ratios measured within one run (the machine's load changes
// from run to run; a ratio of two medians from interleaved runs does not):
//   1. `budget-check check <folder>` over 60 copies of the department sample workbook (layout (a)), against a
//      bare single-threaded exceljs read of the same files (one process each, start included);
//   2. the same batch with --jobs 1 against --jobs 2;
//   3. the pane's initial JavaScript (gzip) against React + the Fluent UI exports it imports,
//      both built by the same webpack in production mode (scripts/bundle-size.js);
//   4. `budget-check check one.xlsx` against `node -e ""`.
// BENCH_RUNS (default 5) sets the repetitions; BENCH_600=1 adds the batch of 600 files (at most
// 3 rounds, or BENCH_600_RUNS: a round takes minutes on a loaded machine);
// BENCH_SKIP_PANE=1 leaves out the pane's build; BENCH_PART=cli keeps only the figures 1, 2 and 4; BENCH_BEFORE=<older bin/budget-check.js> adds
// that build's figures, measured in the same rounds;
// `npm run bench -- --detail` adds the per-stage tables (reading, parsing, rules).
// Then the same workbooks read as .xls against .xlsx (bench-xls.ts) and the 舍位平衡 of the
// county workbook against reading it (bench-round.ts), and the text auditor on 100 KB and 1 MB
// texts (bench-narrative.ts; BENCH_PART=narrative runs only that).
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { SAMPLE_A } from './samples/data';
import { writeHenan } from './samples/henan';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'budget-check.js');
// BENCH_BEFORE: an older build's bin/budget-check.js, measured in the same interleaved rounds.
const BEFORE = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : null;
const BARE = path.join(ROOT, 'scripts', 'bench-bare-read.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * CPU time (user + system, ms) of the children this process has waited for, all their threads
 * included, from /proc (Linux; NaN elsewhere). Less sensitive than wall time to a loaded machine.
 */
function childrenCpu(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime in 1/100 s
  } catch {
    return NaN;
  }
}

/** Wall and CPU time of a child Node process, start included (exit codes 0 and 1 are both a result). */
function timed(args: string[]): { wall: number; cpu: number } {
  const cpu = childrenCpu();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: childrenCpu() - cpu };
}

/** The 1-minute load averages seen after each command of a section (the machine is shared). */
let loads: number[] = [];
const loadRange = () => `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;

/** Runs every command once per round, in turn; each one's median wall time, and median CPU time as `<name>Cpu`. */
function interleaved(commands: Record<string, string[]>, runs: number): Record<string, number> {
  const times: Record<string, { wall: number; cpu: number }[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  loads = [os.loadavg()[0]];
  for (let i = 0; i < runs; i++) {
    for (const [k, args] of Object.entries(commands)) {
      times[k].push(timed(args));
      loads.push(os.loadavg()[0]);
    }
  }
  return Object.fromEntries(Object.entries(times).flatMap(([k, v]) => [[k, median(v.map((x) => x.wall))], [`${k}Cpu`, median(v.map((x) => x.cpu))]]));
}

async function copies(n: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `budget-bench-${n}-`));
  const bytes = Buffer.from(await writeHenan(SAMPLE_A).xlsx.writeBuffer());
  for (let i = 1; i <= n; i++) fs.writeFileSync(path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`), bytes);
  return dir;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

async function batch(n: number, runs: number): Promise<void> {
  const dir = await copies(n);
  try {
    const m = interleaved(
      {
        bare: [BARE, dir],
        ...(n <= 60 ? { lean: [BARE, '--lean', dir] } : {}),
        jobs1: [CLI, 'check', '--jobs', '1', dir],
        jobs2: [CLI, 'check', '--jobs', '2', dir],
        auto: [CLI, 'check', dir],
        ...(BEFORE ? { before1: [BEFORE, 'check', '--jobs', '1', dir], before2: [BEFORE, 'check', '--jobs', '2', dir] } : {}),
      },
      runs,
    );
    console.log(`\nBatch: ${n} copies of the department sample workbook (layout (a)), ${os.cpus().length} cores, median of ${runs}, ${loadRange()}`);
    line('bare exceljs read, 1 thread (the floor)', s(m.bare));
    if (m.lean) line('bare read, exceljs workbook class only', s(m.lean));
    line('budget-check check <folder> --jobs 1', s(m.jobs1));
    line('budget-check check <folder> --jobs 2', s(m.jobs2));
    line('batch ÷ bare read (--jobs 1)', (m.jobs1 / m.bare).toFixed(2));
    line('batch ÷ bare read (--jobs 2)', (m.jobs2 / m.bare).toFixed(2));
    line('--jobs 2 ÷ --jobs 1', (m.jobs2 / m.jobs1).toFixed(2));
    line('without --jobs (the default count)', `${s(m.auto)}, ÷ bare read ${(m.auto / m.bare).toFixed(2)}`);
    line('CPU time: bare read / --jobs 1 / --jobs 2', `${s(m.bareCpu)} / ${s(m.jobs1Cpu)} / ${s(m.jobs2Cpu)}`);
    line('CPU time: batch (--jobs 1) ÷ bare read', (m.jobs1Cpu / m.bareCpu).toFixed(2));
    line('CPU time: --jobs 2 ÷ --jobs 1', (m.jobs2Cpu / m.jobs1Cpu).toFixed(2));
    if (BEFORE) {
      line('before: --jobs 1', s(m.before1));
      line('before: --jobs 2', s(m.before2));
      line('before: batch ÷ bare read (--jobs 1)', (m.before1 / m.bare).toFixed(2));
      line('before: batch ÷ bare read (--jobs 2)', (m.before2 / m.bare).toFixed(2));
      line('before: --jobs 2 ÷ --jobs 1', (m.before2 / m.before1).toFixed(2));
      line('before: CPU time --jobs 1 / --jobs 2', `${s(m.before1Cpu)} / ${s(m.before2Cpu)}`);
      line('before: CPU time: batch (--jobs 1) ÷ bare read', (m.before1Cpu / m.bareCpu).toFixed(2));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function single(runs: number): Promise<void> {
  const dir = await copies(1);
  try {
    const file = path.join(dir, fs.readdirSync(dir)[0]);
    const m = interleaved({ node: ['-e', ''], one: [CLI, 'check', file], ...(BEFORE ? { before: [BEFORE, 'check', file] } : {}) }, runs);
    console.log(`\nSingle file: budget-check check one.xlsx, median of ${runs}, ${loadRange()}`);
    line('node -e ""', s(m.node));
    line('budget-check check one.xlsx', s(m.one));
    line('single file ÷ node -e ""', (m.one / m.node).toFixed(2));
    line('single file − node -e ""', s(m.one - m.node));
    line('CPU time: node -e "" / single file', `${s(m.nodeCpu)} / ${s(m.oneCpu)}`);
    if (BEFORE) {
      line('before: single file ÷ node -e "" (CPU)', `${(m.before / m.node).toFixed(2)} (${s(m.before)}; CPU ${s(m.beforeCpu)})`);
      line('single file ÷ before (wall / CPU)', `${(m.one / m.before).toFixed(2)} / ${(m.oneCpu / m.beforeCpu).toFixed(2)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function pane(): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bench-pane-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], { cwd: ROOT, env: { ...process.env, ADDIN_OUT_DIR: out }, stdio: 'pipe' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { measure } = require(path.join(ROOT, 'scripts', 'bundle-size.js')) as { measure: (dist: string) => Promise<{ initial: { raw: number; gzip: number }; floor: { gzip: number; names: string[] }; ratio: number }> };
    const r = await measure(out);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`\nPane: initial JavaScript of the production build`);
    line('initial JavaScript, gzip (raw)', `${kb(r.initial.gzip)} (${kb(r.initial.raw)})`);
    line(`floor: React + ${r.floor.names.length} Fluent exports, gzip`, kb(r.floor.gzip));
    line('initial ÷ floor', r.ratio.toFixed(2));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  // run-ts.js has just compiled lib/ with tsc; the command line runs from the bundle made of it.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-cli.js')], { stdio: 'inherit' });
  await batch(60, runs);
  if (process.env.BENCH_600) await batch(600, Number(process.env.BENCH_600_RUNS ?? Math.max(1, Math.min(runs, 3))));
  await single(runs);
  // BENCH_PART=cli: only the command line's figures above.
  if (process.env.BENCH_PART !== 'cli') {
    if (!process.env.BENCH_SKIP_PANE) await pane();
    await (await import('./bench-xls')).benchXls();
    await (await import('./bench-round')).benchRound();
    (await import('./bench-narrative')).benchNarrative(runs);
    if (process.argv.includes('--detail')) {
      const { detail } = await import('./bench-detail');
      await detail(runs);
      const { benchBatch } = await import('./bench-batch');
      await benchBatch();
    }
  }
  console.log(`\nload average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

// BENCH_PART=xls runs only the .xls comparison, BENCH_PART=narrative only the text auditor.
const run =
  process.env.BENCH_PART === 'xls'
    ? import('./bench-xls').then((m) => m.benchXls())
    : process.env.BENCH_PART === 'narrative'
      ? import('./bench-narrative').then((m) => m.benchNarrative(Number(process.env.BENCH_RUNS ?? 3)))
      : main();
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
