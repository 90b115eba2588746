// Camera frames of a class holding up answer cards, drawn from the card layout (src/class/cards.ts)
// into an RGBA buffer: for the unit tests of readCards, the benchmark (npm run bench:cards) and the
// fake camera of the browser test (a .y4m file written at test time, never committed).
//
// What a real room does to the cards is drawn too: cards turned up to ±30° off upright, tilted
// towards or away from the camera (perspective), near and far (sizes), light falling off across the
// room and differing per card, faded ink, a hand on each card's corner, camera noise and a little
// blur; students and posters behind them, and marker-like squares that are no card (decoys). One
// card is half covered (it must not be read) and one card is shown twice (it counts once).
import { CARD, CARD_LETTERS, MARKER_CELLS, markerBits, type CardLetter } from '../src/class/cards';

export interface Placement {
  card: number;
  letter: CardLetter;
  /** Centre and side in pixels (the side before perspective). */
  x: number;
  y: number;
  size: number;
  /** Degrees off upright (clockwise positive), on top of the quarter turn that puts the letter on top. */
  tilt: number;
  /** Degrees turned away from the camera about the card's horizontal and vertical axes. */
  pitch: number;
  yaw: number;
  /** Light on the card (1 = as the room's best lit spot) and the ink's grey (0 black … 255). */
  light: number;
  ink: number;
  /** Half the card hidden behind a book: it must not be read. */
  covered?: boolean;
}

export interface Scene {
  width: number;
  height: number;
  seed: number;
  placements: Placement[];
  /** Light at the room's dark side, as a part of the bright side's. */
  dim: number;
  /** Camera noise: the spread of each pixel's error, in grey levels. */
  noise: number;
}

export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A small, seedable random source (mulberry32), so every frame can be drawn again exactly. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cards the camera must read in a scene: every card not covered, once. */
export function truth(scene: Scene): { card: number; letter: CardLetter }[] {
  const seen = new Map<number, CardLetter>();
  for (const p of scene.placements) if (!p.covered) seen.set(p.card, p.letter);
  return [...seen].map(([card, letter]) => ({ card, letter })).sort((a, b) => a.card - b.card);
}

/**
 * A class of 30 in a 1280×720 frame: 30 different cards (numbers from 1–40), one of them shown
 * twice, and one more card half covered; 8 seats a row, 4 rows, the back rows smaller.
 */
export function classScene(seed: number, width = 1280, height = 720): Scene {
  const r = rng(seed);
  const between = (a: number, b: number) => a + (b - a) * r();
  const numbers = Array.from({ length: 40 }, (_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j]!, numbers[i]!];
  }
  const cols = 8;
  const rows = 4;
  const placements: Placement[] = [];
  const seats = cols * rows;
  const twice = Math.floor(r() * 30);
  // which seat holds which: 30 cards, the copy (role 30) and the covered card (role 31)
  const roles = Array.from({ length: seats }, (_, i) => i);
  for (let i = roles.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [roles[i], roles[j]] = [roles[j]!, roles[i]!];
  }
  const byRole: Placement[] = [];
  const scale = Math.min(width / 1280, height / 720);
  for (let s = 0; s < seats; s++) {
    const row = Math.floor(s / cols);
    const col = s % cols;
    // the back row (row 0) sits far away: smaller cards
    const size = between(58 + row * 14, 72 + row * 14) * scale;
    const place = {
      x: ((col + 0.5) * width) / cols + between(-10, 10) * scale,
      y: ((row + 0.5) * height) / rows + between(-8, 8) * scale,
      size,
      tilt: between(-30, 30),
      pitch: between(-35, 35),
      yaw: between(-35, 35),
      light: between(0.55, 1.15),
      // some cards printed with little toner left
      ink: r() < 0.2 ? between(35, 60) : between(0, 25),
    };
    byRole[roles[s]!] = { card: numbers[roles[s]!]!, letter: CARD_LETTERS[Math.floor(r() * 4)]!, ...place };
  }
  for (let i = 0; i < 30; i++) placements.push(byRole[i]!);
  placements.push({ ...byRole[31]!, covered: true });
  // a second copy of one card (the same answer held up by two students, or a photocopy)
  placements.push({ ...byRole[30]!, card: placements[twice]!.card, letter: placements[twice]!.letter });
  return { width, height, seed, placements, dim: between(0.45, 0.7), noise: between(2, 5) };
}

