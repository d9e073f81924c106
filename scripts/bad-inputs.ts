// The corpus of bad inputs the hardening tests run everything on (npm test builds it in a
// temporary folder): broken and hostile workbooks, odd layouts, texts in other encodings.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { SAMPLE_A } from './samples/data';
import { writeHenan } from './samples/henan';

export const XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the corpus into `dir` and returns the file names. */
export async function buildBadInputs(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const good = await bytes(writeHenan(SAMPLE_A));
  const put = (name: string, data: Buffer | string) => fs.writeFileSync(path.join(dir, name), data);

  put('truncated.xlsx', good.subarray(0, Math.floor(good.length / 3)));
  const corrupt = Buffer.from(good);
  for (let i = 200; i < corrupt.length; i += 97) corrupt[i] ^= 0xff;
  put('corrupt.xlsx', corrupt);
  put('renamed-text.xlsx', '这不是工作簿，只是改了扩展名的文本文件。\n');
  // The container of an encrypted (password-protected) workbook: an OLE compound file.
  put('password.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088), Buffer.from('EncryptionInfo', 'utf16le')]));

  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('部门支出总表');
    ws.addRows([['部门支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 5]]);
    ws.getCell('XFD1048576').value = 1;
    put('used-range-to-XFD1048576.xlsx', await bytes(wb));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('部门支出总表');
    ws.addRows([['部门支出总表'], ['单位：元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']]);
    for (let i = 0; i < 100_000; i++) ws.addRow([`201${String(i % 100).padStart(2, '0')}${String(i % 97).padStart(2, '0')}`, `项目${i}`, 3, 1, 2]);
    ws.addRow([null, '合计', 300000, 100000, 200000]);
    put('rows-100000.xlsx', await bytes(wb));
  }
  {
    const wb = await new ExcelJS.Workbook().xlsx.load(good as unknown as ExcelJS.Buffer);
    wb.getWorksheet('部门支出总表')!.getCell('C4').value = { formula: 'SUM(C99:C100)/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    wb.getWorksheet('部门收支总表')!.getCell('B14').value = { error: '#REF!' } as ExcelJS.CellValue;
    wb.getWorksheet('一般公共预算支出表')!.getCell('C6').value = '约四百七十五万';
    wb.getWorksheet('三公经费支出表')!.getCell('B5').value = '1,2345';
    put('formula-errors-and-text.xlsx', await bytes(wb));
  }
  {
    // Overlapping merged areas cannot be written by exceljs: patch the sheet XML.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('部门收入总表').addRows([['部门收入总表'], ['单位：万元'], ['项目', '收入', '收入', '收入'], ['项目', '合计', '一般公共预算', '其他'], ['201 一般公共服务支出', 5, 5, null]]);
    const zip = await JSZip.loadAsync(await bytes(wb));
    const sheet = Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = (await zip.file(sheet)!.async('string')).replace('</sheetData>', '</sheetData><mergeCells count="3"><mergeCell ref="A3:C4"/><mergeCell ref="B3:D3"/><mergeCell ref="A1:D1"/></mergeCells>');
    zip.file(sheet, xml);
    put('overlapping-merges.xlsx', Buffer.from(await zip.generateAsync({ type: 'uint8array' })));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('两张同名表');
    for (let k = 0; k < 2; k++) ws.addRows([['部门支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 5 + k], [], []]);
    put('two-tables-same-title.xlsx', await bytes(wb));
  }
  {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    put('empty-workbook.xlsx', await bytes(wb));
  }
  {
    // A workbook whose only sheet holds a picture and no cell.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('图表');
    // From scripts/ (ts) or lib/scripts/ (compiled): the repository's assets either way.
    const root = [path.join(__dirname, '..'), path.join(__dirname, '..', '..')].find((d) => fs.existsSync(path.join(d, 'assets', 'icon-64.png')))!;
    const png = fs.readFileSync(path.join(root, 'assets', 'icon-64.png'));
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'B2:E10');
    put('only-a-picture.xlsx', await bytes(wb));
  }
  {
    // Hostile text in titles, unit names, labels and sheet names.
    const wb = await new ExcelJS.Workbook().xlsx.load(good as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('部门支出总表')!;
    ws.getCell('B7').value = `行政运行${XSS}`;
    ws.getCell('A2').value = `单位名称：${XSS}`;
    ws.name = '支出<b>表';
    put('hostile-text.xlsx', await bytes(wb));
  }
  {
    // Legacy and encrypted OLE files: the good workbook as .xls (BIFF8), the same with a FILEPASS
    // record (a password to open), a real encrypted-package container, and a WPS file by name.
    const CFB = XLSX.CFB as {
      read(d: Uint8Array, o: { type: 'array' }): { FileIndex: { name: string; content: Uint8Array | number[] }[] };
      write(c: unknown, o: { type: 'buffer' }): Buffer;
      utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, content: Uint8Array): void };
    };
    const xls = new Uint8Array(XLSX.write(XLSX.read(good, { type: 'buffer', cellNF: true, cellStyles: true }), { bookType: 'xls', type: 'array' }) as ArrayBuffer);
    put('legacy-97.xls', Buffer.from(xls));
    const cfb = CFB.read(xls, { type: 'array' });
    const book = cfb.FileIndex.find((e) => e.name === 'Workbook')!;
    const content = Uint8Array.from(book.content);
    const bofEnd = 4 + (content[2] | (content[3] << 8));
    book.content = Uint8Array.from([...content.subarray(0, bofEnd), 0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56, ...content.subarray(bofEnd)]);
    put('password-97.xls', CFB.write(cfb, { type: 'buffer' }));
    const enc = CFB.utils.cfb_new();
    CFB.utils.cfb_add(enc, 'EncryptionInfo', new Uint8Array(64).fill(4));
    CFB.utils.cfb_add(enc, 'EncryptedPackage', new Uint8Array(8192).fill(7));
    put('encrypted-package.xlsx', CFB.write(enc, { type: 'buffer' }));
    put('wps.et', good);
  }
  // Texts beside a good workbook: GBK, UTF-16 and a 1 MB single line.
  put('good-gbk.xlsx', good);
  const text = '本单位2019年支出合计789.25万元，其中：基本支出73.85万元，占9.35%；项目支出715.4万元，占90.64%。';
  put('good-gbk.txt', gbk(text));
  put('good-utf16.xlsx', good);
  put('good-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  put('good-1mb-line.xlsx', good);
  let line = '';
  while (line.length < 1_000_000) line += text.replace('。', '；');
  put('good-1mb-line.txt', line);
  return fs.readdirSync(dir).sort();
}

/** GBK bytes for the characters of the test text (a small table: Node has no GBK encoder). */
function gbk(s: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          out.push(hi, lo);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no GBK code for ${ch}`);
  }
  return Buffer.from(out);
}
