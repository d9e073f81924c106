// Builds the bundled sample workbooks into samples/ (npm run samples):
//   a-2019.xlsx, a-2018.xlsx   layout (a), the reference unit and its prior year
//   b-2025.xlsx                layout (b), another province's template
//   a-2019-quirks.xlsx         (a)'s figures with layout quirks: numeric codes, 合计 with a
//                              full-width space, text amounts, hidden empty rows, Sheet1…Sheet9
//   c-2024.xlsx                layout (c), a later county template with every table
//   d-2025.xlsx                layout (d), a provincial template: units, indentation, 上年 columns
//   e-2024-final.xlsx          layout (e), the final accounts (公开01–09表): 行次, 栏次, side by side
//   d-2025-one-sheet.xlsx      layout (d) with every table stacked down one sheet
//   d-2025-nested.xlsx         layout (d) with summaries nesting 一、本年收入 / 二、上年结转结余, and
//                              the 支出总表 listing each budget unit's classes under its heading
//   d-2025-breakdowns.xlsx     layout (d) as another province prints it: 支出 three ways side by side
//                              in the 部门收支总表, lines numbered （一）（二） under 一、本年收入, and the
//                              department's code 301 heading its classes in the 支出总表
//   c-2024-continued.xlsx      (c) with its 一般公共预算支出表 split at a page break: the rows from 208
//                              on continue on the next sheet under the title with （续）
//   b-2025-continued.xlsx      (b) with each code written once and its 一般公共预算支出功能分类预算表
//                              broken inside a 款: the next sheet holds the rows alone, no title or
//                              header, the first two with blank 类 and 款
//   injected/*.xlsx            copies with errors injected at known cells, listed in
//                              injected/manifest.json for the tests
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_A, SAMPLE_A_2018, SAMPLE_B, SAMPLE_C, SAMPLE_D, SAMPLE_D_BREAKDOWNS, SAMPLE_E } from './samples/data';
import { writeHenan } from './samples/henan';
import { INJECTIONS, type Injection } from './samples/injections';
import { CONTINUED_B, CONTINUED_C, splitTable } from './samples/continued';
import { writeFinal } from './samples/final';
import { stackOnOneSheet } from './samples/one-sheet';
import { writeProvincial } from './samples/provincial';
import { writeQuirks } from './samples/quirks';
import { writeShanghai } from './samples/shanghai';

const OUT = path.join(__dirname, '..', '..', 'samples');

async function save(wb: ExcelJS.Workbook, file: string): Promise<Buffer> {
  // Fixed metadata so that the files are the same from one build to the next.
  wb.creator = 'budget-disclosure-check samples';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
  return buf;
}

async function inject(source: Buffer, injections: Injection[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(source as unknown as ExcelJS.Buffer);
  for (const inj of injections) {
    const ws = wb.getWorksheet(inj.sheet);
    if (!ws) throw new Error(`${file}: no sheet ${inj.sheet}`);
    const cell = ws.getCell(inj.cell);
    const before = cell.value === null || cell.value === undefined ? null : String(cell.value);
    if (before !== inj.from) throw new Error(`${file}: ${inj.sheet}!${inj.cell} holds ${before}, expected ${inj.from}`);
    cell.value = inj.to === null ? null : typeof inj.to === 'number' ? inj.to : inj.to;
  }
  await save(wb, file);
}

async function main(): Promise<void> {
  const a = await save(writeHenan(SAMPLE_A), path.join(OUT, 'a-2019.xlsx'));
  await save(writeHenan(SAMPLE_A_2018), path.join(OUT, 'a-2018.xlsx'));
  const b = await save(writeShanghai(SAMPLE_B), path.join(OUT, 'b-2025.xlsx'));
  await save(writeQuirks(), path.join(OUT, 'a-2019-quirks.xlsx'));
  const c = await save(writeHenan(SAMPLE_C), path.join(OUT, 'c-2024.xlsx'));
  const d = await save(writeProvincial(SAMPLE_D), path.join(OUT, 'd-2025.xlsx'));
  await save(stackOnOneSheet(writeProvincial(SAMPLE_D), '预算公开表'), path.join(OUT, 'd-2025-one-sheet.xlsx'));
  const dn = await save(writeProvincial({ ...SAMPLE_D, nested: true, expenditureByUnit: true }), path.join(OUT, 'd-2025-nested.xlsx'));
  const db = await save(writeProvincial(SAMPLE_D_BREAKDOWNS), path.join(OUT, 'd-2025-breakdowns.xlsx'));
  const e = await save(writeFinal(SAMPLE_E), path.join(OUT, 'e-2024-final.xlsx'));
  const cc = await save(splitTable(writeHenan(SAMPLE_C), CONTINUED_C), path.join(OUT, 'c-2024-continued.xlsx'));
  const bc = await save(splitTable(writeShanghai(SAMPLE_B), CONTINUED_B), path.join(OUT, 'b-2025-continued.xlsx'));
  const sources: Record<string, Buffer> = { 'a-2019.xlsx': a, 'b-2025.xlsx': b, 'c-2024.xlsx': c, 'b-2025-continued.xlsx': bc, 'c-2024-continued.xlsx': cc, 'd-2025.xlsx': d, 'd-2025-nested.xlsx': dn, 'd-2025-breakdowns.xlsx': db, 'e-2024-final.xlsx': e };
  const manifest: unknown[] = [];
  for (const set of INJECTIONS) {
    await inject(sources[set.source], set.injections, path.join(OUT, 'injected', set.file));
    manifest.push(set);
  }
  fs.mkdirSync(path.join(OUT, 'injected'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'injected', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`samples written to ${path.relative(process.cwd(), OUT) || '.'}: a-2019.xlsx a-2018.xlsx b-2025.xlsx c-2024.xlsx d-2025.xlsx d-2025-one-sheet.xlsx d-2025-nested.xlsx d-2025-breakdowns.xlsx e-2024-final.xlsx a-2019-quirks.xlsx c-2024-continued.xlsx b-2025-continued.xlsx, ${INJECTIONS.length} injected`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
