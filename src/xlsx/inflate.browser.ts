// The pane's variant of inflate.ts: the browser's own DecompressionStream. Where a browser lacks
// it or its raw deflate (Safari before 16.4), `inflateRaw` is null and the reader falls back to
// exceljs.
import type { InflateRaw } from './zip';

type Format = ConstructorParameters<typeof DecompressionStream>[0];
const RAW = 'deflate-raw' as Format;

function supported(): boolean {
  try {
    new DecompressionStream(RAW);
    return true;
  } catch {
    return false;
  }
}

export const inflateRaw: InflateRaw | null = supported()
  ? async (data) => {
      const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(RAW));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    }
  : null;
