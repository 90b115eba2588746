/**
 * Figures for Bouwstenen: the child at four stages and a soft, gender-neutral caregiver,
 * drawn in code into a Phaser Graphics object. Flat shapes, one warm medium skin tone,
 * dot eyes and a small mouth line that carries the mood.
 */
import Phaser from 'phaser';
import type { TimeOfDay } from './backdrops';
import { grade, mix } from './colour';
import type { Mood } from './pose';

export type { Mood };
/** 'holding' is drawn standing, with the arms left for drawHoldingArms over the child. */
export type CaregiverPose = 'standing' | 'kneeling' | 'sitting' | 'holding';

type G = Phaser.GameObjects.Graphics;

/** The light the figures stand in: set by the stage for the time of day (figures stay a little brighter than the room, to read). */
let lit: (c: number) => number = (c) => c;
export function setLight(time: TimeOfDay): void {
  lit = time === 'day' ? (c) => c : time === 'evening' ? (c) => grade(c, 'evening') : (c) => mix(c, grade(c, 'night'), 0.5);
}

const C = {
  skin: 0xc98d68,
  skinShade: 0xb0775a,
  cheek: 0xe07d6c,
  hair: 0x4b3327,
  hairCare: 0x5d4030,
  eye: 0x2e221d,
  mouth: 0x7a3a33,
  mouthIn: 0x9b4b42,
  tear: 0x9fd3ee,
  shadow: 0x3a2a22,
  // child clothes
  onesie: 0xf0d492,
  onesieShade: 0xe0bf76,
  shirt: 0xe2b65c,
  overall: 0x7f9db8,
  overallDark: 0x6a879f,
  tee: 0xd98a70,
  trousers: 0x6f8aa3,
  shoe: 0x6a4d3e,
  blanket: 0xcfdcc0,
  blanketEdge: 0xb5c7a4,
  // caregiver
  jumper: 0xc47f68,
  jumperShade: 0xad6c58,
  legs: 0x5f6e84,
  legsShade: 0x4f5d71,
  careShoe: 0x4a3a32,
  outline: 0x3a2a22,
  toy: 0x6f9bc4,
  toyLight: 0x9fc0de,
  bike: 0xc8553d,
  tyre: 0x3b3330,
} as const;

/** How a child looks: skin, hair (colour and cut) and clothes. Each level's child has their own. */
interface ChildLook {
  skin: number;
  skinShade: number;
  hair: number;
  /** curls: short curls (a bob when older); crop: short and close; pigtails: long, in two bunches. */
  cut: 'curls' | 'crop' | 'pigtails';
  onesie: number;
  onesieShade: number;
  shirt: number;
  overall: number;
  overallDark: number;
  tee: number;
  trousers: number;
  shoe: number;
}

const NOOR: ChildLook = {
  skin: C.skin,
  skinShade: C.skinShade,
  hair: C.hair,
  cut: 'curls',
  onesie: C.onesie,
  onesieShade: C.onesieShade,
  shirt: C.shirt,
  overall: C.overall,
  overallDark: C.overallDark,
  tee: C.tee,
  trousers: C.trousers,
  shoe: C.shoe,
};

/**
 * The children of the levels, by name: Noor (the phases), Milan (the foster child) and Lina (the
 * adopted child) differ in skin, hair and clothes, so a player sees at once whose story it is.
 */
export const CHILD_LOOKS: Record<string, ChildLook> = {
  Noor: NOOR,
  Milan: {
    skin: 0x8a5a3c,
    skinShade: 0x744a30,
    hair: 0x1d1714,
    cut: 'crop',
    onesie: 0xa9cf9a,
    onesieShade: 0x8fb880,
    shirt: 0x4f9a7c,
    overall: 0x3f4f6b,
    overallDark: 0x34425a,
    tee: 0x4f9a7c,
    trousers: 0x3f4f6b,
    shoe: 0xb8493a,
  },
  Lina: {
    skin: 0xe9c39e,
    skinShade: 0xd3a883,
    hair: 0x231c1a,
    cut: 'pigtails',
    onesie: 0xe9b8d6,
    onesieShade: 0xd79fc2,
    shirt: 0xb0589a,
    overall: 0xd88a3c,
    overallDark: 0xbf7733,
    tee: 0xb0589a,
    trousers: 0xd88a3c,
    shoe: 0x5a4a8a,
  },
};

/** A look for a child the art does not know yet: one of the three, the same for the same name. */
export function lookFor(name: string | undefined): ChildLook {
  if (!name) return NOOR;
  if (CHILD_LOOKS[name]) return CHILD_LOOKS[name];
  const all = Object.values(CHILD_LOOKS);
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return all[h % all.length];
}

/** The child being drawn: set by the stage for the level's child (figures otherwise draw Noor). */
let K: ChildLook = NOOR;
export function setChildLook(look: ChildLook): void {
  K = look;
}

// ---------------------------------------------------------------- helpers

/** A capsule (rounded limb) from (x0, y0) to (x1, y1). */
function limb(g: G, x0: number, y0: number, x1: number, y1: number, thick: number, color: number): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (thick / 2);
  const ny = (dx / len) * (thick / 2);
  g.fillStyle(lit(color), 1);
  g.beginPath();
  g.moveTo(x0 + nx, y0 + ny);
  g.lineTo(x1 + nx, y1 + ny);
  g.lineTo(x1 - nx, y1 - ny);
  g.lineTo(x0 - nx, y0 - ny);
  g.closePath();
  g.fillPath();
  g.fillCircle(x0, y0, thick / 2);
  g.fillCircle(x1, y1, thick / 2);
}

function rr(g: G, x: number, y: number, w: number, h: number, r: number, color: number, a = 1): void {
  g.fillStyle(lit(color), a);
  const rad = Math.max(0, Math.min(r, w / 2 - 0.01, h / 2 - 0.01));
  if (rad < 0.75) g.fillRect(x, y, w, h);
  else g.fillRoundedRect(x, y, w, h, rad);
}

