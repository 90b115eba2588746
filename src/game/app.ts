// The game's session: settings, players, progress and the level in play. Scenes call this; it
// calls the engine and saves after every change. No Phaser here.
import type { Content } from '../content/load';
import type { LevelT } from '../content/schema';
import { choose, replay, startLevel, statuses, type LevelRun, type ModelEvent, type TowerState } from '../model';
import { load, save } from '../services/store';
import { emptyProgress } from './defaults';
import type { InPlay, Profiles, Progress, Settings, Step } from './saves';

/** The save schemas load with the saves, after the title is on screen. */
const checks = () => import('./saves');

export type LevelMapState = 'locked' | 'open' | 'done';

export class App {
  content!: Content;
  settings!: Settings;
  profiles: Profiles = { version: 1, list: [], current: null };
  progress: Progress = emptyProgress();
  /** Set when a save could not be read and was set aside. */
  damagedSaves: string[] = [];
  /** A level given in the link (?level=ID), opened whatever the map says: homework. */
  assigned: string | null = null;
  /** Saves, settings and content are in; until then the title shows what needs none of them. */
  ready: Promise<void> = Promise.resolve();
  isReady = false;
  /** The drawings (scenes/art), loaded with the content. */
  art: typeof import('../scenes/art') | undefined;
  /** Messages for the player that wait for the next screen. */
  notices: string[] = [];
  // ---- trainer seam (src/game/assignment.ts): an assignment keeps its progress under its own key,
  // apart from the player's story, and hears of every choice and finished level ------------------
  /** Set while an assignment is played: the key its progress is saved under. */
  assignmentKey: string | null = null;
  /** Called after a choice is saved and after a level is finished (assignment timing, SCORM). */
  observe: ((e: { type: 'choose' | 'finish'; level: string }) => void | Promise<void>) | null = null;

  /** Where progress is saved: the player's own, or the assignment's. */
  get progressKey() {
    return this.assignmentKey ?? `progress:${this.profiles.current}`;
  }

  /** Switch to an assignment's progress (or back to the player's own with null). */
  async useProgressKey(assignmentKey: string | null) {
    this.assignmentKey = assignmentKey;
    await this.loadProgress();
  }

  async loadSettings(detected: Settings) {
    this.settings = (await load('settings', (await checks()).checkSettings)) ?? detected;
  }

  async loadProfiles(defaultName: string) {
    const p = await load('profiles', (await checks()).checkProfiles);
    if (p && p.list.length) this.profiles = p;
    else {
      this.profiles = { version: 1, list: [{ id: 'p1', name: defaultName }], current: 'p1' };
      await save('profiles', this.profiles);
    }
    if (!this.profiles.current || !this.profiles.list.some((x) => x.id === this.profiles.current)) {
      this.profiles.current = this.profiles.list[0].id;
    }
    await this.loadProgress();
  }

  private async loadProgress() {
    this.progress = (await load(this.progressKey, (await checks()).checkProgress)) ?? emptyProgress();
    // a level in play that no longer fits the content is dropped, the rest of the progress kept
    const ip = this.progress.inPlay;
    if (ip && this.content) {
      const level = this.level(ip.level);
      try {
        if (!level) throw new Error('unknown level');
        replay(level, ip.start, ip.choices);
      } catch {
        this.progress.inPlay = null;
      }
    }
  }

  currentProfile() {
    return this.profiles.list.find((p) => p.id === this.profiles.current)!;
  }

  async addProfile(name: string) {
    const n = this.profiles.list.reduce((m, p) => Math.max(m, Number(p.id.slice(1)) || 0), 0) + 1;
    const id = `p${n}`;
    this.profiles.list.push({ id, name: name.trim().slice(0, 40) });
    await this.selectProfile(id);
  }

  async selectProfile(id: string) {
    this.profiles.current = id;
    await save('profiles', this.profiles);
    await this.loadProgress();
  }

  async saveSettings(next: Partial<Settings>) {
    this.settings = { ...this.settings, ...next };
    await save('settings', this.settings);
  }

  private saveProgress() {
    return save(this.progressKey, this.progress);
  }

  level(id: string): LevelT | undefined {
    return this.content.levels.find((l) => l.id === id);
  }

  phases() {
    return this.content.levels.filter((l) => l.kind === 'phase');
  }

