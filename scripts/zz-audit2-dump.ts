import * as fs from 'fs';
import * as path from 'path';
import { auditNarrative } from '../src/core/narrative/audit';
const dir = '/work/corpus/texts';
const counts = new Map<string, number>();
for (const f of fs.readdirSync(dir).sort()) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n?/g, '\n');
  const r = auditNarrative({ text });
  for (const x of r.findings) {
    const key = `${x.rule} ${x.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const ctx = text.slice(Math.max(0, x.offset - 60), x.offset + x.quote.length + 60).replace(/\n/g, '⏎');
    console.log(`### ${f} @${x.offset} ${x.severity} ${x.rule} «${x.quote.replace(/\n/g,'⏎')}»\n    ${x.message}\n    CTX: ${ctx}`);
  }
}
console.log('\nCOUNTS');
for (const [k, v] of [...counts].sort()) console.log(k, v);
