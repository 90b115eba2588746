// Playing a level: a start state, then one response per scenario. A run is plain data (the level id
// and the responses chosen), so it can be saved, replayed and branched ("what if").
import { CAREGIVER_BLOCKS, type CaregiverId, type ChildId } from './blocks';
import { step } from './engine';
import type { ModelEvent } from './events';
import { wellRaised } from './presets';
import { fromSpec, newborn, type TowerState } from './state';
import { ANSWER_MONTHS, NEW_CAREGIVER_WARMTH } from './tuning';

/** A response as the engine sees it: an id and its effects (a repair-moment answer has a kind). */
export interface ResponseLike {
  id: string;
  effects: Partial<Record<CaregiverId, number>>;
  kind?: string;
  /** What the player reads, per language (only the `longest` balance policy looks at it). */
  text?: Readonly<Record<string, string>>;
}

/** A scenario, with the repair moment that may follow some of its responses. */
interface ScenarioLike {
  id: string;
  responses: readonly ResponseLike[];
  repair?: { after: readonly string[]; responses: readonly ResponseLike[] };
}

/** The part of a content level the engine needs. */
export interface LevelLike {
  id: string;
  focus: ChildId;
  ageMonths: readonly [number, number] | number[];
  start: {
    preset: 'newborn' | 'well-raised';
    child?: Partial<Record<ChildId, { growth?: number; cracks?: number } | undefined>>;
    caregiver?: Partial<Record<CaregiverId, number | undefined>>;
  };
  scenarios: readonly ScenarioLike[];
}

/** One answer in a run: a scenario's response, or (repair: true) the answer in its repair moment. */
export interface Choice {
  scenario: string;
  response: string;
  repair?: boolean;
}

/**
 * A beat is what the player answers next: a scenario, or the repair moment that follows a poor
 * response in it ("Later die avond…"). `index` is the scenario's place in the level.
 */
export interface Beat<S extends ScenarioLike = ScenarioLike> {
  kind: 'scenario' | 'repair';
  scenario: S;
  index: number;
}

export interface LevelRun {
  level: string;
  /** The state the level started from (its own start, or the tower carried over in story mode). */
  start: TowerState;
  state: TowerState;
  choices: Choice[];
  /** What the engine said on the last turn, so a reload can show the same result card. */
  lastEvents?: ModelEvent[];
}

/** Months that pass with each scenario: the level's age span spread over its scenarios. */
export function monthsPerScenario(level: LevelLike): number {
  return (level.ageMonths[1] - level.ageMonths[0]) / level.scenarios.length;
}

/** Months one answer governs: its scene's share of the level, at most ANSWER_MONTHS. */
export function monthsPerAnswer(level: LevelLike): number {
  return Math.min(ANSWER_MONTHS, monthsPerScenario(level));
}

/** Months of background care after each answer: the rest of its scene's share, under the standing pattern. */
export function backgroundMonths(level: LevelLike): number {
  return monthsPerScenario(level) - monthsPerAnswer(level);
}

/** The level's own start state: where a child of that age stands, by its preset and overrides. */
export function levelStart(level: LevelLike): TowerState {
  const age = level.ageMonths[0];
  const fresh = level.start.preset !== 'well-raised';
  const base = fresh ? newborn(age) : wellRaised(age);
  const caregiver: Partial<Record<CaregiverId, number>> = {};
  const attitude: Partial<Record<CaregiverId, number>> = {};
  // new caregivers (a newborn's parents, foster and adoptive parents) bring a modest warmth: an
  // attitude until a response shows it. A caregiver value the level gives is a pattern already shown.
  if (fresh) for (const id of CAREGIVER_BLOCKS) attitude[id] = NEW_CAREGIVER_WARMTH;
  for (const [k, v] of Object.entries(level.start.caregiver ?? {})) {
    if (v === undefined) continue;
    caregiver[k as CaregiverId] = v;
    attitude[k as CaregiverId] = 0;
  }
  return fromSpec({ ageMonths: age, child: level.start.child as Record<ChildId, { growth?: number; cracks?: number }>, caregiver, attitude }, base);
}

/** Start a level; in story mode pass the tower carried over from the previous level. */
export function startLevel(level: LevelLike, carried?: TowerState): LevelRun {
  const start = carried ? { ...carried, ageMonths: Math.max(carried.ageMonths, level.ageMonths[0]) } : levelStart(level);
  return { level: level.id, start, state: start, choices: [] };
}

/**
 * What comes next in a level after these choices (the level's flow, ink-style): the repair moment
 * of the scenario just answered when its response opens one, else the next scenario; null when
 * the level is played through (the debrief).
 */
export function nextBeat<L extends LevelLike>(level: L, choices: readonly Choice[]): Beat<L['scenarios'][number]> | null {
  const last = choices.at(-1);
  if (last && !last.repair) {
    const index = level.scenarios.findIndex((s) => s.id === last.scenario);
    const scenario = level.scenarios[index];
    if (scenario?.repair?.after.includes(last.response)) return { kind: 'repair', scenario, index };
  }
  const answered = choices.reduce((n, c) => n + (c.repair ? 0 : 1), 0);
  return answered < level.scenarios.length ? { kind: 'scenario', scenario: level.scenarios[answered], index: answered } : null;
}

