/**
 * Figures for Bouwstenen: the child at four stages and a soft, gender-neutral caregiver,
 * drawn in code into a Phaser Graphics object. Flat shapes, one warm medium skin tone,
 * dot eyes and a small mouth line that carries the mood.
 */
import Phaser from 'phaser';

export type Mood = 'calm' | 'upset' | 'happy' | 'withdrawn';
export type CaregiverPose = 'standing' | 'kneeling' | 'sitting';

type G = Phaser.GameObjects.Graphics;

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
} as const;

// ---------------------------------------------------------------- helpers

/** A capsule (rounded limb) from (x0, y0) to (x1, y1). */
function limb(g: G, x0: number, y0: number, x1: number, y1: number, thick: number, color: number): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (thick / 2);
  const ny = (dx / len) * (thick / 2);
  g.fillStyle(color, 1);
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
  g.fillStyle(color, a);
  const rad = Math.max(0, Math.min(r, w / 2 - 0.01, h / 2 - 0.01));
  if (rad < 0.75) g.fillRect(x, y, w, h);
  else g.fillRoundedRect(x, y, w, h, rad);
}

function ell(g: G, x: number, y: number, w: number, h: number, color: number, a = 1): void {
  g.fillStyle(color, a);
  g.fillEllipse(x, y, w, h, 28);
}

function circ(g: G, x: number, y: number, r: number, color: number, a = 1): void {
  g.fillStyle(color, a);
  g.fillCircle(x, y, r);
}

function arcStroke(g: G, x: number, y: number, r: number, a0: number, a1: number, lw: number, color: number): void {
  g.lineStyle(Math.max(1, lw), color, 1);
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
  const down = withdrawn ? 0.3 : 0;
  const fx = cx + turn * r;
  const ey = cy + r * (0.08 + down);
  const es = r * (opts.baby ? 0.36 : 0.34);
  const er = Math.max(1.2, r * 0.085);
  const lw = Math.max(1.2, r * 0.075);
  // cheeks
  if (mood !== 'withdrawn') {
    const ca = mood === 'happy' ? 0.45 : 0.28;
    ell(g, fx - es * 1.25, ey + r * 0.28, r * 0.3, r * 0.18, C.cheek, ca);
    ell(g, fx + es * 1.25, ey + r * 0.28, r * 0.3, r * 0.18, C.cheek, ca);
  }
  if (mood === 'happy') {
    arcStroke(g, fx - es, ey + r * 0.04, r * 0.11, Math.PI * 1.1, Math.PI * 1.9, lw, C.eye);
    arcStroke(g, fx + es, ey + r * 0.04, r * 0.11, Math.PI * 1.1, Math.PI * 1.9, lw, C.eye);
    // open smile
    g.fillStyle(C.mouth, 1);
    g.slice(fx, ey + r * 0.3, r * 0.24, 0, Math.PI, false);
    g.fillPath();
    ell(g, fx, ey + r * 0.44, r * 0.2, r * 0.08, C.mouthIn, 1);
  } else if (mood === 'upset') {
    // worried brows, squeezed eyes, open crying mouth, tears
    g.lineStyle(lw, C.eye, 1);
    g.lineBetween(fx - es - r * 0.14, ey - r * 0.14, fx - es + r * 0.1, ey - r * 0.24);
    g.lineBetween(fx + es + r * 0.14, ey - r * 0.14, fx + es - r * 0.1, ey - r * 0.24);
    g.lineBetween(fx - es - r * 0.1, ey + r * 0.02, fx - es + r * 0.1, ey + r * 0.02);
    g.lineBetween(fx + es - r * 0.1, ey + r * 0.02, fx + es + r * 0.1, ey + r * 0.02);
    ell(g, fx, ey + r * 0.42, r * 0.34, r * 0.3, C.mouth, 1);
    ell(g, fx, ey + r * 0.49, r * 0.2, r * 0.1, C.mouthIn, 1);
    for (const s of [-1, 1]) {
      const tx = fx + s * (es + r * 0.05);
      g.fillStyle(C.tear, 0.95);
      g.fillTriangle(tx - r * 0.07, ey + r * 0.2, tx + r * 0.07, ey + r * 0.2, tx, ey + r * 0.06);
      g.fillCircle(tx, ey + r * 0.22, r * 0.07);
      g.fillCircle(tx + s * r * 0.03, ey + r * 0.42, r * 0.055);
    }
  } else if (withdrawn) {
    // eyes lowered, half shut; a small flat mouth
    g.lineStyle(lw, C.eye, 1);
    g.lineBetween(fx - es - r * 0.09, ey, fx - es + r * 0.09, ey + r * 0.02);
    g.lineBetween(fx + es - r * 0.09, ey + r * 0.02, fx + es + r * 0.09, ey);
    g.lineBetween(fx - r * 0.08, ey + r * 0.32, fx + r * 0.08, ey + r * 0.32);
  } else {
    circ(g, fx - es, ey, er, C.eye);
    circ(g, fx + es, ey, er, C.eye);
    arcStroke(g, fx, ey + r * 0.14, r * 0.16, Math.PI * 0.25, Math.PI * 0.75, lw, C.mouth);
  }
}