function ell(g: G, x: number, y: number, w: number, h: number, color: number, a = 1): void {
  g.fillStyle(lit(color), a);
  g.fillEllipse(x, y, w, h, 28);
}

function circ(g: G, x: number, y: number, r: number, color: number, a = 1): void {
  g.fillStyle(lit(color), a);
  g.fillCircle(x, y, r);
}

function arcStroke(g: G, x: number, y: number, r: number, a0: number, a1: number, lw: number, color: number): void {
  g.lineStyle(Math.max(1, lw), lit(color), 1);
  g.beginPath();
  g.arc(x, y, r, a0, a1, false);
  g.strokePath();
}

function shadow(g: G, x: number, y: number, w: number): void {
  ell(g, x, y, w, w * 0.16, C.shadow, 0.16);
}

/**
 * A face on a head of radius r centred at (cx, cy). `turn` shifts the features
 * sideways (-1..1) and `down` lowers them, for a face turned or looking down.
 */
function face(g: G, cx: number, cy: number, r: number, mood: Mood, opts: { baby?: boolean } = {}): void {
  const withdrawn = mood === 'withdrawn';
  const turn = withdrawn ? -0.32 : 0;
  const down = withdrawn ? 0.3 : mood === 'playing' ? 0.12 : 0;
  const fx = cx + turn * r;
  const ey = cy + r * (0.08 + down);
  const es = r * (opts.baby ? 0.36 : 0.34);
  const er = Math.max(1.2, r * 0.085);
  const lw = Math.max(1.2, r * 0.075);
  // cheeks: rosy when laughing or crying, none when turned inward
  if (!withdrawn) {
    const ca = mood === 'happy' || mood === 'playing' ? 0.45 : mood === 'crying' ? 0.55 : 0.28;
    ell(g, fx - es * 1.25, ey + r * 0.28, r * 0.3, r * 0.18, C.cheek, ca);
    ell(g, fx + es * 1.25, ey + r * 0.28, r * 0.3, r * 0.18, C.cheek, ca);
  }
  if (mood === 'happy') {
    arcStroke(g, fx - es, ey + r * 0.04, r * 0.11, Math.PI * 1.1, Math.PI * 1.9, lw, C.eye);
    arcStroke(g, fx + es, ey + r * 0.04, r * 0.11, Math.PI * 1.1, Math.PI * 1.9, lw, C.eye);
    // open smile
    g.fillStyle(lit(C.mouth), 1);
    g.slice(fx, ey + r * 0.3, r * 0.24, 0, Math.PI, false);
    g.fillPath();
    ell(g, fx, ey + r * 0.44, r * 0.2, r * 0.08, C.mouthIn, 1);
  } else if (mood === 'playing') {
    // eyes on the toy in the hands, a content smile
    circ(g, fx - es, ey + r * 0.04, er, C.eye);
    circ(g, fx + es, ey + r * 0.04, er, C.eye);
    arcStroke(g, fx, ey + r * 0.14, r * 0.2, Math.PI * 0.2, Math.PI * 0.8, lw, C.mouth);
  } else if (mood === 'crying') {
    // worried brows, squeezed eyes, open crying mouth, tears
    g.lineStyle(lw, lit(C.eye), 1);
    g.lineBetween(fx - es - r * 0.14, ey - r * 0.14, fx - es + r * 0.1, ey - r * 0.24);
    g.lineBetween(fx + es + r * 0.14, ey - r * 0.14, fx + es - r * 0.1, ey - r * 0.24);
    g.lineBetween(fx - es - r * 0.1, ey + r * 0.02, fx - es + r * 0.1, ey + r * 0.02);
    g.lineBetween(fx + es - r * 0.1, ey + r * 0.02, fx + es + r * 0.1, ey + r * 0.02);
    ell(g, fx, ey + r * 0.42, r * 0.34, r * 0.3, C.mouth, 1);
    ell(g, fx, ey + r * 0.49, r * 0.2, r * 0.1, C.mouthIn, 1);
    for (const s of [-1, 1]) {
      const tx = fx + s * (es + r * 0.05);
      g.fillStyle(lit(C.tear), 0.95);
      g.fillTriangle(tx - r * 0.07, ey + r * 0.2, tx + r * 0.07, ey + r * 0.2, tx, ey + r * 0.06);
      g.fillCircle(tx, ey + r * 0.22, r * 0.07);
      g.fillCircle(tx + s * r * 0.03, ey + r * 0.42, r * 0.055);
    }
  } else if (mood === 'upset') {
    // cross, not in tears: brows drawn down to the middle, eyes open, mouth turned down
    g.lineStyle(lw, lit(C.eye), 1);
    g.lineBetween(fx - es - r * 0.14, ey - r * 0.24, fx - es + r * 0.12, ey - r * 0.14);
    g.lineBetween(fx + es + r * 0.14, ey - r * 0.24, fx + es - r * 0.12, ey - r * 0.14);
    circ(g, fx - es, ey + r * 0.02, er, C.eye);
    circ(g, fx + es, ey + r * 0.02, er, C.eye);
    arcStroke(g, fx, ey + r * 0.46, r * 0.18, Math.PI * 1.2, Math.PI * 1.8, lw, C.mouth);
  } else if (withdrawn) {
    // eyes lowered, half shut; a small flat mouth
    g.lineStyle(lw, lit(C.eye), 1);
    g.lineBetween(fx - es - r * 0.09, ey, fx - es + r * 0.09, ey + r * 0.02);
    g.lineBetween(fx + es - r * 0.09, ey + r * 0.02, fx + es + r * 0.09, ey);
    g.lineBetween(fx - r * 0.08, ey + r * 0.32, fx + r * 0.08, ey + r * 0.32);
  } else {
    circ(g, fx - es, ey, er, C.eye);
    circ(g, fx + es, ey, er, C.eye);
    arcStroke(g, fx, ey + r * 0.14, r * 0.16, Math.PI * 0.25, Math.PI * 0.75, lw, C.mouth);
  }
}

