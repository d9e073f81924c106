/* eslint-disable @typescript-eslint/no-this-alias -- the fake mirrors Office objects whose getters close over their owner */
// A fake of the part of the Excel object model the adapter uses. It keeps a workbook's state,
// counts context.sync calls and the cells each one loads, records every write, and has no way
// to change a cell's value of the user's sheets: the adapter cannot write one even by mistake
// (only sheets it made with Worksheet.copy accept values and formats).
import { a1, cellText, columnLetters, parseA1, type WorkbookGrid } from '../../src/core/grid';

interface FakeCell {
  value: unknown;
  format: string;
  type: string;
}
interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  fills: Map<string, string>;
  /** A sheet made by Worksheet.copy: the only kind whose cells the fake lets an adapter write. */
  copyOf?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  notes = new Map<string, string>();
  writes: string[] = [];

  static fromGrid(grid: WorkbookGrid): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const s of grid.sheets) {
      const sheet: FakeSheet = { name: s.name, visibility: s.hidden ? 'Hidden' : 'Visible', cells: new Map(), merges: [], fills: new Map() };
      s.cells.forEach((row, r) =>
        row.forEach((c, col) => {
          if (!c) return;
          sheet.cells.set(a1(s, r, col), { value: c.error ?? c.value, format: c.format ?? 'General', type: c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String' });
        }),
      );
      sheet.merges = s.merges.map((m) => `${a1(s, m.top, m.left)}:${a1(s, m.bottom, m.right)}`);
      wb.sheets.push(sheet);
    }
    return wb;
  }

  /** Every value and number format, for before/after comparisons. */
  snapshot(): string {
    return JSON.stringify(this.sheets.map((s) => [s.name, [...s.cells.entries()].sort()]));
  }

  context(): FakeContext {
    return new FakeContext(this);
  }
}

