// Both towers, drawn from model state: the child's five blocks (foundation at the bottom) and the
// caregiver's five beside it. Growth fills a block, cracks are drawn as cracks and named by their
// red letter, fresh ruptures as thin ink hairlines (no badge), a healing block in the heal colour
// with its red letter only outlined (fading), locked blocks say what they wait for, wobbly blocks
// wobble (or tilt, still, when reduced motion is on). A caregiver block names its red letter only
// when it leans towards it (a pattern).
import Phaser from 'phaser';
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, CRACKED_AT, statuses, type ChildStatus, type TowerState } from '../model';
import { blockLooks, DRAWN_DAMAGE, DRAWN_RUPTURE, plainlySolid } from '../model/look';
import { caregiverName, caregiverRedLetter, childName, childRedLetter, t } from '../services/i18n';
import { statusShort, statusText } from '../services/towerWords';
import { setTowerText, type Rect } from '../services/a11y';
import { afterFrames, holdStill, markLive } from './bake';
import { fitSize, longestWord } from './fit';
import { CAREGIVER_COLOURS, CHILD_COLOURS, css, palette, shade, textStyle } from './theme';
import { measureText } from './measure';
import { careMeter, INSET, LABEL_FLOOR, placeChildLabels, towerNeedsW, type ChildBlockOut, type Fitted } from './towerLabels';

/**
 * Jagged crack lines for a block, the same every time for the same block; they stay right of
 * `fromX` (where the labels end), so a crack never runs through a name.
 */
function crackPaths(block: number, w: number, h: number, fromX = w * 0.5): number[][] {
  let seed = 1234 + block * 977;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const left = Math.min(fromX, w - 14);
  const span = w - 6 - left;
  const paths: number[][] = [];
  for (let c = 0; c < 4; c++) {
    const x0 = left + span * (0.1 + 0.8 * rnd());
    const pts = [x0, 0];
    let x = x0;
    const n = 4 + Math.floor(rnd() * 3);
    for (let i = 1; i <= n; i++) {
      x = Math.max(left, Math.min(w - 4, x + (rnd() - 0.5) * Math.min(w * 0.18, span * 0.6)));
      pts.push(x, ((h * i) / n) * (0.55 + 0.45 * rnd()));
    }
    paths.push(pts);
  }
  return paths;
}

/** Whether towers are moving on screen, and since when: `npm run bench` counts the frames in between. */
/** Values part-way (k from 0 to 1) from one list to the next. */
const mix = (a: readonly number[], b: readonly number[], k: number) => a.map((x, i) => x + (b[i] - x) * k);

/** The child's tower part-way from one state to the next: its growth and cracks; the rest is the next's. */
const between = (from: TowerState, next: TowerState, k: number): TowerState => ({ ...next, growth: mix(from.growth, next.growth, k), cracks: mix(from.cracks, next.cracks, k) });

function moving(on: boolean) {
  (window as unknown as { __towers?: { moving: boolean; at: number } }).__towers = { moving: on, at: performance.now() };
}

/** The colour of mending: a healing block's outline and cracks. */
const healColour = () => (palette().ink === 0x000000 ? 0x005a2b : 0x3f8a5c);

/**
 * What a caregiver block that leans away says: its red letter, or for a parent (`kind`) what to do
 * more of, so a parent's own tower shows a way forward rather than a verdict in red.
 */
export const leanText = (id: (typeof CAREGIVER_BLOCKS)[number], kind = false) => (kind ? t(`blocks.caregiver.${id}.more`) : caregiverRedLetter(id));

/** How wide a tower panel must be for every block's name at this label size (ui/towerLabels.ts). */
export const towerWidthFor = (scene: Phaser.Scene, labelMin: number, careShare = 0.35) =>
  towerNeedsW(
    (text, size, head) => measureText(scene, text, { size, bold: true, head }).width,
    Math.max(LABEL_FLOOR, labelMin),
    CHILD_BLOCKS.map((id) => childName(id)),
    CAREGIVER_BLOCKS.map((id) => caregiverName(id)),
    careShare,
  );

/** Both towers as text for screen readers. */
export function describeTowers(s: TowerState, name: string, caption?: string, kind = false) {
  const pre = caption ? `${caption}: ` : '';
  const st = statuses(s);
  const looks = blockLooks(s, st);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  setTowerText(
    [
      {
        title: pre + t('ui.childTower', { name }),
        items: CHILD_BLOCKS.map(
          (id, i) => `${childName(id)}: ${statusText(s, i, st, looks[i])} (${t('ui.built')} ${pct(s.growth[i])}${s.cracks[i] > 0.01 ? `, ${t('ui.damage')} ${pct(s.cracks[i])}` : ''})`,
        ),
      },
      {
        title: pre + t('ui.caregiverTower'),
        items: CAREGIVER_BLOCKS.map((id, i) => `${caregiverName(id)}: ${Math.round(s.strength[i] * 100)}${s.leaning[i] ? ` — ${leanText(id, kind)}` : ''}`),
      },
    ],
    !!caption,
  );
}

