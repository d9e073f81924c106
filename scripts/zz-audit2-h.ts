import * as fs from 'fs';
import { formText, itemsPresent, isWholePublication } from '../src/core/narrative/rules/form-text';
for (const id of process.argv.slice(2)) {
  const t = fs.readFileSync(`/work/corpus/texts/${id}.txt`, 'utf8').replace(/\r\n?/g, '\n');
  const f = formText(t);
  console.log('==', id, 'whole', isWholePublication(f), [...itemsPresent(f)]);
  for (const h of f.headings.slice(0, 25)) console.log('   ', h.level, h.text.slice(0, 60));
}
