/**
 * Backdrops for Bouwstenen, drawn entirely in code with one Phaser Graphics object.
 *
 * Style: a calm, flat picture-book look. A muted warm palette (cream, soft peach,
 * sage, dusty blue, warm woods), rounded shapes, a few props per place. The time of
 * day grades every prop colour (evening: warmer and a little darker; night: dim
 * blue) while light sources (sky, moon, lamps, lit windows) keep their own colours.
 * The lower third of the rectangle is kept quiet and is softened at the end, because
 * a text card sits over it.
 *
 * Everything is laid out relative to the rectangle: `u` is one "prop unit" that is
 * the same horizontally and vertically, so circles never stretch.
 */
import Phaser from 'phaser';

export type Place = 'nursery' | 'bedroom' | 'kitchen' | 'living' | 'bath' | 'garden' | 'playground' | 'street' | 'car' | 'shop' | 'daycare' | 'doctor';
export type TimeOfDay = 'day' | 'evening' | 'night';

export const PLACES: readonly Place[] = ['nursery', 'bedroom', 'kitchen', 'living', 'bath', 'garden', 'playground', 'street', 'car', 'shop', 'daycare', 'doctor'];
export const TIMES: readonly TimeOfDay[] = ['day', 'evening', 'night'];

type G = Phaser.GameObjects.Graphics;

// ---------------------------------------------------------------- colour

const clamp8 = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
const rgb = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const hex = (r: number, g: number, b: number): number => (clamp8(r) << 16) | (clamp8(g) << 8) | clamp8(b);

/** Linear mix of two 0xRRGGBB colours. */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return hex(ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t);
}
const lighten = (c: number, t: number): number => mix(c, 0xfffaf0, t);
const darken = (c: number, t: number): number => mix(c, 0x3a2a22, t);

/** The shared palette. Muted and warm; nothing fully saturated. */
export const PAL = {
  cream: 0xf6ead8,
  paper: 0xfbf5ea,
  white: 0xfdf9f2,
  peach: 0xf0c6aa,
  peachSoft: 0xf5dccb,
  apricot: 0xe8ad88,
  terracotta: 0xcf8a6e,
  rose: 0xe4b1a8,
  sage: 0xa8bd97,
  sageLight: 0xd2dec3,
  sageDark: 0x7d9772,
  blue: 0x9ab3c6,
  blueLight: 0xcddbe4,
  blueDark: 0x6f8ca4,
  woodLight: 0xdcb892,
  wood: 0xbd9068,
  woodDark: 0x8c6548,
  butter: 0xf1dd9f,
  mustard: 0xdfb35f,
  stone: 0xd3c8ba,
  stoneDark: 0xa99c8d,
  ink: 0x4a3b33,
} as const;

/** Sky gradients (top, bottom) by time; these are light, not graded. */
const SKY: Record<TimeOfDay, [number, number]> = {
  day: [0xa9c9dc, 0xe7efe2],
  evening: [0xd98b6f, 0xf6d197],
  night: [0x131b35, 0x2d3a63],
};

export function grade(c: number, time: TimeOfDay): number {
  if (time === 'day') return c;
  const [r, g, b] = rgb(c);
  if (time === 'evening') return mix(hex(r, g * 0.92, b * 0.84), 0xe39a6c, 0.1);
  return mix(hex(r * 0.42, g * 0.46, b * 0.62), 0x1b2440, 0.28);
}

/** High contrast: push channels away from the middle (fewer mid-tones). */
function contrast(c: number): number {
  const [r, g, b] = rgb(c);
  const k = 1.35;
  return hex((r - 128) * k + 134, (g - 128) * k + 134, (b - 128) * k + 134);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- brush

interface Opt {
  /** alpha */
  a?: number;
  /** a light source: not graded by time of day */
  raw?: boolean;
  /** outline in high-contrast mode (default true for opaque shapes) */
  ol?: boolean;
}
const FLAT: Opt = { ol: false };

type Pts = number[];

/** Sutherland-Hodgman: clip a polygon (flat list) to an axis-aligned rectangle. */
function clipPoly(p: Pts, x0: number, y0: number, x1: number, y1: number): Pts {
  let out = p;
  const edges: Array<[(px: number, py: number) => boolean, (ax: number, ay: number, bx: number, by: number) => [number, number]]> = [
    [(_px, py) => py >= y0, (ax, ay, bx, by) => [ax + ((bx - ax) * (y0 - ay)) / (by - ay), y0]],
    [(_px, py) => py <= y1, (ax, ay, bx, by) => [ax + ((bx - ax) * (y1 - ay)) / (by - ay), y1]],
    [(px) => px >= x0, (ax, ay, bx, by) => [x0, ay + ((by - ay) * (x0 - ax)) / (bx - ax)]],
    [(px) => px <= x1, (ax, ay, bx, by) => [x1, ay + ((by - ay) * (x1 - ax)) / (bx - ax)]],
  ];
  for (const [ins, cut] of edges) {
    const inp = out;
    out = [];
    const n = inp.length / 2;
    if (n === 0) break;
    for (let i = 0; i < n; i++) {
      const ax = inp[i * 2];
      const ay = inp[i * 2 + 1];
      const j = (i + n - 1) % n;
      const bx = inp[j * 2];
      const by = inp[j * 2 + 1];
      const aIn = ins(ax, ay);
      const bIn = ins(bx, by);
      if (aIn) {
        if (!bIn) out.push(...cut(bx, by, ax, ay));
        out.push(ax, ay);
      } else if (bIn) {
        out.push(...cut(bx, by, ax, ay));
      }
    }
  }
  return out;
}

function ellipsePts(cx: number, cy: number, rx: number, ry: number, n = 32): Pts {
  const p: Pts = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    p.push(cx + Math.cos(a) * rx, cy + Math.sin(a) * ry);
  }
  return p;
}

function roundRectPts(x: number, y: number, w: number, h: number, r: number): Pts {
  const p: Pts = [];
  const corners: Array<[number, number, number]> = [
    [x + w - r, y + r, -Math.PI / 2],
    [x + w - r, y + h - r, 0],
    [x + r, y + h - r, Math.PI / 2],
    [x + r, y + r, Math.PI],
  ];
  for (const [cx, cy, a0] of corners) {
    for (let i = 0; i <= 4; i++) {
      const a = a0 + (i / 4) * (Math.PI / 2);
      p.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
    }
  }
  return p;
}

/**
 * A thin wrapper over Graphics that grades colours, adds high-contrast outlines and
 * keeps every shape inside the backdrop rectangle (shapes crossing its edge are clipped).
 */
