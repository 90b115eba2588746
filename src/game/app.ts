// The game's session: settings, players, progress and the level in play. Scenes call this; it
// calls the engine and saves after every change. No Phaser here.
import type { Content } from '../content/load';
import type { LevelT } from '../content/schema';
import { replay, type LevelRun, type TowerState } from '../model';
import {
  currentBeat, findLevel, mapState, modeFor, phasesOf, recommended, reduce, runOf, seedOf, shownResponses,
  type LevelMapState, type Mode, type Outcome, type PlayBeat, type SessionAction, type Turn,
} from './session';
import { load, save } from '../services/store';
import { emptyProgress } from './defaults';
import type { InPlay, Profiles, Progress, Settings } from './saves';

/** The save schemas load with the saves, after the title is on screen. */
const checks = () => import('./saves');

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
    this.progress = (await load(`progress:${this.profiles.current}`, (await checks()).checkProgress)) ?? emptyProgress();
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

  /** Give the current player this progress (a checked progress file), then read it back as any save. */
  async adoptProgress(progress: Progress) {
    this.progress = progress;
    await this.saveProgress();
    await this.loadProgress();
  }

  async saveSettings(next: Partial<Settings>) {
    this.settings = { ...this.settings, ...next };
    await save('settings', this.settings);
  }

  private saveProgress() {
    return save(`progress:${this.profiles.current}`, this.progress);
  }

  level(id: string): LevelT | undefined {
    return findLevel(this.content.levels, id);
  }

  phases() {
    return phasesOf(this.content.levels);
  }

  /** Every level is open; the map marks the recommended one. */
  mapState(level: LevelT): LevelMapState {
    return mapState(this.progress, level);
  }

  recommended(): string | null {
    return recommended(this.content.levels, this.progress);
  }

  // ---- the level in play: everything goes through the session reducer ---------------------

  /** Listeners told after every change of the session (a trainer's SCORM bridge, for one). */
  private listeners: ((a: SessionAction, o: Outcome) => void)[] = [];

  onSession(f: (a: SessionAction, o: Outcome) => void) {
    this.listeners.push(f);
  }

  /** Reduce, save, notify. An action that does not fit the state changes nothing. */
  async dispatch(action: SessionAction): Promise<Outcome> {
    const out = reduce(this.progress, action, this.content.levels);
    if (out.error) return out;
    this.progress = out.progress;
    await this.saveProgress();
    for (const f of this.listeners) f(action, out);
    return out;
  }

  get inPlay(): InPlay | null {
    return this.progress.inPlay;
  }

  playingLevel(): LevelT {
    return this.level(this.progress.inPlay!.level)!;
  }

  run(): LevelRun {
    return runOf(this.content.levels, this.progress.inPlay!);
  }

  /** The beat to answer now (null once the level is played through). */
  beat(): PlayBeat | null {
    return currentBeat(this.playingLevel(), this.progress.inPlay!.choices);
  }

  /** The responses of a beat in the order shown to the player. */
  shown(beat: PlayBeat) {
    return shownResponses(beat, seedOf(this.progress.inPlay!));
  }

  /** Start a new story from the first phase, with a newborn. */
  async newStory() {
    await this.dispatch({ type: 'newStory', seed: newSeed() });
  }

  /** Play a level: in the story with the tower carried over, or on its own from its own start. */
  async begin(levelId: string, mode: Exclude<Mode, 'whatif'>) {
    await this.dispatch({ type: 'begin', level: levelId, mode, seed: newSeed() });
  }

  modeFor(levelId: string): 'story' | 'single' {
    return modeFor(this.progress, levelId);
  }

  async setStep(step: 'situation' | 'choose') {
    await this.dispatch({ type: 'advance', to: step });
  }

  /** Answer the current beat by response id; the turn has the towers before and after and the events. */
  async choose(responseId: string): Promise<Turn | undefined> {
    return (await this.dispatch({ type: 'choose', response: responseId })).turn;
  }

  /** After the result card: the next beat, or the debrief. Says whether the level is played through. */
  async next(): Promise<boolean> {
    await this.dispatch({ type: 'next' });
    return this.progress.inPlay?.step === 'debrief';
  }

  /** Replay the level from an earlier choice, to compare the two towers afterwards. */
  async whatIf(fromChoice: number) {
    await this.dispatch({ type: 'whatIf', from: fromChoice });
  }

  /** The tower at the end of the original run, for a what-if comparison. */
  originalEnd(): TowerState | null {
    const ip = this.progress.inPlay!;
    if (!ip.original) return null;
    return replay(this.playingLevel(), ip.start, ip.original).state;
  }

  /** Play the level again from the same start (a what-if run goes back to a plain one). */
  async tryAgain() {
    await this.dispatch({ type: 'tryAgain', seed: newSeed() });
  }

  async leaveLevel() {
    await this.dispatch({ type: 'leave' });
  }
}

/** A fresh seed for the response order (the shell's job: the reducer takes no randomness). */
function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export const app = new App();