// ---------------------------------------------------------------- child

function babyLying(g: G, mood: Mood, x: number, y: number, len: number): void {
  const L = len;
  // blanket
  ell(g, x, y - L * 0.05, L * 1.15, L * 0.16, C.blanketEdge);
  ell(g, x, y - L * 0.07, L * 1.05, L * 0.12, C.blanket);
  const upset = mood === 'upset';
  const happy = mood === 'happy';
  const withdrawn = mood === 'withdrawn';
  const hr = L * 0.16;
  const hx = x - L * 0.3;
  const hy = y - L * 0.08 - hr;
  const lift = upset ? 0.07 : happy ? 0.04 : 0;
  // far leg (shaded), bent at the knee
  limb(g, x + L * 0.16, y - L * 0.15, x + L * 0.3, y - L * (0.27 + lift), L * 0.1, C.onesieShade);
  limb(g, x + L * 0.3, y - L * (0.27 + lift), x + L * 0.4, y - L * (0.2 + lift), L * 0.085, C.onesieShade);
  circ(g, x + L * 0.43, y - L * (0.2 + lift), L * 0.045, C.skinShade);
  // body
  ell(g, x + L * 0.02, y - L * 0.16, L * 0.48, L * 0.24, C.onesie);
  // near leg
  limb(g, x + L * 0.18, y - L * 0.12, x + L * 0.36, y - L * (0.2 + lift * 0.5), L * 0.1, C.onesie);
  limb(g, x + L * 0.36, y - L * (0.2 + lift * 0.5), x + L * 0.44, y - L * 0.12, L * 0.085, C.onesie);
  circ(g, x + L * 0.47, y - L * 0.12, L * 0.045, C.skin);
  // far arm
  const farUp = upset ? 0.38 : happy ? 0.36 : withdrawn ? 0.2 : 0.28;
  limb(g, x - L * 0.1, y - L * 0.2, x - L * 0.04, y - L * farUp, L * 0.075, C.onesieShade);
  circ(g, x - L * 0.04, y - L * farUp, L * 0.045, C.skinShade);
  // head with a little curl of hair
  circ(g, hx, hy, hr, C.skin);
  circ(g, hx - hr * 0.35, hy - hr * 0.8, hr * 0.28, C.hair);
  circ(g, hx + hr * 0.05, hy - hr * 0.92, hr * 0.3, C.hair);
  circ(g, hx + hr * 0.42, hy - hr * 0.78, hr * 0.24, C.hair);
  arcStroke(g, hx + hr * 0.1, hy - hr * 1.12, hr * 0.2, Math.PI * 0.9, Math.PI * 1.9, Math.max(1, hr * 0.1), C.hair);
  face(g, hx, hy + hr * 0.05, hr, mood, { baby: true });
  // near arm, over the body
  const nearUp = upset ? 0.36 : happy ? 0.34 : withdrawn ? 0.14 : 0.22;
  const nearX = withdrawn ? -0.12 : 0.08;
  limb(g, x - L * 0.08, y - L * 0.15, x + L * nearX, y - L * nearUp, L * 0.08, C.onesie);
  circ(g, x + L * nearX, y - L * nearUp, L * 0.045, C.skin);
}

