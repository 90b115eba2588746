// The props the figures use (stage.ts sits the child in them): the cot, high chair, tub, car
// seat, bed, sofa, examination table, and what a moment can bring in (stairs, slide, climbing
// frame, washbasin). Each gives its geometry, and the parts that stand in front of a child are
// drawn by a function of their own, so the stage can draw them again over the child.
import { darken, lighten, PAL } from './colour';
import { Brush, FLAT, px, type Lay } from './brush';
import type { Place } from './backdrops';

interface CotBox {
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

interface ChairBox {
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

interface TubBox {
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

/**
 * An open door in the back wall to the room beside (its peach wall and wooden floor seen through
 * it), centred at cx: for a moment in the kitchen whose child is "in de kamer". Gives the floor
 * line beyond the door, where the child lies.
 */
export function drawDoorway(b: Brush, L: Lay, cx: number): { floor: number; l: number; r: number } {
  const { u, fy } = L;
  const dw = u * 2.3;
  const dh = u * 4.5;
  const l = cx - dw / 2;
  const top = fy + u * 0.1 - dh;
  const floor = fy + u * 0.1;
  // the room beyond: its wall, its floor, and a rug the child lies on
  b.rect(l, top, dw, dh, darken(PAL.peach, 0.04), FLAT);
  b.rect(l, fy - u * 0.55, dw, floor - (fy - u * 0.55), PAL.woodLight, FLAT);
  b.ell(cx, fy - u * 0.22, dw * 0.8, u * 0.4, PAL.sageLight, FLAT);
  // the door leaf, open into the room beyond, and the frame
  b.poly([l + dw, top, l + dw - u * 0.55, top + u * 0.35, l + dw - u * 0.55, floor - u * 0.3, l + dw, floor], lighten(PAL.wood, 0.35));
  const jamb = Math.max(2, u * 0.14);
  b.rect(l - jamb, top - jamb, jamb, dh + jamb, PAL.white);
  b.rect(l + dw, top - jamb, jamb, dh + jamb, PAL.white);
  b.rect(l - jamb, top - jamb, dw + jamb * 2, jamb, PAL.white);
  return { floor, l, r: l + dw };
}

/** A pan on the worktop with steam rising: pasta being drained at the stove. */
export function drawPan(b: Brush, L: Lay, cx: number): void {
  const { u, fy } = L;
  const top = fy - u * 1.25;
  b.rr(cx - u * 0.4, top - u * 0.5, u * 0.8, u * 0.42, u * 0.08, PAL.stoneDark);
  b.line(cx + u * 0.38, top - u * 0.42, cx + u * 0.75, top - u * 0.5, Math.max(1.5, u * 0.07), PAL.ink);
  for (const k of [-0.2, 0.05, 0.3]) {
    b.path([cx + u * k, top - u * 0.58, cx + u * (k + 0.08), top - u * 0.8, cx + u * (k - 0.04), top - u * 1.0], Math.max(1, u * 0.04), PAL.white, { a: 0.8 });
  }
}

/** A baby's bottle from its teat at (x, y), pointing along (dx, dy) (a unit vector), `len` long. */
export function drawBottle(b: Brush, x: number, y: number, dx: number, dy: number, len: number): void {
  const w = len * 0.2;
  const [nx, ny] = [-dy, dx];
  const at = (t: number, s: number) => [x + dx * len * t + nx * w * s, y + dy * len * t + ny * w * s];
  b.poly([...at(0.28, -1), ...at(1, -1), ...at(1, 1), ...at(0.28, 1)], PAL.white, { a: 0.95 });
  b.poly([...at(0.6, -0.95), ...at(1, -0.95), ...at(1, 0.95), ...at(0.6, 0.95)], lighten(PAL.butter, 0.3), FLAT);
  b.poly([...at(0.16, -1.1), ...at(0.3, -1.1), ...at(0.3, 1.1), ...at(0.16, 1.1)], PAL.blue);
  const [tx, ty] = at(0.06, 0);
  b.circ(tx, ty, w * 0.55, PAL.mustard);
}

/** A dog standing on the ground at (x, feet), `size` tall at the back, facing left (towards the figures). */
export function drawDog(b: Brush, x: number, feet: number, size: number): void {
  const s = size;
  const coat = PAL.woodDark;
  const leg = Math.max(1.5, s * 0.13);
  for (const k of [-0.42, -0.2, 0.22, 0.42]) b.line(x + s * k, feet - s * 0.45, x + s * k, feet, leg, coat);
  b.line(x + s * 0.5, feet - s * 0.7, x + s * 0.78, feet - s * 1.0, Math.max(1.5, s * 0.09), coat);
  b.ell(x, feet - s * 0.62, s * 1.2, s * 0.42, coat);
  b.circ(x - s * 0.62, feet - s * 0.92, s * 0.25, coat);
  b.ell(x - s * 0.84, feet - s * 0.86, s * 0.26, s * 0.16, darken(coat, 0.2));
  b.ell(x - s * 0.5, feet - s * 0.86, s * 0.14, s * 0.3, darken(coat, 0.3));
  b.circ(x - s * 0.68, feet - s * 0.98, s * 0.04, PAL.ink, FLAT);
}

/** A tablet held flat against a child's chest at (x, y), `w` wide. */
export function drawTablet(b: Brush, x: number, y: number, w: number): void {
  b.rr(x - w / 2, y - w * 0.7, w, w * 1.4, w * 0.12, 0x3b3f46);
  b.rr(x - w * 0.4, y - w * 0.58, w * 0.8, w * 1.16, w * 0.06, PAL.blueLight, FLAT);
}

/** Milk running over the table's top at `top`, from a carton on its side at x. */
export function drawSpill(b: Brush, x: number, top: number, w: number): void {
  const u = b.u;
  // the puddle, and where it runs off the front edge, dripping
  b.ell(x + w * 0.2, top - u * 0.03, w * 1.1, u * 0.16, PAL.white);
  b.rr(x + w * 0.52, top, u * 0.12, u * 0.5, u * 0.06, PAL.white, FLAT);
  b.circ(x + w * 0.58, top + u * 0.68, u * 0.06, PAL.white, FLAT);
  // the carton on its side
  b.rr(x - u * 0.5, top - u * 0.4, u * 0.8, u * 0.38, u * 0.05, PAL.blueLight);
  b.rr(x - u * 0.5, top - u * 0.4, u * 0.26, u * 0.38, u * 0.05, PAL.blue, FLAT);
}

/** A shower curtain on its rail from x0 to x1, hanging from `top` to the floor at `feet`, in folds. */
export function drawShowerCurtain(b: Brush, x0: number, x1: number, top: number, feet: number): void {
  const u = b.u;
  b.line(x0 - u * 0.3, top, x1 + u * 0.2, top, Math.max(2, u * 0.08), PAL.stoneDark);
  b.rect(x0, top, x1 - x0, feet - top, PAL.sageLight);
  const folds = Math.max(3, Math.round((x1 - x0) / (u * 0.3)));
  for (let k = 1; k < folds; k++) {
    const fx = x0 + ((x1 - x0) * k) / folds;
    b.line(fx, top + u * 0.05, fx, feet, Math.max(1, u * 0.05), PAL.sage, { a: 0.8, ol: false });
  }
  for (let k = 0; k <= folds; k++) b.circ(x0 + ((x1 - x0) * k) / folds, top, u * 0.06, PAL.white, FLAT);
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

interface SeatBox {
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

interface SofaBox {
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

interface TableBox {
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

interface BedBox {
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
export function drawDuvet(b: Brush, d: BedBox, from = d.bl - b.u * 0.02, to = d.bl + d.bw - d.hbw - b.u * 1.0): void {
  const { bb } = d;
  const u = b.u;
  b.rr(from, bb - u * 1.05, to - from, u * 0.72, u * 0.22, PAL.rose);
  b.rr(to - u * 0.35, bb - u * 1.05, u * 0.35, u * 0.72, u * 0.12, lighten(PAL.rose, 0.35), FLAT);
}

/** A table the child sits at (drawing, eating, a puzzle): its top at `top`, centred at cx, `tw` wide, standing on the floor at `feet`. */
interface DiningBox {
  cx: number;
  tw: number;
  top: number;
  feet: number;
}

/**
 * The chair the child sits on ('back': back rest, seat at seatY and legs, behind the child), or the
 * table in front of the child's lap ('front': the top, its edge and the legs).
 */
export function drawDining(b: Brush, d: DiningBox, part: 'back' | 'front', chairX: number, seatY: number): void {
  const u = b.u;
  if (part === 'back') {
    const cl = Math.max(2, u * 0.12);
    b.rr(chairX - u * 0.55, seatY - u * 0.02, cl, d.feet - seatY, cl / 2, PAL.woodDark);
    b.rr(chairX + u * 0.55 - cl, seatY - u * 0.02, cl, d.feet - seatY, cl / 2, PAL.woodDark);
    b.rr(chairX - u * 0.5, d.top - u * 1.35, u * 1.0, seatY - d.top + u * 1.35, u * 0.16, PAL.woodDark);
    b.rr(chairX - u * 0.4, d.top - u * 1.25, u * 0.8, u * 1.0, u * 0.12, PAL.wood);
    b.rr(chairX - u * 0.6, seatY - u * 0.06, u * 1.2, u * 0.16, u * 0.06, PAL.woodLight);
    return;
  }
  const lw = Math.max(2, u * 0.16);
  b.rr(d.cx - d.tw / 2 + u * 0.2, d.top, lw, d.feet - d.top, lw / 2, PAL.woodDark);
  b.rr(d.cx + d.tw / 2 - u * 0.2 - lw, d.top, lw, d.feet - d.top, lw / 2, PAL.woodDark);
  b.rr(d.cx - d.tw / 2, d.top - u * 0.08, d.tw, u * 0.3, u * 0.08, PAL.woodLight);
  b.rr(d.cx - d.tw / 2 + u * 0.1, d.top + u * 0.18, d.tw - u * 0.2, u * 0.14, u * 0.05, PAL.wood);
  // a sheet of paper and a cup on the top
  b.rr(d.cx - u * 0.75, d.top - u * 0.14, u * 0.9, u * 0.1, u * 0.03, PAL.paper, FLAT);
  b.rr(d.cx + d.tw / 2 - u * 0.75, d.top - u * 0.42, u * 0.26, u * 0.36, u * 0.06, PAL.blue);
}
