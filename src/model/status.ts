import * as rates from './rates';
import * as stateModule from './state';
import type { ChildStatus, TowerState } from './state';
import * as tuning from './tuning';

// read once into locals (see engine.ts: some loaders turn imports into getters)
const { BASE_RATE, buildWeight, inWindow } = rates;
const { N, isCracked } = stateModule;
const { CRACKED_AT, GROWN_GROWTH, HEAL_SPEED, RUPTURE_MONTHLY_FRESH, SOLID_GROWTH, UNMET_BAND, WARM_CARE_SLOWS_HARDENING, WARM_PATTERN_AT } = tuning;

/**
 * How fast an open rupture hardens, per month, at this moment (the rate behind RUPTURE_MONTHLY_FRESH),
 * under care of this strength: warm care of its own slows it (WARM_CARE_SLOWS_HARDENING).
 */
const HARDEN_RATE = -Math.log(RUPTURE_MONTHLY_FRESH);
const hardenRate = (care: number) => HARDEN_RATE * (care > 0 ? 1 - WARM_CARE_SLOWS_HARDENING * care : 1);

/**
 * Whether block i's own care heals it now: its caregiver block is positive and meets the need (not
 * within UNMET_BAND inside the window), and heals faster than any open rupture on it hardens. The
 * caller checks that nothing beneath is cracked (rule 6: no healing on a cracked base).
 */
function mendsNow(s: TowerState, i: number): boolean {
  const c = s.strength[i];
  if (c <= 0 || (c < UNMET_BAND && inWindow(i, s.ageMonths))) return false;
  return HEAL_SPEED * BASE_RATE[i] * buildWeight(i, s.ageMonths) * c > hardenRate(c) * s.ruptures[i];
}

/**
 * Whether a cracked block (with nothing cracked beneath it) shows as healing: its care shows a warm
 * pattern (WARM_PATTERN_AT or more) and mends it now, faster than any open rupture on it hardens.
 */
function healingNow(s: TowerState, i: number): boolean {
  return s.strength[i] >= WARM_PATTERN_AT && mendsNow(s, i);
}

/**
 * Status of every child block, bottom to top. When more than one fits, the first wins:
 * - cracked (damage CRACKED_AT or more; it shows its red letter), or healing: a cracked block with
 *   nothing cracked beneath it whose own care shows a warm pattern and mends it now, faster than
 *   any open rupture on it hardens (its red letter fading);
 * - wobbly: a grown block above a cracked or healing block;
 * - locked: a block beneath is not solid;
 * - solid or growing.
 * A pure function of the state: healing is read from the care now, not from the past.
 */
export function statuses(s: TowerState): ChildStatus[] {
  const out: ChildStatus[] = new Array(N);
  let crackedBelow = false;
  let allSolidBelow = true;
  for (let i = 0; i < N; i++) {
    const g = s.growth[i];
    let st: ChildStatus;
    if (s.cracks[i] >= CRACKED_AT) st = !crackedBelow && healingNow(s, i) ? 'healing' : 'cracked';
    else if (crackedBelow && g >= GROWN_GROWTH) st = 'wobbly';
    else if (!allSolidBelow) st = 'locked';
    else st = g >= SOLID_GROWTH ? 'solid' : 'growing';
    out[i] = st;
    if (isCracked(st)) crackedBelow = true;
    if (st !== 'solid') allSolidBelow = false;
  }
  return out;
}

/** The lowest block beneath `i` that is not solid, or -1. */
export function lowestNotSolidBelow(st: readonly ChildStatus[], i: number): number {
  for (let j = 0; j < i; j++) if (st[j] !== 'solid') return j;
  return -1;
}

/** The lowest cracked (or healing) block beneath `i`, or -1. */
export function lowestCrackedBelow(st: readonly ChildStatus[], i: number): number {
  for (let j = 0; j < i; j++) if (isCracked(st[j])) return j;
  return -1;
}
