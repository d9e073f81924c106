// The bundled samples, built in memory by the same code as `npm run samples` and read back
// through the file reader, so tests never depend on files that may be stale.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/core/grid';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { SAMPLE_A, SAMPLE_A_2018, SAMPLE_B, SAMPLE_C, SAMPLE_D, SAMPLE_D_BREAKDOWNS, SAMPLE_E } from '../../scripts/samples/data';
import { writeHenan } from '../../scripts/samples/henan';
import { INJECTIONS, type Injection } from '../../scripts/samples/injections';
import { CONTINUED_B, CONTINUED_C, splitTable } from '../../scripts/samples/continued';
import { writeFinal } from '../../scripts/samples/final';
import { stackOnOneSheet } from '../../scripts/samples/one-sheet';
import { writeProvincial } from '../../scripts/samples/provincial';
import { writeQuirks } from '../../scripts/samples/quirks';
import { writeShanghai } from '../../scripts/samples/shanghai';
import type { CodeStyle } from '../../scripts/samples/writer';

export type SampleName = 'a-2019' | 'a-2018' | 'b-2025' | 'a-2019-quirks' | 'c-2024' | 'd-2025' | 'd-2025-one-sheet' | 'd-2025-nested' | 'd-2025-breakdowns' | 'e-2024-final' | 'c-2024-continued' | 'b-2025-continued';

const cache = new Map<string, Promise<Uint8Array>>();

/** A sample written afresh; `style` writes its codes as numbers. */
export function buildSample(name: SampleName, style: CodeStyle = {}): Promise<Uint8Array> {
  const writers: Record<SampleName, () => ExcelJS.Workbook> = {
    'a-2019': () => writeHenan(SAMPLE_A, style),
    'a-2018': () => writeHenan(SAMPLE_A_2018, style),
    'a-2019-quirks': () => writeQuirks(),
    'b-2025': () => writeShanghai(SAMPLE_B, style),
    'c-2024': () => writeHenan(SAMPLE_C, style),
    'd-2025': () => writeProvincial(SAMPLE_D),
    'd-2025-one-sheet': () => stackOnOneSheet(writeProvincial(SAMPLE_D), '预算公开表'),
    'd-2025-nested': () => writeProvincial({ ...SAMPLE_D, nested: true, expenditureByUnit: true }),
    'd-2025-breakdowns': () => writeProvincial(SAMPLE_D_BREAKDOWNS),
    'e-2024-final': () => writeFinal(SAMPLE_E),
    'c-2024-continued': () => splitTable(writeHenan(SAMPLE_C, style), CONTINUED_C),
    'b-2025-continued': () => splitTable(writeShanghai(SAMPLE_B, style), CONTINUED_B),
  };
  const wb = writers[name]();
  return wb.xlsx.writeBuffer().then((b) => new Uint8Array(b as ArrayBuffer));
}

const build = (name: SampleName) => buildSample(name);

export function sampleBytes(name: SampleName): Promise<Uint8Array> {
  if (!cache.has(name)) cache.set(name, build(name));
  return cache.get(name)!;
}

export async function sampleGrid(name: SampleName): Promise<WorkbookGrid> {
  return readWorkbookBytes(await sampleBytes(name));
}

/** An injected copy, as listed in samples/injected/manifest.json. */
export async function injectedBytes(file: string): Promise<Uint8Array> {
  const set = INJECTIONS.find((s) => s.file === file);
  if (!set) throw new Error(`no injected sample ${file}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBytes(set.source.replace('.xlsx', '') as SampleName)) as unknown as ExcelJS.Buffer);
  for (const inj of set.injections) wb.getWorksheet(inj.sheet)!.getCell(inj.cell).value = inj.to;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export { INJECTIONS };

/** A workbook re-saved in another format (BIFF8 .xls, .xlsm, …), as a spreadsheet program would. */
export function resaveAs(xlsx: Uint8Array, bookType: 'xls' | 'xlsm' | 'xlsb' | 'ods'): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'array', cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

/**
 * Whether the findings report an injected error: a finding on its cell, or on a total with the
 * cell among the related cells; of the rule named by the injection (at any severity), else an error.
 */
export function reportsInjection(findings: readonly { rule: string; severity: string; sheet: string; cell: string | null; related: readonly string[] }[], inj: Injection): boolean {
  return findings.some(
    (f) => (inj.rule ? f.rule === inj.rule : f.severity === 'error') && ((f.sheet === inj.sheet && f.cell === inj.cell) || f.related.includes(inj.cell) || f.related.includes(`${inj.sheet}!${inj.cell}`)),
  );
}
