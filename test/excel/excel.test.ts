import { runChecks } from '../../src/core/checks';
import type { Finding } from '../../src/core/checks/types';
import type { WorkbookGrid } from '../../src/core/grid';
import { parseWorkbook } from '../../src/core/model/parse';
import { applyHighlightsIn, CELLS_PER_SYNC, clearHighlightsIn, navigateIn, readWorkbookIn, type BackupStore } from '../../src/excel/excel';
import { COLORS, type Backup } from '../../src/excel/highlights';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { sheet } from '../helpers/grid';
import { injectedBytes, sampleGrid } from '../helpers/samples';
import { FakeWorkbook } from './fake-excel';

const ctxOf = (wb: FakeWorkbook) => wb.context() as unknown as Excel.RequestContext & { syncs: number; loadedPerSync: number[] };
const all = () => true;

function memoryStore(): BackupStore & { value: Backup | null } {
  const s = {
    value: null as Backup | null,
    async load() {
      return s.value ? (JSON.parse(JSON.stringify(s.value)) as Backup) : null;
    },
    async save(b: Backup | null) {
      s.value = b;
    },
  };
  return s;
}

function manySheets(n: number): WorkbookGrid {
  const rows = [['部门支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 5]];
  return { sheets: Array.from({ length: n }, (_v, i) => sheet(`表${i + 1}`, rows)) };
}

describe('Excel adapter: reading', () => {
  it.each([1, 10, 50])('reads %i sheets in 3 syncs', async (n) => {
    const ctx = ctxOf(FakeWorkbook.fromGrid(manySheets(n)));
    const grid = await readWorkbookIn(ctx, { supports: all });
    expect(grid.sheets).toHaveLength(n);
    expect(ctx.syncs).toBe(3);
  });

  it('gives the grid the file reader gives, so the model is the same', async () => {
    const source = await sampleGrid('b-2025');
    const ctx = ctxOf(FakeWorkbook.fromGrid(source));
    const grid = await readWorkbookIn(ctx, { supports: all });
    expect(JSON.stringify(parseWorkbook(grid))).toEqual(JSON.stringify(parseWorkbook(source)));
    expect(grid.sheets.map((s) => [s.name, s.origin, s.merges.length])).toEqual(source.sheets.map((s) => [s.name, s.origin, s.merges.length]));
  });

  it('reads a large sheet in blocks, never more than the budget per sync', async () => {
    const rows: (string | number)[][] = [['部门支出总表'], ['单位：元'], ['科目', '合计', '基本支出', '项目支出', 'a', 'b', 'c', 'd', 'e', 'f']];
    for (let i = 0; i < 40_000; i++) rows.push([`201 行${i}`, 3, 1, 2, 0, 0, 0, 0, 0, 0]);
    const ctx = ctxOf(FakeWorkbook.fromGrid({ sheets: [sheet('大表', rows)] }));
    const grid = await readWorkbookIn(ctx, { supports: all });
    expect(grid.sheets[0].cells).toHaveLength(40_003);
    expect(ctx.syncs).toBe(2 + Math.ceil((40_003 * 10) / CELLS_PER_SYNC));
    for (const n of ctx.loadedPerSync) expect(n).toBeLessThanOrEqual(CELLS_PER_SYNC + 2_000 * 10);
  });

  it('reads without merged areas where ExcelApi 1.13 is missing', async () => {
    const ctx = ctxOf(FakeWorkbook.fromGrid(await sampleGrid('a-2019')));
    const grid = await readWorkbookIn(ctx, { supports: () => false });
    expect(grid.sheets.every((s) => s.merges.length === 0)).toBe(true);
  });
});

describe('Excel adapter: highlights and restore', () => {
  let findings: Finding[];
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readWorkbookBytes(await injectedBytes('a-2019-errors.xlsx'));
    findings = runChecks(parseWorkbook(grid));
  });

  it('marks error cells strong, related cells light, adds notes, in 2 syncs, and never changes a value', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    const before = wb.snapshot();
    const store = memoryStore();
    const ctx = ctxOf(wb);
    const r = await applyHighlightsIn(ctx, findings, store, { supports: all });
    expect(ctx.syncs).toBe(2);
    const exp = wb.sheets.find((s) => s.name === '部门支出总表')!;
    expect(exp.fills.get('C7')).toBe(COLORS.error);
    // D7 is the injected figure: the sources' identity reports it; E7 is only a part of C7's sum.
    expect(exp.fills.get('D7')).toBe(COLORS.error);
    expect(exp.fills.get('E7')).toBe(COLORS.related);
    expect(wb.notes.get('部门支出总表!C7')).toContain('行政运行');
    expect(r.notes).toBeGreaterThan(0);
    expect(wb.snapshot()).toBe(before);
    expect(store.value!.cells.length).toBe(r.cells);
  });

  it('restores fills and notes exactly, keeps the user’s own note, also after the pane was reopened', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    const exp = wb.sheets.find((s) => s.name === '部门支出总表')!;
    exp.fills.set('D7', '#00B050'); // the user's own colour on a related cell
    wb.notes.set('部门支出总表!C7', 'my own note'); // and a note on an error cell
    const before = wb.snapshot();
    const store = memoryStore();
    await applyHighlightsIn(ctxOf(wb), findings, store, { supports: all });
    expect(wb.notes.get('部门支出总表!C7')).toBe('my own note');
    // A new session: a fresh context, the backup read back from the document.
    const ctx = ctxOf(wb);
    await clearHighlightsIn(ctx, store);
    expect(ctx.syncs).toBe(2);
    expect(exp.fills.get('D7')).toBe('#00B050');
    expect(exp.fills.has('C7')).toBe(false);
    expect([...wb.notes.entries()]).toEqual([['部门支出总表!C7', 'my own note']]);
    expect(wb.sheets.every((s) => [...s.fills.keys()].every((k) => s === exp && k === 'D7'))).toBe(true);
    expect(wb.snapshot()).toBe(before);
    expect(store.value).toBeNull();
  });

  it('tells a white fill from no fill, and puts each back as it was, in the same 2 + 2 syncs', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    const exp = wb.sheets.find((s) => s.name === '部门支出总表')!;
    exp.fills.set('D7', '#FFFFFF'); // filled white on purpose (it hides the gridlines)
    const store = memoryStore();
    const apply = ctxOf(wb);
    await applyHighlightsIn(apply, findings, store, { supports: all });
    expect(store.value!.cells.find((c) => c.cell === 'D7')!.color).toBe('#FFFFFF');
    expect(store.value!.cells.find((c) => c.cell === 'C7')!.color).toBeNull();
    const clear = ctxOf(wb);
    await clearHighlightsIn(clear, store);
    expect([apply.syncs, clear.syncs]).toEqual([2, 2]);
    expect(exp.fills.get('D7')).toBe('#FFFFFF');
    expect(exp.fills.has('C7')).toBe(false);
  });

  it('checking twice does not stack marks or lose the original formats', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    wb.sheets[0].fills.set('B14', '#123456');
    const store = memoryStore();
    await applyHighlightsIn(ctxOf(wb), findings, store, { supports: all });
    await applyHighlightsIn(ctxOf(wb), findings, store, { supports: all });
    await clearHighlightsIn(ctxOf(wb), store);
    expect(wb.sheets[0].fills.get('B14')).toBe('#123456');
    expect(wb.notes.size).toBe(0);
  });

  it('puts messages in the pane only where notes are not supported', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    const r = await applyHighlightsIn(ctxOf(wb), findings, memoryStore(), { supports: () => false });
    expect(r.notes).toBe(0);
    expect(wb.notes.size).toBe(0);
  });

  it('marks and goes to the cells of a continued part on its own sheet, and restores them', async () => {
    const cgrid = await readWorkbookBytes(await injectedBytes('c-2024-continued-errors.xlsx'));
    const cfindings = runChecks(parseWorkbook(cgrid));
    const onPart = cfindings.find((f) => f.rule === 'column-total' && f.sheet === '一般公共预算支出表（续）')!;
    expect(onPart.cell).toBe('C6');
    const wb = FakeWorkbook.fromGrid(cgrid);
    const before = wb.snapshot();
    const store = memoryStore();
    await applyHighlightsIn(ctxOf(wb), cfindings, store, { supports: all });
    const part = wb.sheets.find((s) => s.name === '一般公共预算支出表（续）')!;
    expect(part.fills.get('C6')).toBe(COLORS.error);
    expect(part.fills.get('D6')).toBe(COLORS.related);
    // No mark lands on the first part's sheet at the continued part's address.
    const related = cfindings.flatMap((f) => (f.severity === 'error' ? f.related : [])).filter((r) => r.includes('!'));
    for (const r of related) expect(wb.sheets.find((s) => s.name === r.slice(0, r.lastIndexOf('!')))?.fills.get(r.slice(r.lastIndexOf('!') + 1))).toBeDefined();
    await clearHighlightsIn(ctxOf(wb), store);
    expect(wb.snapshot()).toBe(before);
    expect(part.fills.size).toBe(0);
    const ctx = ctxOf(wb);
    await navigateIn(ctx, onPart.sheet, onPart.cell!);
    expect(wb.writes.slice(-2)).toEqual(['activate 一般公共预算支出表（续）', 'select 一般公共预算支出表（续）!C6']);
  });

  it('navigates to a cell in 1 sync', async () => {
    const wb = FakeWorkbook.fromGrid(grid);
    const ctx = ctxOf(wb);
    await navigateIn(ctx, '部门支出总表', 'C7');
    expect(ctx.syncs).toBe(1);
    expect(wb.writes).toEqual(['activate 部门支出总表', 'select 部门支出总表!C7']);
  });
});