  /** Phases open one after the other; the repair stories once the first two phases are done. */
  mapState(level: LevelT): LevelMapState {
    if (this.progress.levels[level.id]?.done) return 'done';
    if (level.id === this.assigned || level.id === this.progress.story.next) return 'open';
    const phases = this.phases();
    const done = (l?: LevelT) => !!l && !!this.progress.levels[l.id]?.done;
    if (level.kind === 'repair') return done(phases[0]) && done(phases[1]) ? 'open' : 'locked';
    const i = phases.indexOf(level);
    return i === 0 || done(phases[i - 1]) ? 'open' : 'locked';
  }

  // ---- the level in play ----------------------------------------------------------------

  get inPlay(): InPlay | null {
    return this.progress.inPlay;
  }

  playingLevel(): LevelT {
    return this.level(this.progress.inPlay!.level)!;
  }

  run(): LevelRun {
    const ip = this.progress.inPlay!;
    return replay(this.playingLevel(), ip.start, ip.choices);
  }

  /** Start a new story from the first phase, with a newborn. */
  async newStory() {
    const first = this.phases()[0];
    this.progress.story = { next: first.id, carried: null };
    await this.begin(first.id, 'story');
  }

  /** Play a level: in the story with the tower carried over, or on its own from its own start. */
  async begin(levelId: string, mode: 'story' | 'single' | 'assignment') {
    const level = this.level(levelId)!;
    const carried = mode === 'story' ? this.progress.story.carried ?? undefined : undefined;
    const run = startLevel(level, carried);
    this.progress.inPlay = { level: level.id, mode, start: run.start, choices: [], step: 'intro' };
    await this.saveProgress();
  }

  /** Which mode the map should use for a level: the story's next level continues the story. */
  modeFor(levelId: string): 'story' | 'single' {
    return this.progress.story.next === levelId ? 'story' : 'single';
  }

  async setStep(step: Step) {
    this.progress.inPlay!.step = step;
    await this.saveProgress();
  }

  /** Pick a response; returns the states before and after and the engine's events. */
  async choose(index: number): Promise<{ before: TowerState; after: TowerState; events: ModelEvent[]; responseIndex: number }> {
    const level = this.playingLevel();
    const run = this.run();
    const r = choose(level, run, index);
    this.progress.inPlay!.choices = r.run.choices;
    this.progress.inPlay!.step = 'result';
    await this.saveProgress();
    await this.observe?.({ type: 'choose', level: level.id });
    return { before: run.state, after: r.run.state, events: r.events, responseIndex: index };
  }

  /** The level is played through: record the outcome, carry the story on, show the debrief. */
  async finish() {
    const ip = this.progress.inPlay!;
    const level = this.playingLevel();
    const state = this.run().state;
    const focus = statuses(state)[['safety', 'trust', 'confidence', 'autonomy', 'creativity'].indexOf(level.focus)];
    const prev = this.progress.levels[level.id];
    if (ip.mode !== 'whatif') {
      this.progress.levels[level.id] = { done: true, focusStatus: focus, plays: (prev?.plays ?? 0) + 1 };
      if (ip.mode === 'story') {
        const phases = this.phases();
        const next = phases[phases.indexOf(level) + 1];
        this.progress.story = { next: next?.id ?? null, carried: state };
      }
    }
    ip.step = 'debrief';
    await this.saveProgress();
    await this.observe?.({ type: 'finish', level: level.id });
  }

  /** Replay the level from an earlier choice, to compare the two towers afterwards. */
  async whatIf(fromChoice: number) {
    const ip = this.progress.inPlay!;
    const original = ip.original ?? ip.choices;
    this.progress.inPlay = { level: ip.level, mode: 'whatif', start: ip.start, choices: original.slice(0, fromChoice), step: 'intro', original };
    await this.saveProgress();
  }

  /** The tower at the end of the original run, for a what-if comparison. */
  originalEnd(): TowerState | null {
    const ip = this.progress.inPlay!;
    if (!ip.original) return null;
    return replay(this.playingLevel(), ip.start, ip.original).state;
  }

  /** Play the level again from the same start (a what-if run goes back to a plain one). */
  async tryAgain() {
    const ip = this.progress.inPlay!;
    this.progress.inPlay = { level: ip.level, mode: ip.mode === 'whatif' ? 'single' : ip.mode, start: ip.start, choices: [], step: 'intro' };
    await this.saveProgress();
  }

  async leaveLevel() {
    this.progress.inPlay = null;
    await this.saveProgress();
  }
}

export const app = new App();
