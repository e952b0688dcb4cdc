#!/usr/bin/env node
/**
 * Writes the add-in's icons (assets/icon-<size>.png) without any image library:
 * the picture is drawn from a few shapes in unit coordinates, supersampled 4×4 per
 * pixel for smooth edges, and encoded as an 8-bit RGBA PNG with node:zlib.
 *
 * The picture: a blue rounded square, a white record sheet on it with two ruled
 * lines and a green check mark — "records, checked".
 *
 * Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
 * The output is deterministic, so re-running it on an unchanged script changes no file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** Sizes the manifest references: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [37, 99, 168];
const WHITE = [255, 255, 255];
const GREEN = [46, 158, 79];
const SUPERSAMPLE = 4;

/** Signed distance from (x, y) to a rounded rectangle; ≤ 0 inside. */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour (RGBA, 0–255) of the picture at a point in the unit square, or null for transparent. */
function sample(x, y, size) {
  if (roundedRect(x, y, 0, 0, 1, 1, 0.18) > 0) return null;
  // Strokes must stay at least about one pixel wide at 16 px.
  const line = Math.max(0.06, 1 / size);
  const check = Math.max(0.085, 1.3 / size);
  const onCheck =
    segment(x, y, 0.34, 0.64, 0.46, 0.76) <= check / 2 || segment(x, y, 0.46, 0.76, 0.7, 0.5) <= check / 2;
  if (onCheck) return GREEN;
  if (roundedRect(x, y, 0.2, 0.13, 0.8, 0.87, 0.06) <= 0) {
    const ruled =
      segment(x, y, 0.32, 0.3, 0.68, 0.3) <= line / 2 || segment(x, y, 0.32, 0.45, 0.68, 0.45) <= line / 2;
    return ruled ? BLUE : WHITE;
  }
  return BLUE;
}

/** RGBA pixels of the icon at `size`×`size`, each pixel averaged over SUPERSAMPLE² samples. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            size,
          );
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      // Colour is averaged over the covered samples only (straight, not premultiplied, alpha).
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a * 255) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** PNG file bytes for RGBA `pixels` of `width`×`height`. */
export function encodePng(width, height, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'assets'));
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
