// Players: several people can share one class computer, each with their own progress.
import { app } from '../game/app';
import { a11yRoot } from '../services/a11y';
import { t } from '../services/i18n';
import { BaseScene } from './base';

export class Profiles extends BaseScene {
  private field: HTMLInputElement | undefined;

  constructor() {
    super('Profiles');
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
    const bh = Math.max(44, S * 2.3);
    const list = app.profiles.list;
    const maxRows = Math.max(1, Math.floor((H - hh - S * 9 - bh) / (bh + 8)));
    for (const p of list.slice(0, maxRows)) {
      this.button({
        rect: { x, y, w, h: bh }, label: p.name, pressed: p.id === app.profiles.current, id: `player-${p.id}`,
        onClick: () => void app.selectProfile(p.id).then(() => this.go('Title')),
      });
      y += bh + 8;
    }
    y += S;
    this.text(x, y, t('ui.newPlayer'), { bold: true });
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