export class Brush {
  readonly ow: number;
  readonly u: number;
  readonly oc: number;
  private readonly cx0: number;
  private readonly cy0: number;
  private readonly cx1: number;
  private readonly cy1: number;
  constructor(
    readonly g: G,
    readonly time: TimeOfDay,
    readonly hc: boolean,
    u: number,
    clip: { x: number; y: number; w: number; h: number },
  ) {
    this.u = u;
    this.ow = Math.max(1.5, u * 0.04);
    this.oc = time === 'night' ? 0xf3e8d4 : 0x2b211b;
    this.cx0 = clip.x;
    this.cy0 = clip.y;
    this.cx1 = clip.x + clip.w;
    this.cy1 = clip.y + clip.h;
  }
  col(c: number, raw = false): number {
    const v = raw ? c : grade(c, this.time);
    return this.hc ? contrast(v) : v;
  }
  private fs(c: number, o?: Opt): void {
    this.g.fillStyle(this.col(c, o?.raw), o?.a ?? 1);
  }
  private outline(o?: Opt): boolean {
    if (!this.hc || o?.ol === false || (o?.a ?? 1) < 0.6) return false;
    this.g.lineStyle(this.ow, this.oc, 0.95);
    return true;
  }
  /** 0: inside the backdrop, 1: crossing its edge, 2: fully outside. */
  private where(x0: number, y0: number, x1: number, y1: number): 0 | 1 | 2 {
    if (x1 <= this.cx0 || y1 <= this.cy0 || x0 >= this.cx1 || y0 >= this.cy1) return 2;
    if (x0 >= this.cx0 && y0 >= this.cy0 && x1 <= this.cx1 && y1 <= this.cy1) return 0;
    return 1;
  }
  private clipped(p: Pts, c: number, o?: Opt): void {
    const q = clipPoly(p, this.cx0, this.cy0, this.cx1, this.cy1);
    if (q.length >= 6) this.fillPts(q, c, o);
  }
  private fillPts(p: Pts, c: number, o?: Opt): void {
    const path = (): void => {
      this.g.beginPath();
      this.g.moveTo(p[0], p[1]);
      for (let i = 2; i < p.length; i += 2) this.g.lineTo(p[i], p[i + 1]);
      this.g.closePath();
    };
    this.fs(c, o);
    path();
    this.g.fillPath();
    if (this.outline(o)) {
      path();
      this.g.strokePath();
    }
  }
  rect(x: number, y: number, w: number, h: number, c: number, o?: Opt): void {
    if (w <= 0 || h <= 0) return;
    const k = this.where(x, y, x + w, y + h);
    if (k === 2) return;
    if (k === 1) {
      const nx = Math.max(x, this.cx0);
      const ny = Math.max(y, this.cy0);
      w = Math.min(x + w, this.cx1) - nx;
      h = Math.min(y + h, this.cy1) - ny;
      x = nx;
      y = ny;
    }
    this.fs(c, o);
    this.g.fillRect(x, y, w, h);
    if (this.outline(o)) this.g.strokeRect(x, y, w, h);
  }
  rr(x: number, y: number, w: number, h: number, r: number, c: number, o?: Opt): void {
    if (w <= 0 || h <= 0) return;
    const rad = Math.max(0, Math.min(r, w / 2 - 0.01, h / 2 - 0.01));
    if (rad < 0.75) return this.rect(x, y, w, h, c, o);
    const k = this.where(x, y, x + w, y + h);
    if (k === 2) return;
    if (k === 1) return this.clipped(roundRectPts(x, y, w, h, rad), c, o);
    this.fs(c, o);
    this.g.fillRoundedRect(x, y, w, h, rad);
    if (this.outline(o)) this.g.strokeRoundedRect(x, y, w, h, rad);
  }
  circ(x: number, y: number, r: number, c: number, o?: Opt): void {
    if (r <= 0) return;
    const k = this.where(x - r, y - r, x + r, y + r);
    if (k === 2) return;
    if (k === 1) return this.clipped(ellipsePts(x, y, r, r), c, o);
    this.fs(c, o);
    this.g.fillCircle(x, y, r);
    if (this.outline(o)) this.g.strokeCircle(x, y, r);
  }
  ell(x: number, y: number, w: number, h: number, c: number, o?: Opt): void {
    if (w <= 0 || h <= 0) return;
    const k = this.where(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
    if (k === 2) return;
    if (k === 1) return this.clipped(ellipsePts(x, y, w / 2, h / 2), c, o);
    this.fs(c, o);
    this.g.fillEllipse(x, y, w, h, 28);
    if (this.outline(o)) this.g.strokeEllipse(x, y, w, h, 28);
  }
  tri(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, c: number, o?: Opt): void {
    this.poly([x0, y0, x1, y1, x2, y2], c, o);
  }
  /** Filled polygon from a flat [x0, y0, x1, y1, ...] list. */
  poly(p: Pts, c: number, o?: Opt): void {
    if (p.length < 6) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < p.length; i += 2) {
      x0 = Math.min(x0, p[i]);
      x1 = Math.max(x1, p[i]);
      y0 = Math.min(y0, p[i + 1]);
      y1 = Math.max(y1, p[i + 1]);
    }
    const k = this.where(x0, y0, x1, y1);
    if (k === 2) return;
    if (k === 1) return this.clipped(p, c, o);
    this.fillPts(p, c, o);
  }
  /** Clip a segment to the backdrop (Liang-Barsky); null when nothing is left. */
  private seg(x0: number, y0: number, x1: number, y1: number): [number, number, number, number] | null {
    let t0 = 0;
    let t1 = 1;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const tests: Array<[number, number]> = [
      [-dx, x0 - this.cx0],
      [dx, this.cx1 - x0],
      [-dy, y0 - this.cy0],
      [dy, this.cy1 - y0],
    ];
    for (const [pp, qq] of tests) {
      if (pp === 0) {
        if (qq < 0) return null;
      } else {
        const t = qq / pp;
        if (pp < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (t0 > t1) return null;
    return [x0 + dx * t0, y0 + dy * t0, x0 + dx * t1, y0 + dy * t1];
  }
  line(x0: number, y0: number, x1: number, y1: number, lw: number, c: number, o?: Opt): void {
    const sgm = this.seg(x0, y0, x1, y1);
    if (!sgm) return;
    const wgt = this.hc && o?.ol !== false ? lw * 1.4 : lw;
    this.g.lineStyle(Math.max(1, wgt), this.col(c, o?.raw), o?.a ?? 1);
    this.g.lineBetween(sgm[0], sgm[1], sgm[2], sgm[3]);
  }
  /** Open polyline. */
  path(p: Pts, lw: number, c: number, o?: Opt): void {
    let inside = true;
    for (let i = 0; i < p.length; i += 2) {
      if (p[i] < this.cx0 || p[i] > this.cx1 || p[i + 1] < this.cy0 || p[i + 1] > this.cy1) inside = false;
    }
    if (!inside) {
      for (let i = 2; i < p.length; i += 2) this.line(p[i - 2], p[i - 1], p[i], p[i + 1], lw, c, o);
      return;
    }
    const wgt = this.hc && o?.ol !== false ? lw * 1.4 : lw;
    this.g.lineStyle(Math.max(1, wgt), this.col(c, o?.raw), o?.a ?? 1);
    this.g.beginPath();
    this.g.moveTo(p[0], p[1]);
    for (let i = 2; i < p.length; i += 2) this.g.lineTo(p[i], p[i + 1]);
    this.g.strokePath();
  }
  /** Vertical gradient as soft bands (works in Canvas and WebGL alike). */
  vgrad(x: number, y: number, w: number, h: number, top: number, bottom: number, n: number, o?: Opt): void {
    const bh = h / n;
    for (let i = 0; i < n; i++) {
      const c = mix(top, bottom, n === 1 ? 0 : i / (n - 1));
      this.rect(x, y + i * bh, w, bh + (i < n - 1 ? 1 : 0), c, { ...o, ol: false });
    }
  }
  /** A soft round glow: stacked translucent discs of a light colour (not graded). */
  glow(x: number, y: number, r: number, c: number, a: number, n = 12): void {
    if (this.hc) a *= 0.7;
    const step = 1 - Math.pow(1 - Math.min(0.95, a * 0.72), 1 / n);
    for (let i = 0; i < n; i++) {
      this.circ(x, y, r * (1 - (i / n) * 0.9), c, { raw: true, a: step, ol: false });
    }
  }
}

// ---------------------------------------------------------------- layout

export interface Lay {
  x: number;
  y: number;
  w: number;
  h: number;
  /** prop unit, same in both directions */
  u: number;
  /** where the back wall meets the floor (or the horizon outdoors) */
  fy: number;
  cx: number;
  /** landscape-ish: room for more props */
  wide: boolean;
  time: TimeOfDay;
  night: boolean;
  eve: boolean;
}

/** Horizontal position as a fraction of the width, chosen by orientation. */
const px = (L: Lay, wide: number, tall: number): number => L.x + L.w * (L.wide ? wide : tall);

// ---------------------------------------------------------------- shared pieces

function cloud(b: Brush, cx: number, cy: number, s: number, a = 0.9): void {
  const o: Opt = { raw: true, a, ol: false };
  b.ell(cx, cy + s * 0.15, s * 2.4, s * 0.7, 0xfffbf3, o);
  b.circ(cx - s * 0.5, cy, s * 0.42, 0xfffbf3, o);
  b.circ(cx + s * 0.1, cy - s * 0.18, s * 0.55, 0xfffbf3, o);
  b.circ(cx + s * 0.65, cy + s * 0.05, s * 0.36, 0xfffbf3, o);
}

/** Crescent moon as a polygon between two arcs (no over-painting, so it sits on any sky). */
function moon(b: Brush, cx: number, cy: number, r: number): void {
  b.glow(cx, cy, r * 2.6, 0xf4ecd2, 0.22, 8);
  const d = r * 0.55;
  const r2 = r * 0.92;
  const ix = (d * d + r * r - r2 * r2) / (2 * d);
  const iy = Math.sqrt(Math.max(0, r * r - ix * ix));
  const a0 = Math.atan2(iy, ix);
  const b0 = Math.atan2(iy, ix - d);
  const pts: number[] = [];
  const tilt = -0.5;
  const put = (px0: number, py0: number): void => {
    const c = Math.cos(tilt);
    const s = Math.sin(tilt);
    pts.push(cx + px0 * c - py0 * s, cy + px0 * s + py0 * c);
  };
  const n = 18;
  for (let i = 0; i <= n; i++) {
    const t = a0 + ((Math.PI * 2 - 2 * a0) * i) / n;
    put(r * Math.cos(t), r * Math.sin(t));
  }
  for (let i = 0; i <= n; i++) {
    const t = -b0 - ((Math.PI * 2 - 2 * b0) * i) / n;
    put(d + r2 * Math.cos(t), r2 * Math.sin(t));
  }
  b.poly(pts, 0xf6eed6, { raw: true, ol: false });
}

/** Sky with its sun, clouds, moon or stars, kept inside (x, y, w, h). */
function sky(b: Brush, x: number, y: number, w: number, h: number, time: TimeOfDay, seed: number, big = false): void {
  const [top, bot] = SKY[time];
  b.vgrad(x, y, w, h, top, bot, Math.round(Math.max(6, Math.min(big ? 40 : 16, h / (big ? 14 : 10)))), { raw: true, ol: false });
  const s = Math.min(w, h);
  const r = rng(seed);
  if (time === 'night') {
    const n = Math.round(Math.min(40, ((w * h) / (s * s)) * 5 + 4));
    for (let i = 0; i < n; i++) {
      const sx = x + s * 0.06 + r() * (w - s * 0.12);
      const sy = y + s * 0.06 + r() * (h * 0.7);
      b.circ(sx, sy, Math.max(0.9, Math.min(s * 0.012, 2 + s * 0.002) * (0.5 + r() * 0.6)), 0xf7efd6, { raw: true, a: 0.4 + r() * 0.5, ol: false });
    }
    const mr = Math.min(s * (big ? 0.09 : 0.14), w * 0.12);
    moon(b, x + w * 0.72, y + Math.max(mr * 1.6, h * 0.22), mr);
  } else if (time === 'evening') {
    const sr = s * (big ? 0.1 : 0.16);
    const sxp = x + w * 0.3;
    const syp = y + h * 0.72;
    b.glow(sxp, syp, sr * 3, 0xffd8a0, 0.35);
    b.circ(sxp, syp, sr, 0xfbd49a, { raw: true, a: 0.95, ol: false });
    cloud(b, x + w * 0.7, y + h * 0.3, s * (big ? 0.07 : 0.1), 0.55);
  } else {
    const cs = s * (big ? 0.07 : 0.1);
    cloud(b, x + w * 0.28, y + h * 0.25, cs);
    if (w > s * 1.3) cloud(b, x + w * 0.74, y + h * 0.42, cs * 0.8, 0.8);
  }
}

/** A wavy hill band, filled from its top edge down to yBottom. */
function hills(b: Brush, x: number, w: number, yTop: number, amp: number, yBottom: number, c: number, phase: number, o?: Opt): void {
  const pts: number[] = [x, yBottom];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    pts.push(x + w * t, yTop + amp * (0.5 - 0.5 * Math.sin(t * Math.PI * 2.2 + phase)));
  }
  pts.push(x + w, yBottom);
  b.poly(pts, c, { ol: false, ...o });
}

interface WinOpt {
  curtains?: number;
  seed?: number;
  view?: 'hills' | 'trees' | 'sky';
  frame?: number;
  frosted?: boolean;
}

/** A window: sky seen through it, frame with cross bars, sill and optional curtains. */
function windowPane(b: Brush, L: Lay, cx: number, top: number, ww: number, wh: number, o: WinOpt = {}): void {
  const u = L.u;
  const f = u * 0.12;
  const frame = o.frame ?? PAL.white;
  const x0 = cx - ww / 2;
  // light falling into the room
  if (!o.frosted) {
    const lc = L.night ? 0x9fb0dc : L.eve ? 0xffb574 : 0xfff7e2;
    const la = L.night ? 0.06 : L.eve ? 0.16 : 0.2;
    const sh = u * 0.9;
    b.poly([x0, top + wh, x0 + ww, top + wh, x0 + ww + sh, L.fy + u * 0.9, x0 + sh, L.fy + u * 0.9], lc, { raw: true, a: la, ol: false });
  }
  b.rr(x0 - f, top - f, ww + 2 * f, wh + 2 * f, f * 0.8, frame);
  if (o.frosted) {
    b.vgrad(x0, top, ww, wh, mix(SKY[L.time][0], 0xffffff, 0.45), mix(SKY[L.time][1], 0xffffff, 0.45), 5, { raw: true });
  } else {
    sky(b, x0, top, ww, wh, L.time, o.seed ?? 7);
    const view = o.view ?? 'hills';
    if (view !== 'sky') {
      hills(b, x0, ww, top + wh * 0.72, wh * 0.1, top + wh, PAL.sageLight, 1.3);
      hills(b, x0, ww, top + wh * 0.82, wh * 0.08, top + wh, PAL.sage, 0.2);
      if (view === 'trees') {
        const tr = Math.min(ww, wh) * 0.11;
        b.circ(x0 + ww * 0.2, top + wh - tr * 1.2, tr, PAL.sageDark, FLAT);
        b.circ(x0 + ww * 0.8, top + wh - tr * 1.0, tr * 0.8, PAL.sageDark, FLAT);
      }
    }
  }
  const bar = f * 0.7;
  b.rect(cx - bar / 2, top, bar, wh, frame, FLAT);
  b.rect(x0, top + wh * 0.42 - bar / 2, ww, bar, frame, FLAT);
  b.rr(x0 - f * 2, top + wh + f * 0.6, ww + f * 4, f * 1.4, f * 0.5, lighten(frame, 0.2));
  if (o.curtains !== undefined) {
    const c = o.curtains;
    const cw = ww * 0.3;
    const ch = wh + f * 3;
    const ct = top - f * 2;
    b.rr(x0 - f * 3, ct - f * 0.8, ww + f * 6, f * 0.7, f * 0.35, PAL.woodDark);
    for (const side of [-1, 1]) {
      const cxx = side < 0 ? x0 - f * 2 : x0 + ww + f * 2 - cw;
      b.rr(cxx, ct, cw, ch, f * 1.2, c);
      for (let i = 1; i < 3; i++) {
        const lx = cxx + (cw * i) / 3;
        b.line(lx, ct + f, lx, ct + ch - f, Math.max(1, u * 0.03), darken(c, 0.25), { a: 0.35, ol: false });
      }
      b.rr(cxx - f * 0.2, ct + ch * 0.55, cw + f * 0.4, f * 0.7, f * 0.3, darken(c, 0.2));
    }
  }
}

interface RoomOpt {
  paper?: 'stripes' | 'dots' | 'plain';
  floor?: 'boards' | 'tiles' | 'plain';
  skirting?: number;
}

/** Back wall and floor. */
function room(b: Brush, L: Lay, wall: number, floor: number, o: RoomOpt = {}): void {
  const { x, y, w, h, u, fy } = L;
  b.vgrad(x, y, w, fy - y, darken(wall, 0.06), wall, 8, FLAT);
  if (!b.hc) {
    if (o.paper === 'stripes') {
      for (let sx = x + u * 0.25; sx < x + w; sx += u * 0.75) b.rect(sx, y, u * 0.24, fy - y, lighten(wall, 0.45), { a: 0.35, ol: false });
    } else if (o.paper === 'dots') {
      let row = 0;
      for (let sy = y + u * 0.4; sy < fy - u * 0.3; sy += u * 0.8, row++) {
        for (let sx = x + (row % 2 ? u * 0.8 : u * 0.4); sx < x + w; sx += u * 0.8) {
          b.circ(sx, sy, u * 0.05, lighten(wall, 0.55), { a: 0.55, ol: false });
        }
      }
    }
  }
  b.rect(x, fy, w, y + h - fy, floor, FLAT);
  if (o.floor === 'boards' && !b.hc) {
    let yy = fy + u * 0.16;
    let step = u * 0.16;
    const r = rng(11);
    while (yy < y + h) {
      b.line(x, yy, x + w, yy, Math.max(1, u * 0.02), darken(floor, 0.3), { a: 0.25, ol: false });
      const jx = x + r() * u * 2;
      for (let sx = jx; sx < x + w; sx += u * (2 + r() * 1.5)) {
        b.line(sx, yy, sx, yy + step * 1.35, Math.max(1, u * 0.02), darken(floor, 0.3), { a: 0.18, ol: false });
      }
      step *= 1.35;
      yy += step;
    }
  } else if (o.floor === 'tiles' && !b.hc) {
    let yy = fy + u * 0.2;
    let step = u * 0.2;
    while (yy < y + h) {
      b.line(x, yy, x + w, yy, Math.max(1, u * 0.02), darken(floor, 0.2), { a: 0.22, ol: false });
      step *= 1.4;
      yy += step;
    }
    for (let i = -20; i <= 20; i++) {
      const bx = L.cx + i * u * 0.7;
      const ex = L.cx + i * u * 2.2;
      if (ex < x - w || ex > x + 2 * w) continue;
      b.line(bx, fy, ex, y + h, Math.max(1, u * 0.02), darken(floor, 0.2), { a: 0.18, ol: false });
    }
  }
  const sk = o.skirting ?? lighten(wall, 0.5);
  b.rect(x, fy - u * 0.14, w, u * 0.14, sk, FLAT);
  b.line(x, fy, x + w, fy, Math.max(1, u * 0.03), darken(floor, 0.35), { a: b.hc ? 1 : 0.35 });
}

/** Soften the lower third where the text card sits. */
function calm(b: Brush, L: Lay, c: number): void {
  const top = L.y + L.h * 0.7;
  const n = 6;
  const bh = (L.y + L.h - top) / n;
  for (let i = 0; i < n; i++) b.rect(L.x, top + i * bh, L.w, bh + 1, c, { a: (b.hc ? 0.05 : 0.07) * (i + 1), ol: false });
}

/** Soft pool of lamp light, only in the evening and at night. */
function lampLight(b: Brush, L: Lay, cx: number, cy: number, r: number): void {
  if (L.time === 'day') return;
  b.glow(cx, cy, r, 0xffd9a0, L.night ? 0.42 : 0.25);
}

/** A flat ceiling light panel that glows in the evening and at night. */
function ceilingLight(b: Brush, L: Lay, cx: number, width: number): void {
  const u = L.u;
  const ly = L.y + L.h * 0.03;
  if (L.time !== 'day') b.glow(cx, ly, Math.max(width * 0.9, u * 1.2), 0xfff0cc, L.night ? 0.4 : 0.25);
  b.rr(cx - width / 2, ly, width, u * 0.14, u * 0.06, 0xfff6e4, { raw: true });
}

function tableLamp(b: Brush, L: Lay, cx: number, base: number, s: number, shade: number): void {
  const lit = L.time !== 'day';
  lampLight(b, L, cx, base - s * 0.85, s * 2.6);
  b.rr(cx - s * 0.22, base - s * 0.12, s * 0.44, s * 0.12, s * 0.05, PAL.woodDark);
  b.rr(cx - s * 0.04, base - s * 0.6, s * 0.08, s * 0.5, s * 0.03, PAL.woodDark);
  b.poly([cx - s * 0.22, base - s * 1.05, cx + s * 0.22, base - s * 1.05, cx + s * 0.36, base - s * 0.58, cx - s * 0.36, base - s * 0.58], lit ? 0xf8dfa8 : shade, { raw: lit });
}

function pictureFrame(b: Brush, cx: number, cy: number, fw: number, fh: number, kind: 'hills' | 'heart' | 'sun', frame: number): void {
  const f = Math.min(fw, fh) * 0.1;
  b.rr(cx - fw / 2, cy - fh / 2, fw, fh, f * 0.6, frame);
  const ix = cx - fw / 2 + f;
  const iy = cy - fh / 2 + f;
  const iw = fw - 2 * f;
  const ih = fh - 2 * f;
  b.rect(ix, iy, iw, ih, PAL.paper, FLAT);
  const m = Math.min(iw, ih);
  if (kind === 'hills') {
    hills(b, ix, iw, iy + ih * 0.55, ih * 0.18, iy + ih, PAL.sage, 0.5);
    b.circ(ix + iw * 0.72, iy + ih * 0.3, m * 0.12, PAL.mustard, FLAT);
  } else if (kind === 'heart') {
    const r = m * 0.17;
    b.circ(cx - r * 0.9, cy - r * 0.3, r, PAL.rose, FLAT);
    b.circ(cx + r * 0.9, cy - r * 0.3, r, PAL.rose, FLAT);
    b.tri(cx - r * 1.85, cy - r * 0.05, cx + r * 1.85, cy - r * 0.05, cx, cy + r * 1.9, PAL.rose, FLAT);
  } else {
    b.circ(cx, cy, m * 0.2, PAL.mustard, FLAT);
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * Math.PI * 2;
      b.line(cx + Math.cos(a) * m * 0.27, cy + Math.sin(a) * m * 0.27, cx + Math.cos(a) * m * 0.38, cy + Math.sin(a) * m * 0.38, Math.max(1, m * 0.04), PAL.mustard, FLAT);
    }
  }
}

function plant(b: Brush, cx: number, base: number, s: number): void {
  const leaf = PAL.sageDark;
  b.ell(cx - s * 0.25, base - s * 0.95, s * 0.35, s * 0.7, leaf);
  b.ell(cx + s * 0.25, base - s * 0.95, s * 0.35, s * 0.7, leaf);
  b.ell(cx, base - s * 1.15, s * 0.38, s * 0.85, PAL.sage);
  b.poly([cx - s * 0.3, base - s * 0.6, cx + s * 0.3, base - s * 0.6, cx + s * 0.22, base, cx - s * 0.22, base], PAL.terracotta);
}

function rug(b: Brush, cx: number, cy: number, rw: number, rh: number, cols: number[]): void {
  cols.forEach((c, i) => {
    const k = 1 - i * 0.22;
    b.ell(cx, cy, rw * k, rh * k, c, i === 0 ? undefined : FLAT);
  });
}

function toyBlock(b: Brush, x: number, base: number, s: number, c: number): void {
  b.rr(x, base - s, s, s, s * 0.14, c);
  b.rr(x + s * 0.22, base - s * 0.78, s * 0.56, s * 0.56, s * 0.1, lighten(c, 0.45), FLAT);
}

// ---------------------------------------------------------------- places

function nursery(b: Brush, L: Lay): void {
  const { x, y, w, u, fy } = L;
  room(b, L, PAL.peachSoft, PAL.woodLight, { paper: 'stripes', floor: 'boards' });
  const ww = Math.min(u * 2.3, w * 0.3);
  const wcx = px(L, 0.32, 0.24);
  windowPane(b, L, wcx, y + L.h * 0.12, ww, ww * (L.wide ? 1.05 : 1.45), { curtains: PAL.sageLight, seed: 3 });
  if (L.wide) {
    // chest of drawers with a little lamp
    const dx = x + w * 0.1;
    const dw = u * 1.7;
    const dh = u * 1.35;
    const db = fy + u * 0.15;
    b.rr(dx - dw / 2, db - dh, dw, dh, u * 0.1, PAL.cream);
    for (let i = 0; i < 3; i++) {
      const ry = db - dh + u * 0.14 + (i * (dh - u * 0.28)) / 3;
      b.rr(dx - dw / 2 + u * 0.12, ry, dw - u * 0.24, (dh - u * 0.28) / 3 - u * 0.06, u * 0.05, PAL.peach, FLAT);
      b.circ(dx, ry + ((dh - u * 0.28) / 3 - u * 0.06) / 2, u * 0.05, PAL.woodDark, FLAT);
    }
    tableLamp(b, L, dx + dw * 0.22, db - dh, u * 0.7, PAL.blueLight);
    b.ell(dx - dw * 0.2, db - dh - u * 0.22, u * 0.36, u * 0.42, PAL.woodLight);
    b.circ(dx - dw * 0.2, db - dh - u * 0.5, u * 0.15, PAL.woodLight);
    b.circ(dx - dw * 0.2 - u * 0.1, db - dh - u * 0.62, u * 0.06, PAL.woodLight);
    b.circ(dx - dw * 0.2 + u * 0.1, db - dh - u * 0.62, u * 0.06, PAL.woodLight);
  }
  // rug
  rug(b, px(L, 0.47, 0.45), fy + u * 0.75, Math.min(u * 5, w * 0.8), u * 1.0, [PAL.sage, PAL.cream, PAL.peach]);
  // cot
  const cot = cotBox(L, 'nursery');
  const { ccx, cw, railTop } = cot;
  drawCot(b, cot, 'back');
  drawCot(b, cot, 'front');
  // mobile above the cot, hanging from the ceiling
  const my = Math.max(y + L.h * 0.12, railTop - u * 1.7);
  const mw = Math.min(cw * 0.75, u * 2.2);
  b.line(ccx, y, ccx, my, Math.max(1, u * 0.025), PAL.woodDark, { a: 0.7 });
  b.path([ccx - mw / 2, my + u * 0.12, ccx, my, ccx + mw / 2, my + u * 0.12], Math.max(1, u * 0.05), PAL.woodDark);
  const items: Array<[number, number, number]> = [
    [-0.5, 0.55, PAL.butter],
    [-0.17, 0.8, PAL.blue],
    [0.17, 0.65, PAL.rose],
    [0.5, 0.5, PAL.sage],
  ];
  items.forEach(([fx, len, c], i) => {
    const ix = ccx + fx * mw;
    const iy = my + u * 0.1 + u * len;
    b.line(ix, my + u * 0.12 * Math.abs(fx) * 2, ix, iy, Math.max(1, u * 0.02), PAL.woodDark, { a: 0.6 });
    const s = u * 0.2;
    if (i === 0) {
      const pts: number[] = [];
      for (let k = 0; k < 10; k++) {
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        const rr = k % 2 ? s * 0.5 : s * 1.1;
        pts.push(ix + Math.cos(a) * rr, iy + s + Math.sin(a) * rr);
      }
      b.poly(pts, c);
    } else if (i === 1) {
      b.ell(ix, iy + s * 0.9, s * 2.2, s * 1.0, c);
      b.circ(ix - s * 0.3, iy + s * 0.6, s * 0.5, c, FLAT);
      b.circ(ix + s * 0.35, iy + s * 0.5, s * 0.6, c, FLAT);
    } else if (i === 2) {
      b.circ(ix, iy + s, s * 0.9, c);
      b.circ(ix, iy + s, s * 0.4, lighten(c, 0.5), FLAT);
    } else {
      b.ell(ix, iy + s * 1.1, s * 1.3, s * 1.9, c);
    }
  });
  calm(b, L, PAL.woodLight);
}

function bedroom(b: Brush, L: Lay): void {
  const { x, y, w, u, fy } = L;
  room(b, L, PAL.blueLight, PAL.wood, { paper: 'dots', floor: 'boards' });
  const ww = Math.min(u * 2.2, w * 0.3);
  windowPane(b, L, px(L, 0.24, 0.24), y + L.h * 0.12, ww, ww * (L.wide ? 1.1 : 1.45), { curtains: PAL.peach, seed: 5, view: 'trees' });
  const bed = bedBox(L);
  const { bw, bb, bl, hbw } = bed;
  // headboard on the right, bedside table beyond it
  const tx = Math.min(bl + bw + u * 0.75, x + w - u * 0.45);
  const tb = fy + u * 0.15;
  if (L.wide || tx + u * 0.5 < x + w) {
    b.rr(tx - u * 0.5, tb - u * 0.95, u * 1.0, u * 0.95, u * 0.1, PAL.woodLight);
    b.rr(tx - u * 0.38, tb - u * 0.7, u * 0.76, u * 0.32, u * 0.06, PAL.woodDark, { a: 0.35, ol: false });
    tableLamp(b, L, tx, tb - u * 0.95, u * 0.85, PAL.butter);
  } else {
    // no room for a bedside table: a small wall lamp above the headboard
    const lx = bl + bw - hbw - u * 0.55;
    const ly = bb - u * 2.75;
    const lit = L.time !== 'day';
    lampLight(b, L, lx, ly + u * 0.25, u * 2.2);
    b.rr(lx - u * 0.05, ly - u * 0.1, u * 0.1, u * 0.35, u * 0.04, PAL.woodDark);
    b.poly([lx - u * 0.18, ly, lx + u * 0.18, ly, lx + u * 0.3, ly + u * 0.38, lx - u * 0.3, ly + u * 0.38], lit ? 0xf8dfa8 : PAL.butter, { raw: lit });
  }
  pictureFrame(b, bl + bw * 0.45, y + L.h * 0.2, u * 1.2, u * 0.9, 'hills', PAL.woodLight);
  drawBed(b, bed);
  // a few dots on the duvet
  const r = rng(5);
  for (let i = 0; i < 7; i++) {
    b.circ(bl + u * 0.3 + r() * (bw - hbw - u * 1.8), bb - u * 0.85 + r() * u * 0.45, u * 0.05, lighten(PAL.rose, 0.55), { ol: false });
  }
  // teddy on the bed
  const ty = bb - u * 1.05;
  const tcx = bl + bw * 0.28;
  b.ell(tcx, ty - u * 0.22, u * 0.42, u * 0.46, PAL.apricot);
  b.circ(tcx, ty - u * 0.58, u * 0.2, PAL.apricot);
  b.circ(tcx - u * 0.15, ty - u * 0.74, u * 0.08, PAL.apricot);
  b.circ(tcx + u * 0.15, ty - u * 0.74, u * 0.08, PAL.apricot);
  b.circ(tcx, ty - u * 0.53, u * 0.07, lighten(PAL.apricot, 0.4), FLAT);
  rug(b, px(L, 0.4, 0.4), fy + u * 0.95, Math.min(u * 3.6, w * 0.7), u * 0.7, [PAL.sageLight, PAL.cream]);
  calm(b, L, PAL.wood);
}

function kitchen(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  room(b, L, PAL.butter, PAL.stone, { floor: 'tiles', skirting: PAL.sageDark });
  const cr = x + (L.wide ? w * 0.64 : w * 0.9);
  const top = fy - u * 1.25;
  // tiled splashback
  b.rect(x, top - u * 0.9, cr - x, u * 0.9, PAL.paper, FLAT);
  if (!b.hc) {
    for (let tx = x; tx < cr; tx += u * 0.3) b.line(tx, top - u * 0.9, tx, top, Math.max(1, u * 0.015), PAL.stoneDark, { a: 0.3, ol: false });
    for (let ty = top - u * 0.9; ty < top; ty += u * 0.3) b.line(x, ty, cr, ty, Math.max(1, u * 0.015), PAL.stoneDark, { a: 0.3, ol: false });
  }
  const ww = Math.min(u * 2.0, w * 0.32);
  const wcx = px(L, 0.32, 0.36);
  const wh = Math.min(ww * 0.9, top - u * 1.3 - (y + h * 0.08));
  windowPane(b, L, wcx, top - u * 1.05 - wh, ww, wh, { seed: 9, view: 'trees', frame: PAL.white });
  // upper cabinets either side of the window
  const ub = top - u * 1.2;
  const uh = u * 1.1;
  for (const [a, z] of [
    [x, wcx - ww / 2 - u * 0.45],
    [wcx + ww / 2 + u * 0.45, cr],
  ] as const) {
    if (z - a < u * 0.5) continue;
    b.rr(a, ub - uh, z - a, uh, u * 0.08, PAL.sage);
    const n = Math.max(1, Math.round((z - a) / (u * 0.9)));
    for (let i = 0; i < n; i++) {
      const dx = a + ((z - a) * i) / n + u * 0.08;
      const dw = (z - a) / n - u * 0.16;
      b.rr(dx, ub - uh + u * 0.1, dw, uh - u * 0.2, u * 0.06, lighten(PAL.sage, 0.2), FLAT);
      b.circ(dx + dw / 2, ub - u * 0.22, u * 0.05, PAL.woodDark, FLAT);
    }
  }
  // lower cabinets and worktop
  b.rect(x, top, cr - x, fy - top + u * 0.05, PAL.sage);
  const n = Math.max(2, Math.round((cr - x) / (u * 1.0)));
  for (let i = 0; i < n; i++) {
    const dx = x + ((cr - x) * i) / n + u * 0.08;
    const dw = (cr - x) / n - u * 0.16;
    b.rr(dx, top + u * 0.25, dw, fy - top - u * 0.35, u * 0.06, lighten(PAL.sage, 0.2), FLAT);
    b.rr(dx + dw / 2 - u * 0.15, top + u * 0.35, u * 0.3, u * 0.06, u * 0.03, PAL.woodDark, FLAT);
  }
  b.rr(x - u * 0.1, top - u * 0.12, cr - x + u * 0.2, u * 0.2, u * 0.06, PAL.woodLight);
  // tap, jar, fruit bowl
  b.path([wcx - u * 0.05, top - u * 0.12, wcx - u * 0.05, top - u * 0.5, wcx + u * 0.25, top - u * 0.5, wcx + u * 0.25, top - u * 0.38], u * 0.07, PAL.stoneDark);
  const fx = Math.max(x + u * 0.6, wcx - ww / 2 - u * 0.2);
  b.ell(fx, top - u * 0.2, u * 0.8, u * 0.3, PAL.white);
  b.circ(fx - u * 0.18, top - u * 0.36, u * 0.15, PAL.terracotta);
  b.circ(fx + u * 0.12, top - u * 0.38, u * 0.15, PAL.mustard);
  b.circ(fx - u * 0.02, top - u * 0.5, u * 0.13, PAL.sageDark);
  b.rr(wcx + ww / 2 + u * 0.1, top - u * 0.62, u * 0.34, u * 0.5, u * 0.08, PAL.blue);
  b.rr(wcx + ww / 2 + u * 0.06, top - u * 0.7, u * 0.42, u * 0.1, u * 0.04, PAL.woodDark);
  // pendant lamp
  const lx = px(L, 0.8, 0.7);
  const ly = y + h * 0.17;
  b.line(lx, y, lx, ly, Math.max(1, u * 0.03), PAL.ink, { a: 0.7 });
  lampLight(b, L, lx, ly + u * 0.3, u * 2.2);
  b.poly([lx - u * 0.12, ly, lx + u * 0.12, ly, lx + u * 0.45, ly + u * 0.35, lx - u * 0.45, ly + u * 0.35], PAL.terracotta);
  if (L.time !== 'day') b.ell(lx, ly + u * 0.36, u * 0.5, u * 0.12, 0xffe6b0, { raw: true });
  // high chair
  const chair = chairBox(L);
  drawChair(b, chair, 'back');
  drawChair(b, chair, 'front');
  calm(b, L, PAL.stone);
}

function living(b: Brush, L: Lay): void {
  const { x, y, w, u, fy } = L;
  room(b, L, PAL.peach, PAL.woodLight, { paper: 'plain', floor: 'boards' });
  const ww = Math.min(u * 2.0, w * 0.3);
  const wcx = px(L, 0.2, 0.22);
  windowPane(b, L, wcx, y + L.h * 0.12, ww, ww * (L.wide ? 1.15 : 1.5), { curtains: PAL.cream, seed: 13 });
  // sofa
  const { sw, scx, sb, sl } = sofaBox(L);
  pictureFrame(b, scx - sw * 0.2, y + L.h * 0.2, u * 0.9, u * 1.1, 'heart', PAL.cream);
  pictureFrame(b, scx + sw * 0.2, y + L.h * 0.23, u * 1.1, u * 0.8, 'sun', PAL.woodLight);
  // floor lamp (behind the sofa's arm when space is tight) and a plant
  const fx = px(L, 0.92, 0.88);
  lampLight(b, L, fx, fy - u * 2.2, u * 2.8);
  b.rr(fx - u * 0.3, fy + u * 0.05, u * 0.6, u * 0.12, u * 0.05, PAL.woodDark);
  b.rr(fx - u * 0.04, fy - u * 2.0, u * 0.08, u * 2.1, u * 0.04, PAL.woodDark);
  const lit = L.time !== 'day';
  b.poly([fx - u * 0.28, fy - u * 2.55, fx + u * 0.28, fy - u * 2.55, fx + u * 0.42, fy - u * 1.95, fx - u * 0.42, fy - u * 1.95], lit ? 0xf8dfa8 : PAL.cream, { raw: lit });
  if (L.wide) plant(b, x + w * 0.06, fy + u * 0.2, u * 0.9);
  for (const lx of [sl + u * 0.35, sl + sw - u * 0.45]) b.rr(lx, sb - u * 0.2, u * 0.1, u * 0.2, u * 0.03, PAL.woodDark);
  b.rr(sl + u * 0.15, sb - u * 1.9, sw - u * 0.3, u * 1.2, u * 0.35, darken(PAL.blue, 0.08));
  b.rr(sl, sb - u * 1.0, sw, u * 0.82, u * 0.25, PAL.blue);
  b.rr(sl + u * 0.5, sb - u * 1.15, sw / 2 - u * 0.52, u * 0.4, u * 0.16, lighten(PAL.blue, 0.18));
  b.rr(scx + u * 0.02, sb - u * 1.15, sw / 2 - u * 0.52, u * 0.4, u * 0.16, lighten(PAL.blue, 0.18));
  b.rr(sl - u * 0.1, sb - u * 1.35, u * 0.6, u * 1.15, u * 0.28, PAL.blueDark);
  b.rr(sl + sw - u * 0.5, sb - u * 1.35, u * 0.6, u * 1.15, u * 0.28, PAL.blueDark);
  b.rr(sl + u * 0.65, sb - u * 1.75, u * 0.75, u * 0.65, u * 0.22, PAL.mustard);
  b.rr(sl + sw - u * 1.3, sb - u * 1.7, u * 0.65, u * 0.6, u * 0.2, PAL.rose);
  // rug with a little tower of blocks
  const rcx = px(L, 0.42, 0.5);
  const rcy = fy + u * 0.8;
  b.rr(rcx - Math.min(u * 2.6, w * 0.42), rcy - u * 0.42, Math.min(u * 5.2, w * 0.84), u * 0.84, u * 0.42, PAL.sage);
  b.rr(rcx - Math.min(u * 2.3, w * 0.38), rcy - u * 0.3, Math.min(u * 4.6, w * 0.76), u * 0.6, u * 0.3, PAL.sageLight, FLAT);
  const s = u * 0.42;
  const bx = px(L, 0.27, 0.2);
  const bb = fy + u * 0.82;
  toyBlock(b, bx, bb, s, PAL.terracotta);
  toyBlock(b, bx + s * 1.05, bb, s, PAL.blue);
  toyBlock(b, bx + s * 0.52, bb - s * 1.02, s, PAL.mustard);
  toyBlock(b, bx + s * 2.5, bb + s * 0.1, s * 0.9, PAL.sageDark);
  calm(b, L, PAL.woodLight);
}

function bath(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  const tileTop = y + h * 0.3;
  room(b, L, PAL.cream, PAL.blueLight, { floor: 'tiles', skirting: PAL.white });
  // tiled wall
  const ts = u * 0.42;
  const tile = 0xd9e6ec;
  b.rect(x, tileTop, w, fy - tileTop, tile, FLAT);
  if (!b.hc) {
    for (let tx = x; tx < x + w; tx += ts) b.line(tx, tileTop, tx, fy, Math.max(1, u * 0.025), PAL.white, { a: 0.9, ol: false });
    for (let ty = tileTop; ty < fy; ty += ts) b.line(x, ty, x + w, ty, Math.max(1, u * 0.025), PAL.white, { a: 0.9, ol: false });
  }
  b.rect(x, tileTop - u * 0.08, w, u * 0.12, PAL.blue, FLAT);
  // small frosted window up high
  const ww = Math.min(u * 1.4, w * 0.25);
  windowPane(b, L, px(L, 0.7, 0.72), y + h * 0.06, ww, ww * 0.7, { frosted: true });
  // towel rail with towel; mirror (and a washbasin when there is room)
  const rx = px(L, 0.13, 0.16);
  const mx = basinX(L);
  const mw = u * 0.85;
  const mh = u * 1.05;
  const my = L.wide ? fy - u * 2.75 : fy - u * 3.3;
  const bl = L.time !== 'day';
  lampLight(b, L, mx, my - u * 0.3, u * 2.0);
  b.rr(mx - u * 0.35, my - u * 0.42, u * 0.7, u * 0.2, u * 0.1, bl ? 0xfbe7b8 : PAL.white, { raw: bl });
  b.rr(mx - mw / 2 - u * 0.07, my - u * 0.07, mw + u * 0.14, mh + u * 0.14, mw * 0.5, PAL.woodLight);
  b.rr(mx - mw / 2, my, mw, mh, mw * 0.45, PAL.blueLight);
  b.line(mx - mw * 0.18, my + mh * 0.3, mx + mw * 0.12, my + mh * 0.12, Math.max(1.5, u * 0.06), PAL.white, { a: 0.8, ol: false });
  b.line(mx - mw * 0.16, my + mh * 0.52, mx + mw * 0.2, my + mh * 0.3, Math.max(1, u * 0.04), PAL.white, { a: 0.6, ol: false });
  if (L.wide) drawBasin(b, L);
  b.rr(rx - u * 0.5, fy - u * 2.2, u * 1.0, u * 0.08, u * 0.04, PAL.stoneDark);
  b.rr(rx - u * 0.42, fy - u * 2.18, u * 0.84, u * 1.2, u * 0.1, PAL.rose);
  b.rect(rx - u * 0.42, fy - u * 1.18, u * 0.84, u * 0.1, lighten(PAL.rose, 0.4), FLAT);
  // tub
  const { tw, tl, tb, th } = tubBox(L);
  // tap
  b.rr(tl + tw - u * 0.35, tb - th - u * 0.75, u * 0.1, u * 0.8, u * 0.04, PAL.stoneDark);
  b.rr(tl + tw - u * 0.7, tb - th - u * 0.78, u * 0.45, u * 0.1, u * 0.04, PAL.stoneDark);
  // a heap of foam on the rim: shaded bubbles
  const r = rng(21);
  const nb = Math.max(9, Math.round(tw / (u * 0.3)));
  const foam: Array<[number, number, number]> = [];
  for (let i = 0; i < nb; i++) {
    const t = (i + 0.5) / nb;
    const bx = tl + u * 0.25 + t * (tw - u * 0.5);
    // heaped up left of the middle, where the duck floats; a child sits right of it
    const heap = Math.max(0, 1 - Math.abs(t - 0.3) / 0.32);
    const br = u * (0.16 + r() * 0.12 + heap * 0.12);
    foam.push([bx, tb - th - br * 0.35 - heap * u * 0.15, br]);
  }
  for (let i = 0; i < 5; i++) {
    const t = 0.12 + r() * 0.38;
    const br = u * (0.14 + r() * 0.1);
    foam.push([tl + u * 0.25 + t * (tw - u * 0.5), tb - th - u * 0.5 - r() * u * 0.2, br]);
  }
  for (const [fx, fyy, fr] of foam) b.circ(fx, fyy, fr, PAL.blueLight, { ol: false });
  for (const [fx, fyy, fr] of foam) b.circ(fx - fr * 0.1, fyy - fr * 0.1, fr * 0.86, PAL.white, { ol: false });
  for (const [fx, fyy, fr] of foam) b.circ(fx - fr * 0.35, fyy - fr * 0.35, fr * 0.18, 0xffffff, { ol: false, a: 0.9 });
  drawTubFront(b, { tl, tw, tb, th });
  // duck on the foam
  const dx = tl + tw * 0.35;
  const dy = tb - th - u * 0.55;
  b.ell(dx, dy, u * 0.55, u * 0.36, PAL.mustard);
  b.circ(dx + u * 0.18, dy - u * 0.24, u * 0.17, PAL.mustard);
  b.tri(dx + u * 0.32, dy - u * 0.27, dx + u * 0.5, dy - u * 0.22, dx + u * 0.32, dy - u * 0.16, PAL.terracotta);
  b.circ(dx + u * 0.22, dy - u * 0.28, u * 0.03, PAL.ink, FLAT);
  // floating bubbles
  for (let i = 0; i < 4; i++) {
    b.circ(tl + tw * (0.2 + r() * 0.7), tb - th - u * (0.9 + r() * 1.0), u * (0.06 + r() * 0.06), PAL.blueLight, { a: 0.8, ol: false });
  }
  // bath mat
  b.rr(px(L, 0.3, 0.2) - u * 0.6, fy + u * 0.8, u * 1.2, u * 0.36, u * 0.14, PAL.sageLight);
  calm(b, L, PAL.blueLight);
}

function tree(b: Brush, cx: number, base: number, s: number, leaf: number, leaf2: number): void {
  b.poly([cx - s * 0.12, base, cx - s * 0.08, base - s * 1.4, cx + s * 0.08, base - s * 1.4, cx + s * 0.12, base], PAL.woodDark);
  b.circ(cx - s * 0.45, base - s * 1.55, s * 0.5, leaf2);
  b.circ(cx + s * 0.45, base - s * 1.6, s * 0.5, leaf2);
  b.circ(cx, base - s * 2.05, s * 0.62, leaf);
  b.circ(cx - s * 0.25, base - s * 1.6, s * 0.45, leaf, FLAT);
  b.circ(cx + s * 0.3, base - s * 1.75, s * 0.4, leaf, FLAT);
}

function flower(b: Brush, cx: number, base: number, s: number, c: number): void {
  b.line(cx, base, cx, base - s, Math.max(1, s * 0.08), PAL.sageDark, { ol: false });
  b.ell(cx + s * 0.12, base - s * 0.45, s * 0.3, s * 0.14, PAL.sageDark, FLAT);
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2;
    b.circ(cx + Math.cos(a) * s * 0.17, base - s + Math.sin(a) * s * 0.17, s * 0.14, c, FLAT);
  }
  b.circ(cx, base - s, s * 0.1, PAL.mustard, FLAT);
}

