// The text auditor on generated explanatory texts (scripts/samples/narrative-text.ts) of 100 KB
// and 1 MB: paragraphs on their own lines, the same with every line break lost, and one endless
// sentence (a table pasted without a full stop, the hardest case). Prints wall and CPU time and
// the 1 MB ÷ 100 KB ratio of each (10 when auditing is linear in the text's length).
//
//   npm run bench (runs it among the others)   BENCH_PART=narrative npm run bench (this only)
import { performance } from 'perf_hooks';
import { auditNarrative } from '../src/core/narrative/audit';
import { narrativeText } from './samples/narrative-text';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeAudit(text: string, runs: number): { wall: number; cpu: number; claims: number; findings: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let claims = 0;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = auditNarrative({ text });
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    claims = r.claims;
    findings = r.findings.length;
  }
  return { wall: median(wall), cpu: median(cpu), claims, findings };
}

const SENTENCE = '本单位2025年支出合计500.00万元，其中：基本支出320.00万元，占64.00%；项目支出180.00万元，占36.00%；';

function sentenceText(bytes: number): string {
  return SENTENCE.repeat(Math.ceil(bytes / Buffer.byteLength(SENTENCE, 'utf8')));
}

export function benchNarrative(runs: number): void {
  console.log(`\nAuditing a generated explanatory text (no workbook), median of ${runs} runs: wall / CPU`);
  console.log('layout            100 KB              1 MB                1 MB ÷ 100 KB (wall / CPU)   claims (1 MB)');
  timeAudit(narrativeText(50_000, true), 1); // warm the JIT
  const layouts: [string, (bytes: number) => string][] = [
    ['lines', (b) => narrativeText(b, true)],
    ['one line', (b) => narrativeText(b, false)],
    ['one sentence', sentenceText],
  ];
  for (const [name, make] of layouts) {
    const small = timeAudit(make(100_000), runs);
    const large = timeAudit(make(1_000_000), runs);
    console.log(
      [
        name.padEnd(13),
        `${small.wall.toFixed(0)} / ${small.cpu.toFixed(0)} ms`.padStart(17),
        `${large.wall.toFixed(0)} / ${large.cpu.toFixed(0)} ms`.padStart(19),
        `${(large.wall / small.wall).toFixed(2)} / ${(large.cpu / small.cpu).toFixed(2)}`.padStart(22),
        String(large.claims).padStart(20),
      ].join(' '),
    );
  }
}

if (/bench-narrative\.js$/.test(process.argv[1] ?? '')) benchNarrative(Number(process.env.BENCH_RUNS ?? 3));
