// A minimal zip writer for hand-made .xlsx fixtures: what exceljs and JSZip never write (stored
// entries beside deflated ones, data descriptors, ZIP64 records, a leading slash in names).
import { crc32, deflateRawSync } from 'zlib';

export interface ZipOptions {
  /** 0 = stored, 8 = deflated (default). */
  readonly method?: 0 | 8;
  /** Sizes and CRC in a data descriptor after the data (flag bit 3), zeros in the local header. */
  readonly descriptor?: boolean;
  /** ZIP64 end records and 0xFFFFFFFF sizes and offsets with the 64-bit values in extra fields. */
  readonly zip64?: boolean;
}

const u16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

/** Parts by name (string content is written as UTF-8) → the bytes of a zip package. */
export function zipParts(parts: Record<string, string | Uint8Array>, o: ZipOptions = {}): Uint8Array {
  const method = o.method ?? 8;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    const packed = method === 8 ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = (o.descriptor ? 8 : 0) | 0x800;
    const big = o.zip64 ? 0xffffffff : -1;
    const localExtra = o.zip64 ? Buffer.concat([u16(1), u16(16), u64(data.length), u64(packed.length)]) : Buffer.alloc(0);
    const local = Buffer.concat([
      u32(0x04034b50), u16(o.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0),
      u32(o.descriptor ? 0 : crc), u32(o.descriptor ? 0 : o.zip64 ? big : packed.length), u32(o.descriptor ? 0 : o.zip64 ? big : data.length),
      u16(nameBytes.length), u16(localExtra.length), nameBytes, localExtra,
    ]);
    const descriptor = o.descriptor ? Buffer.concat([u32(0x08074b50), u32(crc), u32(packed.length), u32(data.length)]) : Buffer.alloc(0);
    const centralExtra = o.zip64 ? Buffer.concat([u16(1), u16(24), u64(data.length), u64(packed.length), u64(offset)]) : Buffer.alloc(0);
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(45), u16(o.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0), u32(crc),
        u32(o.zip64 ? big : packed.length), u32(o.zip64 ? big : data.length), u16(nameBytes.length), u16(centralExtra.length), u16(0),
        u16(0), u16(0), u32(0), u32(o.zip64 ? big : offset), nameBytes, centralExtra,
      ]),
    );
    locals.push(local, packed, descriptor);
    offset += local.length + packed.length + descriptor.length;
  }
  const dir = Buffer.concat(central);
  const count = central.length;
  const tail: Buffer[] = [];
  if (o.zip64) {
    const rec = offset + dir.length;
    tail.push(Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(dir.length), u64(offset)]));
    tail.push(Buffer.concat([u32(0x07064b50), u32(0), u64(rec), u32(1)]));
  }
  tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(o.zip64 ? 0xffff : count), u16(o.zip64 ? 0xffff : count), u32(dir.length), u32(o.zip64 ? 0xffffffff : offset), u16(0)]));
  return new Uint8Array(Buffer.concat([...locals, dir, ...tail]));
}

/** The parts of a minimal workbook: one part per sheet XML body, names and states as given. */
export function workbookParts(
  sheets: { name: string; xml: string; state?: string; path?: string; target?: string; type?: string; raw?: boolean }[],
  extra: { sharedStrings?: string; styles?: string; workbookPr?: string; ns?: string; relNs?: string } = {},
): Record<string, string> {
  const ns = extra.ns ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relNs = extra.relNs ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels = sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/${s.type ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`);
  if (extra.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst xmlns="${ns}">${extra.sharedStrings}</sst>`;
  }
  if (extra.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${relNs}/styles" Target="styles.xml"/>`);
    parts['xl/styles.xml'] = `<?xml version="1.0"?><styleSheet xmlns="${ns}">${extra.styles}</styleSheet>`;
  }
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  const list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  parts['xl/workbook.xml'] = `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${relNs}">${extra.workbookPr ?? ''}<sheets>${list}</sheets></workbook>`;
  sheets.forEach((s, i) => {
    parts[s.path ?? `xl/worksheets/sheet${i + 1}.xml`] = s.raw ? s.xml : `<?xml version="1.0"?><worksheet xmlns="${ns}" xmlns:r="${relNs}">${s.xml}</worksheet>`;
  });
  return parts;
}
