// Title: the game's name, credit to the model and its author, and the ways in.
import { app } from '../game/app';
import { CHILD_COLOURS, palette, shade, TAP } from '../ui/theme';
import { CHILD_BLOCKS } from '../model';
import { t, tx } from '../services/i18n';
import { BaseScene } from './base';
import { fitBlock, fitSize } from '../ui/fit';
import { bottomBanner } from '../ui/banner';
import { failed } from '../services/failure';
import { routeFor } from '../game/route';
import { asRoute } from './routes';

export class Title extends BaseScene {
  /** "Nieuw verhaal" with a level in progress: ask first. */
  private confirmNew = false;

  constructor() {
    super('Title');
  }

  protected init2(data?: { confirmNew?: boolean }) {
    this.confirmNew = !!data?.confirmNew;
  }

  protected restartData() {
    return { confirmNew: this.confirmNew };
  }

  title() {
    return t('game.title');
  }

  protected onEscape() {
    if (this.confirmNew) this.scene.restart({ confirmNew: false });
  }

  private newStory() {
    const missing = this.missingLevels();
    if (missing) {
      this.toast(missing);
      return;
    }
    const ip = app.progress.inPlay;
    if (ip && ip.step !== 'debrief' && !this.confirmNew) this.scene.restart({ confirmNew: true });
    else
      void app
        .newStory()
        .then(() => this.go('Scenario'))
        .catch(failed);
  }

