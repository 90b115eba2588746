// The game's session: the level in play, on top of what the game keeps (records.ts: settings,
// players, progress). Scenes call this; it calls the engine and saves after every change. No Phaser here.
import type { LevelT } from '../content/schema';
import { normalizeState, replay, type LevelRun, type TowerState } from '../model';
import {
  currentBeat,
  findLevel,
  mapState,
  modeFor,
  phasesOf,
  recommended,
  reduce,
  runOf,
  seedOf,
  shownResponses,
  type LevelMapState,
  type Mode,
  type Outcome,
  type PlayBeat,
  type SessionAction,
  type Turn,
} from './session';
import type { InPlay } from './saves';
import type { Link } from './link';
import { Records } from './records';

export class App extends Records {
  /** A level given in the link (?level=ID), opened whatever the map says: homework. */
  assigned: string | null = null;
  /** What the page's link asked for, bounded (link.ts). */
  link: Link = { level: null, badLevel: null, lang: null, assignment: null };
  /** Saves, settings and content are in; until then the title shows what needs none of them. */
  ready: Promise<void> = Promise.resolve();
  isReady = false;
  /** Messages for the player that wait for the next screen. */
  notices: string[] = [];
  /** The first content error in words (file, item, field), kept to say why a level is missing. */
  contentProblem = '';

  // ---- trainer seam (src/game/assignment.ts; its progress key is in records.ts) ---------------
  /** The class's shared seed while an assignment asks for one: every student sees the same order. */
  sharedSeed: number | null = null;
  /** Called after a choice is saved and after a level is finished (assignment timing, SCORM). */
  observe: ((e: { type: 'choose' | 'finish'; level: string }) => void | Promise<void>) | null = null;

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

  /** Reduce, save, notify. An action that does not fit the state changes nothing. */
  async dispatch(action: SessionAction): Promise<Outcome> {
    const out = reduce(this.progress, action, this.content.levels);
    if (out.error) return out;
    this.progress = out.progress;
    this.busy++;
    try {
      await this.saveProgress();
      const level = this.progress.inPlay?.level;
      if (level && action.type === 'choose') await this.observe?.({ type: 'choose', level });
      if (level && action.type === 'next' && this.progress.inPlay?.step === 'debrief') await this.observe?.({ type: 'finish', level });
    } finally {
      this.busy--;
    }
    return out;
  }

  /**
   * Actions being saved now. The screens take no input meanwhile: the state has changed under
   * the screen on show (a digit on the debrief while "Levels" was leaving the level froze it).
   */
  busy = 0;

  /** Put a level in play as another computer has it (an assignment's platform copy), and save it. */
  async setInPlay(ip: InPlay | null) {
    this.progress = { ...this.progress, inPlay: ip };
    await this.saveProgress();
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
    await this.dispatch({ type: 'begin', level: levelId, mode, seed: this.sharedSeed ?? newSeed() });
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
    return replay(this.playingLevel(), normalizeState(ip.start), ip.original).state;
  }

  /** Play the level again from the same start (a what-if run goes back to a plain one). */
  async tryAgain() {
    // the class's shared order holds for a replay too
    await this.dispatch({ type: 'tryAgain', seed: this.sharedSeed ?? newSeed() });
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
