// The session as a pure reducer (after boardgame.io's core): progress and an action in, the new
// progress and the turn out. It decides what comes next — a scenario, a repair moment, the
// debrief — and the unlock and story rules. No Phaser, no storage, no clock, no randomness: the
// shell (App) passes seeds in, saves what comes out and tells the scenes.
import type { LevelT, RepairResponseT, ResponseT, ScenarioT } from '../content/schema';
import {
  CHILD_BLOCKS,
  ChoiceError,
  chooseById,
  nextBeat,
  normalizeState,
  replay,
  responseOf,
  startLevel,
  statuses,
  type Beat,
  type Choice,
  type LevelRun,
  type ModelEvent,
  type StoredTowerState,
  type TowerState,
} from '../model';
import type { TurnContext } from './explain';
import { responseOrder } from './order';
import { seedFor } from './seed';
import type { InPlay, Progress, Step } from './saves';

export type Mode = InPlay['mode'];

/**
 * Where the level in play stood when an action was issued: its level, step and the number of
 * choices made. A screen takes it when it is built and sends it with what the player pressed, so
 * a second press (a double Enter, a tap on a card already gone) is refused as stale rather than
 * acted on in a state it was not meant for.
 */
export interface At {
  level: string;
  step: Step;
  turn: number;
}

export const atOf = (ip: InPlay): At => ({ level: ip.level, step: ip.step, turn: ip.choices.length });
const sameAt = (a: At, b: At) => a.level === b.level && a.step === b.step && a.turn === b.turn;

/** An action on the level in play; `at` (where it was issued from) is checked when given. */
type InLevel<A> = A & { at?: At };

export type SessionAction =
  /** Start a level: in the story (carrying the tower on), on its own, or as an assignment. */
  | { type: 'begin'; level: string; mode: Exclude<Mode, 'whatif'>; seed: number }
  /** A new story from the first phase, with a newborn. */
  | { type: 'newStory'; seed: number }
  /** intro → situation → choose (on a small screen the responses come one step later). */
  | InLevel<{ type: 'advance'; to: 'situation' | 'choose' }>
  /** Answer the current beat, by response id (the order shown is shuffled). */
  | InLevel<{ type: 'choose'; response: string }>
  /** After the result card: the next beat, or the debrief when the level is played through. */
  | InLevel<{ type: 'next' }>
  /** Replay from an earlier choice, to compare the two towers afterwards. */
  | InLevel<{ type: 'whatIf'; from: number }>
  | InLevel<{ type: 'tryAgain'; seed: number }>
  | { type: 'leave' }
  /** The level in play as another computer has it (an assignment's platform copy), or none. */
  | { type: 'resume'; inPlay: InPlay | null };

/** Why an action was refused (boardgame.io's INVALID_MOVE, with its reason). */
export type RefusalReason =
  /** Issued from a screen the level has moved on from (a second press). */
  | 'stale'
  | 'noLevel'
  | 'unknownLevel'
  /** Not possible in the level's current step. */
  | 'wrongStep'
  | 'playedThrough'
  /** No such response in the beat being answered. */
  | 'unknownResponse'
  /** A what-if from a choice that was not made. */
  | 'noSuchChoice'
  | 'noPhases';

export interface Refusal {
  reason: RefusalReason;
  /** In words, for the developer's log. */
  detail: string;
}

/** One answered beat: what the result card shows. */
export interface Turn {
  choice: Choice;
  before: TowerState;
  after: TowerState;
  events: ModelEvent[];
}

export interface Outcome {
  progress: Progress;
  turn?: Turn;
  /** Set when the action did not fit the state: the progress is then returned unchanged. */
  refused?: Refusal;
}

export type PlayBeat = Beat<ScenarioT>;

const invalid = (progress: Progress, reason: RefusalReason, detail: string): Outcome => ({ progress, refused: { reason, detail } });

export const findLevel = (levels: readonly LevelT[], id: string) => levels.find((l) => l.id === id);
export const phasesOf = (levels: readonly LevelT[]) => levels.filter((l) => l.kind === 'phase');

/** The seed of a level in play; saves from before shuffling get a fixed one. */
export const seedOf = (ip: InPlay) => ip.seed ?? seedFor(ip.level);

/** The run of the level in play, rebuilt from its start and choices. */
export function runOf(levels: readonly LevelT[], ip: InPlay): LevelRun {
  const level = findLevel(levels, ip.level);
  if (!level) throw new ChoiceError(`unknown level ${ip.level}`);
  return replay(level, normalizeState(ip.start), ip.choices);
}

/** What the player answers now, or null when the level is played through. */
export function currentBeat(level: LevelT, choices: readonly Choice[]): PlayBeat | null {
  return nextBeat(level, choices);
}

