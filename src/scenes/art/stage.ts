// The figures in their setting: the child in the cot, the bath, the high chair, the car seat, on
// a lap or in arms, and the caregiver beside, as a Pose says (pose.ts). Drawn over the backdrop
// of the same rectangle: the props' geometry comes from backdrops.ts, and the parts of a prop that
// stand in front of the child (cot bars, tub, tray, harness, duvet) are drawn again over it.
import Phaser from 'phaser';
import { PAL } from './colour';
import { stageLayout, type Brush, type Lay } from './brush';
import {
  basinX,
  bedBox,
  carSeatBox,
  chairBox,
  cotBox,
  drawBasin,
  drawBed,
  drawBottle,
  drawCarSeat,
  drawChair,
  drawClimbingFrame,
  drawCot,
  drawDining,
  drawDog,
  drawDoorway,
  drawDuvet,
  drawPan,
  drawShowerCurtain,
  drawSlide,
  drawSpill,
  drawStairs,
  drawTablet,
  drawTubFront,
  sofaBox,
  tableBox,
  tubBox,
} from './props';
import { caregiverShoulder, drawCaregiver, drawChildAs, drawHoldingArms, lookFor, seatedShoulder, setChildLook, setLight, type CaregiverPose } from './figures';
import type { Mood, Pose } from './pose';

/** The child's standing height as a share of the caregiver's, by age (picture-book: big heads). */
function childRatio(ageMonths: number): number {
  const pts: Array<[number, number]> = [
    [0, 0.34],
    [6, 0.4],
    [12, 0.45],
    [24, 0.52],
    [36, 0.57],
    [48, 0.61],
    [72, 0.68],
  ];
  const a = Math.max(0, Math.min(72, ageMonths));
  for (let i = 1; i < pts.length; i++) {
    const [a1, r1] = pts[i];
    const [a0, r0] = pts[i - 1];
    if (a <= a1) return r0 + ((a - a0) / (a1 - a0)) * (r1 - r0);
  }
  return pts[pts.length - 1][1];
}

/** A plain wooden stool, for a caregiver who sits where there is no sofa or bench. */
function stool(b: Brush, x: number, feet: number, seatY: number): void {
  const u = b.u;
  b.line(x - u * 0.4, seatY, x - u * 0.5, feet, Math.max(1.5, u * 0.1), PAL.wood);
  b.line(x + u * 0.4, seatY, x + u * 0.5, feet, Math.max(1.5, u * 0.1), PAL.wood);
  b.rr(x - u * 0.6, seatY - u * 0.05, u * 1.2, u * 0.18, u * 0.07, PAL.woodLight);
}

/**
 * Draw the caregiver and the child for a pose and mood over the backdrop of the rectangle
 * (x, y, w, h), which drawBackdrop drew for pose.place and pose.time.
 */
export function drawFigures(
  g: Phaser.GameObjects.Graphics,
  pose: Pose,
  mood: Mood,
  ageMonths: number,
  x: number,
  y: number,
  w: number,
  h: number,
  opts?: { highContrast?: boolean; child?: string },
): void {
  if (w <= 0 || h <= 0) return;
  const { b, L } = stageLayout(g, pose.time, x, y, w, h, opts?.highContrast === true);
  setLight(pose.time);
  setChildLook(lookFor(opts?.child));
  try {
    placeFigures(g, b, L, pose, mood, ageMonths, x, w, opts?.child);
  } finally {
    setLight('day');
    setChildLook(lookFor(undefined));
  }
}