/** The responses a beat offers, in the content's order (the game shows them shuffled). */
export function beatResponses<S extends ScenarioLike>(beat: Beat<S>): S['responses'] | NonNullable<S['repair']>['responses'] {
  return beat.kind === 'repair' ? beat.scenario.repair!.responses : beat.scenario.responses;
}

/** The response a choice names, or undefined when it does not fit the level. */
export function responseOf<L extends LevelLike>(level: L, c: Choice) {
  const s = level.scenarios.find((x) => x.id === c.scenario);
  const list = c.repair ? s?.repair?.responses : s?.responses;
  return list?.find((r) => r.id === c.response) as L['scenarios'][number]['responses'][number] | NonNullable<L['scenarios'][number]['repair']>['responses'][number] | undefined;
}

export class ChoiceError extends Error {}

/**
 * The caregiver blocks a repair moment comes back to: those the poor response that opened it hurt
 * (its negative effects). That response is the run's last choice, in the same scenario.
 */
function repairCloses(beat: Beat, choices: readonly Choice[]): CaregiverId[] {
  const last = choices.at(-1);
  const trigger = last && !last.repair && last.scenario === beat.scenario.id ? beat.scenario.responses.find((r) => r.id === last.response) : undefined;
  return CAREGIVER_BLOCKS.filter((id) => (trigger?.effects[id] ?? 0) < 0);
}

/**
 * Answer the current beat with a response, by id. Time passes after the last beat of a scenario:
 * a response that opens a repair moment takes no time (the repair comes the same day), and the
 * repair moment then carries the scenario's months. Of those, the answer governs at most
 * ANSWER_MONTHS; the rest is background care under the caregiver's standing pattern. A repair answer reaches the engine as a
 * repair move that comes back to the blocks the poor response before it hurt: it closes their
 * fresh ruptures, not those an earlier moment left (its feedback speaks of this moment only).
 */
export function chooseById(level: LevelLike, run: LevelRun, responseId: string): { run: LevelRun; events: ModelEvent[] } {
  const beat = nextBeat(level, run.choices);
  if (!beat) throw new ChoiceError(`level ${level.id} is already done`);
  const response = beatResponses(beat).find((r) => r.id === responseId);
  if (!response) throw new ChoiceError(`${beat.kind === 'repair' ? 'the repair moment of ' : ''}scenario ${beat.scenario.id} has no response ${responseId}`);
  const opensRepair = beat.kind === 'scenario' && !!beat.scenario.repair?.after.includes(response.id);
  // a repair the same day or the next (repair-later) reaches the engine as a repair move
  const repair = beat.kind === 'repair' && (response.kind === 'repair' || response.kind === 'repair-later');
  // one answer governs at most ANSWER_MONTHS; the rest of the scene is background care
  const months = opensRepair ? 0 : monthsPerAnswer(level);
  const background = opensRepair ? 0 : backgroundMonths(level);
  const time = background > 1e-9 ? { months, background } : { months };
  const r = step(
    run.state,
    repair
      ? { effects: response.effects, ...time, repair, closes: repairCloses(beat, run.choices), ...(response.kind === 'repair-later' ? { late: true } : {}) }
      : { effects: response.effects, ...time },
  );
  const choice: Choice = beat.kind === 'repair' ? { scenario: beat.scenario.id, response: response.id, repair: true } : { scenario: beat.scenario.id, response: response.id };
  return { run: { ...run, state: r.state, choices: [...run.choices, choice], lastEvents: r.events }, events: r.events };
}

/** Answer the current beat with its response number `responseIndex` in the content's order. */
export function choose(level: LevelLike, run: LevelRun, responseIndex: number): { run: LevelRun; events: ModelEvent[] } {
  const beat = nextBeat(level, run.choices);
  if (!beat) throw new ChoiceError(`level ${level.id} is already done`);
  const response = beatResponses(beat)[responseIndex];
  if (!response) throw new ChoiceError(`scenario ${beat.scenario.id} has no response ${responseIndex + 1}`);
  return chooseById(level, run, response.id);
}

/** Rebuild a run from its start and choices (a saved game, or a branch for "what if"). */
export function replay(level: LevelLike, start: TowerState, choices: readonly Choice[]): LevelRun {
  let run: LevelRun = { level: level.id, start, state: start, choices: [] };
  for (const c of choices) {
    const beat = nextBeat(level, run.choices);
    if (!beat || beat.scenario.id !== c.scenario || (beat.kind === 'repair') !== !!c.repair) {
      throw new ChoiceError(`choice for ${c.scenario} does not fit level ${level.id}`);
    }
    run = chooseById(level, run, c.response).run;
  }
  return run;
}
