// Hand-made packages for what exceljs never writes: inline strings, cells and rows without a
// reference, stored entries, data descriptors, ZIP64, the 1904 date system, phonetic runs,
// escapes, strict and prefixed XML, sheets behind unusual relationship targets.
import type { Cell, WorkbookGrid } from '../../src/core/grid';
import { inflateRaw } from '../../src/xlsx/inflate';
import { inflateRaw as browserInflate } from '../../src/xlsx/inflate.browser';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { readWithExceljs } from '../../src/xlsx/read-exceljs';
import { readXlsxBytes, serialToIsoDate, slideFormula } from '../../src/xlsx/read-xlsx';
import { workbookParts, zipParts, type ZipOptions } from '../helpers/zip-writer';

const read = (b: Uint8Array): Promise<WorkbookGrid> => readXlsxBytes(b, inflateRaw!);
const plain = (g: unknown): unknown => JSON.parse(JSON.stringify(g));
const one = (xml: string, extra: Parameters<typeof workbookParts>[1] = {}, zip: ZipOptions = {}) => zipParts(workbookParts([{ name: '表', xml }], extra), zip);

const CELLS = [
  '<sheetData>',
  '<row><c t="inlineStr"><is><t>部门</t></is></c><c><v>12.5</v></c><c t="inlineStr"><is><r><t>单位：</t></r><r><rPr><b/></rPr><t>万元</t></r><rPh sb="0" eb="1"><t>たん</t></rPh></is></c></row>',
  '<row r="3"><c r="B3" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>',
  '<row><c t="str"><v>a&amp;b &#x4E00;&#19968;</v></c><c t="n"><v/></c><c t="s"/></row>',
  '</sheetData>',
].join('');
const CELLS_GRID: (Cell | null)[][] = [
  [{ value: '部门' }, { value: 12.5 }, { value: '单位：万元' }],
  [null, null, null],
  [null, { value: true }, { value: null, error: '#N/A' }],
  [{ value: 'a&b 一一' }, null, null],
];