/** A small wooden block in the hands of a playing child. */
function toy(g: G, x: number, y: number, s: number): void {
  rr(g, x - s / 2, y - s / 2, s, s, s * 0.18, C.toy);
  rr(g, x - s * 0.28, y - s * 0.28, s * 0.56, s * 0.56, s * 0.12, C.toyLight);
}

// ---------------------------------------------------------------- child

function babyLying(g: G, mood: Mood, x: number, y: number, len: number, opts: { blanket?: boolean } = {}): void {
  const L = len;
  if (opts.blanket !== false) {
    ell(g, x, y - L * 0.05, L * 1.15, L * 0.16, C.blanketEdge);
    ell(g, x, y - L * 0.07, L * 1.05, L * 0.12, C.blanket);
  }
  const upset = mood === 'crying' || mood === 'upset';
  const happy = mood === 'happy' || mood === 'playing';
  const withdrawn = mood === 'withdrawn';
  const hr = L * 0.16;
  const hx = x - L * 0.3;
  const hy = y - L * 0.08 - hr;
  const lift = upset ? 0.07 : happy ? 0.04 : 0;
  // far leg (shaded), bent at the knee
  limb(g, x + L * 0.16, y - L * 0.15, x + L * 0.3, y - L * (0.27 + lift), L * 0.1, K.onesieShade);
  limb(g, x + L * 0.3, y - L * (0.27 + lift), x + L * 0.4, y - L * (0.2 + lift), L * 0.085, K.onesieShade);
  circ(g, x + L * 0.43, y - L * (0.2 + lift), L * 0.045, K.skinShade);
  // body
  ell(g, x + L * 0.02, y - L * 0.16, L * 0.48, L * 0.24, K.onesie);
  // near leg
  limb(g, x + L * 0.18, y - L * 0.12, x + L * 0.36, y - L * (0.2 + lift * 0.5), L * 0.1, K.onesie);
  limb(g, x + L * 0.36, y - L * (0.2 + lift * 0.5), x + L * 0.44, y - L * 0.12, L * 0.085, K.onesie);
  circ(g, x + L * 0.47, y - L * 0.12, L * 0.045, K.skin);
  // far arm
  const farUp = upset ? 0.38 : happy ? 0.36 : withdrawn ? 0.2 : 0.28;
  limb(g, x - L * 0.1, y - L * 0.2, x - L * 0.04, y - L * farUp, L * 0.075, K.onesieShade);
  circ(g, x - L * 0.04, y - L * farUp, L * 0.045, K.skinShade);
  // head with a little curl of hair
  circ(g, hx, hy, hr, K.skin);
  circ(g, hx - hr * 0.35, hy - hr * 0.8, hr * 0.28, K.hair);
  circ(g, hx + hr * 0.05, hy - hr * 0.92, hr * 0.3, K.hair);
  circ(g, hx + hr * 0.42, hy - hr * 0.78, hr * 0.24, K.hair);
  arcStroke(g, hx + hr * 0.1, hy - hr * 1.12, hr * 0.2, Math.PI * 0.9, Math.PI * 1.9, Math.max(1, hr * 0.1), K.hair);
  face(g, hx, hy + hr * 0.05, hr, mood, { baby: true });
  // near arm, over the body
  const nearUp = upset ? 0.36 : happy ? 0.34 : withdrawn ? 0.14 : 0.22;
  const nearX = withdrawn ? -0.12 : 0.08;
  limb(g, x - L * 0.08, y - L * 0.15, x + L * nearX, y - L * nearUp, L * 0.08, K.onesie);
  circ(g, x + L * nearX, y - L * nearUp, L * 0.045, K.skin);
}

/** A swaddled baby held in arms: head at (hx, hy), feet towards (fx, fy). */
function babyBundle(g: G, mood: Mood, hx: number, hy: number, fx: number, fy: number): void {
  const len = Math.hypot(fx - hx, fy - hy);
  const hr = len * 0.24;
  limb(g, hx + (fx - hx) * 0.2, hy + (fy - hy) * 0.2, fx, fy, len * 0.46, C.blanketEdge);
  limb(g, hx + (fx - hx) * 0.25, hy + (fy - hy) * 0.25, fx - (fx - hx) * 0.06, fy - (fy - hy) * 0.06, len * 0.36, C.blanket);
  // little hands: up by the face when crying or laughing, else tucked in
  const up = mood === 'crying' || mood === 'happy' || mood === 'playing';
  const upset = mood === 'crying' || mood === 'upset';
  circ(g, hx, hy, hr, K.skin);
  circ(g, hx - hr * 0.35, hy - hr * 0.8, hr * 0.28, K.hair);
  circ(g, hx + hr * 0.05, hy - hr * 0.92, hr * 0.3, K.hair);
  circ(g, hx + hr * 0.42, hy - hr * 0.78, hr * 0.24, K.hair);
  face(g, hx, hy + hr * 0.05, hr, mood, { baby: true });
  const handX = hx + hr * (up ? 1.25 : 1.3);
  const handY = hy + hr * (up ? (upset ? -0.2 : 0.3) : 0.9);
  circ(g, handX, handY, hr * 0.26, K.skin);
}

/** Body proportions (fractions of the standing height) and clothes for an age. */
interface Build {
  head: number;
  shoulder: number;
  hip: number;
  width: number;
  limb: number;
  arm: number;
  top: number;
  bottom: number;
  legs: number;
  stage: 'baby' | 'toddler' | 'older';
}

function buildFor(ageMonths: number): Build {
  if (ageMonths < 15) return { head: 0.2, shoulder: 0.6, hip: 0.3, width: 0.4, limb: 0.15, arm: 0.11, top: K.onesie, bottom: K.onesie, legs: K.onesieShade, stage: 'baby' };
  if (ageMonths < 36) return { head: 0.175, shoulder: 0.64, hip: 0.33, width: 0.38, limb: 0.13, arm: 0.095, top: K.shirt, bottom: K.overall, legs: K.overallDark, stage: 'toddler' };
  return { head: 0.135, shoulder: 0.715, hip: 0.4, width: 0.3, limb: 0.105, arm: 0.08, top: K.tee, bottom: K.trousers, legs: darker(K.trousers), stage: 'older' };
}

