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
/** How often the still canvas was painted anew: a held part restores its pixels only onto the same painting. */
let paintings = 0;

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
  paintings++;
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

/** A rectangle in game pixels. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Hold a part of the picture still for a while (half of the towers, while the other half moves):
 * its pixels as the game canvas drew them in the next frame are copied onto the still canvas
 * beneath, and its objects are hidden from the game canvas, so software WebGL does not fill them
 * again every frame (with antialiasing each filled pixel costs four samples). The copy is the game
 * canvas's own pixels, so the picture does not change. Returns the release: the objects are shown
 * again and the still canvas gets back what it had. Does nothing without WebGL or where the
 * game canvas's pixels are not the still canvas's.
 */
export function holdStill(scene: Phaser.Scene, objects: Phaser.GameObjects.GameObject[], box: Box): () => void {
  const renderer = scene.sys.renderer as unknown as { gl?: WebGLRenderingContext };
  const gl = renderer?.gl;
  const canvas = stillCanvas();
  if (!gl || gl.drawingBufferWidth !== canvas.width || gl.drawingBufferHeight !== canvas.height) return () => undefined;
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const w = Math.min(canvas.width, Math.ceil(box.x + box.w)) - x;
  const h = Math.min(canvas.height, Math.ceil(box.y + box.h)) - y;
  if (w <= 0 || h <= 0) return () => undefined;
  const events = scene.game.events;
  let copy: ImageData | undefined;
  let saved: ImageData | undefined;
  let painting = -1;
  let hidden: Phaser.GameObjects.GameObject[] = [];
  const visible = (o: Phaser.GameObjects.GameObject) => (o as unknown as { visible: boolean }).visible;
  const show = (o: Phaser.GameObjects.GameObject, on: boolean) => (o as unknown as { setVisible(v: boolean): unknown }).setVisible(on);
  // after a frame is drawn (its drawing buffer still there): copy the part, and hide it from the next frames
  const read = () => {
    if (!scene.sys.isActive()) return;
    const px = new Uint8Array(w * h * 4);
    gl.readPixels(x, gl.drawingBufferHeight - y - h, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
    // WebGL's rows run bottom up and its colours are premultiplied; a canvas's are neither
    copy = new ImageData(w, h);
    const d = copy.data;
    for (let row = 0; row < h; row++) {
      const from = (h - 1 - row) * w * 4;
      const to = row * w * 4;
      for (let i = 0; i < w * 4; i += 4) {
        const a = px[from + i + 3];
        if (!a) continue;
        if (a === 255) {
          // (most of a held part is opaque: nothing to undo)
          d[to + i] = px[from + i];
          d[to + i + 1] = px[from + i + 1];
          d[to + i + 2] = px[from + i + 2];
          d[to + i + 3] = 255;
          continue;
        }
        const k = 255 / a;
        d[to + i] = Math.min(255, Math.round(px[from + i] * k));
        d[to + i + 1] = Math.min(255, Math.round(px[from + i + 1] * k));
        d[to + i + 2] = Math.min(255, Math.round(px[from + i + 2] * k));
        d[to + i + 3] = a;
      }
    }
    hidden = objects.filter((o) => o.scene && visible(o));
    hidden.forEach((o) => show(o, false));
    events.once(Phaser.Core.Events.PRE_RENDER, paint);
  };
  // in the same frame as the first one drawn without it, so no frame shows it twice or not at all
  const paint = () => {
    if (!copy) return;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    saved = ctx.getImageData(x, y, w, h);
    painting = paintings;
    const layer = document.createElement('canvas');
    layer.width = w;
    layer.height = h;
    layer.getContext('2d')!.putImageData(copy, 0, 0);
    ctx.drawImage(layer, x, y);
    copy = undefined;
  };
  events.once(Phaser.Core.Events.POST_RENDER, read);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, release);
    events.off(Phaser.Core.Events.POST_RENDER, read);
    events.off(Phaser.Core.Events.PRE_RENDER, paint);
    hidden.forEach((o) => o.scene && show(o, true));
    if (saved && painting === paintings) canvas.getContext('2d', { willReadFrequently: true })!.putImageData(saved, x, y);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, release);
  return release;
}

/** Resolves once the game has drawn `n` more frames, or when the scene stops. */
export function afterFrames(scene: Phaser.Scene, n: number): Promise<void> {
  return new Promise((resolve) => {
    const events = scene.game.events;
    let left = n;
    const done = () => {
      events.off(Phaser.Core.Events.POST_RENDER, drawn);
      scene.events.off(Phaser.Scenes.Events.SHUTDOWN, done);
      resolve();
    };
    const drawn = () => {
      if (--left <= 0) done();
    };
    events.on(Phaser.Core.Events.POST_RENDER, drawn);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, done);
  });
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