describe('one-pass reader on hand-made packages', () => {
  it.each<[string, ZipOptions]>([
    ['deflated', {}],
    ['stored', { method: 0 }],
    ['with data descriptors', { descriptor: true }],
    ['ZIP64', { zip64: true }],
    ['ZIP64, stored, data descriptors', { zip64: true, method: 0, descriptor: true }],
  ])('inline strings, cells and rows without a reference, every value type: %s', async (_label, zip) => {
    const g = await read(one(CELLS, {}, zip));
    expect(plain(g.sheets[0].cells)).toEqual(CELLS_GRID);
    expect(g.sheets[0].origin).toEqual({ row: 0, col: 0 });
  });

  it('inflates with the browser variant (DecompressionStream) as with zlib', async () => {
    const bytes = one(CELLS);
    expect(browserInflate).not.toBeNull();
    expect(await readXlsxBytes(bytes, browserInflate!)).toEqual(await read(bytes));
  });

  it('shared strings: phonetic runs left out, _xHHHH_ escapes, references, white space kept; as exceljs reads them', async () => {
    const sst = [
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><r><t>漢</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 字 </t></r><rPh sb="0" eb="1"><t>カン</t></rPh></si>',
      '<si><t>line_x000D_&#10;two_x005F_x0041_ &lt;&gt;&quot;&apos;</t></si>',
      '<si><t xml:space="preserve">  lead\r\nCRLF</t></si>',
      '<si><t/></si>',
    ].join('');
    const xml = `<sheetData><row r="1">${[0, 1, 2, 3, 4].map((i) => `<c r="${'ABCDE'[i]}1" t="s"><v>${i}</v></c>`).join('')}</row></sheetData>`;
    const bytes = one(xml, { sharedStrings: sst });
    const g = await read(bytes);
    expect(g.sheets[0].cells[0].map((c) => c?.value ?? null)).toEqual(['東京', '漢 字 ', 'line\r\ntwo_x0041_ <>"\'', '  lead\nCRLF']);
    expect(plain(g)).toEqual(plain(await readWithExceljs(bytes)));
  });

  it('CDATA sections are text (exceljs drops them)', async () => {
    const g = await read(one('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c></row></sheetData>'));
    expect(g.sheets[0].cells[0][0]).toEqual({ value: '<b>&amp;</b>' });
  });

  it('number formats, indent, dates in the 1904 system, ISO dates, a formula whose result is 0', async () => {
    const styles = [
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;万元&quot;"/></numFmts>',
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>',
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"><alignment indent="2"/></xf><xf numFmtId="4"/></cellXfs>',
      '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="0.0"/></dxf></dxfs>',
    ].join('');
    const xml = [
      '<sheetData>',
      '<row r="1"><c r="A1" s="1"><v>0</v></c></row>',
      '<row r="2"><c r="A2" s="2"><v>45000</v></c></row>',
      '<row r="3"><c r="A3" s="3"><v>12.5</v></c></row>',
      '<row r="4"><c r="A4" t="d"><v>2024-03-01T00:00:00</v></c></row>',
      '<row r="5"><c r="A5" s="0"><v>5</v></c></row>',
      '<row r="6"><c r="A6" s="4"><f>A5-5</f><v>0</v></c></row>',
      '</sheetData>',
    ].join('');
    const g = await read(one(xml, { styles, workbookPr: '<workbookPr date1904="1"/>' }));
    expect(plain(g.sheets[0].cells.map((r) => r[0]))).toEqual([
      { value: '1904-01-01', format: 'mm-dd-yy' },
      { value: serialToIsoDate(45000 + 1462, false), format: 'yyyy-mm-dd' },
      { value: 12.5, format: '#,##0.00 "万元"', indent: 2 },
      { value: '2024-03-01' },
      { value: 5 },
      { value: 0, formula: 'A5-5', format: '#,##0.00' },
    ]);
    expect(serialToIsoDate(45000 + 1462, false)).toBe('2027-03-16');
  });

  it('shared formulas read as they show at each cell, like exceljs', async () => {
    const xml = [
      '<sheetData>',
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:C3" si="0">A2*2+$A$1+SUM(A$1:A2)</f><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c></row>',
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>10</v></c></row>',
      '</sheetData>',
    ].join('');
    const bytes = one(xml);
    const g = await read(bytes);
    expect(g.sheets[0].cells[1][2]?.formula).toBe('B2*2+$A$1+SUM(B$1:B2)');
    expect(g.sheets[0].cells[2][1]?.formula).toBe('A3*2+$A$1+SUM(A$1:A3)');
    expect(plain(g)).toEqual(plain(await readWithExceljs(bytes)));
    expect(slideFormula('IF(A1="B2",Sheet2!C3,\'My B1\'!D4)', 1, 1)).toBe('IF(B2="B2",Sheet2!D4,\'My B1\'!E5)');
    expect(slideFormula('A1+LOG10(B2)', -1, 0)).toBe('#REF!+LOG10(B1)');
  });

  it('merged areas: the other cells are empty; an overlapping area is dropped (exceljs refuses the file)', async () => {
    const xml = [
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1"><v>9</v></c></row>',
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row></sheetData>',
      '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/><mergeCell ref="$A$2:$A$2"/></mergeCells>',
    ].join('');
    const bytes = one(xml);
    const g = await read(bytes);
    expect(plain(g.sheets[0].cells)).toEqual([
      [{ value: '标题' }, null],
      [{ value: 1 }, { value: 2 }],
    ]);
    expect(g.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 1, right: 0 },
    ]);
    await expect(readWithExceljs(bytes)).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('sheets by relationship: absolute and relative targets, any part name, hidden states; chart sheets skipped', async () => {
    const cell = (v: string) => `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row></sheetData>`;
    const parts = workbookParts([
      { name: 'A&amp;B', xml: cell('a'), target: '/xl/worksheets/sheet1.xml' },
      { name: '隐藏', xml: cell('b'), state: 'hidden', target: '../xl/data/Tab.xml', path: 'xl/data/Tab.xml' },
      { name: '图表', xml: '<chartsheet/>', type: 'chartsheet', target: 'chartsheets/sheet1.xml', path: 'xl/chartsheets/sheet1.xml', raw: true },
      { name: '深藏', xml: cell('c'), state: 'veryHidden' },
      { name: '可见', xml: cell('d'), state: 'visible' },
    ]);
    const g = await read(zipParts(parts));
    expect(g.sheets.map((s) => [s.name, s.hidden, s.cells[0][0]?.value])).toEqual([
      ['A&B', false, 'a'],
      ['隐藏', true, 'b'],
      ['深藏', true, 'c'],
      ['可见', false, 'd'],
    ]);
  });

  it('strict OOXML namespaces and prefixed elements read alike', async () => {
    const strict = { ns: 'http://purl.oclc.org/ooxml/spreadsheetml/main', relNs: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };
    const a = await read(one(CELLS, strict));
    expect(plain(a.sheets[0].cells)).toEqual(CELLS_GRID);
    const prefixed = CELLS.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:');
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${strict.ns}">${prefixed}</x:worksheet>`;
    const b = await read(zipParts(workbookParts([{ name: '表', xml: sheet, raw: true }])));
    expect(plain(b.sheets[0].cells)).toEqual(CELLS_GRID);
  });

  it('damaged packages are reported as corrupt', async () => {
    const good = one(CELLS);
    const flipped = good.slice();
    for (let i = 60; i < 400; i += 7) flipped[i] ^= 0xff;
    await expect(readWorkbookBytes(flipped)).rejects.toMatchObject({ reason: 'corrupt' });
    await expect(readWorkbookBytes(good.subarray(0, good.length - 30))).rejects.toMatchObject({ reason: 'corrupt' });
    // An unknown compression method (deflate64) in an entry.
    const odd = good.slice();
    const dir = Buffer.from(odd).lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    odd[dir + 10] = 9;
    await expect(readWorkbookBytes(odd)).rejects.toMatchObject({ reason: 'corrupt' });
    // A part larger than the directory declares (a deflate bomb stops at the declared size).
    const liar = good.slice();
    const header = Buffer.from(liar).lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    liar.set([1, 0, 0, 0], header + 24);
    await expect(readWorkbookBytes(liar)).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
