// How fast a child block answers to care at a given age: its sensitive window (rule 5) and the
// catch-up pace once the window has passed (rule 6, "teruggaan en inhalen").
import { AGE_WINDOWS, CHILD_BLOCKS } from './blocks';
import { BUILD_SHARE_OF_WINDOW, CATCH_UP_MONTHS_PER_YEAR, OUTSIDE_WINDOW_FLOOR } from './tuning';

/** Growth per month at full care, inside the window: a block is built in a share of its window. */
export const BASE_RATE = CHILD_BLOCKS.map((id) => {
  const [a, b] = AGE_WINDOWS[id];
  return 1 / (BUILD_SHARE_OF_WINDOW * (b - a));
});

/** How much a block answers to care at this age: 1 inside its window, less outside, never 0 (rule 5). */
export function windowWeight(block: number, ageMonths: number): number {
  const [a, b] = AGE_WINDOWS[CHILD_BLOCKS[block]];
  const dist = ageMonths < a ? a - ageMonths : ageMonths > b ? ageMonths - b : 0;
  if (dist === 0) return 1;
  return Math.max(OUTSIDE_WINDOW_FLOOR, 1 / (1 + dist / (b - a)));
}

/** Whether the child is inside this block's sensitive window. */
export function inWindow(block: number, ageMonths: number): boolean {
  const [a, b] = AGE_WINDOWS[CHILD_BLOCKS[block]];
  return ageMonths >= a && ageMonths <= b;
}

/**
 * How much a block answers to *good* care at this age (growth and healing): its window weight, but
 * once the window has passed at least the catch-up pace, which is slower the older the child.
 * Never more than inside its window (1), never 0.
 */
export function buildWeight(block: number, ageMonths: number): number {
  const w = windowWeight(block, ageMonths);
  if (ageMonths <= AGE_WINDOWS[CHILD_BLOCKS[block]][1]) return w;
  const catchUp = 1 / (CATCH_UP_MONTHS_PER_YEAR * (ageMonths / 12) * BASE_RATE[block]);
  return Math.min(1, Math.max(w, catchUp));
}
