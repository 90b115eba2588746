// Players: several people can share one class computer, each with their own progress.
import { app } from '../game/app';
import { a11yRoot } from '../services/a11y';
import { t } from '../services/i18n';
import { TAP } from '../ui/theme';
import { BaseScene } from './base';

export class Profiles extends BaseScene {
  private field: HTMLInputElement | undefined;
  /** Which page of players is shown, when there are more than fit. */
  private page = 0;

  constructor() {
    super('Profiles');
  }

  protected init2(data?: { page?: number }) {
    // opened anew: the page with the current player
    this.page = data?.page ?? -1;
  }

  protected restartData() {
    return { page: this.page };
  }

  title() {
    return t('ui.players');
  }

  build() {
    const { W, H, S } = this;
    const hh = this.header(t('ui.players'), { label: t('ui.back'), onClick: () => this.go('Title') });
    const w = Math.min(W - 32, 560);
    const x = (W - w) / 2;
    let y = hh + S;
    const bh = Math.max(TAP, S * 2.3);
    const list = app.profiles.list;
    // a row is kept for the button that carries progress to another device
    const fit = Math.max(1, Math.floor((H - hh - S * 9 - bh) / (bh + 8)));
    // more players than fit: a page at a time, with a row kept for the page buttons
    const paged = list.length > fit;
    const maxRows = paged ? Math.max(1, fit - 1) : fit;
    const pages = Math.ceil(list.length / maxRows);
    if (this.page < 0) this.page = Math.floor(Math.max(0, list.findIndex((p) => p.id === app.profiles.current)) / maxRows);
    this.page = Math.max(0, Math.min(this.page, pages - 1));
    for (const p of list.slice(this.page * maxRows, (this.page + 1) * maxRows)) {
      this.button({
        rect: { x, y, w, h: bh }, label: p.name, pressed: p.id === app.profiles.current, id: `player-${p.id}`,
        onClick: () => void app.selectProfile(p.id).then(() => this.go('Title')),
      });
      y += bh + 8;
    }
    if (paged) {
      const nw = Math.min(180, (w - 16) / 3);
      const turn = (d: number) => () => { this.page += d; this.scene.restart(this.restartData()); };
      if (this.page > 0) this.button({ rect: { x, y, w: nw, h: bh }, label: t('saves.previousPage'), id: 'players-prev', align: 'center', onClick: turn(-1) });
      this.text(W / 2, y + bh / 2, t('saves.pageOf', { n: this.page + 1, total: pages }), { size: S * 0.9 }).setOrigin(0.5);
      if (this.page < pages - 1) this.button({ rect: { x: x + w - nw, y, w: nw, h: bh }, label: t('saves.nextPage'), id: 'players-next', align: 'center', onClick: turn(1) });
      y += bh + 8;
    }
    y += S;
    this.text(x, y, t('ui.newPlayer'), { bold: true, say: true });
    y += S * 1.6;
    const field = document.createElement('input');
    field.type = 'text';
    field.className = 'field';
    field.maxLength = 40;
    field.placeholder = t('ui.playerName');
    field.setAttribute('aria-label', t('ui.playerName'));
    Object.assign(field.style, { left: `${x}px`, top: `${y}px`, width: `${w * 0.62}px`, height: `${bh}px`, fontSize: `${Math.round(S)}px` });
    a11yRoot().querySelector('#a11y-controls')!.appendChild(field);
    this.field = field;
    const add = () => {
      const name = field.value.trim();
      if (!name) {
        field.focus();
        return;
      }
      void app.addProfile(name).then(() => this.go('Title'));
    };
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') add();
    });
    this.button({ rect: { x: x + w * 0.62 + 8, y, w: w * 0.38 - 8, h: bh }, label: t('ui.add'), onClick: add, primary: true, align: 'center' });
    // progress as a file, to carry to another device (scenes/Transfer)
    this.button({ rect: { x, y: y + bh + S, w, h: bh }, label: t('transfer.title'), onClick: () => this.go('Transfer'), align: 'center', id: 'transfer' });
    this.events.once('shutdown', () => this.field?.remove());
  }
}
