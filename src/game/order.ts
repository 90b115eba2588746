// The order responses are shown in: shuffled, so the attuned answer is not always the first, and
// seeded from the save, so a reload or a what-if of the same run shows the same order.
import { seededRng } from '../model';
import { FNV_OFFSET, fnv1a } from '../trainer/hash';

/** Positions into the content's list, in the order shown: a Fisher-Yates shuffle. */
export function responseOrder(seed: number, beatKey: string, n: number): number[] {
  // each beat its own shuffle from the one seed
  const rng = seededRng(fnv1a(beatKey, FNV_OFFSET ^ seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