/** Head, ears, hair and face for a build, centred at (hx, hy) with radius hr, in the child's own cut. */
function childHead(g: G, B: Build, mood: Mood, hx: number, hy: number, hr: number): void {
  const older = B.stage === 'older';
  const cut = K.cut;
  // behind the head: a bob (curls, older), or two bunches (pigtails, from toddler on)
  if (older && cut === 'curls') rr(g, hx - hr * 1.12, hy - hr * 1.1, hr * 2.24, hr * 1.85, hr * 0.9, K.hair);
  if (cut === 'pigtails' && B.stage !== 'baby') {
    for (const s of [-1, 1]) {
      ell(g, hx + s * hr * 1.2, hy + hr * (older ? 0.25 : 0.05), hr * 0.62, hr * (older ? 1.15 : 0.8), K.hair);
      circ(g, hx + s * hr * 1.02, hy - hr * 0.25, hr * 0.14, K.tee);
    }
  }
  circ(g, hx - hr * 0.98, hy + hr * 0.1, hr * 0.18, K.skin);
  circ(g, hx + hr * 0.98, hy + hr * 0.1, hr * 0.18, K.skin);
  circ(g, hx, hy, hr, K.skin);
  g.fillStyle(lit(K.hair), 1);
  if (cut === 'crop' && B.stage !== 'baby') {
    // short and close: a cap of hair with a straight hairline
    g.slice(hx, hy, hr * 1.04, Math.PI * 1.05, Math.PI * 1.95, false);
    g.fillPath();
    ell(g, hx, hy - hr * 0.42, hr * 1.8, hr * 0.5, K.hair);
    ell(g, hx, hy - hr * 0.2, hr * 1.5, hr * 0.36, K.skin);
  } else if (cut === 'pigtails' && B.stage !== 'baby') {
    // parted in the middle, smooth to the bunches
    g.slice(hx, hy, hr * 1.05, Math.PI * 1.0, Math.PI * 2.0, false);
    g.fillPath();
    ell(g, hx - hr * 0.45, hy - hr * 0.3, hr * 0.95, hr * 0.5, K.hair);
    ell(g, hx + hr * 0.45, hy - hr * 0.3, hr * 0.95, hr * 0.5, K.hair);
    g.lineStyle(Math.max(1, hr * 0.06), lit(K.skinShade), 1);
    g.lineBetween(hx, hy - hr * 1.0, hx, hy - hr * 0.62);
  } else if (older) {
    g.slice(hx, hy, hr * 1.06, Math.PI * 1.0, Math.PI * 2.0, false);
    g.fillPath();
    ell(g, hx + hr * 0.25, hy - hr * 0.35, hr * 1.2, hr * 0.55, K.hair);
  } else if (B.stage === 'toddler') {
    g.slice(hx, hy, hr * 1.03, Math.PI * 1.1, Math.PI * 1.9, false);
    g.fillPath();
    circ(g, hx - hr * 0.35, hy - hr * 0.85, hr * 0.3, K.hair);
    circ(g, hx + hr * 0.1, hy - hr * 0.95, hr * 0.32, K.hair);
    circ(g, hx + hr * 0.5, hy - hr * 0.8, hr * 0.26, K.hair);
    ell(g, hx, hy - hr * 0.25, hr * 1.7, hr * 0.6, K.skin);
  } else {
    circ(g, hx - hr * 0.4, hy - hr * 0.78, hr * 0.3, K.hair);
    circ(g, hx + hr * 0.05, hy - hr * 0.9, hr * 0.32, K.hair);
    circ(g, hx + hr * 0.45, hy - hr * 0.76, hr * 0.26, K.hair);
    arcStroke(g, hx + hr * 0.15, hy - hr * 1.0, hr * 0.2, Math.PI * 0.9, Math.PI * 1.9, Math.max(1, hr * 0.1), K.hair);
  }
  face(g, hx, hy + hr * 0.05, hr, mood, { baby: B.stage === 'baby' });
}

/**
 * Torso from the shoulders (tTop) to the hips (tBot), arms by mood, neck and head. `lap` is where
 * calm hands rest (the thighs of a seated child), else they hang at the sides.
 */