/** Outdoor base: sky above the horizon and a ground colour below. */
function outdoors(b: Brush, L: Lay, horizon: number, ground: number, seed: number): void {
  sky(b, L.x, L.y, L.w, horizon - L.y, L.time, seed, true);
  b.rect(L.x, horizon, L.w, L.y + L.h - horizon, ground, FLAT);
}

function fireflies(b: Brush, L: Lay, seed: number): void {
  if (!L.night) return;
  const r = rng(seed);
  for (let i = 0; i < 7; i++) {
    const fx = L.x + L.w * (0.1 + r() * 0.8);
    const fyy = L.y + L.h * (0.4 + r() * 0.22);
    b.glow(fx, fyy, L.u * 0.16, 0xfbe7a0, 0.5, 3);
    b.circ(fx, fyy, Math.max(1.2, L.u * 0.03), 0xfff3c0, { raw: true, ol: false });
  }
}

function garden(b: Brush, L: Lay): void {
  const { x, y, w, h, u } = L;
  const hz = y + h * 0.46;
  outdoors(b, L, hz, PAL.sage, 31);
  hills(b, x, w, hz - u * 0.9, u * 0.5, hz + 2, PAL.sageLight, 0.8);
  hills(b, x, w, hz - u * 0.4, u * 0.35, hz + 2, mix(PAL.sage, PAL.sageLight, 0.5), 2.4);
  // lawn
  b.vgrad(x, hz, w, y + h - hz, mix(PAL.sage, PAL.sageDark, 0.2), PAL.sage, 5, FLAT);
  // fence
  const fb = L.fy - u * 0.1;
  const ft = fb - u * 1.0;
  const pw = u * 0.3;
  b.rr(x - u, ft + u * 0.25, w + 2 * u, u * 0.12, u * 0.05, PAL.cream);
  b.rr(x - u, ft + u * 0.68, w + 2 * u, u * 0.12, u * 0.05, PAL.cream);
  for (let fx = x + u * 0.15; fx < x + w; fx += pw * 1.7) {
    b.poly([fx, fb, fx, ft + pw * 0.5, fx + pw / 2, ft, fx + pw, ft + pw * 0.5, fx + pw, fb], PAL.cream);
  }
  // tree and bush
  const tx = px(L, 0.8, 0.78);
  tree(b, tx, L.fy + u * 0.2, Math.min(u * 1.6, w * 0.25), PAL.sageDark, darken(PAL.sageDark, 0.15));
  b.circ(px(L, 0.1, 0.08) - u * 0.3, L.fy - u * 0.1, u * 0.55, PAL.sageDark);
  b.circ(px(L, 0.1, 0.08) + u * 0.35, L.fy - u * 0.05, u * 0.45, darken(PAL.sageDark, 0.1));
  // flowers along the fence
  const cols = [PAL.rose, PAL.white, PAL.butter, PAL.blue, PAL.terracotta];
  const r = rng(33);
  let i = 0;
  for (let fx = x + u * 0.6; fx < x + w - u * 0.3; fx += u * (0.7 + r() * 0.5), i++) {
    if (Math.abs(fx - tx) < u * 0.45) continue;
    flower(b, fx, L.fy + u * (0.1 + r() * 0.25), u * (0.45 + r() * 0.25), cols[i % cols.length]);
  }
  // a few grass tufts
  if (!b.hc) {
    for (let k = 0; k < 8; k++) {
      const gx = x + w * (0.05 + r() * 0.9);
      const gy = L.fy + u * (0.5 + r() * 0.8);
      b.path([gx - u * 0.1, gy, gx - u * 0.05, gy - u * 0.18, gx, gy], Math.max(1, u * 0.03), PAL.sageDark, { a: 0.6, ol: false });
      b.path([gx, gy, gx + u * 0.06, gy - u * 0.22, gx + u * 0.1, gy], Math.max(1, u * 0.03), PAL.sageDark, { a: 0.6, ol: false });
    }
  }
  fireflies(b, L, 35);
  calm(b, L, PAL.sage);
}

