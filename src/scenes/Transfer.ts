// Carry progress: save a player's progress as a file, and load one made on another device or
// browser. The file is checked like any save (game/transfer); a bad file changes nothing and the
// screen says what is wrong. A good one becomes a new player (the default, also for Enter), or
// replaces one only when that is chosen; the replaced progress is set aside first.
import { app } from '../game/app';
import { exportFileName, exportProgress, importProgress, MAX_TRANSFER_BYTES } from '../game/transfer';
import { a11yRoot, announce } from '../services/a11y';
import { t } from '../services/i18n';
import { palette } from '../ui/theme';
import { BaseScene } from './base';
import { MAX_PLAYERS } from '../game/saves';
import { MAX_NAME } from '../trainer/text';
import { failed } from '../services/failure';

/** The name a new player gets: the file's, with " (2)" and on when a player of that name is here already. */
function uniqueName(name: string): string {
  const taken = new Set(app.profiles.list.map((p) => p.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const tail = ` (${n})`;
    const candidate = `${[...name]
      .slice(0, MAX_NAME.player - tail.length)
      .join('')
      .trimEnd()}${tail}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

interface Pending {
  name: string;
  progress: import('../game/saves').Progress;
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
      const newName = uniqueName(pending.name);
      const said = [t('transfer.found', { name: pending.name, n: played })];
      if (app.playersFull) {
        // no room for a new player: say so, and where to make room; replacing stays possible
        text(t('transfer.full', { max: MAX_PLAYERS }), { bold: true, color: p.crack });
        said.push(t('transfer.full', { max: MAX_PLAYERS }));
        button(t('players.toList'), () => this.go('Profiles'), 'to-players');
      } else {
        text(t('transfer.choose'));
        said.push(t('transfer.choose'));
        if (same) {
          text(t('transfer.sameName', { name: same.name, newName }));
          said.push(t('transfer.sameName', { name: same.name, newName }));
        }
        // the safe choice is the default: Enter adds a player, it never replaces one
        button(t('transfer.asNew', { name: newName }), () => void this.asNew({ ...pending, name: newName }).catch(failed), 'import-new', true);
      }
      button(t('transfer.replace', { name: target.name }), () => void this.replace(target.id, pending).catch(failed), 'import-replace');
      button(t('transfer.cancel'), () => this.scene.restart({}), 'import-cancel');
      this.story(said.join(' '));
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
    input.addEventListener('change', () => void this.read(input.files?.[0]).catch(failed));
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
    // only into a player that was really added (at the limit the progress would land nowhere)
    if ((await app.addProfile(p.name)) !== 'added') {
      this.scene.restart({ pending: p });
      return;
    }
    await app.adoptProgress(p.progress);
    app.notices.push(t('transfer.loaded', { name: p.name }));
    this.go('Title');
  }

  private async replace(id: string, p: Pending) {
    await app.replaceProgress(id, p.progress);
    app.notices.push(t('transfer.replaced', { name: app.currentProfile().name }));
    this.go('Title');
  }
}
