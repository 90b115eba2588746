// A calm bar at the bottom of the title and the map: "a new version is ready" with a button to
// load it, or (title only, phones) a hint to install the game. The scene lays itself out above
// it: `const H = this.H - bottomBanner(this, 'title', app.isReady)`. Drawn only once saves are in (the hint's
// dismissal is a save); the scene redraws itself when an update starts waiting.
import type { Screen } from './screen';
import { t } from '../services/i18n';
import { canPrompt, dismissInstallHint, installHintKind, loadUpdate, onOfflineChange, promptInstall, updateWaiting } from '../services/offline';
import { getTextScale, palette } from './theme';
import { measureText } from './measure';
import { failed } from '../services/failure';

/** Screens lower than this (CSS px) get no bar. */
const SHORT = 560;

interface Action {
  label: string;
  onClick: () => void;
  primary?: boolean;
  id: string;
}

/** Draw the bar that fits now (if any) at the bottom of the screen; returns its height (0 for none). */
export function bottomBanner(scene: Screen, where: 'title' | 'map', ready: boolean): number {
  // a phone on its side has no room to spare: no bar there. A waiting version still comes in
  // when the game is next opened (once no open page uses the old one).
  if (!ready || scene.H < SHORT) return 0;
  const off = onOfflineChange(() => {
    if (scene.scene.isActive()) scene.scene.restart();
  });
  scene.events.once('shutdown', off);
  if (updateWaiting()) {
    return draw(scene, t('offline.updateReady'), [{ label: t('offline.loadNow'), onClick: () => void loadUpdate().catch(failed), primary: true, id: 'load-update' }]);
  }
  if (where !== 'title') return 0;
  const kind = installHintKind();
  if (kind === 'apple') {
    return draw(scene, t('install.apple'), [{ label: t('install.ok'), onClick: () => void dismissInstallHint().catch(failed), id: 'install-dismiss' }]);
  }
  if (kind === 'prompt' && canPrompt()) {
    return draw(scene, t('install.prompt'), [
      { label: t('install.notNow'), onClick: () => void dismissInstallHint().catch(failed), id: 'install-dismiss' },
      { label: t('install.install'), onClick: () => void promptInstall().catch(failed), primary: true, id: 'install' },
    ]);
  }
  return 0;
}

function draw(scene: Screen, message: string, actions: Action[]): number {
  const { W, H, S } = scene;
  const p = palette();
  const m = 10;
  const w = Math.min(W - 2 * m, 760);
  const x = (W - w) / 2;
  // the bar takes at most about a quarter of the screen: with large text it steps down in size,
  // never below the size body text has at 100%
  const layout = (size: number) => {
    const pad = Math.round(size * 0.75);
    const bh = Math.max(44, size * 2.3);
    const labelW = (a: Action) => Math.max(120, measureWidth(scene, a.label, size, !!a.primary) + size * 2);
    const buttonsW = actions.reduce((n, a) => n + labelW(a), 0) + (actions.length - 1) * 8;
    // text and buttons side by side when both fit, else the buttons below the text
    const side = w - 2 * pad - buttonsW >= Math.max(260, size * 18);
    const textW = side ? w - 3 * pad - buttonsW : w - 2 * pad;
    const textH = measureText(scene, message, { size, width: textW }).height;
    const h = side ? Math.max(textH, bh) + 2 * pad : textH + bh + 2.6 * pad;
    return { size, pad, bh, labelW, buttonsW, side, textW, h };
  };
  const floor = S / getTextScale();
  let l = layout(S * 0.9);
  for (const k of [0.8, 0.7]) if (l.h > H * 0.26) l = layout(Math.max(floor, S * k));
  const { size, pad, bh, labelW, buttonsW, side, textW, h } = l;
  const y = H - h - m;
  scene.panel({ x, y, w, h }, p.panel);
  scene.text(x + pad, side ? y + h / 2 : y + pad, message, { size, width: textW }).setOrigin(0, side ? 0.5 : 0);
  // the buttons at the right, the main action last (rightmost)
  const els: HTMLElement[] = [];
  let bx = x + w - pad - buttonsW;
  const by = side ? y + (h - bh) / 2 : y + h - pad - bh;
  if (!side) {
    const full = (w - 2 * pad - (actions.length - 1) * 8) / actions.length;
    bx = x + pad;
    for (const a of actions) {
      els.push(scene.button({ rect: { x: bx, y: by, w: full, h: bh }, label: a.label, onClick: a.onClick, primary: a.primary, id: a.id, size, align: 'center' }).el);
      bx += full + 8;
    }
  } else {
    for (const a of actions) {
      const bw = labelW(a);
      els.push(scene.button({ rect: { x: bx, y: by, w: bw, h: bh }, label: a.label, onClick: a.onClick, primary: a.primary, id: a.id, size, align: 'center' }).el);
      bx += bw + 8;
    }
  }
  // drawn first (the scene lays out above it) but reached last with Tab, after the screen's own controls
  scene.events.once('create', () => els.forEach((el) => el.parentElement?.appendChild(el)));
  scene.story(message);
  return h + 2 * m;
}

function measureWidth(scene: Screen, s: string, size: number, bold: boolean): number {
  return measureText(scene, s, { size, bold }).width;
}