function playground(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  const hz = y + h * 0.44;
  outdoors(b, L, hz, PAL.sage, 41);
  // trees in the back
  const r = rng(42);
  for (let tx = x - u * 0.2; tx < x + w + u; tx += u * (0.9 + r() * 0.6)) {
    b.circ(tx, hz - u * (0.1 + r() * 0.3), u * (0.5 + r() * 0.3), mix(PAL.sage, PAL.sageDark, r()), { ol: false });
  }
  b.rect(x, hz, w, fy - hz, PAL.sage, FLAT);
  // soft sand/rubber play surface
  b.rect(x, fy - u * 0.1, w, y + h - fy + u * 0.1, mix(PAL.butter, PAL.stone, 0.35), FLAT);
  b.rect(x, fy - u * 0.16, w, u * 0.1, PAL.woodLight, FLAT);
  // swing set
  const sx = px(L, 0.78, 0.78);
  const sw = Math.min(u * 2.6, w * 0.38);
  const sb = fy + u * 0.35;
  const st = sb - u * 3.0;
  const lw = Math.max(2, u * 0.12);
  b.line(sx - sw / 2, st, sx - sw / 2 - u * 0.5, sb, lw, PAL.blueDark);
  b.line(sx - sw / 2, st, sx - sw / 2 + u * 0.45, sb, lw, PAL.blueDark);
  b.line(sx + sw / 2, st, sx + sw / 2 - u * 0.45, sb, lw, PAL.blueDark);
  b.line(sx + sw / 2, st, sx + sw / 2 + u * 0.5, sb, lw, PAL.blueDark);
  b.rr(sx - sw / 2 - u * 0.15, st - u * 0.08, sw + u * 0.3, u * 0.16, u * 0.08, PAL.blueDark);
  const seatY = sb - u * 0.9;
  for (const cx of [sx - sw * 0.18]) {
    b.line(cx - u * 0.3, st + u * 0.05, cx - u * 0.3, seatY, Math.max(1, u * 0.03), PAL.ink, { a: 0.8 });
    b.line(cx + u * 0.3, st + u * 0.05, cx + u * 0.3, seatY, Math.max(1, u * 0.03), PAL.ink, { a: 0.8 });
    b.rr(cx - u * 0.42, seatY - u * 0.04, u * 0.84, u * 0.14, u * 0.06, PAL.terracotta);
  }
  if (L.wide) {
    const cx = sx + sw * 0.22;
    b.line(cx - u * 0.25, st + u * 0.05, cx - u * 0.25, seatY - u * 0.2, Math.max(1, u * 0.03), PAL.ink, { a: 0.8 });
    b.line(cx + u * 0.25, st + u * 0.05, cx + u * 0.25, seatY - u * 0.2, Math.max(1, u * 0.03), PAL.ink, { a: 0.8 });
    b.rr(cx - u * 0.35, seatY - u * 0.55, u * 0.7, u * 0.45, u * 0.18, PAL.mustard);
  }
  // slide
  drawSlide(b, L, px(L, 0.17, 0.14));
  // sandbox
  const bx = px(L, 0.5, 0.5);
  const bw = Math.min(u * 2.6, w * 0.5);
  const by = fy + u * 0.85;
  b.rr(bx - bw / 2, by - u * 0.55, bw, u * 0.6, u * 0.12, PAL.wood);
  b.rr(bx - bw / 2 + u * 0.15, by - u * 0.45, bw - u * 0.3, u * 0.25, u * 0.1, 0xecd39b, FLAT);
  b.ell(bx - bw * 0.15, by - u * 0.5, u * 0.6, u * 0.22, 0xecd39b, FLAT);
  b.poly([bx + bw * 0.18, by - u * 0.85, bx + bw * 0.18 + u * 0.4, by - u * 0.85, bx + bw * 0.18 + u * 0.33, by - u * 0.45, bx + bw * 0.18 + u * 0.07, by - u * 0.45], PAL.terracotta);
  b.path([bx + bw * 0.18 + u * 0.02, by - u * 0.82, bx + bw * 0.18 + u * 0.2, by - u * 1.0, bx + bw * 0.18 + u * 0.38, by - u * 0.82], Math.max(1, u * 0.03), PAL.ink);
  b.line(bx - bw * 0.3, by - u * 0.45, bx - bw * 0.3 - u * 0.3, by - u * 0.85, Math.max(1.5, u * 0.06), PAL.blueDark);
  b.ell(bx - bw * 0.3 - u * 0.33, by - u * 0.9, u * 0.14, u * 0.2, PAL.blueDark);
  fireflies(b, L, 45);
  calm(b, L, mix(PAL.butter, PAL.stone, 0.35));
}