// 5×7 letters and digits for the card's letters and number
const GLYPHS: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  0: ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  1: ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  2: ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  3: ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  4: ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  5: ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  6: ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  7: ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  8: ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  9: ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
};

/** Ink at (gx, gy) inside a glyph box of the given height, its top left at (x0, y0)? */
function glyphInk(ch: string, gx: number, gy: number, x0: number, y0: number, h: number): boolean {
  const g = GLYPHS[ch];
  if (!g) return false;
  const cell = h / 7;
  const c = Math.floor((gx - x0) / cell);
  const rr = Math.floor((gy - y0) / cell);
  return rr >= 0 && rr < 7 && c >= 0 && c < 5 && g[rr]![c] === '1';
}

/** Ink on the card at (u, v) in the card's own square (0…1, top left = A side's left end)? */
function cardInk(bits: boolean[][], number: string, u: number, v: number): boolean {
  const m0 = (1 - CARD.marker) / 2;
  if (u >= m0 && u < m0 + CARD.marker && v >= m0 && v < m0 + CARD.marker) {
    const c = Math.floor(((u - m0) / CARD.marker) * MARKER_CELLS);
    const r = Math.floor(((v - m0) / CARD.marker) * MARKER_CELLS);
    if (r === 0 || c === 0 || r === MARKER_CELLS - 1 || c === MARKER_CELLS - 1) return true;
    return !bits[r - 1]![c - 1];
  }
  // the letters: side k's letter is the A side's turned k quarters clockwise
  const a = u - 0.5;
  const b = v - 0.5;
  const h = CARD.letter;
  const w = (h * 5) / 7;
  for (let k = 0; k < 4; k++) {
    // turn (a, b) back k quarters (anticlockwise on screen, y down)
    let x = a;
    let y = b;
    for (let q = 0; q < k; q++) [x, y] = [y, -x];
    const top = -0.5 + CARD.letterInset - h / 2;
    if (x >= -w / 2 && x < w / 2 && y >= top && y < top + h) return glyphInk(CARD_LETTERS[k]!, x, y, -w / 2, top, h);
  }
  const nh = CARD.number;
  const nw = (nh * 6) / 7;
  const nx = 0.035;
  const ny = 0.035;
  if (v >= ny && v < ny + nh && u >= nx && u < nx + nw * number.length) {
    const i = Math.floor((u - nx) / nw);
    return glyphInk(number[i]!, u - nx - i * nw, v - ny, 0, 0, nh);
  }
  return false;
}

type Mat = [number, number, number, number, number, number, number, number, number];

/** The projective map of the unit square onto a quad (corners clockwise from top left). */
function squareToQuad(p: { x: number; y: number }[]): Mat {
  const [p0, p1, p2, p3] = p as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  const dx1 = p1.x - p2.x;
  const dx2 = p3.x - p2.x;
  const dy1 = p1.y - p2.y;
  const dy2 = p3.y - p2.y;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  // x = (a u + b v + c) / (g u + h v + 1), y = (d u + e v + f) / (…)
  return [p1.x - p0.x + g * p1.x, p3.x - p0.x + h * p3.x, p0.x, p1.y - p0.y + g * p1.y, p3.y - p0.y + h * p3.y, p0.y, g, h, 1];
}

function invert(m: Mat): Mat {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/** The card's four corners on screen: turned, tilted away from the camera, and seen in perspective. */
export function cardCorners(p: Placement): { x: number; y: number }[] {
  const turn = ((-CARD_LETTERS.indexOf(p.letter) * 90 + p.tilt) * Math.PI) / 180;
  const pitch = (p.pitch * Math.PI) / 180;
  const yaw = (p.yaw * Math.PI) / 180;
  const distance = p.size * 4;
  return [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ].map(([u, v]) => {
    let x = (u! - 0.5) * p.size;
    let y = (v! - 0.5) * p.size;
    [x, y] = [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)];
    let z = 0;
    [y, z] = [y * Math.cos(pitch), y * Math.sin(pitch)];
    [x, z] = [x * Math.cos(yaw) + z * Math.sin(yaw), -x * Math.sin(yaw) + z * Math.cos(yaw)];
    const s = distance / (distance + z);
    return { x: p.x + x * s, y: p.y + y * s };
  });
}

