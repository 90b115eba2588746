#!/usr/bin/env node
// Draws the app icons (the title's tower of five coloured blocks) and writes them to public/icons/
// as PNG: 192 and 512 px for the manifest, a 512 px maskable one (full-bleed background, the tower
// inside the safe circle) and a 180 px one for iPhone home screens.
//
//   node scripts/make-icons.mjs
//
// Everything is drawn from code in this file (4x4 supersampled rounded rectangles) and encoded
// with node's zlib: no art from elsewhere, no npm dependencies, the same bytes on every run.
// Run by hand by a developer; the resulting files are committed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

// the game's colours (src/ui/theme.ts): background, ground line, and the child's blocks bottom-up
const BG = 0xf6efe4;
const GROUND = 0x6b6574;
const BLOCKS = [0xe0896a, 0xe6b653, 0x86b58a, 0x76a0c8, 0xa48cc4];

const rgb = (c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const shade = (c, k) => rgb(c).map((v) => Math.round(v * k));

/** A canvas of premultiplied-free RGBA floats with 4x4 supersampled shape coverage. */
function canvas(size) {
  const px = new Float64Array(size * size * 4);
  /** Paint a rounded rectangle (x, y, w, h, r in pixels) with colour [r,g,b] at full opacity. */
  const roundRect = (x, y, w, h, r, colour) => {
    const [cr, cg, cb] = colour;
    const x0 = Math.max(0, Math.floor(x)),
      x1 = Math.min(size, Math.ceil(x + w));
    const y0 = Math.max(0, Math.floor(y)),
      y1 = Math.min(size, Math.ceil(y + h));
    for (let py = y0; py < y1; py++) {
      for (let qx = x0; qx < x1; qx++) {
        let hits = 0;
        for (let sy = 0; sy < 4; sy++) {
          for (let sx = 0; sx < 4; sx++) {
            const u = qx + (sx + 0.5) / 4,
              v = py + (sy + 0.5) / 4;
            if (u < x || u > x + w || v < y || v > y + h) continue;
            const dx = Math.max(x + r - u, 0, u - (x + w - r));
            const dy = Math.max(y + r - v, 0, v - (y + h - r));
            if (dx * dx + dy * dy <= r * r) hits++;
          }
        }
        if (!hits) continue;
        const a = hits / 16;
        const i = (py * size + qx) * 4;
        const under = px[i + 3];
        const out = a + under * (1 - a);
        px[i] = (cr * a + px[i] * under * (1 - a)) / out;
        px[i + 1] = (cg * a + px[i + 1] * under * (1 - a)) / out;
        px[i + 2] = (cb * a + px[i + 2] * under * (1 - a)) / out;
        px[i + 3] = out;
      }
    }
  };
  return { size, px, roundRect };
}

/** The tower of five blocks, centred in a box of `room` pixels around the middle of the canvas. */
function drawTower(c, room) {
  const { size } = c;
  const blockH = room / 6.2;
  const gap = room * 0.02;
  const width = room * 0.86;
  const top = (size - (5 * (blockH + gap) + room * 0.05)) / 2;
  const r = blockH * 0.22;
  const line = Math.max(1.5, room * 0.012);
  BLOCKS.forEach((colour, i) => {
    const w = width * (1 - i * 0.09);
    const y = top + (4 - i) * (blockH + gap);
    const x = (size - w) / 2;
    c.roundRect(x, y, w, blockH, r, shade(colour, 0.62));
    c.roundRect(x + line, y + line, w - 2 * line, blockH - 2 * line, Math.max(1, r - line), rgb(colour));
  });
  const groundY = top + 5 * (blockH + gap);
  c.roundRect((size - width * 1.2) / 2, groundY, width * 1.2, room * 0.045, room * 0.02, rgb(GROUND));
}

function icon(size, maskable) {
  const c = canvas(size);
  if (maskable) {
    // full bleed: the launcher cuts its own shape; the tower stays inside the central 80% circle
    c.roundRect(0, 0, size, size, 0.001, rgb(BG));
    drawTower(c, size * 0.52);
  } else {
    c.roundRect(size * 0.02, size * 0.02, size * 0.96, size * 0.96, size * 0.2, rgb(BG));
    drawTower(c, size * 0.74);
  }
  return c;
}

/** Encode as an 8-bit RGBA PNG. */
function png({ size, px }) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size * 4; x++) {
      const v = px[y * size * 4 + x];
      raw[y * (size * 4 + 1) + 1 + x] = Math.round(x % 4 === 3 ? v * 255 : v);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
const files = [
  ['icon-192.png', icon(192, false)],
  ['icon-512.png', icon(512, false)],
  ['icon-maskable-512.png', icon(512, true)],
  // iOS ignores the manifest's icons and draws no transparency: the full-bleed one
  ['apple-touch-icon-180.png', icon(180, true)],
];
for (const [name, c] of files) {
  const data = png(c);
  writeFileSync(join(OUT, name), data);
  console.log(`${name.padEnd(26)} ${String(data.length).padStart(7)} bytes`);
}