function upperBody(g: G, B: Build, mood: Mood, x: number, tTop: number, tBot: number, H: number, lap?: number): void {
  const withdrawn = mood === 'withdrawn';
  const tw = H * B.width;
  const hr = H * B.head;
  const hx = x + (withdrawn ? -H * 0.025 : 0);
  const hy = tTop - hr * 0.95 + (withdrawn ? H * 0.03 : 0);
  rr(g, x - tw / 2, tTop, tw, tBot - tTop, tw * 0.38, B.top);
  if (B.stage === 'older') {
    rr(g, x - tw / 2, tBot - H * 0.07, tw, H * 0.08, tw * 0.2, B.bottom);
  } else if (B.stage === 'toddler') {
    // dungarees: bib and straps
    rr(g, x - tw / 2, tTop + (tBot - tTop) * 0.45, tw, (tBot - tTop) * 0.55, tw * 0.35, B.bottom);
    rr(g, x - tw * 0.28, tTop + (tBot - tTop) * 0.25, tw * 0.56, (tBot - tTop) * 0.4, tw * 0.12, B.bottom);
    g.lineStyle(Math.max(1.5, H * 0.025), lit(B.bottom), 1);
    g.lineBetween(x - tw * 0.24, tTop + (tBot - tTop) * 0.3, x - tw * 0.3, tTop + H * 0.01);
    g.lineBetween(x + tw * 0.24, tTop + (tBot - tTop) * 0.3, x + tw * 0.3, tTop + H * 0.01);
    circ(g, x - tw * 0.18, tTop + (tBot - tTop) * 0.34, H * 0.014, K.shirt);
    circ(g, x + tw * 0.18, tTop + (tBot - tTop) * 0.34, H * 0.014, K.shirt);
  } else {
    ell(g, x, tBot - (tBot - tTop) * 0.2, tw * 0.8, (tBot - tTop) * 0.4, K.onesieShade);
  }
  // arms by mood
  const sh = tTop + H * 0.04;
  const sx = tw / 2 - H * B.arm * 0.35;
  const shade = darker(B.top);
  for (const s of [-1, 1]) {
    let hxE: number;
    let hyE: number;
    if (mood === 'happy') {
      hxE = x + s * (tw / 2 + H * 0.14);
      hyE = sh - H * 0.16;
    } else if (mood === 'crying') {
      // reaching up: pick me up
      hxE = x + s * (tw / 2 + H * 0.08);
      hyE = sh - H * 0.22;
    } else if (mood === 'upset') {
      // stiff arms, fists out from the body
      hxE = x + s * (tw / 2 + H * 0.11);
      hyE = sh + H * 0.2;
    } else if (mood === 'playing') {
      hxE = x + s * H * 0.05;
      hyE = sh + H * 0.17;
    } else if (withdrawn) {
      hxE = x - s * tw * 0.08;
      hyE = sh + H * 0.17;
    } else if (lap !== undefined) {
      hxE = x + s * tw * 0.32;
      hyE = lap;
    } else {
      hxE = x + s * (tw / 2 + H * 0.04);
      hyE = sh + H * 0.25;
    }
    if (withdrawn || mood === 'playing') {
      // elbows out, forearms in: arms folded, or holding something in front
      const ex = x + s * (tw / 2 + H * 0.02);
      const ey = sh + H * 0.14;
      limb(g, x + s * sx, sh, ex, ey, H * B.arm, shade);
      limb(g, ex, ey, hxE, hyE, H * B.arm, B.top);
    } else {
      limb(g, x + s * sx, sh, hxE, hyE, H * B.arm, B.top);
    }
    if (mood !== 'playing') circ(g, hxE, hyE, H * B.arm * 0.62, K.skin);
  }
  if (mood === 'playing') {
    toy(g, x, sh + H * 0.15, H * 0.11);
    for (const s of [-1, 1]) circ(g, x + s * H * 0.06, sh + H * 0.17, H * B.arm * 0.6, K.skin);
  }
  rr(g, hx - hr * 0.3, tTop - hr * 0.25, hr * 0.6, hr * 0.5, hr * 0.2, K.skinShade);
  childHead(g, B, mood, hx, hy, hr);
}

function babySitting(g: G, mood: Mood, x: number, y: number, H: number): void {
  const hr = H * 0.23;
  const withdrawn = mood === 'withdrawn';
  const hy = y - H + hr + (withdrawn ? H * 0.04 : 0);
  const hx = x + (withdrawn ? -H * 0.03 : 0);
  shadow(g, x, y, H * 0.85);
  // legs spread in front
  limb(g, x - H * 0.1, y - H * 0.1, x - H * 0.3, y - H * 0.06, H * 0.16, K.onesieShade);
  limb(g, x + H * 0.1, y - H * 0.1, x + H * 0.3, y - H * 0.06, H * 0.16, K.onesieShade);
  circ(g, x - H * 0.36, y - H * 0.07, H * 0.07, K.skin);
  circ(g, x + H * 0.36, y - H * 0.07, H * 0.07, K.skin);
  // body
  ell(g, x, y - H * 0.28, H * 0.5, H * 0.48, K.onesie);
  ell(g, x, y - H * 0.12, H * 0.4, H * 0.2, K.onesieShade);
  // arms
  const hands: Record<Mood, [number, number]> = {
    calm: [0.27, 0.2],
    happy: [0.34, 0.62],
    playing: [0.07, 0.3],
    crying: [0.3, 0.62],
    upset: [0.33, 0.24],
    withdrawn: [0.08, 0.22],
  };
  const [ax, ay] = hands[mood];
  if (mood === 'playing') toy(g, x, y - H * 0.3, H * 0.16);
  for (const s of [-1, 1]) {
    limb(g, x + s * H * 0.17, y - H * 0.42, x + s * H * ax, y - H * ay, H * 0.11, K.onesie);
    circ(g, x + s * H * ax, y - H * ay, H * 0.06, K.skin);
  }
  childHead(g, buildFor(9), mood, hx, hy, hr);
}

function standingChild(g: G, mood: Mood, x: number, y: number, H: number, ageMonths: number, opts: { shadow?: boolean } = {}): void {
  const B = buildFor(ageMonths);
  if (opts.shadow !== false) shadow(g, x, y, H * 0.55);
  // legs and shoes
  const legX = H * B.width * 0.22;
  const legTop = y - H * B.hip - H * 0.02;
  for (const s of [-1, 1]) {
    limb(g, x + s * legX, legTop, x + s * legX * 1.05, y - H * 0.06, H * B.limb, B.legs);
    ell(g, x + s * legX * 1.15, y - H * 0.035, H * B.limb * 1.35, H * 0.075, B.stage === 'baby' ? K.skin : K.shoe);
  }
  upperBody(g, B, mood, x, y - H * B.shoulder, y - H * B.hip + H * 0.04, H);
}

/**
 * A child sitting on a seat whose top is at seatY: the legs hang down in front ('hang', a high
 * chair, a car seat, a lap), stretch out on the floor ('floor'), or are hidden ('none': in the
 * bath, in bed; the caller draws over them). H is the child's standing height.
 */
