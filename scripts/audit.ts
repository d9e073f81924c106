// Audits an explanatory text (optionally against a workbook and last year's) and prints the
// findings: npm run audit -- <text.txt> [workbook.xlsx] [prior.xlsx]
import * as fs from 'fs';
import { auditNarrative } from '../src/core/narrative/audit';
import { parseWorkbook } from '../src/core/model/parse';
import { readWorkbookFile } from '../src/xlsx/file';
(async () => {
  const [textFile, wb, prior] = process.argv.slice(2);
  const model = wb ? parseWorkbook(await readWorkbookFile(wb)) : null;
  const priorModel = prior ? parseWorkbook(await readWorkbookFile(prior)) : null;
  const r = auditNarrative({ text: fs.readFileSync(textFile, 'utf8'), model, prior: priorModel });
  console.log(`claims read: ${r.claims}, findings: ${r.findings.length}`);
  for (const f of r.findings) console.log(`${f.offset} ${f.severity} ${f.rule} «${f.quote}» expected=${f.expected} actual=${f.actual} — ${f.message}`);
})();
