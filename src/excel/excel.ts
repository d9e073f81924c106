// The only file that calls Excel.run. Reads the workbook into the core's grid, applies and
// removes highlights, and navigates, each in a fixed number of context.sync calls whatever the
// number of sheets. Never writes a cell value or formula.
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../core/grid';
import { GRID_LIMITS, parseA1 } from '../core/grid';
import type { Finding } from '../core/checks/types';
import { marksFor, originalFill, type Backup } from './highlights';

/** Where the backup of the original formats is kept: the document's settings in Office. */
export interface BackupStore {
  load(): Promise<Backup | null>;
  save(b: Backup | null): Promise<void>;
}

/** Cells per context.sync when reading, to stay well under the 5 MB payload of Excel on the web. */
export const CELLS_PER_SYNC = 150_000;
/** Rows per block within a sheet. */
const ROWS_PER_BLOCK = 2_000;
/** Addresses per RangeAreas request. */
const ADDRESSES_PER_AREA = 200;

type Ctx = Excel.RequestContext;

export interface ReadOptions {
  /** Called with the stage ('read') and a 0–1 fraction. */
  onProgress?: (fraction: number) => void;
  supports?: (set: string, version: string) => boolean;
}

function supported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

function toCell(value: unknown, format: string | undefined, type: string | undefined): Cell | null {
  if (type === 'Error') return { value: null, error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return { value, format };
  return { value: String(value), format };
}

/** Reads every sheet's used range: 2 syncs, plus one per CELLS_PER_SYNC cells of data. */
export async function readWorkbookIn(ctx: Ctx, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const canMerge = (options.supports ?? supported)('ExcelApi', '1.13');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();
  const used = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await ctx.sync();

  // Plan the blocks, then load them in as few syncs as the payload budget allows.
  interface Block {
    sheet: number;
    row0: number;
    rows: number;
    range: Excel.Range | null;
  }
  const blocks: Block[] = [];
  // A used range blown up by a stray far-away value is read only within the limits.
  const rowsOf = (u: Excel.Range) => Math.min(u.rowCount, GRID_LIMITS.rows);
  const colsOf = (u: Excel.Range) => Math.min(u.columnCount, GRID_LIMITS.cols);
  used.forEach((u, i) => {
    if (u.isNullObject) return;
    for (let r = 0; r < rowsOf(u); r += ROWS_PER_BLOCK) blocks.push({ sheet: i, row0: r, rows: Math.min(ROWS_PER_BLOCK, rowsOf(u) - r), range: null });
  });
  const merges: (Excel.RangeAreas | null)[] = used.map(() => null);
  let pending = 0;
  let done = 0;
  const total = blocks.reduce((n, b) => n + b.rows * colsOf(used[b.sheet]), 0);
  for (const b of blocks) {
    const u = used[b.sheet];
    b.range = sheets.items[b.sheet].getRangeByIndexes(u.rowIndex + b.row0, u.columnIndex, b.rows, colsOf(u));
    b.range.load('values,numberFormat,valueTypes');
    if (b.row0 === 0 && canMerge) {
      merges[b.sheet] = u.getMergedAreasOrNullObject();
      merges[b.sheet]!.load('address');
    }
    pending += b.rows * colsOf(u);
    if (pending >= CELLS_PER_SYNC) {
      await ctx.sync();
      done += pending;
      pending = 0;
      options.onProgress?.(done / total);
    }
  }
  if (pending > 0 || blocks.length === 0) await ctx.sync();
  options.onProgress?.(1);

  return {
    sheets: sheets.items.map((ws, i): SheetGrid => {
      const u = used[i];
      if (u.isNullObject) return { name: ws.name, origin: { row: 0, col: 0 }, cells: [], merges: [], hidden: ws.visibility !== 'Visible' };
      const cells: (Cell | null)[][] = [];
      for (const b of blocks.filter((x) => x.sheet === i)) {
        const r = b.range!;
        r.values.forEach((row, ri) => cells.push(row.map((v, ci) => toCell(v, r.numberFormat[ri]?.[ci] as string | undefined, r.valueTypes[ri]?.[ci] as string | undefined))));
      }
      const m = merges[i];
      const mergeList: Merge[] = m && !m.isNullObject && m.address ? m.address.split(',').map((a) => toMerge(a, u.rowIndex, u.columnIndex)).filter((x): x is Merge => !!x) : [];
      const trimmed = u.rowCount > GRID_LIMITS.rows || u.columnCount > GRID_LIMITS.cols ? u.rowCount * u.columnCount - rowsOf(u) * colsOf(u) : 0;
      return { name: ws.name, origin: { row: u.rowIndex, col: u.columnIndex }, cells, merges: mergeList, hidden: ws.visibility !== 'Visible', ...(trimmed ? { trimmed } : {}) };
    }),
  };
}

function toMerge(address: string, row0: number, col0: number): Merge | null {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b] = local.split(':');
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) return null;
  return { top: p.row - row0, left: p.col - col0, bottom: q.row - row0, right: q.col - col0 };
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export interface HighlightOptions {
  supports?: (set: string, version: string) => boolean;
}

/**
 * Marks the findings: 2 syncs (read what is there, then write). Earlier marks are removed first
 * (restore), so checking twice never stacks colours or loses the original formats.
 */
