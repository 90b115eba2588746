import { CAREGIVER_BLOCKS, type CaregiverId } from './blocks';
import { step } from './engine';
import { newborn, type Action, type TowerState } from './state';

/** "Steady attuned care": +2 on every caregiver block, once a month. */
export const ATTUNED_MONTH: Action = {
  effects: Object.fromEntries(CAREGIVER_BLOCKS.map((id) => [id, 2])) as Record<CaregiverId, number>,
  months: 1,
};

/**
 * Where a child stands at this age after steady attuned care from birth: the start of a level
 * played on its own, so that it can be played alone as homework.
 */
export function wellRaised(ageMonths: number): TowerState {
  let s = newborn();
  let left = ageMonths;
  while (left > 1e-9) {
    const months = Math.min(1, left);
    s = step(s, { ...ATTUNED_MONTH, months }).state;
    left -= months;
  }
  return s;
}
