// Inside a house: the room itself (back wall, floor, skirting), windows, the calm lower third
// under the card, and the small things rooms share (lamps, pictures, plants, rugs, toy blocks).
import { darken, lighten, mix, PAL } from './colour';
import { Brush, FLAT, rng, type Lay } from './brush';
import { hills, lampLight, SKY, sky } from './light';

interface WinOpt {
  curtains?: number;
  seed?: number;
  view?: 'hills' | 'trees' | 'sky';
  frame?: number;
  frosted?: boolean;
}

/** A window: sky seen through it, frame with cross bars, sill and optional curtains. */
export function windowPane(b: Brush, L: Lay, cx: number, top: number, ww: number, wh: number, o: WinOpt = {}): void {
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
export function room(b: Brush, L: Lay, wall: number, floor: number, o: RoomOpt = {}): void {
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
export function calm(b: Brush, L: Lay, c: number): void {
  const top = L.y + L.h * 0.7;
  const n = 6;
  const bh = (L.y + L.h - top) / n;
  for (let i = 0; i < n; i++) b.rect(L.x, top + i * bh, L.w, bh + 1, c, { a: (b.hc ? 0.05 : 0.07) * (i + 1), ol: false });
}

/** A flat ceiling light panel that glows in the evening and at night. */
export function ceilingLight(b: Brush, L: Lay, cx: number, width: number): void {
  const u = L.u;
  const ly = L.y + L.h * 0.03;
  if (L.time !== 'day') b.glow(cx, ly, Math.max(width * 0.9, u * 1.2), 0xfff0cc, L.night ? 0.4 : 0.25);
  b.rr(cx - width / 2, ly, width, u * 0.14, u * 0.06, 0xfff6e4, { raw: true });
}

export function tableLamp(b: Brush, L: Lay, cx: number, base: number, s: number, shade: number): void {
  const lit = L.time !== 'day';
  lampLight(b, L, cx, base - s * 0.85, s * 2.6);
  b.rr(cx - s * 0.22, base - s * 0.12, s * 0.44, s * 0.12, s * 0.05, PAL.woodDark);
  b.rr(cx - s * 0.04, base - s * 0.6, s * 0.08, s * 0.5, s * 0.03, PAL.woodDark);
  b.poly([cx - s * 0.22, base - s * 1.05, cx + s * 0.22, base - s * 1.05, cx + s * 0.36, base - s * 0.58, cx - s * 0.36, base - s * 0.58], lit ? 0xf8dfa8 : shade, { raw: lit });
}

export function pictureFrame(b: Brush, cx: number, cy: number, fw: number, fh: number, kind: 'hills' | 'heart' | 'sun', frame: number): void {
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

export function plant(b: Brush, cx: number, base: number, s: number): void {
  const leaf = PAL.sageDark;
  b.ell(cx - s * 0.25, base - s * 0.95, s * 0.35, s * 0.7, leaf);
  b.ell(cx + s * 0.25, base - s * 0.95, s * 0.35, s * 0.7, leaf);
  b.ell(cx, base - s * 1.15, s * 0.38, s * 0.85, PAL.sage);
  b.poly([cx - s * 0.3, base - s * 0.6, cx + s * 0.3, base - s * 0.6, cx + s * 0.22, base, cx - s * 0.22, base], PAL.terracotta);
}

export function rug(b: Brush, cx: number, cy: number, rw: number, rh: number, cols: number[]): void {
  cols.forEach((c, i) => {
    const k = 1 - i * 0.22;
    b.ell(cx, cy, rw * k, rh * k, c, i === 0 ? undefined : FLAT);
  });
}

export function toyBlock(b: Brush, x: number, base: number, s: number, c: number): void {
  b.rr(x, base - s, s, s, s * 0.14, c);
  b.rr(x + s * 0.22, base - s * 0.78, s * 0.56, s * 0.56, s * 0.1, lighten(c, 0.45), FLAT);
}
