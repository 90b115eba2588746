// FNV-1a, 32 bits: the one text hash. It seeds response orders and checks links, resume data and a
// level's shape, so its output must never change (a changed hash reorders answers in old saves).
// Here, in the lowest layer that needs it (trainer links); the game imports it. Pure.

/** FNV-1a's offset basis: the starting value of an unseeded hash. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a text (UTF-16 code units): a whole number 0..2^32-1, the same on every machine. */
export function fnv1a(text: string, basis: number = FNV_OFFSET): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}
