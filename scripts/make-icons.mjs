#!/usr/bin/env node
// Draws the add-in icons (a page with a tick on a blue tile) as PNGs in assets/, with no image
// library: shapes are sampled 4×4 per pixel for smooth edges and written with zlib.
//   node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80, 128];

const BLUE = [15, 108, 189]; // Fluent brand blue
const WHITE = [255, 255, 255];
const LINE = [160, 180, 200];
const GREEN = [16, 124, 16];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const distToSegment = (x, y, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

/** Colour at a point of the unit square, or null for transparent. Later shapes paint over earlier ones. */
function shade(x, y, size) {
  let c = null;
  if (inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) c = BLUE;
  // The page, with its top-right corner folded.
  const inPage = inRoundRect(x, y, 0.24, 0.14, 0.72, 0.86, 0.04) && !(x - 0.6 > y - 0.14 + 0.0);
  if (inPage) c = WHITE;
  // Lines of text on the page (dropped on the smallest icon, where they would only blur).
  if (inPage && size >= 32) {
    for (const ly of [0.34, 0.46, 0.58]) if (Math.abs(y - ly) < 0.025 && x > 0.32 && x < (ly === 0.58 ? 0.5 : 0.64)) c = LINE;
  }
  // The tick, over the page's lower right corner, with a white outline so it reads on blue and white.
  const w = size <= 16 ? 0.09 : 0.07;
  const d = Math.min(distToSegment(x, y, 0.5, 0.66, 0.62, 0.78), distToSegment(x, y, 0.62, 0.78, 0.86, 0.5));
  if (d < w + 0.035) c = WHITE;
  if (d < w) c = GREEN;
  return c;
}

function render(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (S * S)) * 255);
      }
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(join(root, "assets"), { recursive: true });
for (const size of SIZES) {
  const file = join(root, "assets", `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