interface BlockParts {
  box: Phaser.GameObjects.Container;
  g: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  status: Phaser.GameObjects.Text;
  w: number;
  h: number;
  wobble?: Phaser.Tweens.Tween;
  /** Where its words and badge went, the last time its status line changed (ui/towerLabels.ts). */
  place?: ChildBlockOut & { badgeSize: number };
  /** The status line, red letter and check mark that `place` was laid out for. */
  laidFor?: string;
  /** The status words took the check mark's room (a short block): no check mark. */
  noCheck?: boolean;
}

interface CareParts {
  g: Phaser.GameObjects.Graphics;
  /** The meter, apart from the block: only it changes while the caregiver tower moves. */
  meter: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  note: Phaser.GameObjects.Text;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The note takes two lines: the meter moves up under the name to make room. */
  twoLines?: boolean;
  /** The block's name, and its size: a parent's words take its place on a block too small for both. */
  label: string;
  labelSize: number;
  /** The note last laid out (set once per change, not every frame of an animation). */
  noteFor?: string;
}

export interface TowerOptions {
  childName: string;
  /** When two towers are shown side by side: their caption, and both are described. */
  caption?: string;
  reducedMotion: boolean;
  size: number;
  /** No label smaller than this (theme's towerLabelMin: larger on a projector, and with the text size). */
  labelMin?: number;
  /** A parent's own tower: a leaning block says what to do more of, not its red letter in red. */
  kind?: boolean;
  /** The caregiver's tower's share of the width (0.35): more on a projector, where its labels are larger. */
  careShare?: number;
}

export class TowerView {
  private blocks: BlockParts[] = [];
  private care: CareParts[] = [];
  private shown: TowerState | undefined;
  private title: Phaser.GameObjects.Text[] = [];
  private root: Phaser.GameObjects.Container;
  /** Where the child's blocks and the caregiver's blocks are: a part that holds still while the other moves is held (ui/bake.ts). */
  private areas = { child: { x: 0, y: 0, w: 0, h: 0 }, care: { x: 0, y: 0, w: 0, h: 0 } };
  /** The room between two blocks. */
  private gap = 4;
  /** Releases of the parts held still now. */
  private held: (() => void)[] = [];

  constructor(
    private scene: Phaser.Scene,
    private rect: Rect,
    private opts: TowerOptions,
  ) {
    this.root = scene.add.container(0, 0);
    this.build();
  }

