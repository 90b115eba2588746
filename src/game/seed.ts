// Seeds as whole numbers from text. The response order's seed for a level in play: saves made
// before the order was shuffled get one from the level id, so the same save always shows the same order.

/** FNV-1a of a text: a whole number 0..2^32-1, the same on every machine. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const seedFor = (id: string): number => fnv1a(id);
