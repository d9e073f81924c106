import { draftNarrative } from '../src/core/narrative/draft';
import { renderText } from '../src/core/narrative/doc';
import { parseWorkbook } from '../src/core/model/parse';
import { readWorkbookFile } from '../src/xlsx/file';
(async () => {
  const m = parseWorkbook(await readWorkbookFile(process.argv[2]));
  const prior = process.argv[3] ? parseWorkbook(await readWorkbookFile(process.argv[3])) : null;
  process.stdout.write(renderText(draftNarrative({ model: m, prior })));
})();
