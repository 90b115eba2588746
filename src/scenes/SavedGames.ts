// Saved games that were set aside: restore one, keep it as a file, or delete it. Reached from the
// settings; a page at a time, so a long list stays reachable on a phone.
import { app } from '../game/app';
import type { SavedGame as AsideEntry } from '../game/records';
import { announce } from '../services/a11y';
import { getLang, t } from '../services/i18n';
import { palette } from '../ui/theme';
import { BaseScene } from './base';
import type { Routes, SceneKey } from './routes';
import { failed } from '../services/failure';

export class SavedGames extends BaseScene {
  private from: SceneKey = 'Settings';
  private back: SceneKey = 'Title';
  private page = 0;
  private entries: AsideEntry[] | undefined;

  constructor() {
    super('SavedGames');
  }

  protected init2(data?: Routes['SavedGames']) {
    // a fresh visit reads the list again; a page turn or a resize keeps it
    if (!data?.keep) this.entries = undefined;
    this.from = data?.from ?? this.from;
    this.back = data?.back ?? this.back;
    this.page = data?.page ?? 0;
  }

  protected restartData() {
    return { from: this.from, back: this.back, page: this.page, keep: true };
  }

  title() {
    return t('saves.list');
  }

  protected onEscape() {
    this.go(this.from, { from: this.back });
  }

  private reload(message?: string) {
    if (message) announce(message);
    this.scene.restart({ ...this.restartData(), keep: false });
  }

  /** What a set-aside save was, in the player's words. */
  private what(e: AsideEntry): string {
    if (e.from === 'settings') return t('saves.what.settings');
    if (e.from === 'profiles') return e.reason === 'player' || e.reason === 'removed' ? t('saves.what.player', { name: e.name ?? '?' }) : t('saves.what.profiles');
    if (e.from.startsWith('assignment:')) return t(e.from.endsWith(':progress') ? 'saves.what.assignmentPlay' : 'saves.what.assignment', { name: e.name ?? '?' });
    const id = e.from.replace(/^progress:/, '');
    const name = app.profiles.list.find((p) => p.id === id)?.name ?? '?';
    return t('saves.what.progress', { name });
  }

  build() {
    const { W, H, S } = this;
    const p = palette();
    const hh = this.header(t('saves.list'), { label: t('ui.back'), onClick: () => this.onEscape() });
    const w = Math.min(W - 32, 760);
    const x = (W - w) / 2;
    let y = hh + S;
    if (!this.entries) {
      void app
        .savedGames()
        .then((list) => {
          this.entries = list;
          if (this.scene.isActive()) this.scene.restart(this.restartData());
        })
        .catch(failed);
      this.text(x, y, t('ui.loading'), { color: p.inkSoft });
      return;
    }
    const hint = this.text(x, y, t('saves.listHint'), { color: p.inkSoft, width: w, size: S * 0.9 });
    y += hint.height + S;
    if (!this.entries.length) {
      this.text(x, y, t('saves.none'), { bold: true, width: w });
      return;
    }
    const bh = Math.max(44, S * 2.2);
    // a label may take two lines on a phone
    const rowH = S * (W < 600 ? 2.8 : 1.5) + bh + S;
    const perPage = Math.max(1, Math.floor((H - y - bh - S * 2) / rowH));
    const pages = Math.ceil(this.entries.length / perPage);
    this.page = Math.min(this.page, pages - 1);
    const date = (at: number) => (at ? new Date(at).toLocaleString(getLang()) : '?');
    for (const e of this.entries.slice(this.page * perPage, (this.page + 1) * perPage)) {
      // said before its buttons, so a screen reader hears what "Terugzetten" would bring back
      const label = this.text(x, y, t('saves.when', { what: this.what(e), why: t(`saves.why.${e.reason}`), date: date(e.at) }), { bold: true, size: S * 0.9, width: w, say: true });
      y += label.height + S * 0.4;
      const bw = (w - 16) / 3;
      const act = (i: number, label: string, id: string, f: () => Promise<unknown>) =>
        this.button({ rect: { x: x + i * (bw + 8), y, w: bw, h: bh }, label, id: `${id}-${e.key}`, align: 'center', size: S * 0.9, onClick: () => void f().catch(failed) });
      act(0, t('saves.restore'), 'restore', () => app.restoreSavedGame(e.key).then((r) => (r === 'full' ? announce(t('saves.full')) : this.reload(t('saves.restored')))));
      act(1, t('saves.export'), 'export', () => this.download(e));
      act(2, t('saves.delete'), 'delete', () => app.deleteSavedGame(e.key).then(() => this.reload(t('saves.deleted'))));
      y += bh + S;
    }
    if (pages > 1) {
      const nw = Math.min(200, (w - 16) / 3);
      const ny = H - bh - S;
      if (this.page > 0)
        this.button({
          rect: { x, y: ny, w: nw, h: bh },
          label: t('saves.previousPage'),
          id: 'page-prev',
          align: 'center',
          onClick: () => {
            this.page--;
            this.scene.restart(this.restartData());
          },
        });
      this.text(W / 2, ny + bh / 2, t('saves.pageOf', { n: this.page + 1, total: pages }), { size: S * 0.9, color: p.inkSoft }).setOrigin(0.5);
      if (this.page < pages - 1)
        this.button({
          rect: { x: x + w - nw, y: ny, w: nw, h: bh },
          label: t('saves.nextPage'),
          id: 'page-next',
          align: 'center',
          onClick: () => {
            this.page++;
            this.scene.restart(this.restartData());
          },
        });
    }
  }

  private async download(e: AsideEntry) {
    const text = await app.exportSavedGame(e.key);
    if (!text) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = `bouwstenen-${e.key.replace(/[^a-z0-9-]+/gi, '-')}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}
