// Title: the game's name, credit to the model and its author, and the ways in.
import { app } from '../game/app';
import { t } from '../services/i18n';
import { CHILD_COLOURS, palette, shade } from '../ui/theme';
import { CHILD_BLOCKS } from '../model';
import { BaseScene } from './base';
import { bottomBanner } from '../ui/banner';

export class Title extends BaseScene {
  constructor() {
    super('Title');
  }

  title() {
    return t('game.title');
  }

  protected onEscape() {}

  build() {
    const { W, S } = this;
    const H = this.H - bottomBanner(this, 'title');
    const p = palette();
    const portrait = this.portrait;
    // a small tower as the emblem
    const towerH = portrait ? H * 0.2 : H * 0.5;
    const tw = portrait ? W * 0.3 : W * 0.2;
    const tx = portrait ? W / 2 : W * 0.27;
    const ty = portrait ? H * 0.06 + towerH : H * 0.18 + towerH;
    const g = this.add.graphics();
    const blockH = towerH / 5.4;
    CHILD_BLOCKS.forEach((id, i) => {
      const w = tw * (1 - i * 0.08);
      const y = ty - (i + 1) * (blockH + 4);
      g.fillStyle(p.shade, 0.07);
      g.fillRoundedRect(tx - w / 2 + 3, y + 4, w, blockH, 10);
      g.fillStyle(CHILD_COLOURS[id], 1);
      g.fillRoundedRect(tx - w / 2, y, w, blockH, 10);
      g.lineStyle(2, shade(CHILD_COLOURS[id], 0.6), 1);
      g.strokeRoundedRect(tx - w / 2, y, w, blockH, 10);
    });
    g.fillStyle(shade(p.line, 0.9), 1);
    g.fillRoundedRect(tx - tw * 0.65, ty - 2, tw * 1.3, 8, 4);

    const colX = portrait ? W * 0.08 : W * 0.48;
    const colW = portrait ? W * 0.84 : Math.min(W * 0.44, 620);
    let y = portrait ? ty + S * 1.5 : H * 0.14;
    const name = this.text(colX, y, t('game.title'), { head: true, bold: true, size: S * (portrait ? 2.2 : 2.8), width: colW });
    y += name.height + S * 0.2;
    const sub = this.text(colX, y, t('game.subtitle'), { size: S * 1.15, color: p.inkSoft, width: colW });
    y += sub.height + S * 1.2;

    // shown at once; saves and content may still be loading: then every way in waits for them,
    // and the title lays itself out again (with "continue", the player's name) when they are in
    const ready = app.isReady;
    if (!ready) void app.ready.then(() => this.scene.isActive() && this.scene.restart());
    const when = (f: () => void) => () => void app.ready.then(f);
    const items: { label: string; go: () => void; primary?: boolean }[] = [];
    const hasProgress = ready && (!!app.inPlay || Object.keys(app.progress.levels).length > 0);
    if (hasProgress) items.push({ label: t('ui.continue'), go: () => this.continue(), primary: true });
    items.push({ label: t('ui.newGame'), go: when(() => void app.newStory().then(() => this.go('Scenario'))), primary: !hasProgress });
    items.push({ label: t('ui.levels'), go: when(() => this.go('Map')) });
    items.push({ label: t('ui.handbook'), go: when(() => this.go('Handbook')) });
    items.push({ label: t('ui.explorer'), go: when(() => this.go('Explorer')) });
    items.push({ label: t('ui.settings'), go: when(() => this.go('Settings')) });
    items.push({ label: ready ? t('ui.player', { name: app.currentProfile().name }) : t('ui.players'), go: when(() => this.go('Profiles')) });
    let bh = Math.max(44, S * 2.3);
    const gap = S * 0.5;
    const twoCol = y + items.length * (bh + gap) > H - S * 4;
    if (twoCol) {
      // small screens: the first button full width, the rest in pairs, as high as the room allows
      const rowsN = 1 + Math.ceil((items.length - 1) / 2);
      bh = Math.max(36, Math.min(bh, (H - y - S * 3.2) / rowsN - gap));
    }
    items.forEach((it, i) => {
      const col = twoCol && i > 0 ? (i - 1) % 2 : 0;
      const row = twoCol && i > 0 ? 1 + Math.floor((i - 1) / 2) : i;
      const w = twoCol && i > 0 ? (colW - gap) / 2 : colW;
      this.button({ rect: { x: colX + col * (w + gap), y: y + row * (bh + gap), w, h: bh }, label: it.label, onClick: it.go, align: 'center', primary: it.primary }, !!it.primary);
    });
    const rows = twoCol ? 1 + Math.ceil((items.length - 1) / 2) : items.length;
    y += rows * (bh + gap) + S * 0.6;
    this.text(colX, Math.min(y, H - S * 2.9), t('game.credit'), { size: S * 0.72, color: p.inkSoft, width: colW, italic: true });
  }

  private continue() {
    const ip = app.inPlay;
    if (ip) this.go(ip.step === 'debrief' ? 'Debrief' : 'Scenario');
    else if (app.progress.story.next) void app.begin(app.progress.story.next, 'story').then(() => this.go('Scenario'));
    else this.go('Map');
  }
}
