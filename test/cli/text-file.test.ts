import { decodeText } from '../../src/cli/text-file';

const TEXT = '一般公共预算支出489.25万元，占61.99%。';

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('decoding text files', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its BOM, and ASCII-heavy UTF-16 without one', () => {
    expect(decodeText(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(utf16('2019 budget: 789.25', true, false)).text).toBe('2019 budget: 789.25');
  });

  it('falls back to GB18030 (GBK) when the bytes are not UTF-8', () => {
    // "预算" in GBK: D4 A4 CB E3
    const gbk = new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0x31, 0x30]);
    expect(decodeText(gbk)).toEqual({ text: '预算10', encoding: 'gb18030' });
  });
});