/** Draw a scene: an RGBA frame the size of the scene. */
export function renderScene(scene: Scene): Rgba {
  const { width, height } = scene;
  const r = rng(scene.seed * 7919 + 17);
  const between = (a: number, b: number) => a + (b - a) * r();
  // RGB as floats, 0…255, before light and noise
  const img = new Float32Array(width * height * 3);
  const fillRect = (x0: number, y0: number, x1: number, y1: number, rgb: number[]) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y++)
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(width, Math.ceil(x1)); x++) img.set(rgb, (y * width + x) * 3);
  };
  const fillEllipse = (cx: number, cy: number, rx: number, ry: number, rgb: number[]) => {
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, Math.ceil(cy + ry)); y++)
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(width, Math.ceil(cx + rx)); x++) if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) img.set(rgb, (y * width + x) * 3);
  };
  // the wall, a board, posters
  fillRect(0, 0, width, height, [214, 205, 188]);
  fillRect(width * 0.1, 0, width * 0.6, height * 0.18, [60, 72, 66]);
  for (let i = 0; i < 5; i++) {
    const x = between(0, width);
    const y = between(0, height * 0.5);
    fillRect(x, y, x + between(40, 120), y + between(50, 140), [between(80, 250), between(80, 250), between(80, 250)]);
  }
  const skin = () => {
    const t = r();
    return [120 + 110 * t, 80 + 100 * t, 60 + 90 * t];
  };
  // the students behind the cards, and their desks
  for (const p of scene.placements) {
    fillRect(p.x - p.size * 0.8, p.y + p.size * 0.2, p.x + p.size * 0.8, p.y + p.size * 1.4, [between(20, 200), between(20, 200), between(20, 200)]);
    fillEllipse(p.x + between(-20, 20), p.y - p.size * 0.45, p.size * 0.35, p.size * 0.45, skin());
  }
  for (let row = 1; row <= 4; row++) fillRect(0, (row * height) / 4 - 12, width, (row * height) / 4, [150, 110, 70]);
  // marker-like squares that are no card: a poster of black and white blocks, a chessboard
  for (let i = 0; i < 3; i++) {
    const s = between(50, 90);
    const x0 = between(0, width - s);
    const y0 = between(0, height - s);
    const bits = Array.from({ length: 36 }, () => r() < 0.5);
    for (let y = 0; y < s; y++)
      for (let x = 0; x < s; x++) {
        const c = Math.floor((x / s) * 8);
        const rr = Math.floor((y / s) * 8);
        const ink = rr === 0 || c === 0 || rr === 7 || c === 7 || (i === 0 ? (rr + c) % 2 === 0 : !bits[(rr - 1) * 6 + (c - 1)]);
        const v = ink ? 25 : 235;
        img.set([v, v, v], ((Math.floor(y0) + y) * width + Math.floor(x0) + x) * 3);
      }
  }
  // the cards, each sampled 3×3 times a pixel so their edges are soft as a lens makes them
  const SS = 3;
  for (const p of scene.placements) {
    const corners = cardCorners(p);
    const back = invert(squareToQuad(corners));
    const bits = markerBits(p.card);
    const number = String(p.card);
    const hand = skin();
    const lowest = corners.reduce((a, b) => (b.y > a.y ? b : a));
    const lowIndex = corners.indexOf(lowest);
    const handUV = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ][lowIndex]!;
    const book = [between(30, 90), between(30, 90), between(60, 140)];
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    const pad = p.covered ? p.size * 0.4 : 2;
    const x0 = Math.max(0, Math.floor(Math.min(...xs) - pad));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs) + pad));
    const y0 = Math.max(0, Math.floor(Math.min(...ys) - pad));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys) + pad));
    const paper = 238 * p.light;
    const ink = Math.min(paper, 20 + p.ink) * p.light;
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        let cr = 0;
        let cg = 0;
        let cb = 0;
        let n = 0;
        for (let sy = 0; sy < SS; sy++)
          for (let sx = 0; sx < SS; sx++) {
            const px = x + (sx + 0.5) / SS;
            const py = y + (sy + 0.5) / SS;
            const w = back[6] * px + back[7] * py + back[8];
            const u = (back[0] * px + back[1] * py + back[2]) / w;
            const v = (back[3] * px + back[4] * py + back[5]) / w;
            let rgb: number[] | null = null;
            // a book over the card's lower half (in the card's own frame), reaching past its edges
            if (p.covered && v > 0.5 && v < 1.35 && u > -0.15 && u < 1.15) rgb = book;
            else if (u >= 0 && u < 1 && v >= 0 && v < 1) {
              // the student's hand on the lowest corner, over the margin only
              if (Math.hypot(u - handUV[0]!, v - handUV[1]!) < 0.16) rgb = hand;
              else {
                const g = cardInk(bits, number, u, v) ? ink : paper;
                rgb = [g, g, g * 0.97];
              }
            }
            if (rgb) {
              cr += rgb[0]!;
              cg += rgb[1]!;
              cb += rgb[2]!;
              n++;
            }
          }
        if (!n) continue;
        const i = (y * width + x) * 3;
        const k = SS * SS;
        img[i] = (img[i]! * (k - n) + cr) / k;
        img[i + 1] = (img[i + 1]! * (k - n) + cg) / k;
        img[i + 2] = (img[i + 2]! * (k - n) + cb) / k;
      }
  }
  // a slight blur ([1 2 1] each way, as a lens and the camera's own smoothing do), light falling
  // off across the room, camera noise
  const tmp = new Float32Array(img.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 3; c++) {
        const i = (y * width + x) * 3 + c;
        const l = x > 0 ? img[i - 3]! : img[i]!;
        const rr = x < width - 1 ? img[i + 3]! : img[i]!;
        tmp[i] = (l + 2 * img[i]! + rr) / 4;
      }
  const out = new Uint8ClampedArray(width * height * 4);
  const row = width * 3;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const light = scene.dim + (1 - scene.dim) * (x / width) * (0.85 + 0.15 * (y / height));
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const i = (y * width + x) * 3 + c;
        const up = y > 0 ? tmp[i - row]! : tmp[i]!;
        const down = y < height - 1 ? tmp[i + row]! : tmp[i]!;
        out[o + c] = ((up + 2 * tmp[i]! + down) / 4) * light + (r() + r() - 1) * 2.45 * scene.noise;
      }
      out[o + 3] = 255;
    }
  return { data: out, width, height };
}