  private build() {
    const { x, y, w, h } = this.rect;
    const s = this.opts.size;
    const p = palette();
    const childW = w * (0.95 - (this.opts.careShare ?? 0.35));
    const careX = x + childW + w * 0.05;
    const careW = w - childW - w * 0.05;
    // under "Jouw toren" its scale: the meter's left half harms the child's block, its right half helps it
    const legendSize = Math.max(12, this.min, s * 0.6);
    const low = t('ui.scaleLow');
    const high = t('ui.scaleHigh');
    // both words on one line at one size, never over the middle; where they do not fit (a phone,
    // large text) one above the other at full size rather than smaller
    const fitsIn = (room: number) => Math.min(fitSize(this.scene, low, room, legendSize), fitSize(this.scene, high, room, legendSize));
    const stacked = fitsIn(careW / 2 - 10) < legendSize;
    const ls = stacked ? fitsIn(careW - 16) : legendSize;
    const head = (tx: number, text: string, width: number) => {
      const tt = this.scene.add.text(tx, y, text, textStyle({ size: fitSize(this.scene, text, width - 4, Math.max(s * 0.85, this.floor), true, true), bold: true, head: true, color: p.inkSoft }));
      tt.setOrigin(0.5, 0);
      this.root.add(tt);
      this.title.push(tt);
    };
    head(x + childW / 2, t('ui.childTower', { name: this.opts.childName }), childW);
    head(careX + careW / 2, t('ui.caregiverTower'), careW);
    // (stacked: right under the heads, so the two lines take little of the blocks' height)
    const ly = stacked ? y + Math.max(...this.title.map((tt) => tt.height)) + ls * 0.1 : y + s * 1.8 - legendSize * 0.2;
    const lowT = this.scene.add.text(careX + 8, ly, low, textStyle({ size: ls, color: p.crack }));
    const highT = this.scene.add.text(careX + careW - 8, ly + (stacked ? lowT.height : 0), high, textStyle({ size: ls, color: p.inkSoft })).setOrigin(1, 0);
    this.root.add([lowT, highT]);
    const titleH = stacked ? highT.y + highT.height - y + ls * 0.3 : s * 1.8 + ls * 1.3;
    this.title.push(lowT, highT);
    const gap = Math.max(4, h * 0.012);
    this.gap = gap;
    const bh = (h - titleH - gap * 5) / 5;
    const blocksTop = y + h - 5 * (bh + gap);
    // (with the strokes' outer halves, which reach past a block's edge, but not the headings above)
    const pad = 4;
    this.areas = {
      child: { x: x - pad, y: blocksTop - 2, w: childW + 2 * pad, h: y + h - blocksTop + 2 + pad },
      care: { x: careX - pad, y: blocksTop - 2, w: careW + 2 * pad, h: y + h - blocksTop + 2 + pad },
    };
    for (let i = 0; i < 5; i++) {
      const bw = childW * (1 - i * 0.07);
      const by = y + h - (i + 1) * (bh + gap);
      const box = this.scene.add.container(x + childW / 2, by + bh);
      const g = this.scene.add.graphics();
      // names at least 12 px (a phone), growing with the text size; the status goes in the room below
      // (a short block, a phone: name and status share its height, so the status is not left at 10 px under a large name)
      // (no larger than lets a status line of at least the floor fit under it, but never below the floor)
      const nameSize = Math.max(this.floor, Math.min(s * 0.85, bh * 0.38, (bh - 2) / 2.45));
      const label = childName(CHILD_BLOCKS[i]);
      const name = this.scene.add.text(-bw / 2 + 10, -bh + Math.max(3, bh * 0.07), label, textStyle({ size: fitSize(this.scene, label, bw - 20, nameSize, true, true), bold: true, head: true }));
      const status = this.scene.add.text(-bw / 2 + 10, name.y + name.height, '', textStyle({ size: this.statusSize(bh), width: bw - 20 }));
      box.add([g, name, status]);
      this.root.add(box);
      this.blocks.push({ box, g, name, status, w: bw, h: bh });
      const cy = by;
      const cg = markLive(this.scene.add.graphics());
      const clabel = caregiverName(CAREGIVER_BLOCKS[i]);
      const labelSize = Math.max(12, this.min, Math.min(s * 0.7, bh * 0.32));
      const cname = this.scene.add.text(careX + 6, cy + Math.max(2, bh * 0.06), clabel, textStyle({ size: fitSize(this.scene, clabel, careW - 12, labelSize, true), bold: true }));
      const note = this.scene.add.text(careX + 6, cy + bh - bh * 0.06, '', textStyle({ size: this.noteSize(bh), color: this.opts.kind ? p.ink : p.crack, width: careW - 12, bold: this.opts.kind }));
      note.setOrigin(0, 1);
      const meter = markLive(this.scene.add.graphics());
      this.root.add([cg, meter, cname, note]);
      this.care.push({ g: cg, meter, name: cname, note, x: careX, y: cy, w: careW, h: bh, label: clabel, labelSize });
    }
  }

  private statusSize(blockH: number) {
    return Math.max(this.floor, Math.min(this.opts.size * 0.72, blockH * 0.26));
  }

  /** No status word nor red letter smaller: 12 px, or theme's towerLabelMin (with the text size; 24 px on a projector). */
  private get floor() {
    return Math.max(LABEL_FLOOR, this.min);
  }

  /** A caregiver block's note (its red letter, or a parent's words). */
  private noteSize(blockH: number) {
    return Math.max(10, this.min, Math.min(this.opts.size * 0.62, blockH * 0.22));
  }

  /** The smallest label size: theme's towerLabelMin where the scene gives it. */
  private get min() {
    return this.opts.labelMin ?? 0;
  }

  /**
   * The red-letter badge's letters and box: at least the floor and as wide as the block allows, or
   * (where that leaves no room for the status) within `narrow`, no smaller than 12 px.
   */
  private badgeBox(label: string, b: BlockParts, narrow?: number) {
    const { w, h } = b;
    const maxW = narrow ?? w - 2 * INSET;
    const want = Math.max(this.floor, Math.min(this.opts.size * 0.7, h * 0.24));
    const size = Math.max(narrow ? LABEL_FLOOR : 0, fitSize(this.scene, label, maxW - 14, want, true));
    const probe = measureText(this.scene, label, { size, bold: true });
    return { w: Math.min(maxW, probe.width + 14), h: Math.max(probe.height, Math.min(h * 0.42, Math.max(h * 0.3, probe.height + 4))), size };
  }

  /**
   * A status text at the largest size from `pref` down to the floor whose words stay whole in
   * `width` and whose lines take at most `height`; undefined where even the floor does not fit.
   */
  private fitText(text: string, pref: number, width: number, height: number): Fitted | undefined {
    const floor = Math.ceil(this.floor - 0.01);
    const words = [...new Set(text.split(/\s+/).filter(Boolean))].sort((x, y) => y.length - x.length).slice(0, 3);
    for (let size = Math.max(floor, Math.round(pref)); ; size = Math.max(floor, Math.floor(size * 0.92))) {
      // (Phaser's wrap measures a word with its trailing space)
      const whole = words.every((w) => measureText(this.scene, `${w} `, { size }).width <= width);
      if (whole) {
        const m = measureText(this.scene, text, { size, width });
        if (m.height <= height) return { size, width: m.width, height: m.height };
      }
      if (size <= floor) return undefined;
    }
  }