function house(b: Brush, L: Lay, hx: number, base: number, hw: number, hh: number, c: number, roof: number, seed: number): void {
  const u = L.u;
  const r = rng(seed);
  const wallTop = base - hh;
  b.rect(hx, wallTop, hw, hh, c);
  const gable = r() > 0.35;
  if (gable) b.tri(hx - u * 0.08, wallTop + 1, hx + hw + u * 0.08, wallTop + 1, hx + hw / 2, wallTop - hw * 0.45, roof);
  else b.rr(hx - u * 0.05, wallTop - u * 0.18, hw + u * 0.1, u * 0.22, u * 0.06, roof);
  const lit = L.time !== 'day';
  const winC = lit ? 0xf7d58a : PAL.blueLight;
  const cols = Math.max(1, Math.floor(hw / (u * 0.62)));
  const rows = Math.max(1, Math.floor((hh - u * 1.0) / (u * 0.75)));
  const ws = u * 0.36;
  for (let ry = 0; ry < rows; ry++) {
    for (let cx = 0; cx < cols; cx++) {
      const wx = hx + (hw * (cx + 0.5)) / cols - ws / 2;
      const wy = wallTop + u * 0.3 + ry * u * 0.75;
      const on = lit && r() < (L.night ? 0.55 : 0.4);
      if (on) b.rr(wx - ws * 0.25, wy - ws * 0.25, ws * 1.5, ws * 1.7, ws * 0.4, 0xffd98f, { raw: true, a: 0.16, ol: false });
      b.rr(wx, wy, ws, ws * 1.2, ws * 0.12, on ? winC : PAL.blueLight, { raw: on });
      b.line(wx + ws / 2, wy, wx + ws / 2, wy + ws * 1.2, Math.max(1, u * 0.03), PAL.white, { a: 0.8, ol: false });
    }
  }
  const dw = u * 0.42;
  const dx = hx + hw * (r() > 0.5 ? 0.28 : 0.72) - dw / 2;
  b.rr(dx, base - u * 0.75, dw, u * 0.75, dw / 2, darken(c, 0.35));
}

function street(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  const base = fy - u * 0.05;
  outdoors(b, L, base, PAL.stone, 51);
  const cols = [PAL.peach, PAL.sageLight, PAL.blueLight, PAL.butter, PAL.terracotta, PAL.cream, PAL.rose];
  const roofs = [PAL.terracotta, PAL.woodDark, PAL.blueDark, PAL.terracotta];
  const r = rng(52);
  let hx = x - u * 0.4;
  let i = 0;
  while (hx < x + w) {
    const hw = u * (1.4 + r() * 0.8);
    const hh = Math.min(u * (2.2 + r() * 1.0) * (L.wide ? 1 : 1.35), base - y - u * 1.6);
    house(b, L, hx, base, hw, hh, cols[i % cols.length], roofs[i % roofs.length], 60 + i);
    hx += hw;
    i++;
  }
  // pavement, kerb, road
  const pv = base + u * 1.05;
  b.rect(x, base, w, pv - base, PAL.stone, FLAT);
  if (!b.hc) {
    for (let sx = x + u * 0.3; sx < x + w; sx += u * 0.8) b.line(sx, base, sx - u * 0.15, pv, Math.max(1, u * 0.02), PAL.stoneDark, { a: 0.4, ol: false });
    b.line(x, base + u * 0.5, x + w, base + u * 0.5, Math.max(1, u * 0.02), PAL.stoneDark, { a: 0.35, ol: false });
  }
  b.rect(x, pv, w, u * 0.14, PAL.cream, FLAT);
  b.rect(x, pv + u * 0.14, w, y + h - pv, 0x9c9590, FLAT);
  // street tree and lamp post
  const tx = px(L, 0.24, 0.2);
  b.ell(tx, base + u * 0.55, u * 0.8, u * 0.22, PAL.woodDark, FLAT);
  tree(b, tx, base + u * 0.55, Math.min(u * 1.5, w * 0.22), PAL.sageDark, darken(PAL.sageDark, 0.15));
  const lx = px(L, 0.72, 0.82);
  const lt = base - u * 2.6;
  if (L.time !== 'day') {
    b.glow(lx, lt + u * 0.2, u * 1.6, 0xffd794, L.night ? 0.5 : 0.3);
    b.poly([lx - u * 0.15, lt + u * 0.3, lx + u * 0.15, lt + u * 0.3, lx + u * 1.1, base + u * 0.95, lx - u * 1.1, base + u * 0.95], 0xffe2a8, { raw: true, a: L.night ? 0.12 : 0.07, ol: false });
  }
  b.rr(lx - u * 0.05, lt, u * 0.1, base + u * 0.6 - lt, u * 0.04, PAL.ink);
  b.poly([lx - u * 0.2, lt + u * 0.32, lx + u * 0.2, lt + u * 0.32, lx + u * 0.12, lt, lx - u * 0.12, lt], L.time !== 'day' ? 0xffe6ad : PAL.cream, { raw: L.time !== 'day' });
  b.rr(lx - u * 0.22, lt - u * 0.1, u * 0.44, u * 0.12, u * 0.05, PAL.ink);
  calm(b, L, 0x9c9590);
}

function car(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  const trim = 0x8f8379;
  const seatC = PAL.blueDark;
  // cabin
  b.rect(x, y, w, h, mix(trim, PAL.stone, 0.5), FLAT);
  b.vgrad(x, y, w, h * 0.1, PAL.stone, mix(trim, PAL.stone, 0.5), 3, FLAT);
  // rear window
  const wt = y + h * 0.12;
  const wb = y + h * 0.38;
  const inset = Math.min(w * 0.1, u * 1.0);
  const wl = x + inset;
  const wr = x + w - inset;
  sky(b, wl, wt, wr - wl, wb - wt, L.time, 71);
  // road behind the car
  const hz = wt + (wb - wt) * 0.62;
  hills(b, wl, wr - wl, hz - (wb - wt) * 0.12, (wb - wt) * 0.08, wb, PAL.sageLight, 0.7);
  b.rect(wl, hz, wr - wl, wb - hz, PAL.sage, FLAT);
  const mid = (wl + wr) / 2;
  b.poly([mid - u * 0.1, hz, mid + u * 0.1, hz, mid + (wr - wl) * 0.32, wb, mid - (wr - wl) * 0.32, wb], 0x9c9590, FLAT);
  b.poly([mid - u * 0.02, hz + (wb - hz) * 0.3, mid + u * 0.02, hz + (wb - hz) * 0.3, mid + u * 0.04, wb, mid - u * 0.04, wb], PAL.cream, FLAT);
  if (L.night) {
    for (const fx of [0.12, 0.35, 0.65, 0.88]) b.glow(wl + (wr - wl) * fx, hz - (wb - wt) * 0.1, u * 0.25, 0xffc874, 0.5);
  }
  // window frame as a rounded trapezoid ring (drawn as four pieces)
  const fr = 0x7b7069;
  b.poly([x, y, wl + (wr - wl) * 0.06, y, wl, wb, x, wb + u * 0.4], fr, FLAT);
  b.poly([x + w, y, wr - (wr - wl) * 0.06, y, wr, wb, x + w, wb + u * 0.4], fr, FLAT);
  b.poly([x, y, x + w, y, wr - (wr - wl) * 0.04, wt, wl + (wr - wl) * 0.04, wt], mix(fr, PAL.stone, 0.4), FLAT);
  b.poly([wl + (wr - wl) * 0.04, wt, wl + (wr - wl) * 0.06, wt, wl + u * 0.05, wb, wl, wb], fr, FLAT);
  b.poly([wr - (wr - wl) * 0.04, wt, wr - (wr - wl) * 0.06, wt, wr - u * 0.05, wb, wr, wb], fr, FLAT);
  // parcel shelf
  b.rr(x - u * 0.2, wb - u * 0.05, w + u * 0.4, u * 0.35, u * 0.1, 0x6e645e);
  // bench back with three seats and headrests
  const bt = wb + u * 0.35;
  const cush = fy + u * 0.1;
  b.rr(x + u * 0.2, bt, w - u * 0.4, cush - bt + u * 0.2, u * 0.4, seatC);
  const seats = 3;
  const sw = (w - u * 0.4) / seats;
  for (let i = 0; i < seats; i++) {
    const sx = x + u * 0.2 + sw * i;
    if (i > 0) b.line(sx, bt + u * 0.3, sx, cush, Math.max(1, u * 0.04), darken(seatC, 0.25), { a: 0.6 });
    b.rr(sx + sw / 2 - u * 0.45, bt - u * 0.55, u * 0.9, u * 0.6, u * 0.22, lighten(seatC, 0.1));
  }
  // seat cushion and footwell
  b.rr(x, cush, w, u * 0.8, u * 0.3, lighten(seatC, 0.08));
  b.rect(x, cush + u * 0.7, w, y + h - cush, 0x5f5651, FLAT);
  // seat belt across the free seat
  const fx0 = px(L, 0.2, 0.12);
  b.line(fx0, bt + u * 0.15, fx0 + u * 0.9, cush + u * 0.1, Math.max(2, u * 0.12), 0x3d3532);
  b.rr(fx0 + u * 0.82, cush - u * 0.05, u * 0.22, u * 0.28, u * 0.05, PAL.stoneDark);
  // child car seat
  const seat = carSeatBox(L);
  drawCarSeat(b, seat, 'back');
  drawCarSeat(b, seat, 'front');
  calm(b, L, 0x5f5651);
}