  build() {
    const { W, S } = this;
    const H = this.H - bottomBanner(this, 'title', app.isReady);
    const p = palette();
    const portrait = this.portrait;
    // a phone on its side: a smaller emblem, and the words and buttons take the rest of the width
    // (by the window's height, as portrait is: a page grown for its buttons keeps this layout)
    const short = !portrait && this.viewH - (this.H - H) < 500;
    // a small tower as the emblem
    const towerH = portrait ? H * 0.2 : H * 0.5;
    const tw = portrait ? W * 0.3 : short ? W * 0.14 : W * 0.2;
    const tx = portrait ? W / 2 : short ? W * 0.12 : W * 0.27;
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

    const colX = portrait ? W * 0.08 : short ? W * 0.26 : W * 0.48;
    // (on a projector the column grows with the text)
    const colW = portrait ? W * 0.84 : short ? W - colX - 16 : Math.min(W * 0.44, Math.max(620, S * 26));
    let y = portrait ? ty + S * 1.5 : short ? H * 0.05 : H * 0.14;
    const nameSize = fitSize(this, t('game.title'), colW, portrait ? S * 2.2 : short ? Math.min(S * 2.8, H * 0.11) : S * 2.8, true, true);
    const name = this.text(colX, y, t('game.title'), { head: true, bold: true, size: nameSize, width: colW });
    y += name.height + S * 0.2;
    const sub = this.text(colX, y, t('game.subtitle'), { size: short ? Math.min(S * 1.15, H * 0.05) : S * 1.15, color: p.inkSoft, width: colW, say: true });
    y += sub.height + S * 0.3;
    // who it is for, in one line (two on a phone)
    const whoSize = fitBlock(this, t('game.forWhom'), colW, Math.max(S * 2.6, H * 0.08), short ? Math.min(S * 0.9, H * 0.04) : S * 0.9, { min: Math.min(14, S * 0.9) });
    const who = this.text(colX, y, t('game.forWhom'), { size: whoSize, width: colW, say: true });
    y += who.height + S * (short ? 0.5 : 1);

    if (this.confirmNew && app.isReady && app.progress.inPlay) {
      this.askNewStory(colX, y, colW);
      return;
    }
    // shown at once; saves and content may still be loading: then every way in waits for them,
    // and the title lays itself out again (with "continue", the player's name) when they are in
    const ready = app.isReady;
    // back from an assignment: the player's own progress first (the assignment keeps its own)
    if (ready && app.assignmentKey) {
      void import('../game/assignment')
        .then((m) => m.assignmentPlay.close())
        .then(() => this.scene.restart())
        .catch(failed);
      return;
    }
    if (!ready) void app.ready.then(() => this.scene.isActive() && this.scene.restart()).catch(failed);
    const when = (f: () => void) => () => void app.ready.then(f).catch(failed);
    const items: { label: string; go: () => void; primary?: boolean; id?: string }[] = [];
    const hasProgress = ready && (!!app.progress.inPlay || Object.keys(app.progress.levels).length > 0);
    if (hasProgress) items.push({ label: t('ui.continue'), go: () => this.continue(), primary: true });
    // first start: who is playing? a parent goes on to their child's age (plain words first), a
    // student or trainer to the levels (the theory at once)
    if (!hasProgress) {
      items.push({
        label: t('welcome.parent'),
        id: 'audience-parent',
        primary: true,
        go: when(
          () =>
            void app
              .saveSettings({ audience: 'parent' })
              .then(() => this.go('Welcome'))
              .catch(failed),
        ),
      });
      items.push({
        label: t('welcome.study'),
        id: 'audience-study',
        go: when(
          () =>
            void app
              .saveSettings({ audience: 'student' })
              .then(() => this.go('Map'))
              .catch(failed),
        ),
      });
    }
    items.push({ label: t('ui.newGame'), go: when(() => this.newStory()) });
    items.push({ label: t('ui.levels'), go: when(() => this.go('Map')) });
    items.push({ label: t('ui.handbook'), go: when(() => this.go('Handbook')) });
    items.push({ label: t('ui.explorer'), go: when(() => this.go('Explorer')) });
    items.push({ label: t('ui.settings'), go: when(() => this.go('Settings')) });
    items.push({ label: t('trainer.title'), go: when(() => this.go('Trainer')) });
    items.push({ label: t('classmode.title'), go: when(() => this.go('ClassMode', { back: { key: 'Title' } })) });
    items.push({ label: ready ? t('ui.player', { name: app.currentProfile().name }) : t('ui.players'), go: when(() => this.go('Profiles')) });
    let bh = Math.max(TAP, S * 2.3);
    const gap = S * 0.5;
    const twoCol = y + items.length * (bh + gap) > H - S * 4;
    // small screens: the first button (the first two, who is playing) full width, the rest in pairs (in threes on a phone on its side)
    const per = short ? 3 : 2;
    // (held upright the two ways in are full width; on a wide screen they are a pair, so the screen holds them all)
    const lead = hasProgress ? 1 : portrait ? 2 : 0;
    const rowsN = twoCol ? lead + Math.ceil((items.length - lead) / per) : items.length;
    if (twoCol) bh = Math.max(TAP, Math.min(bh, (H - y - S * 3.2) / rowsN - gap));
    items.forEach((it, i) => {
      const paired = twoCol && i >= lead;
      const col = paired ? (i - lead) % per : 0;
      const row = paired ? lead + Math.floor((i - lead) / per) : i;
      const w = paired ? (colW - gap * (per - 1)) / per : colW;
      this.button({ rect: { x: colX + col * (w + gap), y: y + row * (bh + gap), w, h: bh }, label: it.label, onClick: it.go, align: 'center', primary: it.primary, id: it.id }, !!it.primary);
    });
    const rows = rowsN;
    y += rows * (bh + gap) + S * (short ? 0.2 : 0.6);
    const creditSize = fitBlock(this, t('game.credit'), colW, H - y - 4, S * 0.72, { italic: true, min: 11 });
    // small on a phone on its side: there the full ink keeps it above 4.5:1 (tests/browser/access.spec.ts)
    this.text(colX, y, t('game.credit'), { size: creditSize, color: short ? p.ink : p.inkSoft, width: colW, italic: true, say: true });
  }

  /** The level in progress would be replaced: say so, and make keeping it the default. */
  private askNewStory(x: number, y: number, w: number) {
    const { S } = this;
    const level = app.view!.level;
    const q = this.text(x, y, t('access.newStoryAsk', { level: tx(level.title) }), { bold: true, width: w, say: true });
    y += q.height + S;
    const bh = Math.max(TAP, S * 2.3);
    this.button({ rect: { x, y, w, h: bh }, label: t('access.newStoryKeep'), onClick: () => this.continue(), align: 'center', primary: true, id: 'new-keep' }, true);
    y += bh + S * 0.6;
    this.button({ rect: { x, y, w, h: bh }, label: t('access.newStoryYes'), onClick: () => this.newStory(), align: 'center', id: 'new-confirm' });
  }

  private continue() {
    const place = routeFor(app.progress);
    if (place.key === 'Scenario' && place.begin)
      void app
        .begin(place.begin.level, place.begin.mode)
        .then(() => this.go('Scenario'))
        .catch(failed);
    else this.goTo(asRoute(place));
  }
}
