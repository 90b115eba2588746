// "Voorlezen / Read aloud": a small button that reads the screen's story or feedback text (what
// the scene put in the story region for screen readers) with the browser's own voice. Hidden when
// the browser has no voice for the game's language; reading stops when the screen changes.
// In a scene: `readAloudButton(this, x, y)` puts it with its top-right corner at (x, y); a scene's
// header holds it (BaseScene.header's `readAloud`), so it is there at every text size. `compact`:
// the speaker alone (a phone), its name said by the DOM button; `text`: what to read, when that is
// more than the story (the responses of a moment).
import type { Screen } from './screen';
import { a11yRoot } from '../services/a11y';
import { getLang, t } from '../services/i18n';
import { canReadAloud, speak, stopSpeaking } from '../services/speech';
import { markLive } from './bake';
import { palette, shade } from './theme';
import { measureText } from './measure';

interface ReadAloudOpts {
  /** The button's height (a header's button height); else from the text size. */
  h?: number;
  /** The speaker alone, no word beside it. */
  compact?: boolean;
  /** What to read; the screen's story when absent. */
  text?: () => string;
}

/** The button's size, or null where the browser has no voice for the game's language (then there is no button). */
export function readAloudSize(scene: Screen, o: ReadAloudOpts = {}): { w: number; h: number } | null {
  if (!canReadAloud(getLang())) return null;
  const size = scene.S * 0.85;
  const h = o.h ?? Math.max(44, size * 2.4);
  const icon = h * 0.42;
  const w = o.compact ? h : measureText(scene, t('speech.readAloud'), { size, bold: true }).width + icon + size * 2.2;
  return { w, h };
}

export function readAloudButton(scene: Screen, right: number, top: number, o: ReadAloudOpts = {}) {
  const lang = getLang();
  let alive = true;
  scene.events.once('shutdown', () => {
    alive = false;
    stopSpeaking();
  });
  const box = readAloudSize(scene, o);
  if (!box) return;
  const p = palette();
  const size = scene.S * 0.85;
  const label = t('speech.readAloud');
  const { w, h } = box;
  const icon = h * 0.42;
  const r = { x: right - w, y: top, w, h };
  const g = scene.add.graphics();
  g.fillStyle(p.card, 0.95);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, h / 2);
  g.lineStyle(1.5, shade(p.line, 0.8), 1);
  g.strokeRoundedRect(r.x, r.y, r.w, r.h, h / 2);
  // a speaker: a box, a cone and two waves
  const cx = o.compact ? r.x + (w - icon * 0.75) / 2 : r.x + size * 0.9;
  const cy = r.y + h / 2;
  const u = icon / 6;
  g.fillStyle(p.ink, 1);
  g.fillRect(cx, cy - u, u * 1.4, u * 2);
  g.fillTriangle(cx + u * 0.6, cy, cx + u * 2.6, cy - u * 2.3, cx + u * 2.6, cy + u * 2.3);
  g.lineStyle(Math.max(1.5, u * 0.5), p.ink, 1);
  g.beginPath();
  g.arc(cx + u * 2.8, cy, u * 1.3, -0.9, 0.9);
  g.strokePath();
  g.beginPath();
  g.arc(cx + u * 2.8, cy, u * 2.3, -0.9, 0.9);
  g.strokePath();
  if (!o.compact) scene.text(cx + icon + size * 0.4, cy, label, { size, bold: true }).setOrigin(0, 0.5);
  // while reading, a ring says so (the DOM button says it as "pressed")
  const ring = markLive(scene.add.graphics());
  ring.lineStyle(3, p.accent, 1);
  ring.strokeRoundedRect(r.x, r.y, r.w, r.h, h / 2);
  ring.setVisible(false);
  let reading = false;
  const set = (on: boolean) => {
    reading = on;
    ring.setVisible(on);
    button.el.setAttribute('aria-pressed', String(on));
  };
  const button = scene.button({
    rect: r,
    label,
    invisible: true,
    size,
    id: 'read-aloud',
    pressed: false,
    onClick: () => {
      if (reading) {
        stopSpeaking();
        set(false);
        return;
      }
      const text = o.text?.() ?? a11yRoot().querySelector('#a11y-story')?.textContent ?? '';
      set(true);
      speak(text, lang, () => alive && set(false));
    },
  });
}
