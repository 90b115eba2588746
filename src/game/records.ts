// What the game keeps in this browser: settings, the player list and the progress in use (the
// player's own, or an assignment's). Every record is read through its checks (a verdict: today's,
// migrated, from a newer game, or damaged and set aside), written merged with what another tab
// stored meanwhile, and can be set aside and brought back. The session (app.ts) builds on this.
// No Phaser here.
import type { Content } from '../content/load';
import * as store from '../services/store';
import { cleanName } from '../trainer/text';
import { emptyProgress } from './defaults';
import { MAX_PLAYERS, type Profiles, type Progress, type Settings } from './saves';
import { failed } from '../services/failure';

/** Checks, migration and the player list load with the saves, after the title is on screen. */
const checks = () => Promise.all([import('./migrate'), import('./players'), import('./merge')]).then(([m, p, g]) => ({ ...m, ...p, ...g }));
type Checks = Awaited<ReturnType<typeof checks>>;

const progressKey = (id: string) => `progress:${id}`;

/**
 * Another copy of progress, read to merge with: mergeProgress keeps only its finished levels, so
 * its story and level in play (all that the content check looks at, replaying the choices) are
 * not checked against the content only to be thrown away. The shape is still checked.
 */
const otherCopy = (c: Checks, raw: unknown) => c.readProgress(raw, undefined);

/** A set-aside save as the saved-games list shows it. */
export type SavedGame = store.AsideEntry & { name?: string };

/** What adding (or restoring) a player came to: 'full' at the player limit, 'empty' for a name with nothing visible. */
type AddResult = 'added' | 'full' | 'empty';

export class Records {
  content!: Content;
  settings!: Settings;
  profiles: Profiles = { version: 2, list: [], current: null };
  progress: Progress = emptyProgress();
  /** Saves made by a newer version of the game: kept untouched, and the player is told. */
  newerSaves: string[] = [];
  private c: Checks | undefined;

  private async checks() {
    return (this.c ??= await checks());
  }

  /**
   * Read one record: today's or migrated, it loads; from a newer game, it is kept untouched and
   * the player told; unusable, it is set aside under a new key. Never throws.
   */
  private async open<T>(
    key: string,
    verdict: (raw: unknown) => import('./migrate').Verdict<T>,
    kind: 'settings' | 'profiles' | 'progress',
    stored: (value: T) => unknown = (x) => x,
  ): Promise<T | undefined> {
    const c = await this.checks();
    const raw = await store.read(key);
    if (raw === null || raw === undefined) return undefined;
    let v: import('./migrate').Verdict<T>;
    try {
      v = verdict(raw);
    } catch {
      v = { status: 'damaged', reason: 'check failed' };
    }
    if (v.status === 'newer') {
      store.freeze(key);
      this.newerSaves.push(key);
      return undefined;
    }
    if (v.status === 'damaged') {
      await store.setAside(key, raw, 'damaged', true);
      return undefined;
    }
    // a repaired save is written back, its original kept aside; a migrated one is written in today's shape
    if (v.problems.length) await store.setAside(key, raw, 'inconsistent');
    if (v.problems.length || v.from < c.VERSION[kind]) await store.save(key, stored(v.value));
    return v.value;
  }

  // ---- trainer seam (src/game/assignment.ts): an assignment keeps its progress under its own key,
  // apart from the player's story, and hears of every choice and finished level ------------------
  /** Set while an assignment is played: the key its progress is saved under. */
  assignmentKey: string | null = null;
  /** Where progress is saved: the player's own, or the assignment's. */
  get progressKey() {
    return this.assignmentKey ?? progressKey(this.profiles.current ?? '');
  }

  /** Switch to an assignment's progress (or back to the player's own with null). */
  async useProgressKey(assignmentKey: string | null) {
    this.assignmentKey = assignmentKey;
    await this.loadProgress();
  }

  async loadSettings(detected: Settings) {
    const c = await this.checks();
    this.settings = (await this.open('settings', c.readSettings, 'settings')) ?? detected;
  }

  async loadProfiles(defaultName: string) {
    const c = await this.checks();
    store.onOtherTabWrite((key) => void this.otherTabWrote(key).catch(failed));
    const read = await this.open('profiles', c.readPlayers, 'profiles', (r) => r.profiles);
    // one bad player is set aside on its own; the rest of the list stays
    for (const item of read?.rejected ?? []) await store.setAside('profiles', item, 'player');
    this.profiles = read?.profiles ?? { version: 2, list: [], current: null };
    if (!this.profiles.list.length) {
      const id = c.newPlayerId(await this.takenIds());
      this.profiles = { ...this.profiles, version: 2, list: [{ id, name: cleanName(defaultName, 'player') || 'Speler 1', since: Date.now() }], current: id };
      await this.saveProfiles();
    } else if (read?.rejected.length) await this.saveProfiles();
    await this.loadProgress();
  }

