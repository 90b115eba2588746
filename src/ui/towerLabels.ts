// Where the words on a tower block go, worked out without Phaser (src/ui/tower.ts draws them):
// a caregiver block's name above its meter, never on it; a child block's name, status line and
// red-letter badge, each at a readable size and none over another. Distances are in pixels from
// a block's top left corner. Unit-tested in tests/game/towerLabels.test.ts.

/** No tower word smaller than this, at any size (a phone, browser zoom): 12 px. */
export const LABEL_FLOOR = 12;

/** A caregiver block's meter: its top, its height, and how far its middle line and ticks reach past it. */
export interface Meter {
  y: number;
  h: number;
  stem: number;
  /** The meter, its stem and ticks keep clear of the name and inside the block. */
  fits: boolean;
}

/**
 * The meter of a caregiver block `h` tall whose name takes `nameTop`..`nameTop + nameH`, with
 * `foot` pixels kept free under it (a note at the block's foot). As in a tall block: at half its
 * height (or right under the name), 16% of it tall; in a short block (a small window) the meter
 * and its stem get thinner rather than run over the name or out of the block.
 */
export function careMeter(h: number, nameTop: number, nameH: number, foot = 0): Meter {
  const nameBottom = nameTop + nameH;
  let stem = 3;
  let mh = Math.max(6, h * 0.16);
  // (one pixel of air under the name's box, which already holds the descenders' room)
  let y = Math.max(h * 0.48, nameBottom + stem + 1);
  const limit = h - 2 - foot;
  if (y + mh + stem > limit) y = Math.max(nameBottom + stem + 1, limit - mh - stem);
  if (y + mh + stem <= limit) return { y, h: mh, stem, fits: true };
  // too short for all of it: a thinner meter, a shorter stem
  const room = limit - nameBottom - 1;
  stem = Math.max(1, Math.min(3, Math.floor(room * 0.2)));
  mh = Math.max(3, room - 2 * stem);
  y = nameBottom + 1 + stem;
  return { y, h: mh, stem, fits: y + mh + stem <= limit + 0.01 };
}

/** What a status text measures at a size, wrapped at a width with every word whole. */
export interface Fitted {
  size: number;
  width: number;
  height: number;
}

/**
 * The status text at the largest size from `size` down to `floor` whose words stay whole in
 * `width` and whose lines take at most `height`; undefined where even `floor` does not fit.
 */
export type FitStatus = (width: number, height: number) => Fitted | undefined;

export interface ChildBlockIn {
  w: number;
  h: number;
  /** The name's box at its size. */
  nameW: number;
  nameH: number;
  /** The red-letter badge (its box), or none. */
  badge?: { w: number; h: number };
  /** Room kept free at the right for a check mark (0: none). */
  check: number;
  fit: FitStatus;
}

export interface ChildBlockOut {
  nameY: number;
  status: { x: number; y: number; room: number; fitted: Fitted };
  badge?: { x: number; y: number; w: number; h: number };
  /** How it was placed: under the name beside the badge, tight, the badge on the name's row or under the status, beside the name. */
  how: 'under' | 'tight' | 'badgeBesideName' | 'badgeUnder' | 'besideName';
}

/** Left inset of a block's words. */
export const INSET = 10;

/**
 * A child block's words: the name at the top left, the status under it (or, in a block too short
 * for two rows, beside it), the badge at the foot's right, or where it keeps clear of both. The
 * status never gets smaller than `fit` allows (its floor): where it does not fit, another
 * placement is tried; undefined where none works (the block needs more height).
 */
