// Where the pane's workbook comes from: Excel (through the adapter) or, in a plain browser, a
// file opened from disk. The file reader is loaded on demand, so it is not part of the bundle
// that Excel loads.
import type { Finding } from '../core/checks/types';
import type { WorkbookGrid } from '../core/grid';

export interface WorkbookSource {
  readonly kind: 'excel' | 'standalone';
  read(onProgress?: (f: number) => void): Promise<WorkbookGrid>;
  /** Marks the findings in the workbook (Excel) — the standalone preview marks them itself. */
  highlight(findings: readonly Finding[]): Promise<void>;
  clear(): Promise<void>;
  navigate(sheet: string, cell: string): Promise<void>;
}

/** Reads .xlsx, .xlsm or .xls bytes with the lazily loaded file reader (SheetJS only for .xls). */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookGrid> {
  const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx-reader" */ '../xlsx/read');
  return readWorkbookBytes(bytes);
}

export function fileSource(bytes: Uint8Array, onNavigate: (sheet: string, cell: string) => void): WorkbookSource {
  return {
    kind: 'standalone',
    read: () => readXlsx(bytes),
    highlight: async () => undefined,
    clear: async () => undefined,
    navigate: async (sheet, cell) => onNavigate(sheet, cell),
  };
}

export async function excelSource(): Promise<WorkbookSource> {
  const { excelHost } = await import(/* webpackChunkName: "excel-adapter" */ '../excel/excel');
  return {
    kind: 'excel',
    read: (onProgress) => excelHost.read(onProgress),
    highlight: async (findings) => void (await excelHost.highlight(findings)),
    clear: async () => void (await excelHost.clear()),
    navigate: excelHost.navigate,
  };
}

export const SAMPLES = [
  { file: 'samples/injected/a-2019-errors.xlsx', zh: '示例 (a) 注入错误', en: 'Sample (a) with injected errors' },
  { file: 'samples/a-2019.xlsx', zh: '示例 (a) 2019', en: 'Sample (a) 2019' },
  { file: 'samples/b-2025.xlsx', zh: '示例 (b) 2025', en: 'Sample (b) 2025' },
  { file: 'samples/a-2019-quirks.xlsx', zh: '示例 (a) 非标准版式', en: 'Sample (a) with layout quirks' },
  { file: 'samples/injected/b-2025-errors.xlsx', zh: '示例 (b) 注入错误', en: 'Sample (b) with injected errors' },
  { file: 'samples/c-2024.xlsx', zh: '示例 (c) 2024（含项目、采购表）', en: 'Sample (c) 2024 (with project and procurement tables)' },
  { file: 'samples/injected/c-2024-errors.xlsx', zh: '示例 (c) 注入错误（表间关系）', en: 'Sample (c) with errors between tables' },
  { file: 'samples/c-2024-continued.xlsx', zh: '示例 (c) 续表', en: 'Sample (c), continued tables' },
  { file: 'samples/injected/c-2024-continued-errors.xlsx', zh: '示例 (c) 续表，注入错误', en: 'Sample (c), continued, errors' },
  { file: 'samples/injected/b-2025-continued-errors.xlsx', zh: '示例 (b) 续表，注入错误', en: 'Sample (b), continued, errors' },
  { file: 'samples/d-2025-breakdowns.xlsx', zh: '示例 (d) 2025 支出分列', en: 'Sample (d), breakdowns' },
  { file: 'samples/injected/d-2025-breakdowns-errors.xlsx', zh: '示例 (d) 支出分列，注入错误', en: 'Sample (d), breakdowns, errors' },
] as const;

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

export function downloadFile(name: string, content: string, type: string): void {
  downloadBlob(name, new Blob([content], { type }));
}

export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
