import { CRACKED_AT, GROWN_GROWTH, SOLID_GROWTH } from './tuning';
import { N, type ChildStatus, type TowerState } from './state';

/**
 * Status of every child block, bottom to top. When more than one fits, the first wins:
 * cracked, wobbly (a grown block above a crack), locked (a block beneath is not solid),
 * then solid or growing.
 */
export function statuses(s: TowerState): ChildStatus[] {
  const out: ChildStatus[] = new Array(N);
  let crackedBelow = false;
  let allSolidBelow = true;
  for (let i = 0; i < N; i++) {
    const g = s.growth[i];
    let st: ChildStatus;
    if (s.cracks[i] >= CRACKED_AT) st = 'cracked';
    else if (crackedBelow && g >= GROWN_GROWTH) st = 'wobbly';
    else if (!allSolidBelow) st = 'locked';
    else st = g >= SOLID_GROWTH ? 'solid' : 'growing';
    out[i] = st;
    if (st === 'cracked') crackedBelow = true;
    if (st !== 'solid') allSolidBelow = false;
  }
  return out;
}

/** The lowest block beneath `i` that is not solid, or -1. */
export function lowestNotSolidBelow(st: readonly ChildStatus[], i: number): number {
  for (let j = 0; j < i; j++) if (st[j] !== 'solid') return j;
  return -1;
}

/** The lowest cracked block beneath `i`, or -1. */
export function lowestCrackedBelow(st: readonly ChildStatus[], i: number): number {
  for (let j = 0; j < i; j++) if (st[j] === 'cracked') return j;
  return -1;
}
