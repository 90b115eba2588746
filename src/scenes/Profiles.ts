// Players: several people can share one class computer, each with their own progress. A player
// can be removed (set aside, so "Opgeslagen spellen" brings them back); at the limit the screen
// says so instead of adding a player that would not be kept.
import { app } from '../game/app';
import { a11yRoot, announce } from '../services/a11y';
import { t } from '../services/i18n';
import { palette, TAP } from '../ui/theme';
import { BaseScene } from './base';
import { measureText } from '../ui/measure';
import { failed } from '../services/failure';

/** As many players as the list keeps (game/saves MAX_PLAYERS; not imported, to keep this screen's code small). */
const MAX = 200;

export class Profiles extends BaseScene {
  private field: HTMLInputElement | undefined;
  /** Which page of players is shown, when there are more than fit. */
  private page = 0;
  /** A message under the new-player field (a name with nothing visible in it). */
  private message = '';

  constructor() {
    super('Profiles');
  }

  protected init2(data?: { page?: number; message?: string }) {
    // opened anew: the page with the current player
    this.page = data?.page ?? -1;
    this.message = data?.message ?? '';
  }

  protected restartData() {
    return { page: this.page, message: this.message };
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
    if (this.page < 0)
      this.page = Math.floor(
        Math.max(
          0,
          list.findIndex((p) => p.id === app.profiles.current),
        ) / maxRows,
      );
    this.page = Math.max(0, Math.min(this.page, pages - 1));
    // a remove button beside each player while there is more than one
    const removable = list.length > 1;
    const rw = removable ? Math.min(w * 0.34, Math.max(TAP * 1.6, this.measureW(t('players.remove')))) : 0;
    for (const p of list.slice(this.page * maxRows, (this.page + 1) * maxRows)) {
      this.button({
        rect: { x, y, w: w - (removable ? rw + 8 : 0), h: bh },
        label: p.name,
        pressed: p.id === app.profiles.current,
        id: `player-${p.id}`,
        onClick: () =>
          void app
            .selectProfile(p.id)
            .then(() => this.go('Title'))
            .catch(failed),
      });
      if (removable) {
        this.button({
          rect: { x: x + w - rw, y, w: rw, h: bh },
          label: t('players.remove'),
          name: t('players.removeName', { name: p.name }),
          id: `remove-${p.id}`,
          align: 'center',
          size: this.S * 0.85,
          onClick: () =>
            void app
              .removeProfile(p.id)
              .then((ok) => {
                if (ok) this.message = t('players.removed', { name: p.name });
                this.scene.restart(this.restartData());
              })
              .catch(failed),
        });
      }
      y += bh + 8;
    }
    if (paged) {
      const nw = Math.min(180, (w - 16) / 3);
      const turn = (d: number) => () => {
        this.page += d;
        this.scene.restart(this.restartData());
      };
      if (this.page > 0) this.button({ rect: { x, y, w: nw, h: bh }, label: t('saves.previousPage'), id: 'players-prev', align: 'center', onClick: turn(-1) });
      this.text(W / 2, y + bh / 2, t('saves.pageOf', { n: this.page + 1, total: pages }), { size: S * 0.9 }).setOrigin(0.5);
      if (this.page < pages - 1) this.button({ rect: { x: x + w - nw, y, w: nw, h: bh }, label: t('saves.nextPage'), id: 'players-next', align: 'center', onClick: turn(1) });
      y += bh + 8;
    }
    y += S;
    const note = (text: string, color = palette().ink) => {
      const tt = this.text(x, y, text, { bold: true, width: w, color, say: true });
      y += tt.height + S * 0.6;
    };
    if (app.playersFull) {
      // no field to type in: a player added now would not be kept; say how to make room
      note(t('players.full', { max: MAX }), palette().crack);
      if (this.message) note(this.message);
      this.button({ rect: { x, y, w, h: bh }, label: t('transfer.title'), onClick: () => this.go('Transfer'), align: 'center', id: 'transfer' });
      if (this.message) announce(this.message);
      this.message = '';
      return;
    }
    if (this.message) {
      note(this.message);
      announce(this.message);
      this.message = '';
    }
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
      void app
        .addProfile(name)
        .then((r) => {
          if (r === 'added') this.go('Title');
          else {
            this.message = t(r === 'full' ? 'players.full' : 'players.noName', { max: MAX });
            this.scene.restart(this.restartData());
          }
        })
        .catch(failed);
    };
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') add();
    });
    this.button({ rect: { x: x + w * 0.62 + 8, y, w: w * 0.38 - 8, h: bh }, label: t('ui.add'), onClick: add, primary: true, align: 'center' });
    // progress as a file, to carry to another device (scenes/Transfer)
    this.button({ rect: { x, y: y + bh + S, w, h: bh }, label: t('transfer.title'), onClick: () => this.go('Transfer'), align: 'center', id: 'transfer' });
    this.events.once('shutdown', () => this.field?.remove());
  }

  /** How wide a small button's label is, with its padding. */
  private measureW(label: string) {
    return measureText(this, label, { size: this.S * 0.85 }).width + this.S * 1.6;
  }
}