/** A beat's responses in the order shown: shuffled by the run's seed, the same after a reload. */
export function shownResponses(beat: PlayBeat, seed: number): (ResponseT | RepairResponseT)[] {
  const list: readonly (ResponseT | RepairResponseT)[] = beat.kind === 'repair' ? beat.scenario.repair!.responses : beat.scenario.responses;
  return responseOrder(seed, `${beat.kind}:${beat.scenario.id}`, list.length).map((i) => list[i]);
}

/** "Moment n of N": the scenario's place in the level; a repair moment keeps its scenario's number. */
export function momentOf(level: LevelT, choices: readonly Choice[], step: Step): { n: number; total: number } {
  const total = level.scenarios.length;
  const beat = step === 'result' ? lastBeat(level, choices) : currentBeat(level, choices);
  return { n: Math.min((beat?.index ?? total - 1) + 1, total), total };
}

/**
 * How the play header, the debrief, what-if and the reports count moments: a scenario is moment n
 * (its place in the level), and a repair moment is not counted as a moment of its own: it is
 * labelled as the repair moment of the scenario before it. One entry per choice.
 */
export function momentNumbers(level: LevelT, choices: readonly Choice[]): { n: number; repair: boolean }[] {
  return choices.map((c) => ({ n: level.scenarios.findIndex((s) => s.id === c.scenario) + 1, repair: !!c.repair }));
}

/**
 * The last answered turn, as the result card tells it: the towers before and after, what the
 * engine said, and what the card needs to word it (a repair moment next, the answer's kind).
 */
export function lastTurn(level: LevelT, start: StoredTowerState, choices: readonly Choice[]): (Turn & { context: TurnContext; response: ResponseT | RepairResponseT }) | null {
  const last = choices.at(-1);
  if (!last) return null;
  const run = replay(level, normalizeState(start), choices.slice(0, -1));
  const r = chooseById(level, run, last.response);
  const response = responseOf(level, last)!;
  const context: TurnContext = {
    before: run.state,
    after: r.run.state,
    repairNext: nextBeat(level, choices)?.kind === 'repair',
    kind: 'kind' in response ? response.kind : undefined,
  };
  return { choice: last, before: run.state, after: r.run.state, events: r.events, context, response };
}

/** The beat the last choice answered. */
export function lastBeat(level: LevelT, choices: readonly Choice[]): PlayBeat | null {
  const last = choices.at(-1);
  if (!last) return null;
  const index = level.scenarios.findIndex((s) => s.id === last.scenario);
  return index < 0 ? null : { kind: last.repair ? 'repair' : 'scenario', scenario: level.scenarios[index], index };
}

/** How a level stands on the map. Every level is open (parents go straight to their child's age). */
export type LevelMapState = 'open' | 'done';

export function mapState(progress: Progress, level: LevelT): LevelMapState {
  return progress.levels[level.id]?.done ? 'done' : 'open';
}

/** The level the map recommends next: the story's next level, else the first phase not yet done. */
export function recommended(levels: readonly LevelT[], progress: Progress): string | null {
  if (progress.story.next && findLevel(levels, progress.story.next)) return progress.story.next;
  return phasesOf(levels).find((l) => !progress.levels[l.id]?.done)?.id ?? null;
}

/** Which mode the map starts a level in: the story's next level continues the story. */
export function modeFor(progress: Progress, levelId: string): 'story' | 'single' {
  return progress.story.next === levelId ? 'story' : 'single';
}

/** The next phase after a level, for the story's "next phase" button. */
export function nextPhase(levels: readonly LevelT[], level: LevelT): LevelT | undefined {
  const phases = phasesOf(levels);
  const i = phases.indexOf(level);
  return i < 0 ? undefined : phases[i + 1];
}

function begin(progress: Progress, levels: readonly LevelT[], levelId: string, mode: Exclude<Mode, 'whatif'>, seed: number): Outcome {
  const level = findLevel(levels, levelId);
  if (!level) return invalid(progress, 'unknownLevel', `unknown level ${levelId}`);
  const stored = mode === 'story' ? progress.story.carried : null;
  const carried = stored ? normalizeState(stored) : undefined;
  const run = startLevel(level, carried);
  return { progress: { ...progress, inPlay: { level: level.id, mode, seed, start: run.start, choices: [], step: 'intro' } } };
}

/**
 * The reducer: an impossible action returns the progress unchanged, with a reason. `known`: the
 * run of the level in play as it stands (the shell's view has it), so it is not replayed again.
 */
