// The in-game menu (Esc): back to the game, or elsewhere; the game is already saved.
import { app } from '../game/app';
import { t, tx } from '../services/i18n';
import { palette, TAP } from '../ui/theme';
import { BaseScene } from './base';
import type { Routes, SceneKey } from './routes';

export class Menu extends BaseScene {
  private from: SceneKey = 'Scenario';

  constructor() {
    super('Menu');
  }

  protected init2(data?: Routes['Menu']) {
    this.from = data?.from ?? 'Scenario';
  }

  protected restartData() {
    return { from: this.from };
  }

  title() {
    return t('ui.menu');
  }

  protected onEscape() {
    this.go(this.from);
  }

  build() {
    const { W, H, S } = this;
    const w = Math.min(W - 32, 480);
    const items: [string, () => void][] = [
      [t('ui.resume'), () => this.go(this.from)],
      [t('ui.levels'), () => this.go('Map')],
      [t('ui.handbook'), () => this.go('Handbook', { from: 'Menu' })],
      [t('ui.settings'), () => this.go('Settings', { from: 'Menu' })],
      [t('trainer.title'), () => this.go('Trainer', { back: { key: 'Menu', data: { from: this.from } } })],
      [t('ui.toTitle'), () => this.go('Title')],
    ];
    // large text on a short screen (a phone on its side): closer rows, never past the bottom
    const short = Math.max(46, S * 2.4) * items.length + S * 6.4 > H - 40;
    const gap = short ? S * 0.3 : S * 0.6;
    const top = short ? S * 3.2 : S * 4;
    const bh = Math.max(TAP, Math.min(Math.max(46, S * 2.4), (H - 40 - top) / items.length - gap));
    const total = items.length * (bh + gap) + top;
    let y = Math.max(16, (H - total) / 2);
    this.panel({ x: (W - w) / 2 - 20, y: y - 20 + (short ? 8 : 0), w: w + 40, h: total + (short ? 16 : 30) });
    this.text(W / 2, y, t('ui.menu'), { head: true, bold: true, size: S * (short ? 1.2 : 1.5) }).setOrigin(0.5, 0);
    y += S * (short ? 1.7 : 2.2);
    if (app.view?.inPlay) this.text(W / 2, y, tx(app.view!.level.title), { color: palette().inkSoft, size: S * 0.9, say: true }).setOrigin(0.5, 0);
    y += S * (short ? 1.5 : 1.8);
    items.forEach(([label, go], i) => {
      this.button({ rect: { x: (W - w) / 2, y, w, h: bh }, label, onClick: go, align: 'center', primary: i === 0 }, i === 0);
      y += bh + gap;
    });
  }
}
