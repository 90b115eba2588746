// The time of day: the sky with its sun, clouds, moon and stars, the hills under it (outdoors and
// through a window), and lamp light in the evening and at night.
import { Brush, rng, type Lay, type Opt } from './brush';
import type { TimeOfDay } from './backdrops';

/** Sky gradients (top, bottom) by time; these are light, not graded. */
export const SKY: Record<TimeOfDay, [number, number]> = {
  day: [0xa9c9dc, 0xe7efe2],
  evening: [0xd98b6f, 0xf6d197],
  night: [0x131b35, 0x2d3a63],
};

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
export function sky(b: Brush, x: number, y: number, w: number, h: number, time: TimeOfDay, seed: number, big = false): void {
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
export function hills(b: Brush, x: number, w: number, yTop: number, amp: number, yBottom: number, c: number, phase: number, o?: Opt): void {
  const pts: number[] = [x, yBottom];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    pts.push(x + w * t, yTop + amp * (0.5 - 0.5 * Math.sin(t * Math.PI * 2.2 + phase)));
  }
  pts.push(x + w, yBottom);
  b.poly(pts, c, { ol: false, ...o });
}

/** Soft pool of lamp light, only in the evening and at night. */
export function lampLight(b: Brush, L: Lay, cx: number, cy: number, r: number): void {
  if (L.time === 'day') return;
  b.glow(cx, cy, r, 0xffd9a0, L.night ? 0.42 : 0.25);
}
