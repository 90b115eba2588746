// The response order's seed for a level in play. Saves made before the order was shuffled get
// one from the level id, so the same save always shows the same order.

/** FNV-1a of the id: a whole number 0..2^32-1, the same on every machine. */
export function seedFor(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
