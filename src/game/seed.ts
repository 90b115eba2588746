// Seeds as whole numbers from text. The response order's seed for a level in play: saves made
// before the order was shuffled get one from the level id, so the same save always shows the same order.
import { fnv1a } from '../trainer/hash';

export const seedFor = (id: string): number => fnv1a(id);