function placeFigures(g: Phaser.GameObjects.Graphics, b: Brush, L: Lay, pose: Pose, mood: Mood, ageMonths: number, x: number, w: number, child?: string): void {
  const { u, fy } = L;
  const age = Math.max(0, ageMonths);
  const clampX = (v: number) => Math.max(x + u * 0.8, Math.min(x + w - u * 0.8, v));
  // figures nearer the front (lower feet) are drawn a little larger
  const adult = (feet: number) => u * 4.4 * (1 + Math.max(0, (feet - fy) / u - 0.5) * 0.08);
  const kidOf = (CH: number) => CH * childRatio(age);
  const care = (p: CaregiverPose, cx: number, feet: number, seatY?: number) => drawCaregiver(g, p, clampX(cx), feet, adult(feet), { seatY });
  const front = fy + u * 1.5;
  const mid = x + w * (L.wide ? 0.56 : 0.6);
  // what the moment's words bring in that the place lacks: stairs, a slide (a climbing frame goes under the child, below)
  if (pose.props?.includes('stairs')) drawStairs(b, L);
  if (pose.props?.includes('slide')) drawSlide(b, L, x + w * (L.wide ? 0.17 : 0.14));
  // a dog across the street: small, on the far side, the child looking its way
  if (pose.props?.includes('dog-far')) drawDog(b, x + w * (L.wide ? 0.8 : 0.84), fy + u * 0.45, u * 0.6);
  const bottle = pose.props?.includes('bottle') === true;

  switch (pose.child) {
    case 'cot': {
      const c = cotBox(L, pose.place === 'nursery' ? 'nursery' : pose.place);
      if (pose.place !== 'nursery') drawCot(b, c, 'back');
      const kid = kidOf(adult(c.cb));
      if (age < 9) drawChildAs(g, age, mood, { kind: 'lying', x: c.ccx + u * 0.15, y: c.railLow - u * 0.28, len: Math.min(c.cw * 0.55, kid * 1.05) });
      else drawChildAs(g, age, mood, { kind: 'standing', x: c.ccx, y: c.railLow - u * 0.3, H: kid, shadow: false });
      drawCot(b, c, 'front');
      // in the nursery beside the cot on the left; in the bedroom between the cot and the bed
      const cgx = clampX(pose.place === 'nursery' ? c.cl - u * 1.0 : c.cl + c.cw + u * 0.9);
      const cgFeet = c.cb + u * 0.4;
      if (pose.caregiver === 'sitting') {
        // (sitting beside the cot: on a stool)
        const seatY = cgFeet - adult(cgFeet) * 0.3;
        stool(b, cgx, cgFeet, seatY);
        care('sitting', cgx, cgFeet, seatY);
      } else care(pose.caregiver, cgx, cgFeet);
      return;
    }
    case 'bed': {
      const bed = bedBox(L);
      // only the bedroom has a bed of its own; elsewhere (a nursery) the stage brings one
      if (pose.place !== 'bedroom') drawBed(b, bed);
      let cx = bed.bl + bed.bw - bed.hbw - u * 1.6;
      if (pose.lie) {
        // lying down: the head on the pillow, the duvet up to the chin (a bump where the body is)
        const hx = bed.bl + bed.bw - bed.hbw - u * 0.62;
        drawChildAs(g, age, mood, { kind: 'in-bed', x: hx, y: bed.bb - u * 1.12, H: kidOf(adult(bed.bb)) });
        b.ell(bed.bl + bed.bw * 0.45, bed.bb - u * 1.0, bed.bw * 0.55, u * 0.42, PAL.rose);
        drawDuvet(b, bed, undefined, hx - u * 0.22);
        cx = hx - u * 0.6;
      } else {
        drawChildAs(g, age, mood, { kind: 'seated', x: cx, seatY: bed.top + u * 0.3, H: kidOf(adult(bed.bb)), legs: 'none' });
        drawDuvet(b, bed);
      }
      if (pose.caregiver === 'sitting') care('sitting', cx - u * 1.5, bed.bb + u * 0.35, bed.top + u * 0.2);
      else care(pose.caregiver, bed.bl - u * 0.2, bed.bb + u * 0.6);
      return;
    }
    case 'highchair': {
      const c = chairBox(L);
      const kid = kidOf(adult(c.hb));
      drawChildAs(g, age, mood, { kind: 'seated', x: c.hx, seatY: c.seat - u * 0.08, H: kid, legs: 'hang' });
      drawChair(b, c, 'front');
      care(pose.caregiver === 'sitting' ? 'kneeling' : pose.caregiver, c.hx - u * 1.8, c.hb + u * 0.15);
      return;
    }
    case 'bath': {
      const t = tubBox(L);
      const cx = t.tl + t.tw * 0.64;
      const kid = kidOf(adult(t.tb)) * (age < 12 ? 1.25 : 1.1);
      const rim = t.tb - t.th;
      const torso = rim - seatedShoulder(age, rim, kid);
      drawChildAs(g, age, mood, { kind: 'seated', x: cx, seatY: rim + torso * 0.55, H: kid, legs: 'none' });
      drawTubFront(b, t);
      care(pose.caregiver === 'standing' ? 'standing' : 'kneeling', t.tl + u * 0.3, t.tb + u * 0.5);
      return;
    }
    case 'carseat': {
      const s = carSeatBox(L);
      const kid = kidOf(adult(s.cb)) * 1.1;
      const seatY = s.cb - u * 0.5;
      drawChildAs(g, age, mood, { kind: 'seated', x: s.cs, seatY, H: kid, legs: 'hang' });
      drawCarSeat(b, s, 'front', seatedShoulder(age, seatY, kid) + kid * 0.03);
      care('sitting', s.bench, s.cush + u * 1.3, s.cush + u * 0.05);
      return;
    }
    case 'lap': {
      let cx: number;
      let feet: number;
      let seatY: number;
      if (pose.place === 'living') {
        const s = sofaBox(L);
        cx = clampX(s.scx - s.sw * 0.12);
        seatY = s.seat + u * 0.05;
        feet = seatY + adult(s.sb) * 0.3;
      } else if (pose.place === 'bedroom') {
        // sitting up on the bed (in the night, the baby on your chest)
        const bed = bedBox(L);
        cx = clampX(bed.bl + u * 1.2);
        seatY = bed.top + u * 0.2;
        feet = bed.bb + u * 0.35;
      } else {
        cx = clampX(mid - u * 0.4);
        feet = front;
        seatY = feet - adult(feet) * 0.3;
        stool(b, cx, feet, seatY);
      }
      const CH = adult(feet);
      const kid = kidOf(CH);
      drawCaregiver(g, 'sitting', cx, feet, CH, { seatY, armsLater: true });
      // (cradled up to four months; from then on she sits up against you: "zit rechtop op je schoot")
      if (age < 4) {
        const sh = caregiverShoulder('sitting', feet, CH, seatY);
        drawChildAs(g, age, mood, { kind: 'bundle', hx: cx - CH * 0.1, hy: sh + CH * 0.14, fx: cx + kid * 0.85 - CH * 0.1, fy: sh + CH * 0.22 });
        drawHoldingArms(g, 'cradle', 'sitting', cx, feet, CH, seatY);
        // drinking her bottle: its teat at her mouth, held up from the other side
        if (bottle) drawBottle(b, cx - CH * 0.085, sh + CH * 0.16, 0.6, -0.8, CH * 0.17);
      } else {
        drawChildAs(g, age, mood, { kind: 'seated', x: cx + CH * 0.02, seatY: seatY - CH * 0.05, H: kid, legs: 'hang' });
        drawHoldingArms(g, 'lap', 'sitting', cx, feet, CH, seatY);
      }
      return;
    }
    case 'arms': {
      const cx = clampX(mid - u * 0.6);
      const CH = adult(front);
      const kid = kidOf(CH);
      const sh = caregiverShoulder('holding', front, CH);
      drawCaregiver(g, 'holding', cx, front, CH);
      if (age < 9) {
        drawChildAs(g, age, mood, { kind: 'bundle', hx: cx - CH * 0.1, hy: sh + CH * 0.14, fx: cx + kid * 0.85 - CH * 0.1, fy: sh + CH * 0.22 });
        drawHoldingArms(g, 'cradle', 'holding', cx, front, CH);
      } else {
        drawChildAs(g, age, mood, { kind: 'seated', x: cx + CH * 0.12, seatY: sh + CH * 0.26, H: kid, legs: 'hang' });
        drawHoldingArms(g, 'carry', 'holding', cx, front, CH);
      }
      return;
    }
    case 'basin': {
      // on a step at the washbasin, the caregiver beside: brushing teeth, washing hands
      if (!L.wide) drawBasin(b, L);
      // (the child on its step just left of the basin, so the basin stays in sight)
      const bx = basinX(L);
      const kx = bx - u * 0.75;
      const feet = fy + u * 0.45;
      const step = u * 0.42;
      b.rr(kx - u * 0.6, feet - step, u * 1.2, step, u * 0.08, PAL.sage);
      b.rr(kx - u * 0.6, feet - step, u * 1.2, u * 0.1, u * 0.05, PAL.sageLight);
      const kid = kidOf(adult(feet));
      drawChildAs(g, age, mood, { kind: 'standing', x: kx, y: feet - step, H: kid, shadow: false });
      care(pose.caregiver === 'kneeling' ? 'kneeling' : 'standing', bx + u * 1.5, feet + u * 0.3);
      return;
    }
    case 'trolley': {
      // in the seat of a shopping trolley, the caregiver behind its handle
      const CH = adult(front);
      const kid = kidOf(CH);
      const hx = clampX(mid - u * 0.9);
      const top = front - u * 2.05;
      const bottom = front - u * 0.95;
      const far = hx + u * 3.1;
      const metal = 0x8d989f;
      care('standing', hx - u * 0.8, front + u * 0.1);
      // frame and wheels
      b.line(hx + u * 0.25, bottom, hx + u * 0.35, front - u * 0.2, Math.max(1.5, u * 0.07), metal);
      b.line(far - u * 0.2, bottom, far - u * 0.3, front - u * 0.2, Math.max(1.5, u * 0.07), metal);
      b.line(hx + u * 0.3, front - u * 0.3, far - u * 0.25, front - u * 0.3, Math.max(1.5, u * 0.07), metal);
      for (const wx of [hx + u * 0.35, far - u * 0.3]) b.circ(wx, front - u * 0.12, u * 0.13, 0x4a4440);
      // the basket, seen through
      b.poly([hx + u * 0.1, top, far, top - u * 0.1, far - u * 0.25, bottom, hx + u * 0.3, bottom], 0xd8dee2, { a: 0.55 });
      // the child in the seat at the handle end, legs through the seat
      drawChildAs(g, age, mood, { kind: 'seated', x: hx + u * 0.75, seatY: top + u * 0.05, H: kid, legs: 'hang' });
      // the wire of the basket in front of the legs, the rim and the handle
      const lw = Math.max(1, u * 0.035);
      for (let k = 1; k < 7; k++) {
        const t = k / 7;
        b.line(hx + u * 0.1 + (far - hx - u * 0.1) * t, top - u * 0.1 * t, hx + u * 0.3 + (far - u * 0.25 - hx - u * 0.3) * t, bottom, lw, metal, { a: 0.9 });
      }
      b.line(hx + u * 0.2, (top + bottom) / 2, far - u * 0.12, (top + bottom) / 2 - u * 0.05, lw, metal, { a: 0.9 });
      b.line(hx + u * 0.1, top, far, top - u * 0.1, Math.max(1.5, u * 0.08), metal);
      b.line(hx + u * 0.3, bottom, far - u * 0.25, bottom, Math.max(1.5, u * 0.07), metal);
      b.line(hx + u * 0.1, top, hx - u * 0.15, top - u * 0.55, Math.max(1.5, u * 0.07), metal);
      b.rr(hx - u * 0.3, top - u * 0.65, u * 0.3, u * 0.16, u * 0.07, PAL.terracotta);
      return;
    }
    case 'table': {
      // on a chair at the table, the table's top across the child's lap; the caregiver beside on a stool
      const CH = adult(front);
      const kid = kidOf(CH);
      const d = { cx: clampX(mid + u * 0.2), tw: u * 3.4, top: front - CH * 0.36, feet: front };
      const kx = d.cx - u * 0.5;
      const seatY = d.top + u * 0.25;
      drawDining(b, d, 'back', kx, seatY);
      drawChildAs(g, age, mood, { kind: 'seated', x: kx, seatY, H: kid, legs: 'hang' });
      drawDining(b, d, 'front', kx, seatY);
      // the milk carton on its side, the milk running over the top
      if (pose.props?.includes('spill')) drawSpill(b, kx + u * 0.75, d.top - u * 0.08, u * 1.0);
      const cx = d.cx - d.tw / 2 - u * 0.9;
      if (pose.caregiver === 'sitting') {
        const seatY = front - CH * 0.3;
        stool(b, clampX(cx), front, seatY);
        care('sitting', cx, front, seatY);
      } else care(pose.caregiver, cx - u * 0.3, front);
      return;
    }
    case 'lying': {
      if (pose.place === 'doctor') {
        const t = tableBox(L);
        drawChildAs(g, age, mood, { kind: 'lying', x: t.ex + u * 0.2, y: t.et - u * 0.22, len: kidOf(adult(t.eb)) * 1.05 });
        care(pose.caregiver === 'kneeling' ? 'standing' : pose.caregiver, t.ex - t.ew / 2 - u * 0.7, t.eb + u * 0.35);
        return;
      }
      const CH = adult(front);
      if (pose.props?.includes('next-room')) {
        // in the room beside, seen through its door; the caregiver at the worktop, a pan steaming
        const door = drawDoorway(b, L, x + w * (L.wide ? 0.715 : 0.74));
        const cx = x + w * (L.wide ? 0.36 : 0.3);
        drawPan(b, L, cx + u * 1.1);
        care(pose.caregiver === 'kneeling' ? 'standing' : pose.caregiver, cx, front);
        drawChildAs(g, age, mood, { kind: 'lying', x: (door.l + door.r) / 2, y: door.floor - u * 0.2, len: Math.min((door.r - door.l) * 0.8, kidOf(adult(door.floor)) * 0.95) });
        return;
      }
      care(pose.caregiver, mid - u * 2.2, front);
      drawChildAs(g, age, mood, { kind: 'lying', x: mid + u * 0.3, y: front, len: kidOf(CH) * 1.05 });
      return;
    }
    default: {
      // sitting on the floor, standing, on a bike: the caregiver beside, on the left; a sitting
      // caregiver on the sofa (the child then plays in front of it) or on a stool
      const CH = adult(front);
      const kid = kidOf(CH);
      let cx = mid;
      if (pose.props?.includes('stairs')) {
        // at the foot of the stairs, the caregiver on the other side
        cx = clampX(x + u * 3.9);
        care(pose.caregiver === 'sitting' ? 'kneeling' : pose.caregiver, cx + u * 2.2, front);
      } else if (pose.sofa && pose.child === 'sitting') {
        // on the sofa by herself, the caregiver in front of it on the left
        const s = sofaBox(L);
        const seatY = s.seat + u * 0.05;
        drawChildAs(g, age, mood, { kind: 'seated', x: s.scx + s.sw * 0.18, seatY, H: kidOf(adult(s.sb)), legs: 'hang' });
        care(pose.caregiver === 'sitting' ? 'kneeling' : pose.caregiver, s.sl - u * 0.3, front);
        return;
      } else if (pose.caregiver === 'sitting' && pose.place === 'living') {
        const s = sofaBox(L);
        const seatY = s.seat + u * 0.05;
        const feet = seatY + adult(s.sb) * 0.3;
        if (pose.props?.includes('baby-on-lap')) {
          // another baby (a niece) in your arm on the sofa, drawn in a look of its own, her bottle at her mouth
          const ccx = clampX(s.scx - s.sw * 0.12);
          const CH2 = adult(feet);
          drawCaregiver(g, 'sitting', ccx, feet, CH2, { seatY, armsLater: true });
          const sh = caregiverShoulder('sitting', feet, CH2, seatY);
          const baby = CH2 * childRatio(8);
          setChildLook(lookFor(child === 'Noor' ? 'Milan' : 'Noor'));
          drawChildAs(g, 8, 'calm', { kind: 'bundle', hx: ccx - CH2 * 0.1, hy: sh + CH2 * 0.14, fx: ccx + baby * 0.85 - CH2 * 0.1, fy: sh + CH2 * 0.22 });
          setChildLook(lookFor(child));
          drawHoldingArms(g, 'cradle', 'sitting', ccx, feet, CH2, seatY);
          if (bottle) drawBottle(b, ccx - CH2 * 0.085, sh + CH2 * 0.16, 0.6, -0.8, CH2 * 0.17);
        } else care('sitting', s.scx - s.sw * 0.12, feet, seatY);
        cx = clampX(s.sl - u * 0.9);
      } else if (pose.caregiver === 'sitting') {
        const seatY = front - CH * 0.3;
        stool(b, clampX(mid - u * 1.9), front, seatY);
        care('sitting', mid - u * 1.9, front, seatY);
      } else care(pose.caregiver, mid - u * 2.2, front);
      // on a climbing frame the child stands on its second bar
      const frame = pose.props?.includes('climbing-frame') && pose.up === true;
      if (pose.props?.includes('climbing-frame')) drawClimbingFrame(b, L, frame ? cx + u * 0.2 : cx + u * 2.0, u * 3.2);
      if (pose.child === 'sitting') drawChildAs(g, age, mood, { kind: 'floor', x: cx + u * 0.3, y: front, H: kid });
      else if (pose.child === 'bike') drawChildAs(g, age, mood, { kind: 'bike', x: cx + u * 0.2, y: front, H: kid });
      else drawChildAs(g, age, mood, { kind: 'standing', x: cx, y: frame && pose.child === 'standing' ? front - u * 1.38 : front, H: kid, shadow: !frame });
      // the tablet she clutches to her chest; the dog that runs up to her; the bottle in your hand (someone else's)
      // half behind the shower curtain ("Niet kijken")
      if (pose.props?.includes('curtain')) drawShowerCurtain(b, cx + u * 0.05, cx + u * 1.5, front - kid * 1.3, front + u * 0.05);
      if (pose.props?.includes('tablet')) drawTablet(b, pose.child === 'sitting' ? cx + u * 0.3 : cx, front - kid * (pose.child === 'sitting' ? 0.3 : 0.5), kid * 0.2);
      if (pose.props?.includes('dog')) drawDog(b, cx + u * 1.9, front + u * 0.05, u * 1.35);
      if (bottle && pose.caregiver === 'sitting' && pose.place === 'living' && !pose.props?.includes('baby-on-lap')) {
        const s = sofaBox(L);
        drawBottle(b, s.scx - s.sw * 0.12 + u * 0.15, s.seat - u * 0.55, 0.7, -0.7, u * 0.7);
      }
    }
  }
}
