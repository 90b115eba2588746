// Automatic players for balance runs. attuned takes the response with the highest total effect,
// worst the lowest, random any; good-enough is the best most of the time, mildly off otherwise, and
// always takes the repair when one is offered; longest clicks the longest text without reading it
// (it must do no better than random). Ties are broken by the seeded generator.
import { beatResponses, choose, nextBeat, startLevel, type LevelLike, type ResponseLike } from './level';
import type { Rng } from './random';
import type { TowerState } from './state';

export const POLICIES = ['attuned', 'good-enough', 'random', 'longest', 'worst'] as const;
export type Policy = (typeof POLICIES)[number];

/** A good-enough caregiver picks the best answer this often; otherwise the mildest of the others. */
export const GOOD_ENOUGH_BEST = 0.7;

/** Which language's texts the `longest` policy measures (the player's language). */
export interface PickOptions {
  lang?: string;
}

/** An answer's total effect over the caregivers: what attuned ranks highest and worst lowest. */
export const totalEffect = (e: Partial<Record<string, number>>) => Object.values(e).reduce<number>((a, b) => a + (b ?? 0), 0);

function tieBreak(scores: readonly number[], target: number, rng: Rng): number {
  const ties: number[] = [];
  scores.forEach((s, i) => s === target && ties.push(i));
  return ties.length === 1 ? ties[0] : ties[rng.int(ties.length)];
}

export function pick(policy: Policy, responses: readonly ResponseLike[], rng: Rng, opts: PickOptions = {}): number {
  if (policy === 'random') return rng.int(responses.length);
  if (policy === 'longest') {
    const lang = opts.lang ?? 'nl';
    const lengths = responses.map((r) => [...(r.text?.[lang] ?? '')].length);
    return tieBreak(lengths, Math.max(...lengths), rng);
  }
  const scores = responses.map((r) => totalEffect(r.effects));
  const best = Math.max(...scores);
  if (policy === 'good-enough') {
    // a repair moment: the good-enough caregiver comes back to it (the same day when it can)
    const repair = responses.findIndex((r) => r.kind === 'repair');
    if (repair >= 0) return repair;
    if (rng.next() < GOOD_ENOUGH_BEST) return tieBreak(scores, best, rng);
    const below = scores.filter((s) => s < best);
    return below.length ? tieBreak(scores, Math.max(...below), rng) : tieBreak(scores, best, rng);
  }
  return tieBreak(scores, policy === 'attuned' ? best : Math.min(...scores), rng);
}

/** Play one level to the end with a policy; returns the final state. */
export function playLevel(level: LevelLike, policy: Policy, rng: Rng, carried?: TowerState, opts: PickOptions = {}): TowerState {
  let run = startLevel(level, carried);
  for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
    run = choose(level, run, pick(policy, beatResponses(beat), rng, opts)).run;
  }
  return run.state;
}
