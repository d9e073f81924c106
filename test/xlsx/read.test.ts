import ExcelJS from 'exceljs';
import { readWorkbookBytes, WorkbookReadError } from '../../src/xlsx/read';

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('file reader (.xlsx → grid)', () => {
  it('keeps the used range origin, merges, formats, formulas with their values, errors and rich text', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('表一');
      ws.getCell('C3').value = '部门支出总表';
      ws.mergeCells('C3:E3');
      ws.getCell('C4').value = { richText: [{ text: '单位：' }, { text: '万元', font: { bold: true } }] };
      ws.getCell('D5').value = 12.5;
      ws.getCell('D5').numFmt = '#,##0.00';
      ws.getCell('E5').value = { formula: 'D5*2', result: 25 };
      ws.getCell('D6').value = { formula: 'X1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E6').value = { error: '#REF!' };
      ws.getCell('C6').value = true;
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 'x';
      wb.addWorksheet('空');
    });
    const grid = await readWorkbookBytes(bytes);
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['表一', false],
      ['隐藏', true],
      ['空', false],
    ]);
    const s = grid.sheets[0];
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.cells[0][0]).toMatchObject({ value: '部门支出总表' });
    expect(s.cells[0][1]).toBeNull(); // a merged cell holds nothing of its own
    expect(s.cells[1][0]).toMatchObject({ value: '单位：万元' });
    expect(s.cells[2][1]).toMatchObject({ value: 12.5, format: '#,##0.00' });
    expect(s.cells[2][2]).toMatchObject({ value: 25, formula: 'D5*2' });
    expect(s.cells[3][1]).toMatchObject({ value: null, error: '#DIV/0!' });
    expect(s.cells[3][2]).toMatchObject({ value: null, error: '#REF!' });
    expect(s.cells[3][0]).toMatchObject({ value: true });
    expect(grid.sheets[2].cells).toEqual([]);
  });

  it('refuses what is not a workbook with a reason', async () => {
    await expect(readWorkbookBytes(new TextEncoder().encode('hello, not a workbook'))).rejects.toMatchObject({ reason: 'not-a-workbook' });
    // An OLE container cut short: damaged (encrypted and legacy files: read-xls.test.ts).
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readWorkbookBytes(cfb)).rejects.toMatchObject({ reason: 'corrupt' });
    const good = await bytesOf((wb) => wb.addWorksheet('a').addRow(['x']));
    await expect(readWorkbookBytes(good.subarray(0, good.length / 2))).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
