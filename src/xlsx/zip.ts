// The zip container of an .xlsx package, read from its central directory: only the parts asked
// for are inflated. Handles stored and deflated entries, data descriptors (sizes are taken from
// the central directory) and ZIP64. The inflater is injected: Node's native zlib on the command
// line, the browser's DecompressionStream in the pane (inflate.ts / inflate.browser.ts), so this
// file imports nothing platform-specific.

/** Raw deflate → bytes; `size` is the expected uncompressed size. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

/** The container itself is damaged (reported as a corrupt workbook). */
export class ZipError extends Error {}

export interface ZipEntry {
  /** The name as stored, without a leading slash. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x100000000;

function findEndOfDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw new ZipError('end of central directory not found');
}

/** The entries of the central directory, by lower-cased name (part names are case-insensitive). */
export function zipEntries(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEndOfDirectory(b);
  let count = u16(b, eocd + 10);
  let dirOffset = u32(b, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    // ZIP64: a locator just before the record points to the 64-bit end record.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new ZipError('ZIP64 locator not found');
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) throw new ZipError('ZIP64 end record not found');
    count = u64(b, rec + 32);
    dirOffset = u64(b, rec + 48);
  }
  const names = new TextDecoder('utf-8');
  const out = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new ZipError('central directory damaged');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    let name = names.decode(b.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The ZIP64 extra field holds, in this order, only the values that overflowed.
      for (let e = p + 46 + nameLen, end = e + extraLen; e + 4 <= end; e += 4 + u16(b, e + 2)) {
        if (u16(b, e) !== 0x0001) continue;
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(b, q);
        break;
      }
    }
    if (name.startsWith('/')) name = name.slice(1);
    if (!name.endsWith('/')) out.set(name.toLowerCase(), { name, method, flags, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The uncompressed bytes of an entry. */
export async function zipRead(b: Uint8Array, e: ZipEntry, inflateRaw: InflateRaw): Promise<Uint8Array> {
  const h = e.localOffset;
  if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw new ZipError(`local header of ${e.name} not found`);
  if (e.flags & 1) throw new ZipError('Encrypted zip are not supported');
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipError(`${e.name} is cut short`);
  const data = b.subarray(start, end);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = await inflateRaw(data, e.size);
    } catch (err) {
      throw new ZipError(`${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  else throw new ZipError(`${e.name}: compression method ${e.method} is not supported`);
  if (out.length !== e.size) throw new ZipError(`${e.name}: size ${out.length} instead of ${e.size}`);
  return out;
}
