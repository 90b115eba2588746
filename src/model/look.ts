// How a child block looks on the tower, as plain data: its status, and the damage the drawing
// shows below the point where a block counts as cracked. The tower draws, the game says and the
// reports print from this one reading, so a word never contradicts the picture (no "solid ✓" on a
// block drawn with a crack). No Phaser, no words: locale keys are chosen by the callers.
import type { ChildStatus, TowerState } from './state';
import { statuses } from './status';

/** From this much damage the tower draws crack lines in a block (below CRACKED_AT: a small crack, no red letter). */
export const DRAWN_DAMAGE = 0.02;
/** From this big a fresh rupture the tower draws its hairline. */
export const DRAWN_RUPTURE = 0.005;

export interface BlockLook {
  status: ChildStatus;
  /** Crack lines drawn on a block that is not (yet, or no longer) cracked: damage below CRACKED_AT. */
  smallCrack: boolean;
  /** A fresh rupture's hairline drawn on the block. */
  hairline: boolean;
}

/** Every child block as the tower draws it, bottom to top. */
export function blockLooks(s: TowerState, st: readonly ChildStatus[] = statuses(s)): BlockLook[] {
  return st.map((status, i) => {
    const cracked = status === 'cracked' || status === 'healing';
    return { status, smallCrack: !cracked && s.cracks[i] > DRAWN_DAMAGE, hairline: s.ruptures[i] > DRAWN_RUPTURE };
  });
}

/** Whether the tower shows this block as plainly solid, with its check mark: solid and no crack drawn. */
export const plainlySolid = (look: BlockLook) => look.status === 'solid' && !look.smallCrack;

/** Whether the tower shows any damage or worry on the block: a signal a player may see in the child. */
export const showsDamage = (look: BlockLook) => look.status === 'cracked' || look.status === 'healing' || look.status === 'wobbly' || look.smallCrack;
