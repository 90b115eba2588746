// The places out of the house: the garden, the playground, the street, the car and the shop,
// with the hills, trees, flowers and houses they share.
import { darken, lighten, mix, PAL } from './colour';
import { Brush, FLAT, px, rng, type Lay } from './brush';
import { hills, sky } from './light';
import { calm, ceilingLight, room } from './rooms';
import { carSeatBox, drawCarSeat, drawSlide } from './props';

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

export function garden(b: Brush, L: Lay): void {
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

export function playground(b: Brush, L: Lay): void {
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

export function street(b: Brush, L: Lay): void {
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

export function car(b: Brush, L: Lay): void {
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

export function shop(b: Brush, L: Lay): void {
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
