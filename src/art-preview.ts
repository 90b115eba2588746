/**
 * Dev-only preview for the drawn art (art-preview.html). Not imported by the game.
 *   ?place=kitchen&time=night&w=1280&h=720   one backdrop with a child and a caregiver
 *   &hc=1      high contrast     &card=1   a mock text card over the lower third
 *   &age=24&mood=upset&pose=kneeling      which figures to draw
 *   (no place)   grid of all 12 places x 3 times      ?figures=1   all ages x moods and poses
 *   &child=cot&care=standing   a pose hint for the single view (else derived from place, time, age)
 *   ?poses=1&mood=crying   every child pose (rows, each in its own place) x 5 ages, in one mood
 *   ?moods=1&child=bath    one pose: every mood (rows) x 5 ages
 */
import Phaser from 'phaser';
import { drawBackdrop, PLACES, TIMES, type Place, type TimeOfDay } from './scenes/art/backdrops';
import { drawCaregiver, drawChild, type CaregiverPose } from './scenes/art/figures';
import { drawFigures } from './scenes/art/stage';
import { poseFor, type ChildPose, type Mood } from './scenes/art/pose';
import { CHILD_POSES, MOODS } from './content/schema';

const q = new URLSearchParams(location.search);
const place = q.get('place') as Place | null;
const time = (q.get('time') ?? 'day') as TimeOfDay;
const hc = q.get('hc') === '1';
const card = q.get('card') === '1';
const age = Number(q.get('age') ?? 24);
const mood = (q.get('mood') ?? 'calm') as Mood;
const hint = { child: (q.get('child') ?? undefined) as ChildPose | undefined, caregiver: (q.get('care') ?? undefined) as CaregiverPose | undefined };
const figuresOnly = q.get('figures') === '1';
const posesGrid = q.get('poses') === '1' || q.get('moods') === '1';

/** A place and time where each child pose belongs, for the pose grids. */
const HOME: Record<ChildPose, [Place, TimeOfDay]> = {
  lying: ['nursery', 'day'],
  sitting: ['playground', 'day'],
  standing: ['garden', 'day'],
  arms: ['street', 'day'],
  lap: ['living', 'evening'],
  cot: ['nursery', 'night'],
  bed: ['bedroom', 'night'],
  highchair: ['kitchen', 'day'],
  bath: ['bath', 'evening'],
  carseat: ['car', 'day'],
  bike: ['street', 'day'],
  trolley: ['shop', 'day'],
  basin: ['bath', 'evening'],
  table: ['kitchen', 'day'],
};
/** Whose look the children have (?kid=Milan); Noor by default. */
const kid = q.get('kid') ?? undefined;
const AGES = [1, 7, 12, 24, 48];

const W = Number(q.get('w') ?? (place ? 1280 : 1920));
const H = Number(q.get('h') ?? (place ? 720 : 1080));

function scene(g: Phaser.GameObjects.Graphics, p: Place, t: TimeOfDay, x: number, y: number, w: number, h: number, withFigures: boolean): void {
  if (!withFigures) {
    drawBackdrop(g, p, t, x, y, w, h, { highContrast: hc });
    return;
  }
  drawFigures(g, poseFor(p, t, age, hint.child || hint.caregiver ? hint : undefined), mood, age, x, y, w, h, { highContrast: hc, child: kid });
}

/** Rows of poses (or moods) x columns of ages, each cell a backdrop with its figures. */
function poseGrid(scene: Phaser.Scene): void {
  const byMood = q.get('moods') === '1';
  const rows: Array<{ child: ChildPose; mood: Mood }> = byMood ? MOODS.map((m) => ({ child: (hint.child ?? 'standing') as ChildPose, mood: m })) : CHILD_POSES.map((c) => ({ child: c, mood }));
  const cw = W / AGES.length;
  const ch = H / rows.length;
  rows.forEach((r, ri) => {
    AGES.forEach((a, ci) => {
      const [p, t] = HOME[r.child];
      const cx = ci * cw;
      const cy = ri * ch;
      const g = scene.add.graphics();
      drawBackdrop(g, p, t, cx, cy, cw - 2, ch - 2, { highContrast: hc });
      const ps = poseFor(p, t, a, { child: r.child, caregiver: hint.caregiver });
      drawFigures(g, ps, r.mood, a, cx, cy, cw - 2, ch - 2, { highContrast: hc, child: kid });
      scene.add.text(cx + 4, cy + 2, `${r.child}${ps.child !== r.child ? '→' + ps.child : ''} · ${ps.caregiver} · ${a} mnd · ${r.mood}`, {
        fontFamily: 'DejaVu Sans',
        fontSize: '11px',
        color: '#ffffff',
        backgroundColor: '#00000088',
      });
    });
  });
}

/** Count Graphics draw calls (primitives) for the stats label. */
let prims = 0;
let depth = 0;
const byMethod: Record<string, number> = {};
const proto = Phaser.GameObjects.Graphics.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const m of [
  'fillRect',
  'fillRoundedRect',
  'fillCircle',
  'fillEllipse',
  'fillTriangle',
  'fillPath',
  'strokePath',
  'lineBetween',
  'strokeRect',
  'strokeRoundedRect',
  'strokeCircle',
  'strokeEllipse',
  'strokeTriangle',
]) {
  const orig = proto[m];
  proto[m] = function (this: unknown, ...a: unknown[]) {
    // count only top-level calls (fillCircle calls fillPath inside, and so on)
    if (depth === 0) {
      prims++;
      byMethod[m] = (byMethod[m] ?? 0) + 1;
    }
    depth++;
    try {
      return orig.apply(this, a);
    } finally {
      depth--;
    }
  };
}