function bounds(sheet: FakeSheet): { r0: number; c0: number; r1: number; c1: number } | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const k of sheet.cells.keys()) {
    const p = parseA1(k)!;
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

function localAddress(addr: string): { sheet: string | null; cell: string } {
  const bang = addr.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cell: addr };
  return { sheet: addr.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"), cell: addr.slice(bang + 1) };
}

export class FakeContext {
  syncs = 0;
  /** Cells loaded by each sync. */
  loadedPerSync: number[] = [];
  private pending: (() => number)[] = [];
  readonly workbook: unknown;

  constructor(readonly wb: FakeWorkbook) {
    const ctx = this;
    const sheetProxy = (sheet: FakeSheet | undefined) => {
      const obj = {
        isNullObject: !sheet,
        get name() {
          return sheet!.name;
        },
        set name(n: string) {
          if (!sheet!.copyOf) throw new Error(`the fake refuses to rename the user's sheet ${sheet!.name}`);
          if (wb.sheets.some((x) => x !== sheet && x.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
          wb.writes.push(`rename ${sheet!.name} ${n}`);
          sheet!.name = n;
        },
        copy: () => {
          const c: FakeSheet = { name: `${sheet!.name} (2)`, visibility: sheet!.visibility, cells: new Map([...sheet!.cells].map(([k, v]) => [k, { ...v }])), merges: [...sheet!.merges], fills: new Map(sheet!.fills), copyOf: sheet!.name };
          wb.sheets.push(c);
          wb.writes.push(`copy ${sheet!.name}`);
          return sheetProxy(c);
        },
        get visibility() {
          return sheet!.visibility;
        },
        load: () => obj,
        activate: () => wb.writes.push(`activate ${sheet!.name}`),
        getUsedRangeOrNullObject: () => ctx.usedRange(sheet!),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => ctx.block(sheet!, row, col, rows, cols),
        getRange: (addr: string) => ctx.cellRange(sheet!, addr),
        getRanges: (addrs: string) => ({
          format: {
            fill: {
              set color(c: string) {
                for (const a of addrs.split(',')) {
                  sheet!.fills.set(a, c);
                  wb.writes.push(`fill ${sheet!.name}!${a} ${c}`);
                }
              },
            },
          },
        }),
      };
      return obj;
    };
    const items = () => wb.sheets.map((s) => sheetProxy(s));
    this.workbook = {
      worksheets: {
        items: [] as unknown[],
        load() {
          ctx.pending.push(() => {
            this.items = items();
            return 0;
          });
        },
        getItem: (n: string) => {
          const s = wb.sheets.find((x) => x.name === n);
          if (!s) throw new Error(`ItemNotFound: ${n}`);
          return sheetProxy(s);
        },
        getItemOrNullObject: (n: string) => sheetProxy(wb.sheets.find((x) => x.name === n)),
      },
      notes: {
        getItemOrNullObject: (addr: string) => {
          const key = ctx.noteKey(addr);
          const note = {
            isNullObject: true,
            load: () => ctx.pending.push(() => ((note.isNullObject = !wb.notes.has(key)), 0)),
            delete: () => {
              wb.notes.delete(key);
              wb.writes.push(`delete note ${key}`);
            },
          };
          return note;
        },
        add: (addr: string, content: string) => {
          const key = ctx.noteKey(addr);
          if (wb.notes.has(key)) throw new Error(`a note already exists at ${key}`);
          wb.notes.set(key, content);
          wb.writes.push(`note ${key}`);
        },
      },
    };
  }

  noteKey(addr: string): string {
    const { sheet, cell } = localAddress(addr);
    return `${sheet}!${cell}`;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const work = this.pending;
    this.pending = [];
    this.loadedPerSync.push(work.reduce((n, f) => n + f(), 0));
  }

  private usedRange(sheet: FakeSheet) {
    const ctx = this;
    const b = bounds(sheet);
    const r = {
      isNullObject: !b,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      load: () =>
        ctx.pending.push(() => {
          if (b) Object.assign(r, { rowIndex: b.r0, columnIndex: b.c0, rowCount: b.r1 - b.r0 + 1, columnCount: b.c1 - b.c0 + 1 });
          return 0;
        }),
      getMergedAreasOrNullObject: () => {
        const m = { isNullObject: sheet.merges.length === 0, address: '', load: () => ctx.pending.push(() => ((m.address = sheet.merges.map((x) => `${sheet.name}!${x}`).join(',')), 0)) };
        return m;
      },
    };
    return r;
  }

  private block(sheet: FakeSheet, row: number, col: number, rows: number, cols: number) {
    const ctx = this;
    let loaded: { values: unknown[][]; numberFormat: string[][]; valueTypes: string[][] } | null = null;
    const range = {
      load: () =>
        ctx.pending.push(() => {
          const grid = (f: (c: FakeCell | undefined) => unknown) => Array.from({ length: rows }, (_r, i) => Array.from({ length: cols }, (_c, j) => f(sheet.cells.get(`${columnLetters(col + j)}${row + i + 1}`))));
          loaded = {
            values: grid((c) => (c ? c.value : '')),
            numberFormat: grid((c) => (c ? c.format : 'General')) as string[][],
            valueTypes: grid((c) => (c ? c.type : 'Empty')) as string[][],
          };
          return rows * cols;
        }),
      get values() {
        if (!loaded) throw new Error('PropertyNotLoaded: values');
        return loaded.values;
      },
      get numberFormat() {
        if (!loaded) throw new Error('PropertyNotLoaded: numberFormat');
        return loaded.numberFormat;
      },
      get valueTypes() {
        if (!loaded) throw new Error('PropertyNotLoaded: valueTypes');
        return loaded.valueTypes;
      },
    };
    return range;
  }

  private cellRange(sheet: FakeSheet, addr: string) {
    const ctx = this;
    const wb = this.wb;
    // As Excel reports a fill: a cell without one reads #FFFFFF like a white one; the pattern is
    // left null for both (as reported for Excel on Windows), the tint is null without a fill.
    const fill = {
      _color: undefined as string | undefined,
      _tint: undefined as number | null | undefined,
      load: () =>
        ctx.pending.push(() => {
          fill._color = sheet.fills.get(addr) ?? '#FFFFFF';
          fill._tint = sheet.fills.has(addr) ? 0 : null;
          return 0;
        }),
      get color() {
        if (fill._color === undefined) throw new Error('PropertyNotLoaded: color');
        return fill._color;
      },
      get pattern() {
        if (fill._color === undefined) throw new Error('PropertyNotLoaded: pattern');
        return null;
      },
      get tintAndShade() {
        if (fill._tint === undefined) throw new Error('PropertyNotLoaded: tintAndShade');
        return fill._tint;
      },
      set color(c: string) {
        sheet.fills.set(addr, c);
        wb.writes.push(`fill ${sheet.name}!${addr} ${c}`);
      },
      clear: () => {
        sheet.fills.delete(addr);
        wb.writes.push(`clear ${sheet.name}!${addr}`);
      },
    };
    const write = (what: string, f: (c: FakeCell) => void) => {
      if (!sheet.copyOf) throw new Error(`the fake refuses to write ${what} into the user's sheet ${sheet.name}`);
      const c = sheet.cells.get(addr) ?? { value: '', format: 'General', type: 'Empty' };
      f(c);
      sheet.cells.set(addr, c);
      wb.writes.push(`${what} ${sheet.name}!${addr}`);
    };
    return {
      format: { fill },
      select: () => wb.writes.push(`select ${sheet.name}!${addr}`),
      set values(v: unknown[][]) {
        write('value', (c) => {
          c.value = v[0][0];
          c.type = typeof v[0][0] === 'number' ? 'Double' : 'String';
        });
      },
      set numberFormat(v: string[][]) {
        write('format', (c) => (c.format = v[0][0]));
      },
    };
  }
}

/** The text of a grid cell, for comparing grids read through the fake. */
export { cellText };