export async function applyHighlightsIn(ctx: Ctx, findings: readonly Finding[], store: BackupStore, options: HighlightOptions = {}): Promise<{ cells: number; notes: number }> {
  await clearHighlightsIn(ctx, store);
  const marks = marksFor(findings);
  const sup = options.supports ?? supported;
  // Notes need ExcelApi 1.18. Threaded comments are not used as a fallback: a cell may already
  // hold a conversation, and a comment cannot be looked up by cell without reading them all.
  // Without notes the messages are in the pane only.
  const useNotes = sup('ExcelApi', '1.18');
  const sheetNames = [...new Set(marks.map((m) => m.sheet))];
  const wss = new Map(sheetNames.map((n) => [n, ctx.workbook.worksheets.getItem(n)]));
  // 1. What is there now: each cell's fill (its pattern and tint tell "no fill" from white, see
  // originalFill; both are ExcelApi 1.9, the add-in's minimum), and whether it has a note.
  const fills = marks.map((m) => {
    const f = wss.get(m.sheet)!.getRange(m.cell).format.fill;
    f.load('color,pattern,tintAndShade');
    return f;
  });
  const existing = marks.map((m) => {
    if (!m.note) return null;
    const addr = `'${m.sheet.replace(/'/g, "''")}'!${m.cell}`;
    const x = useNotes ? ctx.workbook.notes.getItemOrNullObject(addr) : null;
    x?.load('isNullObject');
    return x;
  });
  await ctx.sync();
  const backup: Backup = {
    version: 1,
    cells: marks.map((m, i) => ({ sheet: m.sheet, cell: m.cell, color: originalFill(fills[i]) })),
    notes: [],
  };
  // Saved before anything changes, so that a failure halfway can still be undone.
  const notes: { sheet: string; cell: string }[] = [];
  // 2. Fills by colour, as RangeAreas in chunks; notes on error cells that have none.
  for (const sheet of sheetNames) {
    const ws = wss.get(sheet)!;
    const byColor = new Map<string, string[]>();
    for (const m of marks.filter((x) => x.sheet === sheet)) {
      const list = byColor.get(m.color);
      if (list) list.push(m.cell);
      else byColor.set(m.color, [m.cell]);
    }
    for (const [color, cells] of byColor) for (const group of chunks(cells, ADDRESSES_PER_AREA)) ws.getRanges(group.join(',')).format.fill.color = color;
  }
  marks.forEach((m, i) => {
    const x = existing[i];
    if (!m.note || !x || !x.isNullObject) return;
    const addr = `'${m.sheet.replace(/'/g, "''")}'!${m.cell}`;
    ctx.workbook.notes.add(addr, m.note);
    notes.push({ sheet: m.sheet, cell: m.cell });
  });
  await store.save({ ...backup, notes });
  await ctx.sync();
  return { cells: marks.length, notes: notes.length };
}

/** Puts back what the last highlight changed: 2 syncs (find what to delete, then restore). */
export async function clearHighlightsIn(ctx: Ctx, store: BackupStore): Promise<number> {
  const backup = await store.load();
  if (!backup || (backup.cells.length === 0 && backup.notes.length === 0)) return 0;
  const names = [...new Set([...backup.cells, ...backup.notes].map((c) => c.sheet))];
  const sheets = new Map(names.map((n) => [n, ctx.workbook.worksheets.getItemOrNullObject(n)]));
  for (const s of sheets.values()) s.load('isNullObject');
  const addr = (c: { sheet: string; cell: string }) => `'${c.sheet.replace(/'/g, "''")}'!${c.cell}`;
  const notes = backup.notes.map((n) => ctx.workbook.notes.getItemOrNullObject(addr(n)));
  for (const x of notes) x.load('isNullObject');
  await ctx.sync();
  for (const c of backup.cells) {
    const ws = sheets.get(c.sheet)!;
    if (ws.isNullObject) continue; // the sheet was deleted or renamed since
    const fill = ws.getRange(c.cell).format.fill;
    if (c.color) fill.color = c.color;
    else fill.clear();
  }
  for (const x of notes) if (!x.isNullObject) x.delete();
  await ctx.sync();
  await store.save(null);
  return backup.cells.length;
}

/** Activates the sheet and selects the cell: 1 sync. */
export async function navigateIn(ctx: Ctx, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await ctx.sync();
}

// ---- Office entry points ------------------------------------------------------------------

const SETTING = 'budgetCheck.highlightBackup';

/** The backup lives in the document's settings, so it survives closing the pane and the workbook. */
export const settingsStore: BackupStore = {
  async load() {
    const raw = Office.context.document.settings.get(SETTING) as string | null;
    return raw ? (JSON.parse(raw) as Backup) : null;
  },
  async save(b) {
    if (b) Office.context.document.settings.set(SETTING, JSON.stringify(b));
    else Office.context.document.settings.remove(SETTING);
    await new Promise<void>((resolve, reject) => Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))));
  },
};

export const excelHost = {
  read: (onProgress?: (f: number) => void) => Excel.run((ctx) => readWorkbookIn(ctx, { onProgress })),
  highlight: (findings: readonly Finding[]) => Excel.run((ctx) => applyHighlightsIn(ctx, findings, settingsStore)),
  clear: () => Excel.run((ctx) => clearHighlightsIn(ctx, settingsStore)),
  navigate: (sheet: string, cell: string) => Excel.run((ctx) => navigateIn(ctx, sheet, cell)),
};
