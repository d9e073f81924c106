// Checks that the model holds every number of a workbook: each numeric cell of a recognised
// sheet must be an amount of some table (codes written as numbers excepted). Prints what the
// model missed. Usage: npm run coverage -- <workbook.xlsx>…
import { a1, type SheetGrid } from '../src/core/grid';
import { parseWorkbook } from '../src/core/model/parse';
import { readWorkbookFile } from '../src/xlsx/file';

async function main(): Promise<void> {
  let missed = 0;
  for (const file of process.argv.slice(2)) {
    const grid = await readWorkbookFile(file);
    const model = parseWorkbook(grid);
    const held = new Set<string>();
    for (const t of model.tables) for (const b of t.blocks) for (const r of b.rows) for (const a of r.amounts) if (a?.value) held.add(`${t.sheet}!${a.cell}`);
    const numbers = (s: SheetGrid) => {
      const out: string[] = [];
      s.cells.forEach((row, r) => row.forEach((c, col) => typeof c?.value === 'number' && out.push(a1(s, r, col))));
      return out;
    };
    let count = 0;
    const lost: string[] = [];
    for (const s of grid.sheets) {
      if (!model.tables.some((t) => t.sheet === s.name)) continue;
      for (const addr of numbers(s)) {
        count++;
        if (!held.has(`${s.name}!${addr}`)) lost.push(`${s.name}!${addr}`);
      }
    }
    missed += lost.length;
    console.log(`${file}: ${model.tables.length} tables (${model.tables.map((t) => t.kind).join(', ')}), ${count} numeric cells, ${lost.length} not in the model${lost.length ? `: ${lost.join(' ')}` : ''}`);
  }
  process.exit(missed ? 1 : 0);
}
main().catch((e) => {
  console.error(e);
  process.exit(2);
});
