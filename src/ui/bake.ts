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
  const audit = textAudit();
  audit?.splice(0);
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
        audit?.push(auditOf(o, x, y));
      }
      o.destroy();
    }
  }
}

/**
 * While a screen is built its texts are not sent to the GPU: most of them are baked onto the still
 * canvas and dropped, and Phaser gives each text a GPU texture as it is made (and uploads it on
 * every change). A text takes its renderer and its texture manager from the scene when it is made;
 * during the build the scene offers stand-ins that lack WebGL (everything else is the real ones').
 * `releaseUploads` puts the real ones back and sends the texts that stay on the game canvas.
 * (The game draws no images or sprites, which would take a texture from the scene too.)
 */
interface Held {
  renderer: unknown;
  textures: unknown;
  standRenderer: unknown;
}
const held = new WeakMap<Phaser.Scene, Held>();

export function holdUploads(scene: Phaser.Scene) {
  const sys = scene.sys as unknown as { renderer: { gl?: unknown } | null; textures: { game: object } };
  const renderer = sys.renderer;
  if (!renderer?.gl || held.has(scene)) return;
  const textures = sys.textures;
  const standRenderer = Object.create(renderer, { gl: { value: null } });
  const standGame = Object.create(textures.game, { renderer: { value: standRenderer } });
  sys.renderer = standRenderer;
  sys.textures = Object.create(textures, { game: { value: standGame } });
  held.set(scene, { renderer, textures, standRenderer });
}

export function releaseUploads(scene: Phaser.Scene) {
  const h = held.get(scene);
  if (!h) return;
  held.delete(scene);
  const sys = scene.sys as unknown as { renderer: unknown; textures: unknown };
  sys.renderer = h.renderer;
  sys.textures = h.textures;
  const visit = (list: Phaser.GameObjects.GameObject[]) => {
    for (const o of list) {
      if (o instanceof Phaser.GameObjects.Text) {
        const t = o as unknown as { renderer: unknown; texture: { manager: unknown }; frame: { source: { renderer: unknown } } };
        if (t.renderer === h.standRenderer) {
          t.renderer = h.renderer;
          t.texture.manager = h.textures;
          t.frame.source.renderer = h.renderer;
          o.updateText();
        }
      } else if (o instanceof Phaser.GameObjects.Container) visit(o.list);
    }
  };
  visit(scene.children.list);
}

/** What the browser tests check of each still text (contrast, overlap, words broken mid-word). */
export interface AuditedText {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  size: number;
  bold: boolean;
  /** A word was split over two lines. */
  broken: boolean;
}

/** Filled only when a test asks for it (window.__textAudit = []), so play pays nothing. */
const textAudit = () => (window as unknown as { __textAudit?: AuditedText[] }).__textAudit;

function auditOf(o: Phaser.GameObjects.Text, x: number, y: number): AuditedText {
  const words = o.text.split(/\s+/).filter(Boolean);
  const lines = o
    .getWrappedText(o.text)
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
  return {
    text: o.text,
    x,
    y,
    w: o.displayWidth,
    h: o.displayHeight,
    size: parseFloat(String(o.style.fontSize)),
    bold: String(o.style.fontStyle).includes('bold'),
    broken: lines.length > words.length,
  };
}
