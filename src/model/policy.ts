// Automatic players for balance runs: attuned takes the response with the highest total effect,
// worst the lowest, random any; ties are broken by the seeded generator.
import { beatResponses, choose, nextBeat, startLevel, type LevelLike } from './level';
import type { Rng } from './random';
import type { TowerState } from './state';

export const POLICIES = ['attuned', 'worst', 'random'] as const;
export type Policy = (typeof POLICIES)[number];

const total = (e: Partial<Record<string, number>>) => Object.values(e).reduce<number>((a, b) => a + (b ?? 0), 0);

export function pick(policy: Policy, responses: readonly { effects: Partial<Record<string, number>> }[], rng: Rng): number {
  if (policy === 'random') return rng.int(responses.length);
  const scores = responses.map((r) => total(r.effects));
  const best = policy === 'attuned' ? Math.max(...scores) : Math.min(...scores);
  const ties: number[] = [];
  scores.forEach((s, i) => s === best && ties.push(i));
  return ties.length === 1 ? ties[0] : ties[rng.int(ties.length)];
}

/** Play one level to the end with a policy; returns the final state. */
export function playLevel(level: LevelLike, policy: Policy, rng: Rng, carried?: TowerState): TowerState {
  let run = startLevel(level, carried);
  for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
    run = choose(level, run, pick(policy, beatResponses(beat), rng)).run;
  }
  return run.state;
}