class Preview extends Phaser.Scene {
  create(): void {
    const g = this.add.graphics();
    if (q.get('stats') === 'all') {
      // primitives per backdrop at W x H, written into the page for --dump-dom
      const lines: string[] = [];
      for (const p of PLACES) {
        for (const t of TIMES) {
          for (const hcOn of [false, true]) {
            const tg = this.add.graphics();
            prims = 0;
            drawBackdrop(tg, p, t, 0, 0, W, H, { highContrast: hcOn });
            lines.push(`${p} ${t}${hcOn ? ' hc' : ''}: ${prims} prims, ${(tg as unknown as { commandBuffer: unknown[] }).commandBuffer.length} cmds`);
            tg.destroy();
          }
        }
      }
      const pre = document.createElement('pre');
      pre.id = 'stats';
      pre.textContent = lines.join('\n');
      document.body.appendChild(pre);
      return;
    }
    if (posesGrid) {
      poseGrid(this);
      return;
    }
    if (figuresOnly) {
      g.fillStyle(0xf3e6d3, 1);
      g.fillRect(0, 0, W, H);
      const ages = [4, 12, 24, 48];
      const moods = MOODS;
      const cell = Math.min(W / 9.5, H / 4.4);
      ages.forEach((a, r) => {
        moods.forEach((m, c) => {
          const fx = cell * (0.6 + c * 1.1);
          const fy = cell * (1 + r * 1.05);
          drawChild(g, a, m, fx, fy, cell * (a < 9 ? 0.8 : a < 15 ? 0.65 : a < 36 ? 0.75 : 0.9));
          this.add.text(fx - cell * 0.45, fy + 4, `${a} mnd · ${m}`, { fontFamily: 'DejaVu Sans', fontSize: '13px', color: '#5a4636' });
        });
      });
      (['standing', 'kneeling', 'sitting'] as const).forEach((p, i) => {
        const fx = cell * (7.3 + (i % 2) * 1.2);
        const fy = cell * (i < 2 ? 2.2 : 4.2);
        drawCaregiver(g, p, fx, fy, cell * 2);
        this.add.text(fx - 30, fy + 4, p, { fontFamily: 'DejaVu Sans', fontSize: '13px', color: '#5a4636' });
      });
      return;
    }
    if (place) {
      prims = 0;
      for (const k of Object.keys(byMethod)) delete byMethod[k];
      scene(g, place, time, 0, 0, W, H, false);
      const cmds = `${prims} prims, ${(g as unknown as { commandBuffer: unknown[] }).commandBuffer.length}`;
      const before = prims;
      scene(g, place, time, 0, 0, W, H, true);
      const pre = document.createElement('pre');
      pre.id = 'stats';
      pre.textContent = `${cmds}\nfigures: ${prims - before} prims\n${JSON.stringify(byMethod)}`;
      document.body.appendChild(pre);
      if (q.get('stats') === '1') this.add.text(8, 8, `${cmds} cmds`, { fontFamily: 'DejaVu Sans', fontSize: '14px', color: '#ffffff', backgroundColor: '#00000066' });
      if (card) {
        const cg = this.add.graphics();
        cg.fillStyle(0xfbf5ea, 0.94);
        cg.fillRoundedRect(W * 0.05, H * 0.7, W * 0.9, H * 0.27, 18);
        this.add.text(W * 0.08, H * 0.73, 'Je kind huilt als je de kamer uitloopt.\nWat doe je?', { fontFamily: 'DejaVu Sans', fontSize: `${Math.round(Math.min(W, H) * 0.035)}px`, color: '#4a3b33' });
      }
      return;
    }
    // grid: the 12 places at one time of day (?time=), or all 36 with ?all=1
    const all = q.get('all') === '1';
    const cells: Array<[Place, TimeOfDay]> = all ? PLACES.flatMap((p) => TIMES.map((t): [Place, TimeOfDay] => [p, t])) : PLACES.map((p): [Place, TimeOfDay] => [p, time]);
    const cols = Number(q.get('cols') ?? (all ? 6 : 4));
    const rows = Math.ceil(cells.length / cols);
    const cw = W / cols;
    const ch = H / rows;
    cells.forEach(([p, t], i) => {
      const cx = (i % cols) * cw;
      const cy = Math.floor(i / cols) * ch;
      const cg = i === 0 ? g : this.add.graphics();
      prims = 0;
      scene(cg, p, t, cx, cy, cw - 2, ch - 2, false);
      // how much the backdrop costs: draw calls, and commandBuffer entries replayed each frame
      const cmds = `${prims} prims, ${(cg as unknown as { commandBuffer: unknown[] }).commandBuffer.length} cmds`;
      scene(cg, p, t, cx, cy, cw - 2, ch - 2, true);
      this.add.text(cx + 6, cy + 4, `${p} · ${t} · ${cmds}`, { fontFamily: 'DejaVu Sans', fontSize: '13px', color: '#ffffff', backgroundColor: '#00000066' });
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#2b2420',
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.NONE },
  scene: Preview,
});
