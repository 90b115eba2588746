// Playing a level: a start state, then one response per scenario. A run is plain data (the level id
// and the responses chosen), so it can be saved, replayed and branched ("what if").
import { CAREGIVER_BLOCKS, type CaregiverId, type ChildId } from './blocks';
import { step } from './engine';
import type { ModelEvent } from './events';
import { wellRaised } from './presets';
import { fromSpec, newborn, type TowerState } from './state';
import { NEW_CAREGIVER_WARMTH } from './tuning';

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
  scenarios: readonly { id: string; responses: readonly { id: string; effects: Partial<Record<CaregiverId, number>> }[] }[];
}

export interface Choice {
  scenario: string;
  response: string;
}

export interface LevelRun {
  level: string;
  /** The state the level started from (its own start, or the tower carried over in story mode). */
  start: TowerState;
  state: TowerState;
  choices: Choice[];
}

/** Months that pass with each scenario: the level's age span spread over its scenarios. */
export function monthsPerScenario(level: LevelLike): number {
  return (level.ageMonths[1] - level.ageMonths[0]) / level.scenarios.length;
}

/** The level's own start state: where a child of that age stands, by its preset and overrides. */
export function levelStart(level: LevelLike): TowerState {
  const age = level.ageMonths[0];
  const fresh = level.start.preset !== 'well-raised';
  const base = fresh ? newborn(age) : wellRaised(age);
  const caregiver: Partial<Record<CaregiverId, number>> = {};
  // new caregivers (a newborn's parents, foster and adoptive parents) start with a modest warmth
  if (fresh) for (const id of CAREGIVER_BLOCKS) caregiver[id] = NEW_CAREGIVER_WARMTH;
  for (const [k, v] of Object.entries(level.start.caregiver ?? {})) if (v !== undefined) caregiver[k as CaregiverId] = v;
  return fromSpec({ ageMonths: age, child: level.start.child as Record<ChildId, { growth?: number; cracks?: number }>, caregiver }, base);
}

/** Start a level; in story mode pass the tower carried over from the previous level. */
export function startLevel(level: LevelLike, carried?: TowerState): LevelRun {
  const start = carried ? { ...carried, ageMonths: Math.max(carried.ageMonths, level.ageMonths[0]) } : levelStart(level);
  return { level: level.id, start, state: start, choices: [] };
}

export function isDone(level: LevelLike, run: LevelRun): boolean {
  return run.choices.length >= level.scenarios.length;
}

export class ChoiceError extends Error {}

/** Pick a response (by index) in the current scenario. */
export function choose(level: LevelLike, run: LevelRun, responseIndex: number): { run: LevelRun; events: ModelEvent[] } {
  const scenario = level.scenarios[run.choices.length];
  if (!scenario) throw new ChoiceError(`level ${level.id} is already done`);
  const response = scenario.responses[responseIndex];
  if (!response) throw new ChoiceError(`scenario ${scenario.id} has no response ${responseIndex + 1}`);
  const r = step(run.state, { effects: response.effects, months: monthsPerScenario(level) });
  return {
    run: { ...run, state: r.state, choices: [...run.choices, { scenario: scenario.id, response: response.id }] },
    events: r.events,
  };
}

/** Rebuild a run from its start and choices (a saved game, or a branch for "what if"). */
export function replay(level: LevelLike, start: TowerState, choices: readonly Choice[]): LevelRun {
  let run: LevelRun = { level: level.id, start, state: start, choices: [] };
  for (const c of choices) {
    const scenario = level.scenarios[run.choices.length];
    if (!scenario || scenario.id !== c.scenario) throw new ChoiceError(`choice for ${c.scenario} does not fit level ${level.id}`);
    const idx = scenario.responses.findIndex((r) => r.id === c.response);
    if (idx < 0) throw new ChoiceError(`scenario ${c.scenario} has no response ${c.response}`);
    run = choose(level, run, idx).run;
  }
  return run;
}