export function placeChildLabels(o: ChildBlockIn): ChildBlockOut | undefined {
  const { w, h, nameW, nameH, badge, check, fit } = o;
  const full = w - 2 * INSET;
  const nameRight = INSET + nameW;
  const badgeAt = (y: number) => (badge ? { x: w - badge.w - 6, y, w: badge.w, h: badge.h } : undefined);
  const pads: [number, number, number][] = [
    // top, bottom, and how far the status's box may reach into the name's (its line spacing)
    [Math.max(3, h * 0.07), Math.max(3, h * 0.05), 0],
    // a short block (a phone at 150%): the name at the very top, the status's box reaching 2 px
    // past the foot (its descenders' room, not its letters)
    [0, -2, 3],
  ];
  for (const [top, bottom, into] of pads) {
    const nameY = top;
    const statusY = nameY + nameH - into;
    const below = h - bottom - statusY;
    // under the name, left of the badge (at the foot) or the check mark
    if (badge) {
      // (tight: the badge's box may reach 1 px past the foot, and 3 px into the name's line spacing)
      const by = h - badge.h - (into ? -1 : Math.max(2, Math.min(3, h * 0.06)));
      // (the badge must keep clear of the name, beside it or below it)
      const clearOfName = by >= nameY + nameH + 1 - into || w - badge.w - 6 >= nameRight + 4;
      const room = full - badge.w - 8;
      const f = clearOfName && room > 0 ? fit(room, below) : undefined;
      if (f) return { nameY, status: { x: INSET, y: statusY, room, fitted: f }, badge: badgeAt(by), how: into ? 'tight' : 'under' };
      // the badge on the name's row, at its right
      if (w - badge.w - 6 >= nameRight + 4 && badge.h <= nameH + top + 2) {
        const f2 = fit(full - check, below);
        if (f2) return { nameY, status: { x: INSET, y: statusY, room: full, fitted: f2 }, badge: badgeAt(Math.max(1, nameY + (nameH - badge.h) / 2)), how: 'badgeBesideName' };
      }
      // the badge under the status, which takes the whole width
      const f3 = fit(full, below - badge.h - 2);
      if (f3) return { nameY, status: { x: INSET, y: statusY, room: full, fitted: f3 }, badge: badgeAt(statusY + f3.height + 1), how: 'badgeUnder' };
    } else {
      const room = full - check;
      const f = room > 0 ? fit(room, below) : undefined;
      if (f) return { nameY, status: { x: INSET, y: statusY, room, fitted: f }, how: into ? 'tight' : 'under' };
    }
  }
  // too short for two rows: the status beside the name, on its row (the badge below both, if any)
  const nameY = Math.max(1, badge ? Math.min(h * 0.07, 3) : (h - nameH) / 2);
  const room = full - nameW - 8 - (badge ? 0 : check);
  const f = room > 0 ? fit(room, nameH + 2) : undefined;
  if (f) {
    const by = h - (badge?.h ?? 0) - 1;
    if (!badge || by >= nameY + Math.max(nameH, f.height)) {
      return { nameY, status: { x: nameRight + 8, y: nameY + (nameH - f.height) / 2, room, fitted: f }, badge: badgeAt(by), how: 'besideName' };
    }
  }
  return undefined;
}

/** Whether two boxes overlap by more than `slack` pixels each way. */
export const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }, slack = 0) =>
  a.x < b.x + b.w - slack && b.x < a.x + a.w - slack && a.y < b.y + b.h - slack && b.y < a.y + a.h - slack;

/** A text's width at a size (`head`: the headings' face, as a child block's name). */
export type MeasureW = (text: string, size: number, head: boolean) => number;

/**
 * How wide a tower panel must be for every block's name at `floor` on one line: the child's
 * blocks (each 7% narrower up the tower) take 0.95 − `careShare` of the width, the caregiver's
 * `careShare`, and the panel 20 px (src/ui/tower.ts build, src/scenes/base.ts towerPanel).
 */
export function towerNeedsW(measure: MeasureW, floor: number, childNames: readonly string[], careNames: readonly string[], careShare = 0.35): number {
  const child = Math.max(...childNames.map((n, i) => (measure(n, floor, true) + 2 * INSET + 2) / (1 - i * 0.07)));
  const care = Math.max(...careNames.map((n) => measure(n, floor, false) + 14));
  return Math.ceil(Math.max(child / (0.95 - careShare), care / careShare) + 20);
}

/**
 * How tall a tower panel must be for its labels at `floor` (a line ~1.22 × the size): a heading
 * and the scale in two lines, and five blocks each with room for a name, a status line and most
 * of a badge's line (the badge under the status in a narrow block, src/ui/towerLabels.ts).
 */
export function towerNeedsH(floor: number): number {
  const line = Math.ceil(floor * 1.22);
  return Math.ceil(3.5 * line + 8 + 5 * (2.75 * line + 6 + 4) + 16);
}

/**
 * The least height of a tower panel in play: two lines to a block, tight (the status's box 3 px
 * into the name's line spacing, 2 px past the foot), below a heading and the scale in two lines.
 * Less, and a block's words run into the next block (a zoomed window at 150%).
 */
export function towerTightH(floor: number): number {
  const line = Math.ceil(floor * 1.22);
  return Math.ceil(3.5 * line + 8 + 5 * (2 * line - 5 + 4) + 16);
}
