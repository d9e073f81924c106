// Legacy .xls (BIFF8) workbooks: the same grid, model and findings as the same workbook saved as
// .xlsx; .xlsm read like .xlsx; encrypted files and formats that are not read get their reason.
// Fixtures are built in memory: the samples written with exceljs, read with SheetJS and written
// again as BIFF8 (what Excel's "Excel 97-2003" save gives) or as another format.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { runChecks } from '../../src/core/checks';
import type { WorkbookGrid } from '../../src/core/grid';
import { exact } from '../../src/core/money';
import { parseWorkbook } from '../../src/core/model/parse';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { buildSample, INJECTIONS, injectedBytes, resaveAs, type SampleName } from '../helpers/samples';

const resave = resaveAs;

/** Cells without the display text (only the .xls reader has it). */
function cellsOf(g: WorkbookGrid) {
  return g.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => row.map((c) => (c ? { ...c, text: undefined } : null))) }));
}

const CHECK = { options: { tolerance: exact('0.01') } };

describe.each<[SampleName, boolean]>([
  ['a-2019', false],
  ['b-2025', false],
  ['a-2019', true],
  ['b-2025', true],
  ['a-2019-quirks', true],
])('sample %s (numeric codes: %s) saved as .xls', (name, numericCodes) => {
  let xlsx: WorkbookGrid;
  let xls: WorkbookGrid;
  beforeAll(async () => {
    const bytes = await buildSample(name, { numericCodes });
    const biff = resave(bytes, 'xls');
    expect([...biff.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    xlsx = await readWorkbookBytes(bytes);
    xls = await readWorkbookBytes(biff);
  });

  it('gives the same sheets, origins, merges and cells', () => {
    expect(cellsOf(xls)).toEqual(cellsOf(xlsx));
  });

  it('gives the same tables and findings', () => {
    const a = parseWorkbook(xlsx);
    const b = parseWorkbook(xls);
    expect(b.tables).toEqual(a.tables);
    expect(b.issues).toEqual(a.issues);
    expect(runChecks(b, CHECK)).toEqual(runChecks(a, CHECK));
  });
});

describe('samples with injected errors saved as .xls', () => {
  it.each(INJECTIONS.map((s) => [s.file] as const))('%s: the same findings, on the same cells', async (file) => {
    const bytes = await injectedBytes(file);
    const a = runChecks(parseWorkbook(await readWorkbookBytes(bytes)), CHECK);
    const b = runChecks(parseWorkbook(await readWorkbookBytes(resave(bytes, 'xls'))), CHECK);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});

describe('reading by content', () => {
  it('reads .xlsm like .xlsx', async () => {
    const bytes = await buildSample('a-2019');
    const want = parseWorkbook(await readWorkbookBytes(bytes)).tables;
    expect(parseWorkbook(await readWorkbookBytes(resave(bytes, 'xlsm'))).tables).toEqual(want);
  });

  it('keeps the display text of a number: a code 3 shown "03"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = 3;
    ws.getCell('A1').numFmt = '00';
    ws.getCell('B1').value = 1234.5;
    ws.getCell('B1').numFmt = '#,##0.00';
    ws.getCell('C1').value = 2469;
    ws.mergeCells('A2:C2');
    ws.getCell('A2').value = '合　计';
    const g = await readWorkbookBytes(resave(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'xls'));
    expect(g.sheets[0].cells[0]).toEqual([
      { value: 3, text: '03', format: '00' },
      { value: 1234.5, text: '1,234.50', format: '#,##0.00' },
      { value: 2469, text: '2469' },
    ]);
    expect(g.sheets[0].merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
    expect(g.sheets[0].cells[1][0]).toEqual({ value: '合　计' });
  });

  it('names the formats it does not read', async () => {
    const bytes = await buildSample('b-2025');
    await expect(readWorkbookBytes(resave(bytes, 'ods'))).rejects.toMatchObject({ reason: 'unsupported', message: '.ods' });
    await expect(readWorkbookBytes(resave(bytes, 'xlsb'))).rejects.toMatchObject({ reason: 'unsupported', message: '.xlsb' });
  });
});

describe('encrypted and damaged OLE files', () => {
  const CFB = XLSX.CFB as {
    read(d: Uint8Array, o: { type: 'array' }): { FileIndex: { name: string; content: Uint8Array | number[] }[] };
    write(c: unknown, o: { type: 'array' }): ArrayBuffer | number[];
    utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, content: Uint8Array): void };
  };
  const bytesOf = (a: ArrayBuffer | number[]) => (Array.isArray(a) ? Uint8Array.from(a) : new Uint8Array(a));

  it('an encrypted .xlsx (EncryptionInfo and EncryptedPackage in an OLE container) is encrypted', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(64).fill(4));
    CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(4096).fill(7));
    await expect(readWorkbookBytes(bytesOf(CFB.write(cfb, { type: 'array' })))).rejects.toMatchObject({ reason: 'encrypted' });
  });

  it('an .xls with a FILEPASS record (a password to open) is encrypted', async () => {
    const cfb = CFB.read(resave(await buildSample('a-2019'), 'xls'), { type: 'array' });
    const book = cfb.FileIndex.find((e) => e.name === 'Workbook')!;
    const content = Uint8Array.from(book.content);
    const bofEnd = 4 + (content[2] | (content[3] << 8));
    // FILEPASS, XOR obfuscation: type 0, key and verifier.
    const filePass = Uint8Array.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
    book.content = Uint8Array.from([...content.subarray(0, bofEnd), ...filePass, ...content.subarray(bofEnd)]);
    await expect(readWorkbookBytes(bytesOf(CFB.write(cfb, { type: 'array' })))).rejects.toMatchObject({ reason: 'encrypted' });
  });

  it('an OLE document without a workbook stream is not a workbook; a broken container is damaged', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(4096).fill(1));
    await expect(readWorkbookBytes(bytesOf(CFB.write(cfb, { type: 'array' })))).rejects.toMatchObject({ reason: 'not-a-workbook' });
    const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readWorkbookBytes(header)).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
