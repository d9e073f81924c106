#!/usr/bin/env node
// Draws the add-in icon (a ledger sheet with a check mark) at every size the
// manifest declares and writes assets/icon-<size>.png. Pure Node: the PNG is
// encoded by hand with zlib, so no image library is needed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SS = 4; // supersampling factor per axis for smooth edges

const TEAL = [0x0b, 0x6a, 0x5b];
const WHITE = [0xff, 0xff, 0xff];
const LINE = [0xb8, 0xd8, 0xd2];
const RED = [0xc5, 0x30, 0x30];

function insideRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Colour of a point in the unit square (0..1), or null for transparent.
function shade(u, v) {
  let c = null;
  if (insideRoundRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.18)) c = TEAL;
  // the sheet
  if (insideRoundRect(u, v, 0.2, 0.16, 0.8, 0.84, 0.05)) {
    c = WHITE;
    // ruled rows and a column divider, the look of a budget table
    for (const ry of [0.34, 0.5, 0.66]) if (Math.abs(v - ry) < 0.025 && u > 0.27 && u < 0.73) c = LINE;
    if (Math.abs(u - 0.42) < 0.022 && v > 0.24 && v < 0.76) c = LINE;
    if (v > 0.21 && v < 0.27 && u > 0.27 && u < 0.73) c = TEAL; // header band
  }
  // check mark over the lower right of the sheet
  const d = Math.min(distToSegment(u, v, 0.5, 0.66, 0.6, 0.76), distToSegment(u, v, 0.6, 0.76, 0.8, 0.5));
  if (d < 0.055) c = RED;
  return c;
}

function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) { px[i] = Math.round(r / a); px[i + 1] = Math.round(g / a); px[i + 2] = Math.round(b / a); }
      px[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return encodePng(size, size, px);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const s of SIZES) fs.writeFileSync(path.join(outDir, `icon-${s}.png`), render(s));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);