function babySitting(g: G, mood: Mood, x: number, y: number, H: number): void {
  const hr = H * 0.23;
  const withdrawn = mood === 'withdrawn';
  const hy = y - H + hr + (withdrawn ? H * 0.04 : 0);
  const hx = x + (withdrawn ? -H * 0.03 : 0);
  shadow(g, x, y, H * 0.85);
  // legs spread in front
  limb(g, x - H * 0.1, y - H * 0.1, x - H * 0.3, y - H * 0.06, H * 0.16, C.onesieShade);
  limb(g, x + H * 0.1, y - H * 0.1, x + H * 0.3, y - H * 0.06, H * 0.16, C.onesieShade);
  circ(g, x - H * 0.36, y - H * 0.07, H * 0.07, C.skin);
  circ(g, x + H * 0.36, y - H * 0.07, H * 0.07, C.skin);
  // body
  ell(g, x, y - H * 0.28, H * 0.5, H * 0.48, C.onesie);
  ell(g, x, y - H * 0.12, H * 0.4, H * 0.2, C.onesieShade);
  // arms
  const hands: Record<Mood, [number, number]> = {
    calm: [0.27, 0.2],
    happy: [0.34, 0.62],
    upset: [0.3, 0.46],
    withdrawn: [0.08, 0.22],
  };
  const [ax, ay] = hands[mood];
  for (const s of [-1, 1]) {
    limb(g, x + s * H * 0.17, y - H * 0.42, x + s * H * ax, y - H * ay, H * 0.11, C.onesie);
    circ(g, x + s * H * ax, y - H * ay, H * 0.06, C.skin);
  }
  circ(g, hx, hy, hr, C.skin);
  // a little curl of hair
  circ(g, hx - hr * 0.98, hy + hr * 0.08, hr * 0.17, C.skin);
  circ(g, hx + hr * 0.98, hy + hr * 0.08, hr * 0.17, C.skin);
  circ(g, hx - hr * 0.4, hy - hr * 0.78, hr * 0.3, C.hair);
  circ(g, hx + hr * 0.05, hy - hr * 0.9, hr * 0.32, C.hair);
  circ(g, hx + hr * 0.45, hy - hr * 0.76, hr * 0.26, C.hair);
  arcStroke(g, hx + hr * 0.15, hy - hr * 1.0, hr * 0.2, Math.PI * 0.9, Math.PI * 1.9, Math.max(1, hr * 0.1), C.hair);
  face(g, hx, hy + hr * 0.05, hr, mood, { baby: true });
}

interface Build {
  head: number;
  shoulder: number;
  hip: number;
  width: number;
  limb: number;
  arm: number;
}

function standingChild(g: G, mood: Mood, x: number, y: number, H: number, older: boolean): void {
  const B: Build = older
    ? { head: 0.135, shoulder: 0.715, hip: 0.4, width: 0.3, limb: 0.105, arm: 0.08 }
    : { head: 0.175, shoulder: 0.64, hip: 0.33, width: 0.38, limb: 0.13, arm: 0.095 };
  const withdrawn = mood === 'withdrawn';
  const hr = H * B.head;
  const hx = x + (withdrawn ? -H * 0.025 : 0);
  const hy = y - H + hr + (withdrawn ? H * 0.03 : 0);
  const top = older ? C.tee : C.shirt;
  const bottom = older ? C.trousers : C.overall;
  const bottomDark = older ? darker(C.trousers) : C.overallDark;
  shadow(g, x, y, H * 0.55);
  // legs and shoes
  const legX = H * B.width * 0.22;
  const legTop = y - H * B.hip - H * 0.02;
  for (const s of [-1, 1]) {
    limb(g, x + s * legX, legTop, x + s * legX * 1.05, y - H * 0.06, H * B.limb, bottomDark);
    ell(g, x + s * legX * 1.15, y - H * 0.035, H * B.limb * 1.35, H * 0.075, C.shoe);
  }
  // torso
  const tw = H * B.width;
  const tTop = y - H * B.shoulder;
  const tBot = y - H * B.hip + H * 0.04;
  rr(g, x - tw / 2, tTop, tw, tBot - tTop, tw * 0.38, top);
  if (older) {
    rr(g, x - tw / 2, tBot - H * 0.07, tw, H * 0.08, tw * 0.2, bottom);
  } else {
    // dungarees: bib and straps
    rr(g, x - tw / 2, tTop + (tBot - tTop) * 0.45, tw, (tBot - tTop) * 0.55, tw * 0.35, bottom);
    rr(g, x - tw * 0.28, tTop + (tBot - tTop) * 0.25, tw * 0.56, (tBot - tTop) * 0.4, tw * 0.12, bottom);
    g.lineStyle(Math.max(1.5, H * 0.025), bottom, 1);
    g.lineBetween(x - tw * 0.24, tTop + (tBot - tTop) * 0.3, x - tw * 0.3, tTop + H * 0.01);
    g.lineBetween(x + tw * 0.24, tTop + (tBot - tTop) * 0.3, x + tw * 0.3, tTop + H * 0.01);
    circ(g, x - tw * 0.18, tTop + (tBot - tTop) * 0.34, H * 0.014, C.shirt);
    circ(g, x + tw * 0.18, tTop + (tBot - tTop) * 0.34, H * 0.014, C.shirt);
  }
  // arms by mood
  const sh = tTop + H * 0.04;
  const sx = tw / 2 - H * B.arm * 0.35;
  for (const s of [-1, 1]) {
    let hxE: number;
    let hyE: number;
    if (mood === 'happy') {
      hxE = x + s * (tw / 2 + H * 0.14);
      hyE = sh - H * 0.16;
    } else if (mood === 'upset') {
      hxE = x + s * (tw / 2 + H * 0.06);
      hyE = sh + H * 0.22;
    } else if (withdrawn) {
      hxE = x - s * tw * 0.08;
      hyE = sh + H * 0.17;
    } else {
      hxE = x + s * (tw / 2 + H * 0.04);
      hyE = sh + H * 0.25;
    }
    if (withdrawn) {
      // arms folded around the body
      const ex = x + s * (tw / 2 + H * 0.01);
      const ey = sh + H * 0.15;
      limb(g, x + s * sx, sh, ex, ey, H * B.arm, darker(top));
      limb(g, ex, ey, hxE, hyE, H * B.arm, top);
    } else {
      limb(g, x + s * sx, sh, hxE, hyE, H * B.arm, top);
    }
    circ(g, hxE, hyE, H * B.arm * 0.62, C.skin);
  }
  // neck and head
  rr(g, hx - hr * 0.3, tTop - hr * 0.25, hr * 0.6, hr * 0.5, hr * 0.2, C.skinShade);
  if (older) {
    // hair behind the head: a soft bob
    rr(g, hx - hr * 1.12, hy - hr * 1.1, hr * 2.24, hr * 1.85, hr * 0.9, C.hair);
  }
  circ(g, hx - hr * 0.98, hy + hr * 0.1, hr * 0.18, C.skin);
  circ(g, hx + hr * 0.98, hy + hr * 0.1, hr * 0.18, C.skin);
  circ(g, hx, hy, hr, C.skin);
  g.fillStyle(C.hair, 1);
  if (older) {
    g.slice(hx, hy, hr * 1.06, Math.PI * 1.0, Math.PI * 2.0, false);
    g.fillPath();
    ell(g, hx + hr * 0.25, hy - hr * 0.35, hr * 1.2, hr * 0.55, C.hair);
  } else {
    g.slice(hx, hy, hr * 1.03, Math.PI * 1.1, Math.PI * 1.9, false);
    g.fillPath();
    circ(g, hx - hr * 0.35, hy - hr * 0.85, hr * 0.3, C.hair);
    circ(g, hx + hr * 0.1, hy - hr * 0.95, hr * 0.32, C.hair);
    circ(g, hx + hr * 0.5, hy - hr * 0.8, hr * 0.26, C.hair);
    ell(g, hx, hy - hr * 0.25, hr * 1.7, hr * 0.6, C.skin);
  }
  face(g, hx, hy + hr * 0.05, hr, mood);
}

