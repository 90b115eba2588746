// What the backdrops draw with: a Brush over Phaser's Graphics (graded colours, high-contrast
// outlines, every shape clipped to the picture), the picture's layout (one prop unit `u`, the
// floor line) and a seeded random for scattered details.
import type Phaser from 'phaser';
import { contrast, grade, mix } from './colour';
import type { TimeOfDay } from './backdrops';

type G = Phaser.GameObjects.Graphics;

export function rng(seed: number): () => number {
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

export interface Opt {
  /** alpha */
  a?: number;
  /** a light source: not graded by time of day */
  raw?: boolean;
  /** outline in high-contrast mode (default true for opaque shapes) */
  ol?: boolean;
}
export const FLAT: Opt = { ol: false };

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
export const px = (L: Lay, wide: number, tall: number): number => L.x + L.w * (L.wide ? wide : tall);

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
export function framed(x: number, y: number, w: number, h: number): { x: number; y: number; w: number; h: number } {
  const aspect = w / h;
  const zoom = aspect >= 2.6 ? 1.3 : aspect >= 1.8 ? 1.15 : 1;
  if (zoom === 1) return { x, y, w, h };
  const vh = h * zoom;
  return { x, y: y - (vh - h) * 0.45, w, h: vh };
}

export function layout(x: number, y: number, w: number, h: number, time: TimeOfDay): Lay {
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