function shop(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  room(b, L, PAL.cream, PAL.stone, { floor: 'tiles', skirting: PAL.sageDark });
  // ceiling lights
  for (let lx = x + w * 0.15; lx < x + w; lx += Math.max(u * 2.6, w * 0.3)) ceilingLight(b, L, lx, u * 1.4);
  // shelving units
  const units = L.wide ? [0.16, 0.42] : [0.28];
  const cols = [PAL.terracotta, PAL.mustard, PAL.sage, PAL.blue, PAL.rose, PAL.butter, PAL.blueDark, PAL.apricot];
  const r = rng(81);
  const shelfH = L.wide ? u * 3.0 : u * 3.8;
  const sb = fy + u * 0.1;
  for (const fxp of units) {
    const uw = Math.min(u * 2.6, w * 0.46);
    const ux = x + w * fxp - uw / 2;
    b.rr(ux, sb - shelfH, uw, shelfH, u * 0.08, PAL.woodLight);
    b.rect(ux + u * 0.1, sb - shelfH + u * 0.1, uw - u * 0.2, shelfH - u * 0.2, darken(PAL.woodLight, 0.18), FLAT);
    const rows = L.wide ? 4 : 5;
    const rh = (shelfH - u * 0.2) / rows;
    for (let k = 0; k < rows; k++) {
      const shelfY = sb - u * 0.1 - k * rh;
      let ix = ux + u * 0.16;
      while (ix < ux + uw - u * 0.35) {
        const kind = r();
        const c = cols[Math.floor(r() * cols.length)];
        if (kind < 0.4) {
          const pw = u * (0.3 + r() * 0.15);
          const ph = rh * (0.55 + r() * 0.25);
          if (ix + pw > ux + uw - u * 0.14) break;
          b.rr(ix, shelfY - ph, pw, ph, u * 0.04, c);
          b.rect(ix + pw * 0.15, shelfY - ph * 0.65, pw * 0.7, ph * 0.25, PAL.paper, { a: 0.8, ol: false });
          ix += pw + u * 0.05;
        } else if (kind < 0.7) {
          const pw = u * 0.26;
          const ph = rh * 0.45;
          if (ix + pw > ux + uw - u * 0.14) break;
          b.rr(ix, shelfY - ph, pw, ph, u * 0.06, c);
          b.rr(ix - u * 0.02, shelfY - ph - u * 0.06, pw + u * 0.04, u * 0.08, u * 0.03, PAL.stoneDark);
          ix += pw + u * 0.06;
        } else {
          const pw = u * 0.2;
          const ph = rh * 0.7;
          if (ix + pw > ux + uw - u * 0.14) break;
          b.rr(ix, shelfY - ph * 0.7, pw, ph * 0.7, u * 0.06, c);
          b.rr(ix + pw * 0.3, shelfY - ph, pw * 0.4, ph * 0.35, u * 0.03, c);
          ix += pw + u * 0.07;
        }
      }
      b.rr(ux + u * 0.05, shelfY, uw - u * 0.1, u * 0.09, u * 0.03, PAL.wood);
    }
  }
  // fruit crates
  if (L.wide) {
    const cx = x + w * 0.6;
    for (const [dx, fc] of [
      [-0.62, PAL.terracotta],
      [0.02, 0xe4a25a],
      [0.66, PAL.sageDark],
    ] as const) {
      const bx = cx + dx * u;
      b.rr(bx - u * 0.3, sb - u * 0.55, u * 0.6, u * 0.55, u * 0.05, PAL.wood);
      for (let k = 0; k < 3; k++) b.circ(bx - u * 0.16 + k * u * 0.16, sb - u * 0.58, u * 0.1, fc);
      b.circ(bx - u * 0.08, sb - u * 0.7, u * 0.1, fc);
      b.circ(bx + u * 0.1, sb - u * 0.7, u * 0.1, fc);
    }
    b.rr(cx - u * 1.05, sb - u * 1.4, u * 2.1, u * 0.4, u * 0.08, PAL.sage);
    b.rr(cx - u * 0.9, sb - u * 1.32, u * 1.8, u * 0.24, u * 0.06, PAL.paper, FLAT);
  }
  // checkout: counter, belt, till
  const kx = px(L, 0.84, 0.78);
  const kw = Math.min(u * 2.6, w * 0.4);
  const kb = fy + u * 0.55;
  const kt = kb - u * 1.1;
  b.rr(kx - kw / 2, kt, kw, kb - kt, u * 0.1, PAL.sageDark);
  b.rr(kx - kw / 2 + u * 0.1, kt + u * 0.25, kw - u * 0.2, u * 0.55, u * 0.06, lighten(PAL.sageDark, 0.2), FLAT);
  b.rr(kx - kw / 2 - u * 0.05, kt - u * 0.14, kw + u * 0.1, u * 0.18, u * 0.06, 0x5b524c);
  b.rr(kx - kw / 2 + u * 0.35, kt - u * 0.36, u * 0.4, u * 0.24, u * 0.04, PAL.terracotta);
  b.rr(kx - kw / 2 + u * 0.85, kt - u * 0.3, u * 0.25, u * 0.18, u * 0.04, PAL.butter);
  const tx = kx + kw / 2 - u * 0.5;
  b.rr(tx - u * 0.06, kt - u * 0.55, u * 0.12, u * 0.45, u * 0.03, PAL.ink);
  b.rr(tx - u * 0.35, kt - u * 0.95, u * 0.7, u * 0.45, u * 0.06, PAL.ink);
  b.rr(tx - u * 0.28, kt - u * 0.89, u * 0.56, u * 0.33, u * 0.04, L.time === 'day' ? PAL.blueLight : 0xcfe6e0, { raw: L.time !== 'day' });
  // hanging sign
  b.line(kx - u * 0.5, y, kx - u * 0.5, y + h * 0.12, Math.max(1, u * 0.02), PAL.ink, { a: 0.6 });
  b.line(kx + u * 0.5, y, kx + u * 0.5, y + h * 0.12, Math.max(1, u * 0.02), PAL.ink, { a: 0.6 });
  b.rr(kx - u * 0.7, y + h * 0.12, u * 1.4, u * 0.5, u * 0.12, PAL.terracotta);
  b.circ(kx, y + h * 0.12 + u * 0.25, u * 0.13, PAL.paper, FLAT);
  calm(b, L, PAL.stone);
}

function coat(b: Brush, cx: number, top: number, s: number, c: number): void {
  b.circ(cx, top + s * 0.05, s * 0.05, PAL.stoneDark);
  b.poly([cx - s * 0.22, top + s * 0.2, cx + s * 0.22, top + s * 0.2, cx + s * 0.32, top + s * 0.9, cx - s * 0.32, top + s * 0.9], c);
  b.circ(cx, top + s * 0.2, s * 0.18, darken(c, 0.1));
  b.line(cx, top + s * 0.35, cx, top + s * 0.88, Math.max(1, s * 0.03), darken(c, 0.3), { a: 0.6, ol: false });
}

function drawing(b: Brush, cx: number, cy: number, s: number, kind: number, paper: number): void {
  b.rect(cx - s * 0.42, cy - s * 0.32, s * 0.84, s * 0.64, paper);
  b.circ(cx, cy - s * 0.3, s * 0.04, PAL.terracotta, FLAT);
  const lw = Math.max(1.2, s * 0.04);
  if (kind === 0) {
    b.circ(cx - s * 0.12, cy - s * 0.05, s * 0.12, PAL.mustard, FLAT);
    b.path([cx - s * 0.35, cy + s * 0.22, cx - s * 0.1, cy + s * 0.12, cx + s * 0.1, cy + s * 0.2, cx + s * 0.34, cy + s * 0.1], lw, PAL.sageDark, FLAT);
  } else if (kind === 1) {
    b.rect(cx - s * 0.16, cy - s * 0.02, s * 0.32, s * 0.24, PAL.terracotta, FLAT);
    b.tri(cx - s * 0.22, cy - s * 0.02, cx + s * 0.22, cy - s * 0.02, cx, cy - s * 0.2, PAL.blueDark, FLAT);
  } else if (kind === 2) {
    b.path(
      [cx - s * 0.3, cy, cx - s * 0.18, cy - s * 0.15, cx - s * 0.05, cy + s * 0.12, cx + s * 0.08, cy - s * 0.15, cx + s * 0.2, cy + s * 0.1, cx + s * 0.32, cy - s * 0.1],
      lw,
      PAL.blueDark,
      FLAT,
    );
    b.path([cx - s * 0.3, cy + s * 0.18, cx + s * 0.3, cy + s * 0.18], lw, PAL.rose, FLAT);
  } else {
    b.line(cx, cy + s * 0.25, cx, cy - s * 0.02, lw, PAL.sageDark, FLAT);
    for (let i = 0; i < 5; i++) {
      const a = (i / 5) * Math.PI * 2;
      b.circ(cx + Math.cos(a) * s * 0.09, cy - s * 0.08 + Math.sin(a) * s * 0.09, s * 0.07, PAL.rose, FLAT);
    }
    b.circ(cx, cy - s * 0.08, s * 0.05, PAL.mustard, FLAT);
  }
}

function daycare(b: Brush, L: Lay): void {
  const { x, y, w, h, u, fy } = L;
  room(b, L, PAL.butter, PAL.sageLight, { floor: 'plain', skirting: PAL.woodLight });
  if (L.time !== 'day') {
    lampLight(b, L, px(L, 0.3, 0.25), y + h * 0.02, u * 2.2);
    lampLight(b, L, px(L, 0.75, 0.75), y + h * 0.02, u * 2.2);
  }
  // bunting
  const by = y + h * 0.06;
  const sag = u * 0.35;
  const pts: number[] = [];
  const nTri = Math.max(6, Math.round(w / (u * 0.55)));
  const tcols = [PAL.terracotta, PAL.blue, PAL.mustard, PAL.sage, PAL.rose];
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    pts.push(x + w * t, by + sag * 4 * t * (1 - t));
  }
  b.path(pts, Math.max(1, u * 0.025), PAL.woodDark, { a: 0.8 });
  for (let i = 0; i < nTri; i++) {
    const t0 = (i + 0.15) / nTri;
    const t1 = (i + 0.85) / nTri;
    const tm = (t0 + t1) / 2;
    const yAt = (t: number): number => by + sag * 4 * t * (1 - t);
    b.tri(x + w * t0, yAt(t0), x + w * t1, yAt(t1), x + w * tm, yAt(tm) + u * 0.4, tcols[i % tcols.length]);
  }
  // children's drawings on the wall
  const papers = [PAL.paper, 0xe9f0f4, 0xfbeee6, PAL.paper, 0xeef3e6];
  const ds = u * 0.9;
  const dy = y + h * 0.24;
  const nd = L.wide ? 5 : 3;
  for (let i = 0; i < nd; i++) {
    const dx = x + w * (L.wide ? 0.34 + i * 0.13 : 0.18 + i * 0.32);
    drawing(b, dx, dy + (i % 2) * u * 0.35, ds, i % 4, papers[i % papers.length]);
  }
  // cubbies with coats
  const cw = Math.min(u * 2.6, w * 0.5);
  const cl = px(L, 0.04, 0.03);
  const ch = u * 2.3;
  const cb = fy + u * 0.1;
  b.rr(cl, cb - ch, cw, ch, u * 0.08, PAL.woodLight);
  const n = 3;
  const cellW = (cw - u * 0.12) / n;
  const coatCols = [PAL.terracotta, PAL.blue, PAL.mustard];
  for (let i = 0; i < n; i++) {
    const cx = cl + u * 0.06 + cellW * i;
    b.rr(cx + u * 0.05, cb - ch + u * 0.12, cellW - u * 0.1, ch * 0.62, u * 0.05, darken(PAL.woodLight, 0.15), FLAT);
    coat(b, cx + cellW / 2, cb - ch + u * 0.2, Math.min(cellW * 1.1, u * 1.2), coatCols[i]);
    b.rr(cx + u * 0.05, cb - ch * 0.3, cellW - u * 0.1, ch * 0.24, u * 0.05, darken(PAL.woodLight, 0.15), FLAT);
    b.ell(cx + cellW / 2 - u * 0.1, cb - ch * 0.1, u * 0.25, u * 0.14, coatCols[(i + 1) % 3]);
    b.ell(cx + cellW / 2 + u * 0.12, cb - ch * 0.1, u * 0.25, u * 0.14, coatCols[(i + 1) % 3]);
  }
  // low table with little chairs
  const tx = px(L, 0.72, 0.72);
  const tw = Math.min(u * 2.4, w * 0.42);
  const tb = fy + u * 0.75;
  const tt = tb - u * 0.8;
  const chairs: Array<[number, number]> = [
    [-1, PAL.blue],
    [1, PAL.terracotta],
  ];
  for (const [side, c] of chairs) {
    const chx = tx + side * (tw / 2 + u * 0.1);
    b.rr(chx - u * 0.25, tb - u * 1.1, u * 0.5, u * 0.55, u * 0.12, c);
    b.rr(chx - u * 0.3, tb - u * 0.55, u * 0.6, u * 0.12, u * 0.05, c);
    b.rect(chx - u * 0.24, tb - u * 0.45, u * 0.07, u * 0.45, darken(c, 0.2));
    b.rect(chx + u * 0.17, tb - u * 0.45, u * 0.07, u * 0.45, darken(c, 0.2));
  }
  b.rect(tx - tw / 2 + u * 0.15, tt, u * 0.1, tb - tt, PAL.wood);
  b.rect(tx + tw / 2 - u * 0.25, tt, u * 0.1, tb - tt, PAL.wood);
  b.rr(tx - tw / 2, tt - u * 0.12, tw, u * 0.2, u * 0.08, PAL.mustard);
  b.rect(tx - u * 0.4, tt - u * 0.18, u * 0.55, u * 0.08, PAL.paper);
  b.rr(tx + u * 0.3, tt - u * 0.17, u * 0.4, u * 0.06, u * 0.03, PAL.blue);
  b.rr(tx + u * 0.35, tt - u * 0.24, u * 0.35, u * 0.06, u * 0.03, PAL.terracotta);
  // play mat
  if (L.wide) {
    const mx = x + w * 0.42;
    b.rr(mx - u * 1.1, fy + u * 0.55, u * 2.2, u * 0.6, u * 0.1, PAL.blueLight);
    b.circ(mx - u * 0.5, fy + u * 0.85, u * 0.16, PAL.mustard, FLAT);
    b.tri(mx - u * 0.12, fy + u * 1.0, mx + u * 0.18, fy + u * 1.0, mx + u * 0.03, fy + u * 0.7, PAL.rose, FLAT);
    b.rect(mx + u * 0.4, fy + u * 0.72, u * 0.28, u * 0.26, PAL.sage, FLAT);
  }
  calm(b, L, PAL.sageLight);
}

