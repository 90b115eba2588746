// Carry progress: save a player's progress as a file, and load one made on another device or
// browser. The file is checked like any save (game/transfer); a bad file changes nothing and the
// screen says what is wrong. A good one becomes a new player, or replaces one after a second tap.
import { app } from '../game/app';
import type { Progress } from '../game/saves';
import { exportFileName, exportProgress, importProgress, MAX_TRANSFER_BYTES } from '../game/transfer';
import { a11yRoot, announce } from '../services/a11y';
import { t } from '../services/i18n';
import { palette } from '../ui/theme';
import { BaseScene } from './base';

interface Pending {
  name: string;
  progress: Progress;
}

interface Data {
  message?: string;
  error?: boolean;
  pending?: Pending;
}

export class Transfer extends BaseScene {
  private data2: Data = {};
  private picker: HTMLInputElement | undefined;

  constructor() {
    super('Transfer');
  }

  title() {
    return t('transfer.title');
  }

  protected init2(data?: Data) {
    this.data2 = data ?? {};
  }

  protected restartData() {
    return this.data2;
  }

  protected onEscape() {
    if (this.data2.pending) this.scene.restart({});
    else this.go('Profiles');
  }

  build() {
    const { W, S } = this;
    const p = palette();
    const hh = this.header(t('transfer.title'), { label: t('ui.back'), onClick: () => this.go('Profiles') });
    const w = Math.min(W - 32, 640);
    const x = (W - w) / 2;
    let y = hh + S;
    const bh = Math.max(44, S * 2.3);
    const gap = S * 0.6;
    const text = (s: string, o: { bold?: boolean; color?: number } = {}) => {
      const tt = this.text(x, y, s, { width: w, ...o });
      y += tt.height + gap;
    };
    const button = (label: string, onClick: () => void, id: string, primary = false) => {
      const h = Math.max(bh, this.measure(label, w));
      this.button({ rect: { x, y, w, h }, label, onClick, id, primary, align: 'center' }, primary);
      y += h + gap;
    };
    const { message, error, pending } = this.data2;
    if (pending) {
      // a checked file: what it holds, and what to do with it
      const played = Object.values(pending.progress.levels).filter((l) => l.done).length;
      text(t('transfer.found', { name: pending.name, n: played }), { bold: true });
      const same = app.profiles.list.find((pl) => pl.name.toLowerCase() === pending.name.toLowerCase());
      const target = same ?? app.currentProfile();
      text(t('transfer.choose'));
      button(t('transfer.asNew', { name: pending.name }), () => void this.asNew(pending), 'import-new', !same);
      button(t('transfer.replace', { name: target.name }), () => void this.replace(target.id, pending), 'import-replace', !!same);
      button(t('transfer.cancel'), () => this.scene.restart({}), 'import-cancel');
      this.story(`${t('transfer.found', { name: pending.name, n: played })} ${t('transfer.choose')}`);
      return;
    }
    text(t('transfer.explain'));
    button(t('transfer.save', { name: app.currentProfile().name }), () => this.save(), 'export', true);
    button(t('transfer.load'), () => this.pick(), 'import');
    if (message) {
      text(message, { bold: true, color: error ? p.crack : p.ink });
      this.story(message);
    }
  }

  private save() {
    const name = app.currentProfile().name;
    const blob = new Blob([exportProgress(name, app.progress)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = exportFileName(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    announce(t('transfer.saved', { file: a.download }));
  }

  private pick() {
    this.picker?.remove();
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.addEventListener('change', () => void this.read(input.files?.[0]));
    a11yRoot().appendChild(input);
    this.picker = input;
    this.events.once('shutdown', () => input.remove());
    input.click();
  }

  private async read(file: File | undefined) {
    if (!file) return;
    // a huge file is refused by its size, before it is read
    const text = file.size > MAX_TRANSFER_BYTES ? '' : await file.text();
    const r = importProgress(text, file.size);
    if (!r.ok) {
      const why = t(`transfer.error.${r.error.key}`, r.error.params);
      this.scene.restart({ message: t('transfer.bad', { file: file.name, why }), error: true });
      return;
    }
    this.scene.restart({ pending: { name: r.name, progress: r.progress } });
  }

  private async asNew(p: Pending) {
    await app.addProfile(p.name);
    await app.adoptProgress(p.progress);
    app.notices.push(t('transfer.loaded', { name: p.name }));
    this.go('Title');
  }

  private async replace(id: string, p: Pending) {
    await app.selectProfile(id);
    await app.adoptProgress(p.progress);
    app.notices.push(t('transfer.loaded', { name: app.currentProfile().name }));
    this.go('Title');
  }
}
