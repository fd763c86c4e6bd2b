/**
 * Draws the extension icon (a lit lens on a violet tile) as PNGs in public/icon/ without any image
 * library: a tiny rasteriser and Node's zlib. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function draw(size: number): Buffer {
  const rows: Buffer[] = [];
  const s = size;
  for (let y = 0; y < s; y++) {
    const row = Buffer.alloc(1 + s * 4);
    for (let x = 0; x < s; x++) {
      // 4×4 supersampling for smooth edges.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const u = (x + (sx + 0.5) / 4) / s;
          const v = (y + (sy + 0.5) / 4) / s;
          const [pr, pg, pb, pa] = pixel(u, v);
          r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
        }
      const o = 1 + x * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / 16) * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The design in unit coordinates: rounded violet tile, a yellow "highlight" bar, a white lens ring. */
function pixel(u: number, v: number): [number, number, number, number] {
  const r = 0.2;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const d = Math.hypot(u - 0.44, v - 0.44);
  if (d > 0.2 && d < 0.28) return [255, 255, 255, 1];
  const along = (u - 0.44 + v - 0.44) / Math.SQRT2;
  const across = Math.abs(u - v) / Math.SQRT2;
  if (along > 0.3 && along < 0.5 && across < 0.06) return [255, 255, 255, 1];
  if (d <= 0.2 && Math.abs(v - 0.44) < 0.07) return [255, 205, 40, 1];
  return [91, 63, 209, 1];
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('wrote public/icon/{16,32,48,128}.png');