function doctor(b: Brush, L: Lay): void {
  const { y, w, h, u, fy } = L;
  room(b, L, 0xdbe7df, 0xc9d3d8, { floor: 'tiles', skirting: PAL.white });
  ceilingLight(b, L, px(L, 0.55, 0.55), u * 1.6);
  // privacy curtain on a rail
  const cr = px(L, 0.97, 0.98);
  const cwid = Math.min(u * 1.6, w * 0.22);
  b.rr(cr - cwid - u * 0.3, y + h * 0.05, cwid + u * 0.6, u * 0.08, u * 0.04, PAL.stoneDark);
  b.rr(cr - cwid, y + h * 0.05 + u * 0.05, cwid, fy - y - h * 0.05 - u * 0.4, u * 0.2, PAL.blueLight);
  for (let i = 1; i < 4; i++) b.line(cr - cwid + (cwid * i) / 4, y + h * 0.08, cr - cwid + (cwid * i) / 4, fy - u * 0.5, Math.max(1, u * 0.03), PAL.blue, { a: 0.6, ol: false });
  // height chart
  const hx = px(L, 0.05, 0.07);
  b.rr(hx - u * 0.18, fy - u * 3.2, u * 0.36, u * 3.1, u * 0.08, PAL.paper);
  for (let i = 0; i < 12; i++) {
    const ty = fy - u * 0.25 - i * u * 0.24;
    b.line(hx - u * 0.18, ty, hx - u * (i % 2 ? 0.04 : 0.08), ty, Math.max(1, u * 0.025), PAL.terracotta, { ol: false });
  }
  b.circ(hx, fy - u * 3.35, u * 0.2, PAL.mustard);
  b.circ(hx - u * 0.08, fy - u * 3.4, u * 0.03, PAL.ink, FLAT);
  b.circ(hx + u * 0.08, fy - u * 3.4, u * 0.03, PAL.ink, FLAT);
  // poster
  const pcx = px(L, 0.28, 0.3);
  const pcy = y + h * 0.2;
  b.rr(pcx - u * 0.55, pcy - u * 0.7, u * 1.1, u * 1.4, u * 0.06, PAL.white);
  b.circ(pcx - u * 0.14, pcy - u * 0.2, u * 0.17, PAL.rose, FLAT);
  b.circ(pcx + u * 0.14, pcy - u * 0.2, u * 0.17, PAL.rose, FLAT);
  b.tri(pcx - u * 0.31, pcy - u * 0.15, pcx + u * 0.31, pcy - u * 0.15, pcx, pcy + u * 0.18, PAL.rose, FLAT);
  for (let i = 0; i < 3; i++) b.rr(pcx - u * 0.35, pcy + u * 0.3 + i * u * 0.12, u * (0.7 - i * 0.15), u * 0.05, u * 0.02, PAL.stoneDark, FLAT);
  // cabinet with the baby scales
  const sx = px(L, 0.36, 0.32);
  const cw = Math.min(u * 2.2, w * 0.46);
  const cb = fy + u * 0.2;
  const ct = cb - u * 1.25;
  b.rr(sx - cw / 2, ct, cw, cb - ct, u * 0.08, PAL.white);
  b.rr(sx - cw / 2 + u * 0.1, ct + u * 0.2, cw / 2 - u * 0.15, cb - ct - u * 0.3, u * 0.05, 0xeef2ee, FLAT);
  b.rr(sx + u * 0.05, ct + u * 0.2, cw / 2 - u * 0.15, cb - ct - u * 0.3, u * 0.05, 0xeef2ee, FLAT);
  b.rr(sx - u * 0.2, ct + u * 0.5, u * 0.12, u * 0.05, u * 0.02, PAL.stoneDark, FLAT);
  b.rr(sx + u * 0.1, ct + u * 0.5, u * 0.12, u * 0.05, u * 0.02, PAL.stoneDark, FLAT);
  b.rr(sx - cw / 2 - u * 0.05, ct - u * 0.1, cw + u * 0.1, u * 0.14, u * 0.05, PAL.woodLight);
  // the scales: base with a display, and a curved tray
  const sw = Math.min(u * 1.7, cw * 0.85);
  b.rr(sx - sw * 0.42, ct - u * 0.42, sw * 0.84, u * 0.34, u * 0.08, PAL.white);
  b.rr(sx - u * 0.2, ct - u * 0.36, u * 0.4, u * 0.2, u * 0.04, L.time === 'day' ? 0x9fc2b0 : 0xc7f0d8, { raw: L.time !== 'day' });
  b.poly([sx - sw / 2, ct - u * 0.88, sx + sw / 2, ct - u * 0.88, sx + sw * 0.42, ct - u * 0.6, sx + sw * 0.3, ct - u * 0.46, sx - sw * 0.3, ct - u * 0.46, sx - sw * 0.42, ct - u * 0.6], PAL.blue);
  b.rr(sx - sw / 2 - u * 0.04, ct - u * 0.94, sw + u * 0.08, u * 0.1, u * 0.05, lighten(PAL.blue, 0.3));
  // jar on top
  b.rr(sx + cw / 2 - u * 0.4, ct - u * 0.45, u * 0.26, u * 0.35, u * 0.06, PAL.blueLight);
  b.rr(sx + cw / 2 - u * 0.42, ct - u * 0.5, u * 0.3, u * 0.08, u * 0.03, PAL.stoneDark);
  // examination table
  const { ex, ew, eb, et } = tableBox(L);
  b.rect(ex - ew / 2 + u * 0.2, et, u * 0.12, eb - et, PAL.stoneDark);
  b.rect(ex + ew / 2 - u * 0.32, et, u * 0.12, eb - et, PAL.stoneDark);
  b.rr(ex - ew / 2 + u * 0.2, eb - u * 0.45, ew - u * 0.4, u * 0.08, u * 0.03, PAL.stoneDark, FLAT);
  b.rr(ex - ew / 2, et - u * 0.3, ew, u * 0.35, u * 0.14, PAL.sage);
  b.rr(ex - ew / 2 - u * 0.05, et - u * 0.62, u * 0.9, u * 0.4, u * 0.16, PAL.sage);
  b.rr(ex - ew / 2 + u * 0.5, et - u * 0.36, ew - u * 0.6, u * 0.1, u * 0.04, PAL.paper);
  b.ell(ex + ew / 2, et - u * 0.14, u * 0.18, u * 0.34, PAL.paper);
  calm(b, L, 0xc9d3d8);
}

// ---------------------------------------------------------------- props the figures use
// The figures (stage.ts) sit the child in these. Each gives its geometry, and the parts that
// stand in front of a child are drawn by a function of their own, so the stage can draw them
// again over the child.

export interface CotBox {
  ccx: number;
  cl: number;
  cw: number;
  cb: number;
  ch: number;
  post: number;
  railTop: number;
  railLow: number;
}

/** The cot: in the nursery on the right; in the bedroom a bedside cot left of the bed. */
export function cotBox(L: Lay, place: Place): CotBox {
  const { u, w, fy } = L;
  const bedside = place !== 'nursery';
  const cw = bedside ? Math.min(u * 2.8, w * 0.4) : Math.min(u * 3.4, w * 0.5);
  const ch = u * 2.4;
  const ccx = bedside ? px(L, 0.3, 0.3) : px(L, 0.72, 0.68);
  const cb = fy + u * (bedside ? 0.75 : 0.3);
  const post = u * 0.2;
  return { ccx, cl: ccx - cw / 2, cw, cb, ch, post, railTop: cb - ch + u * 0.25, railLow: cb - u * 0.55 };
}

/** The cot's mattress and pillow ('back'), or its bars, rails and posts ('front'). */
export function drawCot(b: Brush, c: CotBox, part: 'back' | 'front'): void {
  const { cl, cw, cb, ch, post, railTop, railLow } = c;
  const u = b.u;
  if (part === 'back') {
    b.rr(cl + post, railLow - u * 0.5, cw - 2 * post, u * 0.55, u * 0.12, PAL.white, FLAT);
    b.rr(cl + post + u * 0.2, railLow - u * 0.75, cw * 0.48, u * 0.5, u * 0.2, PAL.rose, FLAT);
    b.rr(cl + cw * 0.62, railLow - u * 0.62, cw * 0.26, u * 0.3, u * 0.12, PAL.white, FLAT);
    return;
  }
  const bars = Math.max(5, Math.round((cw - 2 * post) / (u * 0.3)));
  for (let i = 1; i < bars; i++) {
    const bx = cl + post + ((cw - 2 * post) * i) / bars;
    b.rr(bx - u * 0.045, railTop, u * 0.09, railLow - railTop, u * 0.04, PAL.woodLight);
  }
  b.rr(cl, railTop - u * 0.06, cw, u * 0.16, u * 0.07, PAL.wood);
  b.rr(cl, railLow, cw, u * 0.18, u * 0.07, PAL.wood);
  for (const sx of [cl, cl + cw - post]) {
    b.rr(sx, cb - ch, post, ch, post * 0.4, PAL.wood);
    b.circ(sx + post / 2, cb - ch - post * 0.2, post * 0.55, PAL.wood);
  }
}

export interface ChairBox {
  hx: number;
  hb: number;
  seat: number;
}

/** The kitchen's high chair, seen from the front. */
export function chairBox(L: Lay): ChairBox {
  const hb = L.fy + L.u * 0.85;
  return { hx: px(L, 0.8, 0.72), hb, seat: hb - L.u * 1.45 };
}

/** The high chair's frame and seat ('back'), or its tray ('front'). */
export function drawChair(b: Brush, c: ChairBox, part: 'back' | 'front'): void {
  const { hx, hb, seat } = c;
  const u = b.u;
  if (part === 'front') {
    b.rr(hx - u * 0.62, seat - u * 0.5, u * 1.24, u * 0.16, u * 0.07, PAL.white);
    b.rr(hx - u * 0.5, seat - u * 0.36, u * 1.0, u * 0.08, u * 0.04, PAL.stone, FLAT);
    return;
  }
  const leg = Math.max(1.5, u * 0.09);
  b.line(hx - u * 0.32, seat, hx - u * 0.62, hb, leg, PAL.wood);
  b.line(hx + u * 0.32, seat, hx + u * 0.62, hb, leg, PAL.wood);
  b.line(hx - u * 0.5, hb - u * 0.4, hx + u * 0.5, hb - u * 0.4, leg * 0.8, PAL.wood);
  b.rr(hx - u * 0.45, seat - u * 1.15, u * 0.9, u * 1.15, u * 0.22, PAL.wood);
  b.rr(hx - u * 0.35, seat - u * 1.05, u * 0.7, u * 0.95, u * 0.17, PAL.sage);
  b.rr(hx - u * 0.5, seat - u * 0.08, u * 1.0, u * 0.16, u * 0.06, PAL.woodLight);
  b.rr(hx - u * 0.3, seat + u * 0.5, u * 0.6, u * 0.08, u * 0.04, PAL.woodLight);
}

export interface TubBox {
  tl: number;
  tw: number;
  tb: number;
  th: number;
}

export function tubBox(L: Lay): TubBox {
  return { tw: Math.min(L.u * 4.2, L.w * 0.72), tl: px(L, 0.6, 0.55) - Math.min(L.u * 4.2, L.w * 0.72) / 2, tb: L.fy + L.u * 0.55, th: L.u * 1.25 };
}

