// The order responses are shown in: shuffled, so the attuned answer is not always the first, and
// seeded from the save, so a reload or a what-if of the same run shows the same order.
import { seededRng } from '../model';

/** A small string hash (FNV-1a), to give each beat its own shuffle from one seed. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Positions into the content's list, in the order shown: a Fisher-Yates shuffle. */
export function responseOrder(seed: number, beatKey: string, n: number): number[] {
  const rng = seededRng(hash(beatKey, seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