  /** Every player id ever seen here: in the list, in progress keys, in set-aside saves. */
  private async takenIds(): Promise<Set<string>> {
    const ids = new Set(this.profiles.list.map((p) => p.id));
    for (const k of await store.storedKeys()) {
      const m = /^(?:set-aside:)?progress:(.+?)(?::\d+)?$/.exec(k);
      if (m) ids.add(m[1]);
    }
    return ids;
  }

  protected async loadProgress() {
    const c = await this.checks();
    const id = this.profiles.current;
    this.progress = (id && (await this.open(this.progressKey, (raw) => c.readProgress(raw, this.content), 'progress'))) || emptyProgress();
  }

  private async saveProfiles() {
    const c = await this.checks();
    this.profiles = await store.update('profiles', (raw) => {
      const stored = c.readPlayers(raw);
      return c.mergePlayers(stored.status === 'ok' ? stored.value.profiles : undefined, this.profiles);
    });
  }

  /** Another tab saved: take in its players and finished levels (this tab's level in play stays). */
  private async otherTabWrote(key: string) {
    const c = await this.checks();
    if (key === 'profiles') {
      const v = c.readPlayers(await store.read('profiles'));
      const was = this.profiles.current;
      if (v.status === 'ok') this.profiles = c.mergePlayers(v.value.profiles, this.profiles);
      // this tab's player was removed in the other tab: play on as the first player left
      if (this.profiles.current !== was && !this.assignmentKey) await this.loadProgress();
    } else if (this.profiles.current && key === this.progressKey) {
      const v = otherCopy(c, await store.read(key));
      if (v.status === 'ok') this.progress = c.mergeProgress(v.value, this.progress);
    }
  }

  currentProfile() {
    return this.profiles.list.find((p) => p.id === this.profiles.current) ?? this.profiles.list[0];
  }

  /** Room for one more player? The limit says so rather than dropping the player later. */
  get playersFull() {
    return this.profiles.list.length >= MAX_PLAYERS;
  }

  async addProfile(name: string): Promise<AddResult> {
    const c = await this.checks();
    const clean = cleanName(name, 'player');
    if (!clean) return 'empty';
    if (this.playersFull) return 'full';
    const id = c.newPlayerId(await this.takenIds());
    this.profiles.list.push({ id, name: clean, since: Date.now() });
    await this.selectProfile(id);
    return 'added';
  }

  /**
   * Remove a player from the list: set aside first (with its id, so "Opgeslagen spellen" brings
   * it back with its own progress), and remembered as removed so another tab's list does not
   * bring it back. The last player stays.
   */
  async removeProfile(id: string): Promise<boolean> {
    const p = this.profiles.list.find((x) => x.id === id);
    if (!p || this.profiles.list.length <= 1) return false;
    await store.setAside('profiles', p, 'removed');
    const was = this.profiles.current;
    const list = this.profiles.list.filter((x) => x.id !== id);
    const current = was === id ? list[0].id : was;
    this.profiles = { ...this.profiles, list, current, removed: { ...(this.profiles.removed ?? {}), [id]: Date.now() } };
    await this.saveProfiles();
    if (this.profiles.current !== was) await this.loadProgress();
    return true;
  }

  async selectProfile(id: string) {
    if (!this.profiles.list.some((p) => p.id === id)) return;
    this.profiles.current = id;
    await this.saveProfiles();
    await this.loadProgress();
  }

  /** Give the current player this progress (a checked progress file), then read it back as any save. */
  async adoptProgress(progress: Progress) {
    this.progress = progress;
    await this.saveProgress();
    await this.loadProgress();
  }

  /**
   * A progress file replaces player `id`'s progress: what the player had is first set aside
   * (reason 'import'), so "Opgeslagen spellen" can bring it back. Finished levels of both stay.
   */
  async replaceProgress(id: string, progress: Progress) {
    if (!this.profiles.list.some((p) => p.id === id)) return;
    const had = await store.read(progressKey(id));
    if (had !== null) await store.setAside(progressKey(id), had, 'import');
    await this.selectProfile(id);
    await this.adoptProgress(progress);
  }

