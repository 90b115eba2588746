// The in-game menu (Esc): back to the game, or elsewhere; the game is already saved.
import { app } from '../game/app';
import { t, tx } from '../services/i18n';
import { palette } from '../ui/theme';
import { BaseScene } from './base';

export class Menu extends BaseScene {
  private from = 'Scenario';

  constructor() {
    super('Menu');
  }

  protected init2(data?: { from?: string }) {
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
      [t('trainer.title'), () => this.go('Trainer', { from: 'Menu', menuFrom: this.from })],
      [t('ui.toTitle'), () => this.go('Title')],
    ];
    // as tall as comfortable, lower on a phone on its side so that every item fits
    const bh = Math.max(36, Math.min(Math.max(46, S * 2.4), (H - 32 - S * 4) / items.length - S * 0.6));
    const total = items.length * (bh + S * 0.6) + S * 4;
    let y = Math.max(16, (H - total) / 2);
    this.panel({ x: (W - w) / 2 - 20, y: y - 20, w: w + 40, h: total + 30 });
    this.text(W / 2, y, t('ui.menu'), { head: true, bold: true, size: S * 1.5 }).setOrigin(0.5, 0);
    y += S * 2.2;
    if (app.inPlay) this.text(W / 2, y, tx(app.playingLevel().title), { color: palette().inkSoft, size: S * 0.9 }).setOrigin(0.5, 0);
    y += S * 1.8;
    items.forEach(([label, go], i) => {
      this.button({ rect: { x: (W - w) / 2, y, w, h: bh }, label, onClick: go, align: 'center', primary: i === 0 }, i === 0);
      y += bh + S * 0.6;
    });
  }
}
