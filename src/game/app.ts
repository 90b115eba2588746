// The game's session: the level in play, on top of what the game keeps (records.ts: settings,
// players, progress). Scenes call this; it calls the engine and saves after every change. No Phaser here.
import type { LevelT } from '../content/schema';
import { findLevel, mapState, modeFor, phasesOf, recommended, reduce, type At, type LevelMapState, type Mode, type Outcome, type SessionAction, type Turn } from './session';
import { playView, type PlayView } from './view';
import type { InPlay, Progress } from './saves';
import type { Link } from './link';
import { Records } from './records';

/** A change to the level in play, saved: the action, the progress after it, and whether it finished the level. */
export interface Change {
  action: SessionAction;
  progress: Progress;
  turn?: Turn;
  finished: boolean;
}
export type Subscriber = (c: Change) => void | Promise<void>;

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
  /** Who hears of every change to the level in play, once it is saved (the assignment, and through it SCORM). */
  private subscribers: Subscriber[] = [];

  /** Hear of every change once it is saved; returns the way to stop. */
  subscribe(fn: Subscriber): () => void {
    this.subscribers = [...this.subscribers, fn];
    return () => {
      this.subscribers = this.subscribers.filter((f) => f !== fn);
    };
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

  /**
   * Reduce, save, notify. An action that does not fit the state changes nothing and comes back
   * refused, with its reason (logged while developing: a refusal is never silent).
   */
  async dispatch(action: SessionAction): Promise<Outcome> {
    const out = reduce(this.progress, action, this.content.levels, action.type === 'choose' || action.type === 'next' ? this.view?.run : undefined);
    if (out.refused) {
      if (import.meta.env?.DEV) console.info(`refused ${action.type} (${out.refused.reason}): ${out.refused.detail}`);
      return out;
    }
    this.progress = out.progress;
    this.busy++;
    try {
      await this.saveProgress();
      const ip = this.progress.inPlay;
      const change: Change = { action, progress: this.progress, turn: out.turn, finished: !!ip && action.type === 'next' && ip.step === 'debrief' };
      for (const fn of this.subscribers) await fn(change);
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
  async resume(ip: InPlay | null): Promise<Outcome> {
    return this.dispatch({ type: 'resume', inPlay: ip });
  }

  private viewed: { key: string; view: PlayView | null } | null = null;

  /**
   * The level in play as the screens show it (game/view.ts): worked out once per change of the
   * level in play, however often it is read. Null when no level is in play.
   */
  get view(): PlayView | null {
    const ip = this.progress.inPlay;
    // (a save gives back an equal copy: the same level in play is not walked through again)
    const key = ip ? JSON.stringify(ip) : '';
    if (this.viewed?.key !== key) this.viewed = { key, view: playView(this.content.levels, ip) };
    return this.viewed.view;
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

  /** `at`: where the screen stood that sent it (a second press is refused); the state now when not given. */
  async setStep(step: 'situation' | 'choose', at?: At) {
    return this.dispatch({ type: 'advance', to: step, at });
  }

  /** Answer the current beat by response id; the turn has the towers before and after and the events. */
  async choose(responseId: string, at?: At): Promise<Turn | undefined> {
    return (await this.dispatch({ type: 'choose', response: responseId, at })).turn;
  }

  /** After the result card: the next beat, or the debrief. Says whether the level is played through. */
  async next(at?: At): Promise<boolean> {
    await this.dispatch({ type: 'next', at });
    return this.progress.inPlay?.step === 'debrief';
  }

  /** Replay the level from an earlier choice, to compare the two towers afterwards. */
  async whatIf(fromChoice: number, at?: At) {
    return this.dispatch({ type: 'whatIf', from: fromChoice, at });
  }

  /** Play the level again from the same start (a what-if run goes back to a plain one). */
  async tryAgain(at?: At) {
    // the class's shared order holds for a replay too
    return this.dispatch({ type: 'tryAgain', seed: this.sharedSeed ?? newSeed(), at });
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