  /**
   * A homework link is about to start a level: a run in progress that it would replace (a story
   * level, or another level with choices made) is first set aside. Returns the title of what was
   * set aside, for the notice; null when nothing needed keeping.
   */
  async keepBeforeLink(level: string): Promise<string | null> {
    const ip = this.progress.inPlay;
    if (!ip || !this.profiles.current) return null;
    // the same homework, already under way, resumes; an empty start loses nothing
    if (ip.level === level && ip.mode !== 'story') return null;
    if (ip.mode !== 'story' && ip.choices.length === 0) return null;
    await store.setAside(this.progressKey, structuredClone(this.progress), 'link');
    return ip.level;
  }

  async saveSettings(next: Partial<Settings>) {
    this.settings = { ...this.settings, ...next };
    await store.save('settings', this.settings);
  }

  /** Saved under the current player's own id only, merged with what another tab may have saved. */
  protected async saveProgress() {
    if (!this.profiles.current) return;
    const c = await this.checks();
    this.progress = await store.update(this.progressKey, (raw) => {
      const stored = raw === null ? undefined : otherCopy(c, raw);
      return c.mergeProgress(stored?.status === 'ok' ? stored.value : undefined, this.progress);
    });
  }

  // ---- saved games that were set aside (the list in the settings) ------------------------

  /** The set-aside saves, newest first; a set-aside player with its name (cut short). */
  async savedGames(): Promise<SavedGame[]> {
    const list: SavedGame[] = await store.listSetAside();
    for (const e of list) {
      const player = e.from === 'profiles' && (e.reason === 'player' || e.reason === 'removed');
      const assignment = /^assignment:[^:]+$/.test(e.from);
      if (!player && !assignment) continue;
      const data = (await store.readSetAside(e.key))?.data as { name?: unknown; student?: { name?: unknown } } | undefined;
      const name = player ? data?.name : data?.student?.name;
      if (typeof name === 'string') e.name = name.slice(0, 40);
    }
    return list;
  }

  async deleteSavedGame(key: string) {
    await store.deleteSetAside(key);
  }

  exportSavedGame(key: string) {
    return store.exportSetAside(key);
  }

  /**
   * Put a set-aside save back. A player comes back into the list (with its own id, so its own
   * progress); a whole list adds its players; any other save goes back under its key and is read
   * again through every check.
   */
  async restoreSavedGame(key: string): Promise<AddResult | undefined> {
    const c = await this.checks();
    const rec = await store.readSetAside(key);
    if (!rec) return;
    if (rec.from === 'profiles') {
      const one = rec.reason === 'player' || rec.reason === 'removed';
      const whole = one ? undefined : c.readPlayers(rec.data);
      const items = one ? [rec.data] : whole?.status === 'ok' ? whole.value.profiles.list : [];
      const fresh = items.filter((item) => !this.profiles.list.some((p) => p.id === (item as { id?: unknown } | null)?.id));
      if (this.profiles.list.length + fresh.length > MAX_PLAYERS) return 'full';
      for (const item of items) {
        const o = (item ?? {}) as { id?: unknown; name?: unknown };
        const name = cleanName(o.name, 'player') || '?';
        const taken = this.profiles.list.some((p) => p.id === o.id);
        // a removed player already back (restored in another tab) is not added twice
        if (one && taken && this.profiles.list.find((p) => p.id === o.id)?.name === name) continue;
        const id = typeof o.id === 'string' && o.id.length <= 64 && !taken ? o.id : c.newPlayerId(await this.takenIds());
        this.profiles.list.push({ id, name, since: Date.now() });
      }
      await this.saveProfiles();
      await store.deleteSetAside(key);
      return 'added';
    }
    const progress = rec.from.startsWith('progress:');
    const before = progress ? await store.read(rec.from) : null;
    await store.restoreSetAside(key);
    if (rec.from === 'settings') await this.loadSettings(this.settings);
    else if (progress && before !== null) {
      // levels finished since the copy was set aside stay finished (the copy's story and level in play come back)
      const now = otherCopy(c, before);
      const back = c.readProgress(await store.read(rec.from), this.content);
      if (now.status === 'ok' && back.status === 'ok') await store.save(rec.from, c.mergeProgress(now.value, back.value));
    }
    if (this.profiles.current && rec.from === progressKey(this.profiles.current)) await this.loadProgress();
    return 'added';
  }
}