/** Frames as a YUV4MPEG2 (4:2:0) video, what Chromium's fake camera plays in a loop. */
export function toY4m(frames: Rgba[], fps = 10): Buffer {
  const { width, height } = frames[0]!;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const parts: Buffer[] = [header];
  const cw = width >> 1;
  const ch = height >> 1;
  for (const f of frames) {
    const y = Buffer.alloc(width * height);
    const u = Buffer.alloc(cw * ch);
    const v = Buffer.alloc(cw * ch);
    const d = f.data;
    for (let i = 0; i < width * height; i++) y[i] = Math.round(0.299 * d[i * 4]! + 0.587 * d[i * 4 + 1]! + 0.114 * d[i * 4 + 2]!);
    for (let j = 0; j < ch; j++)
      for (let i = 0; i < cw; i++) {
        let r = 0;
        let g = 0;
        let b = 0;
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          const o = ((j * 2 + dy) * width + i * 2 + dx) * 4;
          r += d[o]!;
          g += d[o + 1]!;
          b += d[o + 2]!;
        }
        r /= 4;
        g /= 4;
        b /= 4;
        u[j * cw + i] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
        v[j * cw + i] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
      }
    parts.push(Buffer.from('FRAME\n'), y, u, v);
  }
  return Buffer.concat(parts);
}

/** A frame as a PNG-free picture to look at: binary PPM (P6). */
export function toPpm(f: Rgba): Buffer {
  const rgb = Buffer.alloc(f.width * f.height * 3);
  for (let i = 0; i < f.width * f.height; i++) {
    rgb[i * 3] = f.data[i * 4]!;
    rgb[i * 3 + 1] = f.data[i * 4 + 1]!;
    rgb[i * 3 + 2] = f.data[i * 4 + 2]!;
  }
  return Buffer.concat([Buffer.from(`P6\n${f.width} ${f.height}\n255\n`), rgb]);
}
