// Prints the model of a workbook as the reader sees it: tables, kinds, units, rows and amounts.
// Usage: npm run inspect -- <workbook.xlsx>
import { toPlain } from '../src/core/money';
import { parseWorkbook } from '../src/core/model/parse';
import { readWorkbookFile } from '../src/xlsx/file';

async function main() {
  const file = process.argv[2];
  const model = parseWorkbook(await readWorkbookFile(file));
  console.log(`year=${model.year} unit=${model.unitName}`);
  for (const t of model.tables) {
    console.log(`\n## ${t.kind} [${t.detectedBy}] ${t.sheet}!${t.range} unit=${t.unit} year=${t.year} name=${t.unitName} scheme=${t.codeScheme} empty=${t.empty} note=${t.note?.text ?? ''}`);
    console.log(`   title: ${t.title}`);
    for (const b of t.blocks) {
      console.log(`   [${b.side}] columns: ${b.columns.map((c) => `${c.letter}=${c.path.join('/')}`).join(' | ')}`);
      for (const r of b.rows) {
        console.log(`     ${r.cell} ${r.role}${r.ofWhich ? '(其中)' : ''} code=${r.code ?? '-'} L${r.level ?? '-'} i${r.indent} "${r.label}" ${r.amounts.map((a) => (a ? (a.value ? `${toPlain(a.value)}(${a.decimals})` : a.error ?? a.text ?? '·') : '∅')).join(' ')}`);
      }
    }
  }
  if (model.unrecognized.length) console.log('\nunrecognized:', model.unrecognized);
  if (model.issues.length) console.log('\nissues:', model.issues);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