function seatedChild(g: G, ageMonths: number, mood: Mood, x: number, seatY: number, H: number, legs: 'hang' | 'floor' | 'none'): void {
  const B = buildFor(ageMonths);
  const tw = H * B.width;
  const torso = H * (B.shoulder - B.hip);
  const tBot = seatY + H * 0.02;
  const tTop = tBot - torso - H * 0.04;
  const shoe = B.stage === 'baby' ? K.skin : K.shoe;
  if (legs === 'hang') {
    const shin = H * (B.hip - 0.06) * 0.85;
    for (const s of [-1, 1]) {
      limb(g, x + s * tw * 0.24, seatY, x + s * tw * 0.28, seatY + shin, H * B.limb, B.legs);
      ell(g, x + s * tw * 0.3, seatY + shin + H * 0.02, H * B.limb * 1.3, H * 0.07, shoe);
    }
    // thighs coming towards us: the lap
    ell(g, x, seatY - H * 0.01, tw * 1.05, H * 0.1, B.legs);
  } else if (legs === 'floor') {
    shadow(g, x, seatY, tw * 2.2);
    for (const s of [-1, 1]) {
      limb(g, x + s * tw * 0.2, seatY - H * 0.05, x + s * tw * 0.85, seatY - H * 0.03, H * B.limb, B.legs);
      ell(g, x + s * tw * 0.95, seatY - H * 0.035, H * 0.07, H * B.limb * 1.2, shoe);
    }
  }
  upperBody(g, B, mood, x, tTop, tBot, H, seatY - H * 0.05);
}

/** A front-view bike under a child: front wheel, fork and handlebar; the child's hands on the grips. */
function childOnBike(g: G, ageMonths: number, mood: Mood, x: number, y: number, H: number): void {
  const B = buildFor(ageMonths);
  const wr = H * 0.22;
  const hub = y - wr;
  const seat = y - H * 0.5;
  shadow(g, x, y, H * 0.5);
  // back wheel peeking out behind
  rr(g, x - H * 0.03, y - wr * 1.6, H * 0.06, wr * 1.6, H * 0.03, C.tyre);
  // legs down to the pedals either side of the wheel
  const tw = H * B.width;
  for (const s of [-1, 1]) {
    const px = x + s * H * 0.14;
    const py = hub - (s < 0 ? H * 0.05 : -H * 0.03);
    limb(g, x + s * tw * 0.2, seat, px, py, H * B.limb, B.legs);
    ell(g, px, py + H * 0.02, H * B.limb * 1.4, H * 0.06, K.shoe);
    rr(g, px - H * 0.05, py + H * 0.04, H * 0.1, H * 0.025, H * 0.01, C.tyre);
  }
  // front wheel, thin from the front, and the fork
  rr(g, x - H * 0.035, y - wr * 2, H * 0.07, wr * 2, H * 0.035, C.tyre);
  limb(g, x, hub, x, seat - H * 0.05, H * 0.05, C.bike);
  const handY = seat - H * 0.1;
  upperBody(g, B, mood === 'playing' ? 'happy' : mood, x, seat - H * (B.shoulder - B.hip) - H * 0.02, seat + H * 0.02, H);
  // handlebar over the hands, unless the child has let go (reaching up, arms out, folded)
  limb(g, x - H * 0.26, handY, x + H * 0.26, handY, H * 0.035, C.bike);
  for (const s of [-1, 1]) rr(g, x + s * H * 0.26 - H * 0.045, handY - H * 0.025, H * 0.09, H * 0.05, H * 0.02, C.tyre);
  if (mood === 'calm') for (const s of [-1, 1]) circ(g, x + s * H * 0.22, handY, H * B.arm * 0.62, K.skin);
}

function darker(c: number): number {
  const r = ((c >> 16) & 255) * 0.86;
  const gg = ((c >> 8) & 255) * 0.86;
  const b = (c & 255) * 0.86;
  return (Math.round(r) << 16) | (Math.round(gg) << 8) | Math.round(b);
}

/**
 * Draw the child at this age (months 0-72: a baby lying under ~9 months, a sitting/crawling baby
 * 9-15, a standing toddler 15-36, a preschooler 36+) with a mood, feet/bottom at (x, y), about
 * `height` px tall. A lying baby is `height` px long.
 */
export function drawChild(g: Phaser.GameObjects.Graphics, ageMonths: number, mood: Mood, x: number, y: number, height: number): void {
  if (!(height > 0)) return;
  if (ageMonths < 9) babyLying(g, mood, x, y, height);
  else if (ageMonths < 15) babySitting(g, mood, x, y, height);
  else standingChild(g, mood, x, y, height, ageMonths);
}

/** How the stage asks for a child: lying (length H), sitting on the floor or a seat, standing, on a bike. */
type ChildDrawing =
  | { kind: 'lying'; x: number; y: number; len: number; blanket?: boolean }
  | { kind: 'bundle'; hx: number; hy: number; fx: number; fy: number }
  | { kind: 'floor'; x: number; y: number; H: number }
  | { kind: 'seated'; x: number; seatY: number; H: number; legs: 'hang' | 'none' }
  | { kind: 'standing'; x: number; y: number; H: number; shadow?: boolean }
  | { kind: 'bike'; x: number; y: number; H: number }
  /** lying in bed: only the head shows, resting on the pillow at (x, y); the stage draws the duvet up to the chin */
  | { kind: 'in-bed'; x: number; y: number; H: number };

/** Draw the child one of the ways the stage needs. H is always the child's standing height. */
export function drawChildAs(g: Phaser.GameObjects.Graphics, ageMonths: number, mood: Mood, d: ChildDrawing): void {
  switch (d.kind) {
    case 'lying':
      return babyLying(g, mood, d.x, d.y, d.len, { blanket: d.blanket });
    case 'bundle':
      return babyBundle(g, mood, d.hx, d.hy, d.fx, d.fy);
    case 'floor':
      if (ageMonths < 15) return babySitting(g, mood, d.x, d.y, d.H * 0.62);
      return seatedChild(g, ageMonths, mood, d.x, d.y, d.H, 'floor');
    case 'seated':
      return seatedChild(g, ageMonths, mood, d.x, d.seatY, d.H, d.legs);
    case 'standing':
      return standingChild(g, mood, d.x, d.y, d.H, ageMonths, { shadow: d.shadow });
    case 'bike':
      return childOnBike(g, ageMonths, mood, d.x, d.y, d.H);
    case 'in-bed': {
      const B = buildFor(ageMonths);
      const hr = d.H * B.head;
      return childHead(g, B, mood, d.x, d.y - hr * 0.55, hr);
    }
  }
}