  /** Draw a state at once. */
  set(s: TowerState) {
    this.shown = s;
    this.drawChild(s);
    this.drawCare(s.strength, s.leaning);
    describeTowers(s, this.opts.childName, this.opts.caption, this.opts.kind);
  }

  /** Animate from the shown state to the next: the caregiver tower shifts first, then the child's answers. */
  animate(next: TowerState, durationMs: number): Promise<void> {
    const from = this.shown ?? next;
    const scene = this.scene;
    if (this.opts.reducedMotion || durationMs <= 0) {
      this.set(next);
      return Promise.resolve();
    }
    this.release();
    // the notes a pattern leaves come with the first frame, before anything is held
    this.drawCare(from.strength, next.leaning);
    // what does not move is held still (copied beneath the game canvas): in software WebGL the
    // frame's cost is mostly the pixels filled, and the towers were filled anew each frame. All of
    // it is held before anything moves (reading pixels back stalls a software renderer for a
    // frame), and each part is let go when it starts to move: the caregiver tower's meters move
    // first (drawn apart from their blocks), then the child's blocks whose look changes.
    for (const tt of this.title) {
      const b = tt.getBounds();
      this.hold([tt], { x: b.x, y: b.y, w: b.width, h: b.height });
    }
    this.hold(
      this.care.flatMap((c) => [c.g, c.name, c.note]),
      this.areas.care,
    );
    // (none beside a block that wobbles or still settles from the last pick: its corners swing
    // into the room between blocks)
    const swinging = this.blocks.some((b) => b.wobble || scene.tweens.isTweening(b.box));
    const still = swinging ? [] : this.unchanged(from, next);
    const pad = Math.min(3, this.gap / 2);
    const moves = this.blocks.filter((b) => !still.includes(b));
    const holdBlock = (b: BlockParts) => this.hold([b.box], { x: b.box.x - b.w / 2 - pad, y: b.box.y - b.h - pad, w: b.w + 2 * pad, h: b.h + 2 * pad });
    const changing = swinging ? [] : moves.map(holdBlock);
    still.forEach(holdBlock);
    // the copies are taken once the next frame is drawn; the towers move after that
    return afterFrames(scene, 2).then(() => this.move(from, next, durationMs, changing, moves));
  }

