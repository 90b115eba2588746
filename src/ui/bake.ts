// Still shapes and texts are drawn once per screen into a plain 2D canvas beneath the game's
// (transparent) WebGL canvas, so each frame only draws what moves. In software WebGL (old
// projector laptops, CI) a single full-screen layer costs more than half the frame budget.
import Phaser from 'phaser';
import { css, palette } from './theme';

/** Keep this object live (it is redrawn or animated), so it is not baked. */
export function markLive<T extends Phaser.GameObjects.GameObject>(g: T): T {
  g.setData('live', true);
  return g;
}

let still: HTMLCanvasElement | undefined;

/** The canvas beneath the game; main.ts puts it in place. */
export function stillCanvas(): HTMLCanvasElement {
  if (!still) {
    still = document.createElement('canvas');
    still.id = 'still';
    still.setAttribute('aria-hidden', 'true');
  }
  return still;
}

/**
 * Draw every top-level, non-live Graphics and Text of the scene, in display order, onto the
 * still canvas, and drop them from the scene. Objects inside containers stay live.
 */
export function bakeStill(scene: Phaser.Scene) {
  const canvas = stillCanvas();
  const { width, height } = scene.scale;
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = css(palette().bg);
  ctx.fillRect(0, 0, width, height);
  const list = scene.children.list.filter((o) => !o.getData('live') && !o.parentContainer);
  for (const o of list) {
    if (o instanceof Phaser.GameObjects.Graphics) {
      if (o.visible) o.generateTexture(canvas, width, height);
      o.destroy();
    } else if (o instanceof Phaser.GameObjects.Text) {
      if (o.visible && o.text) {
        ctx.globalAlpha = o.alpha;
        const x = o.x - o.originX * o.displayWidth;
        const y = o.y - o.originY * o.displayHeight;
        ctx.drawImage(o.canvas, x, y, o.displayWidth, o.displayHeight);
        ctx.globalAlpha = 1;
      }
      o.destroy();
    }
  }
}