/** The tub's body, rim, feet and a low line of foam: what hides a child's body in the bath. */
export function drawTubFront(b: Brush, t: TubBox): void {
  const { tl, tw, tb, th } = t;
  const u = b.u;
  b.rr(tl, tb - th, tw, th, u * 0.4, PAL.white);
  b.rr(tl + u * 0.15, tb - th + u * 0.3, tw - u * 0.3, u * 0.08, u * 0.04, PAL.blueLight, FLAT);
  b.rr(tl + u * 0.2, tb - u * 0.22, tw - u * 0.4, u * 0.1, u * 0.05, 0xe8eef0, FLAT);
  for (const fx of [tl + u * 0.45, tl + tw - u * 0.45]) b.ell(fx, tb + u * 0.02, u * 0.3, u * 0.18, PAL.stoneDark);
  const n = Math.max(8, Math.round(tw / (u * 0.28)));
  for (let i = 0; i < n; i++) {
    const bx = tl + u * 0.3 + ((i + 0.5) / n) * (tw - u * 0.6);
    const br = u * (0.11 + ((i * 7) % 5) * 0.02);
    b.circ(bx, tb - th - br * 0.3, br, PAL.white, { ol: false });
  }
  b.rr(tl - u * 0.08, tb - th - u * 0.06, tw + u * 0.16, u * 0.2, u * 0.1, PAL.white);
}

/** A small wooden slide with its ladder at lx: the playground has one; a garden where a moment names it, too. */
export function drawSlide(b: Brush, L: Lay, lx: number): void {
  const { w, u, fy } = L;
  const slb = fy + u * 0.45;
  const plat = slb - u * 2.1;
  const rail = Math.max(2, u * 0.1);
  b.line(lx - u * 0.3, plat - u * 0.5, lx - u * 0.3, slb, rail, PAL.wood);
  b.line(lx + u * 0.3, plat - u * 0.5, lx + u * 0.3, slb, rail, PAL.wood);
  for (let ry = plat + u * 0.3; ry < slb - u * 0.1; ry += u * 0.38) b.line(lx - u * 0.3, ry, lx + u * 0.3, ry, rail * 0.8, PAL.wood);
  const run = Math.min(u * 2.4, w * 0.32);
  b.poly(
    [
      lx + u * 0.3,
      plat - u * 0.1,
      lx + u * 0.55,
      plat - u * 0.1,
      lx + u * 0.55 + run * 0.85,
      slb - u * 0.35,
      lx + u * 0.3 + run,
      slb - u * 0.2,
      lx + u * 0.3 + run,
      slb,
      lx + u * 0.2 + run * 0.85,
      slb - u * 0.15,
    ],
    PAL.mustard,
  );
  b.rr(lx - u * 0.4, plat - u * 0.08, u * 0.95, u * 0.16, u * 0.06, PAL.wood);
  b.line(lx + u * 0.3, plat - u * 0.1, lx + u * 0.3, plat - u * 0.6, rail, PAL.wood);
}

/** A staircase going up on the left of a room, with its gate standing open: for a moment at the stairs. */
export function drawStairs(b: Brush, L: Lay): void {
  const { x, u, fy } = L;
  const steps = 6;
  const rise = u * 0.5;
  const run = u * 0.42;
  const left = x + u * 0.2;
  const foot = fy + u * 0.35;
  for (let k = 0; k < steps; k++) {
    const sx = left + (steps - 1 - k) * run;
    const top = foot - (k + 1) * rise;
    b.rect(sx, top, run * (k + 1) + u * 0.6, rise, k % 2 ? PAL.woodLight : darken(PAL.woodLight, 0.06));
    b.rect(sx, top, run * (k + 1) + u * 0.6, u * 0.08, PAL.wood, FLAT);
  }
  // banister and the open gate at the foot
  const rail = Math.max(2, u * 0.08);
  b.line(left + steps * run + u * 0.6, foot - u * 1.2, left + u * 0.3, foot - steps * rise - u * 0.9, rail, PAL.woodDark);
  b.line(left + steps * run + u * 0.6, foot - u * 1.2, left + steps * run + u * 0.6, foot, rail, PAL.woodDark);
  const gx = left + steps * run + u * 0.65;
  b.rr(gx, foot - u * 1.0, u * 0.08, u * 1.0, u * 0.03, PAL.white);
  b.poly([gx, foot - u * 1.0, gx + u * 0.55, foot - u * 0.85, gx + u * 0.55, foot - u * 0.05, gx, foot], PAL.white, { a: 0.85 });
  for (let k = 1; k < 4; k++) b.line(gx + u * 0.14 * k, foot - u * (1.0 - 0.04 * k), gx + u * 0.14 * k, foot - u * 0.02 * k, Math.max(1, u * 0.03), PAL.stoneDark);
}

/** A climbing frame of poles and bars centred at cx, `high` tall: for a moment that names one. */
export function drawClimbingFrame(b: Brush, L: Lay, cx: number, high: number): void {
  const { u, fy } = L;
  const foot = fy + u * 1.4;
  const half = u * 1.5;
  const pole = Math.max(2, u * 0.1);
  for (const k of [-1, -1 / 3, 1 / 3, 1]) b.line(cx + half * k, foot, cx + half * k * 0.85, foot - high, pole, PAL.blueDark);
  const bars = 5;
  for (let i = 1; i <= bars; i++) {
    const by = foot - (high * i) / bars;
    const sq = 1 - 0.15 * (i / bars);
    b.line(cx - half * sq, by, cx + half * sq, by, Math.max(1.5, u * 0.08), i % 2 ? PAL.terracotta : PAL.mustard);
  }
}

/** Where the washbasin stands in the bathroom (under the mirror). */
export const basinX = (L: Lay): number => px(L, 0.33, 0.34);

/** The washbasin on its pedestal, with tap, cup and soap: the bathroom has it when there is room, a moment at the basin always. */
export function drawBasin(b: Brush, L: Lay): void {
  const { u, fy } = L;
  const mx = basinX(L);
  b.rr(mx - u * 0.16, fy - u * 1.05, u * 0.32, u * 1.0, u * 0.1, PAL.white);
  b.rr(mx - u * 0.04, fy - u * 1.58, u * 0.08, u * 0.22, u * 0.03, PAL.stoneDark);
  b.rr(mx - u * 0.04, fy - u * 1.58, u * 0.22, u * 0.07, u * 0.03, PAL.stoneDark);
  b.poly([mx - u * 0.6, fy - u * 1.4, mx + u * 0.6, fy - u * 1.4, mx + u * 0.42, fy - u * 1.0, mx - u * 0.42, fy - u * 1.0], PAL.white);
  b.rr(mx - u * 0.65, fy - u * 1.48, u * 1.3, u * 0.12, u * 0.05, PAL.white);
  b.rr(mx + u * 0.25, fy - u * 1.72, u * 0.14, u * 0.24, u * 0.04, PAL.sage);
  b.rr(mx - u * 0.45, fy - u * 1.66, u * 0.12, u * 0.18, u * 0.04, PAL.rose);
}

export interface SeatBox {
  cs: number;
  cw: number;
  chh: number;
  cb: number;
  bench: number;
  cush: number;
}

/** The child car seat on the back bench, and where a grown-up sits beside it. */
export function carSeatBox(L: Lay): SeatBox {
  const { u, w, fy } = L;
  const cush = fy + u * 0.1;
  const cs = px(L, 0.66, 0.62);
  // the grown-up sits right beside the child, on the middle seat
  return { cs, cw: Math.min(u * 1.8, w * 0.4), chh: u * 2.7, cb: cush + u * 0.45, bench: Math.max(L.x + u * 0.8, cs - u * 2.3), cush };
}

/** The car seat's shell ('back'), or its side wings, harness and front ('front'); the straps start at strapY (a child's shoulders). */
export function drawCarSeat(b: Brush, s: SeatBox, part: 'back' | 'front', strapY = s.cb - s.chh * 0.58): void {
  const { cs, cw, chh, cb } = s;
  const u = b.u;
  if (part === 'back') {
    b.rr(cs - cw / 2, cb - chh, cw, chh, cw * 0.32, 0x4b5a6a);
    b.rr(cs - cw * 0.34, cb - chh + u * 0.25, cw * 0.68, chh - u * 0.55, cw * 0.25, PAL.sage);
    b.rr(cs - cw * 0.28, cb - chh + u * 0.35, cw * 0.56, chh * 0.28, cw * 0.2, PAL.sageLight, FLAT);
    return;
  }
  b.rr(cs - cw / 2 - u * 0.12, cb - chh * 0.62, u * 0.35, chh * 0.5, u * 0.15, 0x41505f);
  b.rr(cs + cw / 2 - u * 0.23, cb - chh * 0.62, u * 0.35, chh * 0.5, u * 0.15, 0x41505f);
  const buckle = strapY + (cb - u * 0.45 - strapY) * 0.6;
  const sw = Math.min(cw * 0.2, (cb - strapY) * 0.22);
  b.line(cs - sw, strapY, cs, buckle, Math.max(2, u * 0.1), 0x3d3532);
  b.line(cs + sw, strapY, cs, buckle, Math.max(2, u * 0.1), 0x3d3532);
  b.line(cs, buckle, cs, cb - u * 0.4, Math.max(2, u * 0.1), 0x3d3532);
  b.rr(cs - u * 0.14, buckle - u * 0.11, u * 0.28, u * 0.22, u * 0.06, PAL.terracotta);
  b.rr(cs - cw / 2 - u * 0.05, cb - u * 0.45, cw + u * 0.1, u * 0.45, u * 0.18, 0x4b5a6a);
}

export interface SofaBox {
  scx: number;
  sl: number;
  sw: number;
  sb: number;
  seat: number;
}

export function sofaBox(L: Lay): SofaBox {
  const sw = Math.min(L.u * 4.4, L.w * 0.66);
  const scx = px(L, 0.6, 0.6);
  const sb = L.fy + L.u * 0.35;
  return { scx, sl: scx - sw / 2, sw, sb, seat: sb - L.u * 1.05 };
}

export interface TableBox {
  ex: number;
  ew: number;
  eb: number;
  et: number;
}

/** The doctor's examination table; a baby lies on its top (et - u * 0.3). */
export function tableBox(L: Lay): TableBox {
  const eb = L.fy + L.u * 0.5;
  return { ex: px(L, 0.7, 0.76), ew: Math.min(L.u * 3.2, L.w * 0.5), eb, et: eb - L.u * 1.15 };
}

export interface BedBox {
  bl: number;
  bw: number;
  bb: number;
  hbw: number;
  top: number;
}

export function bedBox(L: Lay): BedBox {
  const bw = Math.min(L.u * 4.2, L.w * 0.62);
  const bb = L.fy + L.u * 0.4;
  return { bl: px(L, 0.62, 0.6) - bw / 2, bw, bb, hbw: L.u * 0.3, top: bb - L.u * 1.05 };
}

/** The bed: headboard on the right, footboard, frame, sheet, pillow and duvet. */
export function drawBed(b: Brush, d: BedBox): void {
  const { bl, bw, bb, hbw } = d;
  const u = b.u;
  b.rr(bl + bw - hbw, bb - u * 2.0, hbw * 1.3, u * 2.0, u * 0.15, PAL.woodDark);
  b.rr(bl - u * 0.05, bb - u * 1.35, hbw, u * 1.35, u * 0.12, PAL.woodDark);
  b.rr(bl, bb - u * 0.6, bw - hbw * 0.5, u * 0.42, u * 0.08, PAL.wood);
  b.rr(bl + u * 0.05, bb - u * 1.0, bw - hbw, u * 0.45, u * 0.15, PAL.white);
  b.rr(bl + bw - hbw - u * 1.1, bb - u * 1.3, u * 1.0, u * 0.42, u * 0.2, PAL.cream);
  drawDuvet(b, d);
}

/** The duvet (and its fold), which a child sitting up in bed has over the legs. */
export function drawDuvet(b: Brush, d: BedBox, from = d.bl - b.u * 0.02): void {
  const { bl, bw, bb, hbw } = d;
  const u = b.u;
  b.rr(from, bb - u * 1.05, bl + bw - hbw - u * 1.0 - from, u * 0.72, u * 0.22, PAL.rose);
  b.rr(bl + bw - hbw - u * 1.35, bb - u * 1.05, u * 0.35, u * 0.72, u * 0.12, lighten(PAL.rose, 0.35), FLAT);
}

/** The layout and brush the backdrop of this rectangle used, for drawing over it. */
export function stageLayout(g: G, time: TimeOfDay, x: number, y: number, w: number, h: number, highContrast = false): { b: Brush; L: Lay } {
  const V = framed(x, y, w, h);
  const L = layout(V.x, V.y, V.w, V.h, time);
  return { b: new Brush(g, time, highContrast, L.u, { x, y, w, h }), L };
}

/**
 * The picture a rectangle shows. A wide strip (the scenario scene: about 4:1 on a desktop, 3:1 on a
 * phone) is sized by its height, so the figures come out small; there the scene is drawn 30%
 * larger and cropped: a little ceiling or sky off the top, a little empty floor off the bottom.
 */
function framed(x: number, y: number, w: number, h: number): { x: number; y: number; w: number; h: number } {
  const aspect = w / h;
  const zoom = aspect >= 2.6 ? 1.3 : aspect >= 1.8 ? 1.15 : 1;
  if (zoom === 1) return { x, y, w, h };
  const vh = h * zoom;
  return { x, y: y - (vh - h) * 0.45, w, h: vh };
}

function layout(x: number, y: number, w: number, h: number, time: TimeOfDay): Lay {
  return {
    x,
    y,
    w,
    h,
    u: Math.min(w / 7, h / 9),
    fy: y + h * 0.6,
    cx: x + w / 2,
    wide: w / h >= 1.15,
    time,
    night: time === 'night',
    eve: time === 'evening',
  };
}

const DRAW: Record<Place, (b: Brush, L: Lay) => void> = {
  nursery,
  bedroom,
  kitchen,
  living,
  bath,
  garden,
  playground,
  street,
  car,
  shop,
  daycare,
  doctor,
};

/** Draw a full backdrop of the place into g, filling the rectangle (x, y, w, h). Clears nothing; the caller gives a fresh Graphics. */
export function drawBackdrop(g: Phaser.GameObjects.Graphics, place: Place, time: TimeOfDay, x: number, y: number, w: number, h: number, opts?: { highContrast?: boolean }): void {
  if (w <= 0 || h <= 0) return;
  const V = framed(x, y, w, h);
  const L = layout(V.x, V.y, V.w, V.h, time);
  const b = new Brush(g, time, opts?.highContrast === true, L.u, { x, y, w, h });
  (DRAW[place] ?? DRAW.living)(b, L);
}