  /**
   * The two phases of `animate`, once the still parts are held: `changing` lets go of the blocks
   * that change, `moves` are the blocks drawn anew each frame.
   */
  private move(from: TowerState, next: TowerState, durationMs: number, changing: (() => void)[], moves: BlockParts[]): Promise<void> {
    const scene = this.scene;
    if (!scene.sys.isActive()) return Promise.resolve();
    moving(true);
    return new Promise((resolve) => {
      scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: durationMs * 0.35,
        ease: 'Sine.easeInOut',
        onUpdate: (tw) => this.drawMeters(mix(from.strength, next.strength, tw.getValue() ?? 1)),
        onComplete: () => {
          // (each gives the still canvas back what was under it: the held parts do not overlap)
          changing.forEach((f) => f());
          scene.tweens.addCounter({
            from: 0,
            to: 1,
            duration: durationMs * 0.65,
            ease: 'Cubic.easeOut',
            onUpdate: (tw) => {
              const k = tw.getValue() ?? 1;
              this.drawChild(between(from, next, k), moves);
            },
            onComplete: () => {
              this.release();
              this.set(next);
              this.accent(statuses(from), statuses(next));
              moving(false);
              resolve();
            },
          });
        },
      });
    });
  }

  /**
   * The child's blocks that look the same at every step from one state to the next: their own
   * values do not change, and what they show (status, look, words) is the same at each of eleven
   * steps of the way (a block's status also follows the blocks below it).
   */
  private unchanged(from: TowerState, next: TowerState): BlockParts[] {
    const shows = (s: TowerState) => {
      const st = statuses(s);
      const looks = blockLooks(s, st);
      return st.map((x, i) => `${x}|${looks[i].smallCrack}|${looks[i].hairline}|${statusText(s, i, st, looks[i])}`);
    };
    const first = shows(from);
    const same = this.blocks.map((_, i) => from.growth[i] === next.growth[i] && from.cracks[i] === next.cracks[i] && from.ruptures[i] === next.ruptures[i]);
    for (let k = 0; k <= 1.0001; k += 0.1) {
      const now = shows(between(from, next, k));
      now.forEach((x, i) => {
        if (x !== first[i]) same[i] = false;
      });
    }
    return this.blocks.filter((_, i) => same[i]);
  }

  private hold(objects: Phaser.GameObjects.GameObject[], area: Rect) {
    const release = holdStill(this.scene, objects, area);
    this.held.push(release);
    return release;
  }

  /** Show again what was held still. */
  private release() {
    // the last held first: each gives the still canvas back what it had before it
    this.held
      .splice(0)
      .reverse()
      .forEach((f) => f());
  }

  /** A block that just cracked shudders; one that just became solid or healed settles with a small lift. */
  private accent(before: readonly ChildStatus[], after: readonly ChildStatus[]) {
    this.blocks.forEach((b, i) => {
      if (before[i] === after[i] || after[i] === 'wobbly') return;
      if (after[i] === 'cracked') {
        this.scene.tweens.add({ targets: b.box, x: b.box.x + 5, duration: 45, yoyo: true, repeat: 5, ease: 'Sine.easeInOut' });
      } else if (after[i] === 'solid' || before[i] === 'cracked') {
        this.scene.tweens.add({ targets: b.box, y: b.box.y - 8, duration: 220, yoyo: true, ease: 'Back.easeOut' });
      }
    });
  }

  /** Draw the child's blocks in a state (`only` these, where the others are held still). */
  private drawChild(s: TowerState, only?: readonly BlockParts[]) {
    const st = statuses(s);
    const looks = blockLooks(s, st);
    const p = palette();
    this.blocks.forEach((b, i) => {
      if (only && !only.includes(b)) return;
      const id = CHILD_BLOCKS[i];
      const col = CHILD_COLOURS[id];
      const { g, w, h } = b;
      const x0 = -w / 2;
      const y0 = -h;
      const status = st[i];
      const locked = status === 'locked';
      const healing = status === 'healing';
      // the words first: the cracks keep clear of where they are now, not where they were
      // (texts are redrawn only when they change: a text change re-renders its texture)
      const nameColour = css(locked ? p.inkSoft : p.ink);
      if (b.name.style.color !== nameColour) b.name.setColor(nameColour);
      // a cracked block shows its red letter as a badge; the line beside it just says "cracked"
      // small blocks (a phone) say it in one short line; the full words are in the text layer
      const compact = h < 70;
      const full = statusText(s, i, st, looks[i]);
      const short = statusShort(looks[i]);
      const line = status === 'cracked' || healing || (compact && status === 'wobbly') ? short : full;
      const red = status === 'cracked' || healing ? childRedLetter(id).toUpperCase() : '';
      const check = plainlySolid(looks[i]);
      if (b.laidFor !== `${line}|${red}|${check}`) this.fitStatus(b, line, full === line ? short : line, red, check);
      g.clear();
      // frame
      g.fillStyle(locked ? shade(p.panel, 0.97) : shade(col, 1.75), 1);
      g.fillRoundedRect(x0, y0, w, h, 8);
      // growth fills from the bottom
      const fillH = h * s.growth[i];
      if (fillH > 1) {
        g.fillStyle(status === 'solid' ? col : shade(col, 1.25), locked ? 0.45 : 1);
        g.fillRoundedRect(x0, y0 + h - fillH, w, fillH, Math.min(8, fillH / 2));
      }
      if (locked) {
        // dashed outline: not yet in play
        g.lineStyle(2, p.locked, 1);
        const dash = 8;
        for (let dx = 0; dx < w; dx += dash * 2) {
          g.lineBetween(x0 + dx, y0, x0 + Math.min(w, dx + dash), y0);
          g.lineBetween(x0 + dx, y0 + h, x0 + Math.min(w, dx + dash), y0 + h);
        }
        for (let dy = 0; dy < h; dy += dash * 2) {
          g.lineBetween(x0, y0 + dy, x0, y0 + Math.min(h, dy + dash));
          g.lineBetween(x0 + w, y0 + dy, x0 + w, y0 + Math.min(h, dy + dash));
        }
      } else {
        g.lineStyle(status === 'solid' ? 3 : 2, shade(col, 0.6), 1);
        g.strokeRoundedRect(x0, y0, w, h, 8);
      }
      // cracks: more lines as the damage grows; thick and dark once the block is cracked; even the
      // first one is plain to see; all of them right of the name and status
      const c = s.cracks[i];
      const place = b.place!;
      const labelsEnd = Math.max(INSET + b.name.width, b.status.visible && b.status.text ? place.status.x + b.status.width : 0) + 8;
      if (c > DRAWN_DAMAGE) {
        const n = Math.min(4, Math.ceil(c * 5));
        const cracked = c >= CRACKED_AT;
        // a healing block's cracks are drawn as mending: the heal colour instead of the crack colour
        g.lineStyle(cracked ? 3.5 : 2.6, healing ? healColour() : cracked ? p.crack : shade(p.crack, 1.2), 1);
        crackPaths(i, w, h, labelsEnd)
          .slice(0, n)
          .forEach((pts) => {
            g.beginPath();
            g.moveTo(x0 + pts[0], y0 + pts[1]);
            for (let j = 2; j < pts.length; j += 2) g.lineTo(x0 + pts[j], y0 + pts[j + 1] * Math.min(1, 0.65 + c));
            g.strokePath();
          });
      }
      // fresh ruptures: short, thin hairlines in ink from the top edge, right of the labels, never a badge; a repair closes them
      const r = s.ruptures[i];
      if (r > DRAWN_RUPTURE) {
        g.lineStyle(1.6, p.ink, 0.9);
        crackPaths(i + 11, w, h, labelsEnd)
          .slice(0, Math.min(3, 1 + Math.floor(r * 12)))
          .forEach((pts) => {
            g.beginPath();
            g.moveTo(x0 + pts[0], y0 + pts[1]);
            for (let j = 2; j < Math.min(pts.length, 8); j += 2) g.lineTo(x0 + pts[j], y0 + pts[j + 1] * 0.45);
            g.strokePath();
          });
      }
      // (where the words take the block's width, the cracks reach under them: a backing keeps them readable)
      if ((c > DRAWN_DAMAGE || r > DRAWN_RUPTURE) && labelsEnd > w - 14) {
        const top = b.name.y + h;
        const bottom = b.status.visible && b.status.text ? b.status.y + h + b.status.height : top + b.name.height;
        // (in the colour under the words: the block's fill where it has grown that far, else its frame)
        const filled = fillH > 1 && h - fillH <= top;
        g.fillStyle(locked ? shade(p.panel, 0.97) : filled ? (status === 'solid' ? col : shade(col, 1.25)) : shade(col, 1.75), 0.9);
        g.fillRoundedRect(x0 + INSET - 4, y0 + top, labelsEnd - INSET - 4, bottom - top, 4);
      }
      if (place.badge) {
        // the red letter as a badge, so it never rests on colour alone; while healing, only its outline (fading)
        const bb = place.badge;
        if (healing) {
          g.fillStyle(0xffffff, 0.85);
          g.fillRoundedRect(x0 + bb.x, y0 + bb.y, bb.w, bb.h, 6);
          g.lineStyle(2, p.crack, 0.8);
          g.strokeRoundedRect(x0 + bb.x, y0 + bb.y, bb.w, bb.h, 6);
          g.lineStyle(3, healColour(), 1);
          g.strokeRoundedRect(x0, y0, w, h, 8);
        } else {
          g.fillStyle(p.crack, 1);
          g.fillRoundedRect(x0 + bb.x, y0 + bb.y, bb.w, bb.h, 6);
        }
      }
      if (plainlySolid(looks[i]) && !b.noCheck) {
        // a check mark (not on a block drawn with a crack: it would say "all well" over the crack)
        g.lineStyle(3, shade(col, 0.45), 1);
        const cx = x0 + w - h * 0.35;
        const cy = y0 + h * 0.68;
        const r = h * 0.12;
        g.beginPath();
        g.moveTo(cx - r, cy);
        g.lineTo(cx - r * 0.2, cy + r * 0.8);
        g.lineTo(cx + r * 1.2, cy - r * 0.8);
        g.strokePath();
      }
      this.badgeText(b, red, w, h, healing);
      this.setWobble(b, status === 'wobbly');
    });
  }

  /**
   * The name, status line and badge of a block (ui/towerLabels.ts): the status under the name,
   * beside the badge or check mark, at least the floor (never shrunk below it, nor a word broken);
   * where that does not fit, the badge moves, or the short words are said, or the status goes
   * beside the name; in a block too short for any of these (it should not be: scenes give towers
   * the height their labels need), the short words at the floor, tight under the name.
   */
  private fitStatus(b: BlockParts, line: string, short: string, red: string, check: boolean) {
    const { w, h } = b;
    b.laidFor = `${line}|${red}|${check}`;
    const candidates = line === short ? [line] : [line, short];
    const pref = this.statusSize(h);
    let text = candidates.at(-1)!;
    let badge = red ? this.badgeBox(red, b) : undefined;
    let place: ChildBlockOut | undefined;
    // (last, on a solid block: the words without the check mark's room; the words say it too)
    let checkRoom = check ? h * 0.55 : 0;
    for (const narrow of red ? [false, true] : check ? [false, false] : [false]) {
      // (narrow: as wide as the short words at the floor leave it, at least 30% of the block)
      if (narrow) badge = this.badgeBox(red, b, Math.max(w * 0.3, w - 2 * INSET - 9 - measureText(this.scene, `${short} `, { size: Math.ceil(this.floor - 0.01) }).width));
      for (const candidate of candidates) {
        place = placeChildLabels({ w, h, nameW: b.name.width, nameH: b.name.height, badge, check: checkRoom, fit: (room, height) => this.fitText(candidate, pref, room, height) });
        if (place) {
          text = candidate;
          break;
        }
      }
      if (place) break;
      if (check) checkRoom = 0;
    }
    b.noCheck = check && !checkRoom;
    // none fits (a block this short should not be: see towerNeedsH): the short words at the floor,
    // tight under the name; beside a badge that leaves them no room, only the badge (it names the
    // crack; the words are in the text layer), never the two over each other
    let hidden = false;
    if (!place) {
      badge = red ? this.badgeBox(red, b) : undefined;
      const room = w - 2 * INSET - (badge ? 0 : checkRoom);
      const size = Math.ceil(this.floor - 0.01);
      const m = measureText(this.scene, text, { size, width: room });
      const by = h - (badge?.h ?? 0) + 1;
      // (nor words run out of the block into the next one's)
      hidden = (!!badge && by < b.name.height - 2 + m.height) || b.name.height - 3 + m.height > h + 3;
      place = {
        nameY: 0,
        status: { x: INSET, y: b.name.height - 3, room, fitted: { size, ...m } },
        badge: badge && { x: w - badge.w - 6, y: hidden ? by : Math.max(by, b.name.height - 3 + m.height), w: badge.w, h: badge.h },
        how: 'tight',
      };
    }
    b.place = { ...place, badgeSize: badge?.size ?? 0 };
    b.name.setY(-h + place.nameY);
    b.status
      .setFontSize(place.status.fitted.size)
      .setWordWrapWidth(place.status.room, true)
      .setText(text)
      .setPosition(-w / 2 + place.status.x, -h + place.status.y)
      .setVisible(!hidden);
  }

  private badges = new Map<BlockParts, Phaser.GameObjects.Text>();
  private badgeText(b: BlockParts, label: string, w: number, h: number, fading = false) {
    let tt = this.badges.get(b);
    if (!label) {
      tt?.setVisible(false);
      return;
    }
    const bb = b.place!.badge!;
    const size = b.place!.badgeSize;
    if (!tt) {
      tt = this.scene.add.text(0, 0, '', textStyle({ size, bold: true, color: 0xffffff }));
      tt.setOrigin(0.5, 0.5);
      b.box.add(tt);
      this.badges.set(b, tt);
    }
    if (tt.text !== label || parseFloat(String(tt.style.fontSize)) !== Math.round(size)) tt.setFontSize(size).setText(label);
    const colour = css(fading ? palette().crack : 0xffffff);
    if (tt.style.color !== colour) tt.setColor(colour);
    tt.setVisible(true).setPosition(-w / 2 + bb.x + bb.w / 2, -h + bb.y + bb.h / 2);
  }

  private setWobble(b: BlockParts, on: boolean) {
    if (on && !b.wobble) {
      if (this.opts.reducedMotion) {
        b.box.setAngle(-2);
        return;
      }
      b.box.setAngle(-1.6);
      b.wobble = this.scene.tweens.add({ targets: b.box, angle: 1.6, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    } else if (!on) {
      b.wobble?.stop();
      b.wobble = undefined;
      b.box.setAngle(0);
    }
  }

  private drawCare(strength: number[], leaning: readonly boolean[]) {
    this.care.forEach((c, i) => {
      const id = CAREGIVER_BLOCKS[i];
      const col = CAREGIVER_COLOURS[id];
      const g = c.g;
      g.clear();
      g.fillStyle(shade(col, 1.8), 1);
      g.fillRoundedRect(c.x, c.y, c.w, c.h, 8);
      g.lineStyle(2, shade(col, 0.6), 1);
      g.strokeRoundedRect(c.x, c.y, c.w, c.h, 8);
      this.setNote(c, leaning[i] ? leanText(id, this.opts.kind) : '');
    });
    this.drawMeters(strength);
  }

  /** The meters: centre is neutral; right is strength, left is the red letter. */
  private drawMeters(strength: number[]) {
    const p = palette();
    this.care.forEach((c, i) => {
      const col = CAREGIVER_COLOURS[CAREGIVER_BLOCKS[i]];
      const v = strength[i];
      const g = c.meter;
      g.clear();
      // (under the name, never on it, and inside the block: ui/towerLabels.ts)
      const meter = this.meterOf(c);
      const my = c.y + meter.y;
      const mh = meter.h;
      const mx = c.x + 8;
      const mw = c.w - 16;
      const mid = mx + mw / 2;
      // opaque: white at 0.9 over the block's colour (the meter is drawn over a held copy of the
      // block while it moves, and the last frame's bar must not show through)
      g.fillStyle(shade(shade(col, 1.8), 1.9), 1);
      g.fillRect(mx, my, mw, mh);
      if (v > 0) {
        g.fillStyle(shade(col, 0.85), 1);
        g.fillRect(mid, my, (mw / 2) * v, mh);
      } else if (v < 0) {
        // (a parent's own tower leans in its own colour, darker: a way to go, not an alarm)
        g.fillStyle(this.opts.kind ? shade(col, 0.5) : p.crack, 1);
        const len = (mw / 2) * -v;
        g.fillRect(mid - len, my, len, mh);
        // hatching, so the red letter side is not colour alone
        g.lineStyle(1, 0xffffff, 0.8);
        for (let hx = mid - len; hx < mid; hx += 5) g.lineBetween(hx, my + mh, Math.min(mid, hx + 4), my);
      }
      g.lineStyle(2, p.ink, 1);
      g.lineBetween(mid, my - meter.stem, mid, my + mh + meter.stem);
      // the scale: ticks at half way either side, so a bar's length reads as a value
      g.lineStyle(1, p.inkSoft, 1);
      for (const k of [-0.5, 0.5]) g.lineBetween(mid + (mw / 2) * k, my + mh, mid + (mw / 2) * k, my + mh + Math.max(meter.stem, 1));
      g.lineStyle(1, shade(col, 0.6), 1);
      g.strokeRect(mx, my, mw, mh);
    });
  }

  /** A caregiver block's meter: under its name (and above a note at its foot), inside the block. */
  private meterOf(c: CareParts) {
    const foot = c.note.visible && c.note.text && c.note.originY === 1 ? c.y + c.h - (c.note.y - c.note.height) : 0;
    return careMeter(c.h, c.name.y - c.y, c.name.height, foot);
  }

  /**
   * A caregiver block's note: the red letter, named only for a pattern (the block leans towards it),
   * not for one response; or a parent's words. One line where it fits; two (the meter moving up)
   * where the block is tall enough; else one line shrunk to the block's width. Never over the meter.
   */
  private setNote(c: CareParts, note: string) {
    if (c.noteFor === note) return;
    c.noteFor = note;
    c.twoLines = false;
    // (the block's own name back, where a parent's words had taken its place; the note at the foot)
    if (c.name.text !== c.label) c.name.setFontSize(fitSize(this.scene, c.label, c.w - 12, c.labelSize, true)).setText(c.label);
    c.note.setOrigin(0, 1).setPosition(c.x + 6, c.y + c.h * 0.94);
    if (note) {
      const size = this.noteSize(c.h);
      const bold = !!this.opts.kind;
      const room = c.w - 12;
      const one = measureText(this.scene, note, { size, bold });
      const two = measureText(this.scene, note, { size, bold, width: room });
      const nameBottom = c.name.y + c.name.height - c.y;
      const meter = careMeter(c.h, c.name.y - c.y, c.name.height);
      const meterH = meter.h;
      const below = meter.y + meter.h + Math.max(meter.stem, 1) + 1;
      if (below + one.height > c.h * 0.97) {
        if (this.opts.kind) {
          // a small block (a phone): the parent's words in the name's place, in bold, so they are read, not hidden under the meter
          c.name.setFontSize(fitSize(this.scene, note, room, c.labelSize, true)).setText(note);
          c.note.setText('');
          return;
        }
        // the red letter beside the name where the row has room, else only in the text layer (never over the name or the meter)
        const beside = fitSize(this.scene, note, room - c.name.width - 8, size, bold);
        c.note
          .setWordWrapWidth(null)
          .setFontSize(beside)
          .setOrigin(1, 0)
          .setPosition(c.x + c.w - 6, c.name.y + (c.name.height - measureText(this.scene, note, { size: beside }).height) / 2);
        c.note.setText(beside >= LABEL_FLOOR ? note : '');
        return;
      }
      if (one.width > room && fitSize(this.scene, longestWord(note), room, size, bold) >= size && nameBottom + 2 + meterH + 4 + two.height <= c.h * 0.94) {
        c.twoLines = true;
        c.note.setFontSize(size).setWordWrapWidth(room, true);
      } else {
        // one line, smaller where it must, but never below 12 px: else two lines at 12 px where the
        // block has the room, else only in the text layer
        const fitted = fitSize(this.scene, note, room, size, bold);
        const two12 = measureText(this.scene, note, { size: LABEL_FLOOR, bold, width: room });
        if (fitted >= LABEL_FLOOR) c.note.setWordWrapWidth(null).setFontSize(fitted);
        else if (fitSize(this.scene, longestWord(note), room, LABEL_FLOOR, bold) >= LABEL_FLOOR && below + two12.height <= c.h * 0.97) c.note.setFontSize(LABEL_FLOOR).setWordWrapWidth(room, true);
        else {
          c.note.setText('');
          return;
        }
      }
    }
    c.note.setText(note);
  }

  destroy() {
    this.release();
    this.blocks.forEach((b) => b.wobble?.stop());
    this.root.destroy();
  }
}