/** Where a seated child's shoulders are, for straps and arms drawn over it. */
export function seatedShoulder(ageMonths: number, seatY: number, H: number): number {
  const B = buildFor(ageMonths);
  return seatY + H * 0.02 - H * (B.shoulder - B.hip) - H * 0.04;
}

// ---------------------------------------------------------------- caregiver

interface CaregiverOpts {
  /** Sitting on a seat (sofa, bench, stool) whose top is here; without it, sitting is cross-legged on the floor. */
  seatY?: number;
  /** Leave the forearms out: drawHoldingArms draws them over the child afterwards. */
  armsLater?: boolean;
}

const CARE = { head: 0.078, width: 0.25, torso: 0.36, arm: 0.062, leg: 0.095 };

/** Where the caregiver's hips are for a pose (sitting on a seat: the seat). */
function careHip(pose: CaregiverPose, y: number, H: number, seatY?: number): number {
  if (pose === 'standing' || pose === 'holding') return y - H * 0.47;
  if (pose === 'kneeling') return y - H * 0.23;
  return seatY ?? y - H * 0.09;
}

/** The caregiver's shoulder line, for putting a child in the arms or on the lap. */
export function caregiverShoulder(pose: CaregiverPose, y: number, H: number, seatY?: number): number {
  return careHip(pose, y, H, seatY) - H * CARE.torso;
}

/** Draw an adult caregiver (a soft, gender-neutral figure) standing, kneeling, sitting or holding, feet at (x, y), about `height` px tall. */
export function drawCaregiver(g: Phaser.GameObjects.Graphics, pose: CaregiverPose, x: number, y: number, height: number, opts: CaregiverOpts = {}): void {
  if (!(height > 0)) return;
  const H = height;
  const hr = H * CARE.head;
  const tw = H * CARE.width;
  const torso = H * CARE.torso;
  const arm = H * CARE.arm;
  const leg = H * CARE.leg;
  const onSeat = pose === 'sitting' && opts.seatY !== undefined;
  const hip = careHip(pose, y, H, opts.seatY);
  const shoulder = hip - torso;
  const hy = shoulder - hr * 1.05;
  shadow(g, x, y, pose === 'sitting' && !onSeat ? H * 0.56 : H * 0.36);

  // legs
  if (pose === 'standing' || pose === 'holding') {
    for (const s of [-1, 1]) {
      limb(g, x + s * H * 0.055, hip, x + s * H * 0.06, y - H * 0.04, leg, s < 0 ? C.legsShade : C.legs);
      ell(g, x + s * H * 0.072, y - H * 0.022, H * 0.11, H * 0.045, C.careShoe);
    }
  } else if (pose === 'kneeling') {
    // turned to the child on the right: right knee down, its shin on the floor behind; left knee up, foot planted
    limb(g, x + H * 0.07, y - H * 0.045, x + H * 0.23, y - H * 0.04, leg * 0.9, C.legsShade);
    ell(g, x + H * 0.26, y - H * 0.035, H * 0.07, H * 0.05, C.careShoe);
    limb(g, x + H * 0.05, hip, x + H * 0.07, y - H * 0.045, leg, C.legsShade);
    limb(g, x - H * 0.17, y - H * 0.19, x - H * 0.18, y - H * 0.04, leg * 0.95, C.legs);
    ell(g, x - H * 0.2, y - H * 0.022, H * 0.11, H * 0.045, C.careShoe);
    limb(g, x - H * 0.05, hip, x - H * 0.17, y - H * 0.19, leg * 1.05, C.legs);
  } else if (onSeat) {
    // on a seat, seen from the front: thighs towards us ending in knees, shins down to the floor
    const knee = hip + H * 0.06;
    for (const s of [-1, 1]) {
      limb(g, x + s * H * 0.08, knee, x + s * H * 0.085, y - H * 0.04, leg, C.legsShade);
      ell(g, x + s * H * 0.095, y - H * 0.022, H * 0.11, H * 0.045, C.careShoe);
    }
    rr(g, x - tw * 0.62, hip - H * 0.02, tw * 1.24, knee - hip + H * 0.05, H * 0.045, C.legs);
    for (const s of [-1, 1]) circ(g, x + s * H * 0.08, knee + H * 0.005, leg * 0.62, C.legs);
  } else {
    // cross-legged on the floor
    ell(g, x, y - H * 0.055, H * 0.48, H * 0.11, C.legsShade);
    limb(g, x - H * 0.2, y - H * 0.065, x + H * 0.07, y - H * 0.03, leg * 0.95, C.legs);
    limb(g, x + H * 0.2, y - H * 0.065, x - H * 0.07, y - H * 0.03, leg * 0.95, C.legs);
    ell(g, x - H * 0.1, y - H * 0.022, H * 0.09, H * 0.04, C.careShoe);
    ell(g, x + H * 0.1, y - H * 0.022, H * 0.09, H * 0.04, C.careShoe);
  }

  // jumper, a little wider at the hem
  g.fillStyle(lit(C.jumper), 1);
  g.fillRoundedRect(x - tw / 2, shoulder, tw, torso + H * 0.03, tw * 0.32);
  rr(g, x - tw * 0.54, hip - H * 0.05, tw * 1.08, H * 0.075, H * 0.03, C.jumper);
  rr(g, x - tw * 0.54, hip + H * 0.0, tw * 1.08, H * 0.03, H * 0.015, C.jumperShade);
  // arms: shoulder, elbow, hand
  const sx = tw / 2 - arm * 0.35;
  const sy = shoulder + arm * 0.55;
  type ArmPath = [number, number, number, number];
  const seatHands: ArmPath[] = [
    [-(tw / 2 + H * 0.02), shoulder + H * 0.17, -H * 0.1, hip - H * 0.02],
    [tw / 2 + H * 0.02, shoulder + H * 0.17, H * 0.1, hip - H * 0.02],
  ];
  const arms: ArmPath[] =
    pose === 'standing'
      ? [
          [-(tw / 2 + H * 0.02), shoulder + H * 0.17, -(tw / 2 + H * 0.03), shoulder + H * 0.33],
          [tw / 2 + H * 0.02, shoulder + H * 0.17, tw / 2 + H * 0.03, shoulder + H * 0.33],
        ]
      : pose === 'kneeling'
        ? [
            // left hand resting on the raised knee
            [-(tw / 2 + H * 0.03), shoulder + H * 0.15, -H * 0.16, y - H * 0.22],
            // right arm open towards the child, hand turned out: an invitation
            [tw / 2 + H * 0.04, shoulder + H * 0.15, tw / 2 + H * 0.14, shoulder + H * 0.22],
          ]
        : onSeat
          ? seatHands
          : [
              [-(tw / 2 + H * 0.02), shoulder + H * 0.16, -H * 0.17, y - H * 0.085],
              [tw / 2 + H * 0.02, shoulder + H * 0.16, H * 0.17, y - H * 0.085],
            ];
  if (pose === 'holding' || opts.armsLater) {
    // upper arms only; the forearms come over the child
    for (const s of [-1, 1]) limb(g, x + s * sx, sy, x + s * (tw / 2 + H * 0.02), shoulder + H * 0.19, arm, C.jumperShade);
  } else {
    arms.forEach(([ex, ey, hx, hyy], i) => {
      const s = i === 0 ? -1 : 1;
      limb(g, x + s * sx, sy, x + ex, ey, arm, C.jumperShade);
      limb(g, x + ex, ey, x + hx, hyy, arm * 0.95, C.jumperShade);
      circ(g, x + hx, hyy, arm * 0.58, C.skin);
    });
  }
  // neck and collar
  rr(g, x - hr * 0.33, shoulder - hr * 0.5, hr * 0.66, hr * 0.75, hr * 0.25, C.skinShade);
  ell(g, x, shoulder + H * 0.006, tw * 0.46, H * 0.03, C.jumperShade);
  // hair: a soft chin-length cut behind the head
  rr(g, x - hr * 1.16, hy - hr * 1.12, hr * 2.32, hr * 1.95, hr * 0.95, C.hairCare);
  circ(g, x, hy, hr, C.skin);
  g.fillStyle(lit(C.hairCare), 1);
  g.slice(x, hy - hr * 0.22, hr * 1.02, Math.PI * 1.0, Math.PI * 2.0, false);
  g.fillPath();
  // a side-swept fringe
  g.beginPath();
  g.moveTo(x - hr * 1.0, hy - hr * 0.2);
  g.lineTo(x - hr * 0.55, hy - hr * 0.55);
  g.lineTo(x + hr * 0.1, hy - hr * 0.62);
  g.lineTo(x + hr * 0.75, hy - hr * 0.2);
  g.lineTo(x + hr * 1.02, hy + hr * 0.05);
  g.lineTo(x + hr * 1.0, hy - hr * 0.6);
  g.lineTo(x - hr * 1.0, hy - hr * 0.6);
  g.closePath();
  g.fillPath();
  // a quiet, friendly face: two dots, warm cheeks, a small smile
  const er = Math.max(1.2, hr * 0.085);
  circ(g, x - hr * 0.36, hy + hr * 0.2, er, C.eye);
  circ(g, x + hr * 0.36, hy + hr * 0.2, er, C.eye);
  ell(g, x - hr * 0.55, hy + hr * 0.47, hr * 0.28, hr * 0.15, C.cheek, 0.28);
  ell(g, x + hr * 0.55, hy + hr * 0.47, hr * 0.28, hr * 0.15, C.cheek, 0.28);
  arcStroke(g, x, hy + hr * 0.38, hr * 0.16, Math.PI * 0.25, Math.PI * 0.75, Math.max(1, hr * 0.07), C.mouth);
}

