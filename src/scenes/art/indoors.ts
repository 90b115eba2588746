// The places indoors: the nursery, bedroom, kitchen, living room, bathroom, daycare and the
// doctor's. Each draws its room and props relative to the layout (brush.ts).
import { darken, lighten, PAL } from './colour';
import { Brush, FLAT, px, rng, type Lay } from './brush';
import { lampLight } from './light';
import { calm, ceilingLight, pictureFrame, plant, room, rug, tableLamp, toyBlock, windowPane } from './rooms';
import { basinX, bedBox, chairBox, cotBox, drawBasin, drawBed, drawChair, drawCot, drawTubFront, sofaBox, tableBox, tubBox } from './props';

export function nursery(b: Brush, L: Lay): void {
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

export function bedroom(b: Brush, L: Lay): void {
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

export function kitchen(b: Brush, L: Lay): void {
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

export function living(b: Brush, L: Lay): void {
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

export function bath(b: Brush, L: Lay): void {
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

export function daycare(b: Brush, L: Lay): void {
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

export function doctor(b: Brush, L: Lay): void {
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
