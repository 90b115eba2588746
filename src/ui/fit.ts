import Phaser from 'phaser';
import { textStyle } from './theme';

/** The largest size up to `size` at which a one-line label fits `maxW`: names never break mid-word. */
export function fitSize(scene: Phaser.Scene, text: string, maxW: number, size: number, bold = false, head = false): number {
  const probe = scene.make.text({ x: 0, y: 0, text, style: textStyle({ size, bold, head }) }, false);
  const w = probe.width;
  probe.destroy();
  return w <= maxW ? size : Math.max(8, Math.floor(size * (maxW / w)));
}