/**
 * The caregiver's forearms over a child drawn after the body (drawCaregiver with 'holding' or
 * armsLater): cradling a baby across the chest ('cradle'), carrying an older child on one arm
 * ('carry'), or holding a child on the lap round the middle ('lap', with the caregiver's seatY).
 */
export function drawHoldingArms(g: Phaser.GameObjects.Graphics, kind: 'cradle' | 'carry' | 'lap', pose: CaregiverPose, x: number, y: number, height: number, seatY?: number): void {
  const H = height;
  const tw = H * CARE.width;
  const arm = H * CARE.arm;
  const sh = caregiverShoulder(pose, y, H, seatY);
  const paths: Array<[number, number, number, number]> =
    kind === 'cradle'
      ? [
          [x - tw / 2 - H * 0.02, sh + H * 0.19, x + H * 0.1, sh + H * 0.28],
          [x + tw / 2 + H * 0.02, sh + H * 0.19, x + H * 0.07, sh + H * 0.2],
        ]
      : kind === 'carry'
        ? [
            [x - tw / 2 - H * 0.02, sh + H * 0.19, x + H * 0.14, sh + H * 0.28],
            [x + tw / 2 + H * 0.03, sh + H * 0.19, x + H * 0.15, sh + H * 0.09],
          ]
        : [
            [x - tw / 2 - H * 0.02, sh + H * 0.19, x - H * 0.05, (seatY ?? y) - H * 0.09],
            [x + tw / 2 + H * 0.02, sh + H * 0.19, x + H * 0.05, (seatY ?? y) - H * 0.09],
          ];
  for (const [ex, ey, hx, hy] of paths) {
    limb(g, ex, ey, hx, hy, arm * 0.95, C.jumperShade);
    circ(g, hx, hy, arm * 0.58, C.skin);
  }
}
