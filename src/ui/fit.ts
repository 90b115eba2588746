import Phaser from 'phaser';
import { measureText } from './measure';

/** The largest size up to `size` at which a one-line label fits `maxW`: names never break mid-word. */
export function fitSize(scene: Phaser.Scene, text: string, maxW: number, size: number, bold = false, head = false): number {
  const w = measureText(scene, text, { size, bold, head }).width;
  return w <= maxW ? size : Math.max(8, Math.floor(size * (maxW / w)));
}

/** The longest word of a text (what must fit on a line of its own). */
export const longestWord = (text: string) => text.split(/\s+/).reduce((a, x) => (x.length > a.length ? x : a), '');

/**
 * The largest size up to `size` (and not below `min`) at which a wrapped text keeps every word
 * whole in `maxW` and stays within `maxH`: text at 150% shrinks where it must, never breaks a word.
 */
export function fitBlock(scene: Phaser.Scene, text: string, maxW: number, maxH: number, size: number, o: { bold?: boolean; head?: boolean; italic?: boolean; min?: number } = {}): number {
  const min = o.min ?? 10;
  // most labels fit on one line as they are: one measurement, no more
  const one = measureText(scene, text, { size, bold: o.bold, head: o.head, italic: o.italic });
  const fitsAsIs = one.width <= maxW && one.height <= maxH && !text.includes('\n');
  if (fitsAsIs) return size;
  // every word whole: the widest word sets the first bound (Phaser's wrap measures a word with its trailing space)
  const words = [...new Set(text.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length).slice(0, 3);
  let s = size;
  for (const w of words) s = Math.min(s, fitSize(scene, `${w} `, maxW, s, o.bold, o.head));
  for (; s > min; s = Math.max(min, Math.floor(s * 0.92))) {
    if (measureText(scene, text, { size: s, bold: o.bold, head: o.head, italic: o.italic, width: maxW }).height <= maxH) break;
  }
  return Math.max(min, s);
}