export function reduce(progress: Progress, action: SessionAction, levels: readonly LevelT[], known?: LevelRun): Outcome {
  if (action.type === 'begin') return begin(progress, levels, action.level, action.mode, action.seed);
  if (action.type === 'newStory') {
    const first = phasesOf(levels)[0];
    if (!first) return invalid(progress, 'noPhases', 'there are no phase levels');
    return begin({ ...progress, story: { next: first.id, carried: null } }, levels, first.id, 'story', action.seed);
  }
  if (action.type === 'resume') {
    const to = action.inPlay;
    if (to && !findLevel(levels, to.level)) return invalid(progress, 'unknownLevel', `unknown level ${to.level}`);
    return { progress: { ...progress, inPlay: to } };
  }
  const ip = progress.inPlay;
  if (!ip) return invalid(progress, 'noLevel', 'no level in play');
  if (action.type === 'leave') return { progress: { ...progress, inPlay: null } };
  if (action.at && !sameAt(action.at, atOf(ip))) {
    const now = atOf(ip);
    return invalid(progress, 'stale', `${action.type} was issued at ${action.at.level} ${action.at.step} ${action.at.turn}, the level is at ${now.level} ${now.step} ${now.turn}`);
  }
  const level = findLevel(levels, ip.level);
  if (!level) return invalid(progress, 'unknownLevel', `unknown level ${ip.level}`);
  const withIp = (next: Partial<InPlay>): Progress => ({ ...progress, inPlay: { ...ip, ...next } });
  const runNow = () => (known && known.level === ip.level && known.choices.length === ip.choices.length ? known : replay(level, normalizeState(ip.start), ip.choices));

  switch (action.type) {
    case 'advance': {
      if (ip.step === 'result' || ip.step === 'debrief') return invalid(progress, 'wrongStep', `cannot go to ${action.to} from ${ip.step}`);
      if (!currentBeat(level, ip.choices)) return invalid(progress, 'playedThrough', 'the level is played through');
      return { progress: withIp({ step: action.to }) };
    }
    case 'choose': {
      if (ip.step !== 'situation' && ip.step !== 'choose') return invalid(progress, 'wrongStep', `cannot choose in step ${ip.step}`);
      let run: LevelRun;
      try {
        run = runNow();
        const r = chooseById(level, run, action.response);
        const choice = r.run.choices.at(-1)!;
        return {
          progress: withIp({ choices: r.run.choices, step: 'result' }),
          turn: { choice, before: run.state, after: r.run.state, events: r.events },
        };
      } catch (e) {
        if (e instanceof ChoiceError) return invalid(progress, currentBeat(level, ip.choices) ? 'unknownResponse' : 'playedThrough', e.message);
        throw e;
      }
    }
    case 'next': {
      if (ip.step !== 'result') return invalid(progress, 'wrongStep', `cannot go on from step ${ip.step}`);
      if (currentBeat(level, ip.choices)) return { progress: withIp({ step: 'situation' }) };
      return finish(progress, levels, level, ip, runNow().state);
    }
    case 'whatIf': {
      if (ip.step !== 'debrief') return invalid(progress, 'wrongStep', 'what-if starts from the debrief');
      const original = ip.original ?? ip.choices;
      if (action.from < 0 || action.from >= original.length) return invalid(progress, 'noSuchChoice', `no choice ${action.from + 1} to go back to`);
      return { progress: { ...progress, inPlay: { level: ip.level, mode: 'whatif', seed: seedOf(ip), start: ip.start, choices: original.slice(0, action.from), step: 'intro', original } } };
    }
    case 'tryAgain': {
      const mode = ip.mode === 'whatif' ? 'single' : ip.mode;
      return { progress: { ...progress, inPlay: { level: ip.level, mode, seed: action.seed, start: ip.start, choices: [], step: 'intro' } } };
    }
  }
}

/** The level is played through: record the outcome, carry the story on, show the debrief. */
function finish(progress: Progress, levels: readonly LevelT[], level: LevelT, ip: InPlay, state: TowerState): Outcome {
  const focus = statuses(state)[CHILD_BLOCKS.indexOf(level.focus)];
  const inPlay: InPlay = { ...ip, step: 'debrief' };
  if (ip.mode === 'whatif') return { progress: { ...progress, inPlay } };
  const prev = progress.levels[level.id];
  const levelsDone = { ...progress.levels, [level.id]: { done: true, focusStatus: focus, plays: (prev?.plays ?? 0) + 1 } };
  const story = ip.mode === 'story' ? { next: nextPhase(levels, level)?.id ?? null, carried: state } : progress.story;
  return { progress: { ...progress, levels: levelsDone, story, inPlay } };
}

/**
 * Ruptures and repairs in a run, for the debrief ("3 keer breuk, 3 keer herstel"): the choices
 * after which the engine said `rupture`, and those after which it said `repaired` (only a repair answer
 * in a repair moment closes ruptures; ordinary good care does not).
 */
export function ruptureCount(level: LevelT, ip: Pick<InPlay, 'start' | 'choices'>): { ruptures: number; repairs: number } {
  const start = normalizeState(ip.start);
  let run: LevelRun = { level: level.id, start, state: start, choices: [] };
  let ruptures = 0;
  let repairs = 0;
  for (const c of ip.choices) {
    const r = chooseById(level, run, c.response);
    run = r.run;
    if (r.events.some((e) => e.key === 'rupture')) ruptures++;
    if (r.events.some((e) => e.key === 'repaired')) repairs++;
  }
  return { ruptures, repairs };
}