function darker(c: number): number {
  const r = ((c >> 16) & 255) * 0.86;
  const gg = ((c >> 8) & 255) * 0.86;
  const b = (c & 255) * 0.86;
  return (Math.round(r) << 16) | (Math.round(gg) << 8) | Math.round(b);
}

/**
 * Draw the child at this age (months 0-72: a baby lying/held under ~9 months, a
 * sitting/crawling baby 9-15, a standing toddler 15-36, a preschooler 36+) with a mood,
 * feet/bottom at (x, y), about `height` px tall. A lying baby is `height` px long.
 */
export function drawChild(g: Phaser.GameObjects.Graphics, ageMonths: number, mood: Mood, x: number, y: number, height: number): void {
  if (!(height > 0)) return;
  if (ageMonths < 9) babyLying(g, mood, x, y, height);
  else if (ageMonths < 15) babySitting(g, mood, x, y, height);
  else standingChild(g, mood, x, y, height, ageMonths >= 36);
}

// ---------------------------------------------------------------- caregiver

/** Draw an adult caregiver (a soft, gender-neutral, faceless-friendly figure) standing or kneeling, feet at (x, y), about `height` px tall. */
export function drawCaregiver(g: Phaser.GameObjects.Graphics, pose: CaregiverPose, x: number, y: number, height: number): void {
  if (!(height > 0)) return;
  const H = height;
  const hr = H * 0.078;
  const tw = H * 0.25;
  const torso = H * 0.36;
  const arm = H * 0.062;
  const leg = H * 0.095;
  let hip: number;
  if (pose === 'standing') hip = y - H * 0.47;
  else if (pose === 'kneeling') hip = y - H * 0.23;
  else hip = y - H * 0.09;
  const shoulder = hip - torso;
  const hy = shoulder - hr * 1.05;
  shadow(g, x, y, pose === 'sitting' ? H * 0.56 : H * 0.36);

  // legs
  if (pose === 'standing') {
    for (const s of [-1, 1]) {
      limb(g, x + s * H * 0.055, hip, x + s * H * 0.06, y - H * 0.04, leg, s < 0 ? C.legsShade : C.legs);
      ell(g, x + s * H * 0.072, y - H * 0.022, H * 0.11, H * 0.045, C.careShoe);
    }
  } else if (pose === 'kneeling') {
    // left knee down, its shin resting on the floor; right knee up with the foot planted
    limb(g, x - H * 0.07, y - H * 0.045, x - H * 0.23, y - H * 0.04, leg * 0.9, C.legsShade);
    ell(g, x - H * 0.26, y - H * 0.035, H * 0.07, H * 0.05, C.careShoe);
    limb(g, x - H * 0.05, hip, x - H * 0.07, y - H * 0.045, leg, C.legsShade);
    limb(g, x + H * 0.17, y - H * 0.19, x + H * 0.18, y - H * 0.04, leg * 0.95, C.legs);
    ell(g, x + H * 0.2, y - H * 0.022, H * 0.11, H * 0.045, C.careShoe);
    limb(g, x + H * 0.05, hip, x + H * 0.17, y - H * 0.19, leg * 1.05, C.legs);
  } else {
    // cross-legged on the floor
    ell(g, x, y - H * 0.055, H * 0.48, H * 0.11, C.legsShade);
    limb(g, x - H * 0.2, y - H * 0.065, x + H * 0.07, y - H * 0.03, leg * 0.95, C.legs);
    limb(g, x + H * 0.2, y - H * 0.065, x - H * 0.07, y - H * 0.03, leg * 0.95, C.legs);
    ell(g, x - H * 0.1, y - H * 0.022, H * 0.09, H * 0.04, C.careShoe);
    ell(g, x + H * 0.1, y - H * 0.022, H * 0.09, H * 0.04, C.careShoe);
  }

  // jumper, a little wider at the hem
  g.fillStyle(C.jumper, 1);
  g.fillRoundedRect(x - tw / 2, shoulder, tw, torso + H * 0.03, tw * 0.32);
  rr(g, x - tw * 0.54, hip - H * 0.05, tw * 1.08, H * 0.075, H * 0.03, C.jumper);
  rr(g, x - tw * 0.54, hip + H * 0.0, tw * 1.08, H * 0.03, H * 0.015, C.jumperShade);
  // arms: shoulder, elbow, hand
  const sx = tw / 2 - arm * 0.35;
  const sy = shoulder + arm * 0.55;
  type ArmPath = [number, number, number, number];
  const arms: ArmPath[] =
    pose === 'standing'
      ? [
          [-(tw / 2 + H * 0.02), shoulder + H * 0.17, -(tw / 2 + H * 0.03), shoulder + H * 0.33],
          [tw / 2 + H * 0.02, shoulder + H * 0.17, tw / 2 + H * 0.03, shoulder + H * 0.33],
        ]
      : pose === 'kneeling'
        ? [
            // left arm open, hand turned out: an invitation
            [-(tw / 2 + H * 0.04), shoulder + H * 0.15, -(tw / 2 + H * 0.14), shoulder + H * 0.22],
            // right hand resting on the raised knee
            [tw / 2 + H * 0.03, shoulder + H * 0.15, H * 0.16, y - H * 0.22],
          ]
        : [
            [-(tw / 2 + H * 0.02), shoulder + H * 0.16, -H * 0.17, y - H * 0.085],
            [tw / 2 + H * 0.02, shoulder + H * 0.16, H * 0.17, y - H * 0.085],
          ];
  arms.forEach(([ex, ey, hx, hyy], i) => {
    const s = i === 0 ? -1 : 1;
    limb(g, x + s * sx, sy, x + ex, ey, arm, C.jumperShade);
    limb(g, x + ex, ey, x + hx, hyy, arm * 0.95, C.jumperShade);
    circ(g, x + hx, hyy, arm * 0.58, C.skin);
  });
  // neck and collar
  rr(g, x - hr * 0.33, shoulder - hr * 0.5, hr * 0.66, hr * 0.75, hr * 0.25, C.skinShade);
  ell(g, x, shoulder + H * 0.006, tw * 0.46, H * 0.03, C.jumperShade);
  // hair: a soft chin-length cut behind the head
  rr(g, x - hr * 1.16, hy - hr * 1.12, hr * 2.32, hr * 1.95, hr * 0.95, C.hairCare);
  circ(g, x, hy, hr, C.skin);
  g.fillStyle(C.hairCare, 1);
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
