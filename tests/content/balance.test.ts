// Balance: what the content issue promises a trainer about every level.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { CHILD_BLOCKS } from '../../src/model/blocks';
import { beatResponses, choose, nextBeat, pick, seededRng, simulate, startLevel } from '../../src/model';

const { levels } = loadFromDisk();
const RUNS = 200;
const SEED = 20261125;

describe.each(levels.map((l) => [l.id, l] as const))('level %s', (_id, level) => {
  const focus = level.focus;
  const attuned = simulate(level, 'attuned', RUNS, SEED).blocks[focus];
  const worst = simulate(level, 'worst', RUNS, SEED).blocks[focus];
  const random = simulate(level, 'random', RUNS, SEED).blocks[focus];
  const goodEnough = simulate(level, 'good-enough', RUNS, SEED).blocks[focus];
  const standing = (b: { meanGrowth: number; meanCracks: number }) => b.meanGrowth - b.meanCracks;

  it.each(['nl', 'en'])('clicking the longest answer without reading (%s) does no better than random play', (lang) => {
    const longest = simulate(level, 'longest', RUNS, SEED, { lang }).blocks[focus];
    expect(standing(longest), `longest ${JSON.stringify(longest)} against random ${JSON.stringify(random)}`).toBeLessThanOrEqual(standing(random));
  });

  it('a good-enough caregiver (70% best, otherwise mildly off, always repairing) keeps the focus block uncracked in at least 85% of runs', () => {
    expect(1 - goodEnough.cracked).toBeGreaterThanOrEqual(0.85);
    expect(random.cracked).toBeGreaterThan(goodEnough.cracked);
  });

  it('attuned play leaves the focus block solid and uncracked in at least 90% of runs', () => {
    expect(attuned.solid).toBeGreaterThanOrEqual(0.9);
    expect(attuned.cracked).toBe(0);
  });

  it('worst play cracks the focus block in at least 90% of runs', () => {
    expect(worst.cracked).toBeGreaterThanOrEqual(0.9);
  });

  it('random play lands in between', () => {
    expect(random.meanGrowth).toBeLessThanOrEqual(attuned.meanGrowth);
    expect(random.meanCracks).toBeGreaterThanOrEqual(attuned.meanCracks);
    expect(random.meanCracks).toBeLessThan(worst.meanCracks);
    expect(random.solid).toBeLessThan(attuned.solid);
  });

  it('every response, and every repair moment with each of its options, is reached in some random run', () => {
    const rng = seededRng(SEED);
    const seen = new Set<string>();
    for (let r = 0; r < RUNS; r++) {
      let run = startLevel(level);
      for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
        run = choose(level, run, pick('random', beatResponses(beat), rng)).run;
      }
      run.choices.forEach((c) => seen.add(`${c.scenario}/${c.repair ? 'repair/' : ''}${c.response}`));
    }
    const all = level.scenarios.flatMap((s) => [...s.responses.map((r) => `${s.id}/${r.id}`), ...(s.repair?.responses ?? []).map((r) => `${s.id}/repair/${r.id}`)]);
    expect(all.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('in each repair moment the repair scores better than moving on or explaining away', () => {
    const total = (e: Record<string, number | undefined>) => Object.values(e).reduce<number>((a, b) => a + (b ?? 0), 0);
    for (const s of level.scenarios) {
      if (!s.repair) continue;
      const repair = s.repair.responses.find((r) => r.kind === 'repair')!;
      for (const r of s.repair.responses) if (r !== repair) expect(total(repair.effects), `${s.id}/${r.id}`).toBeGreaterThan(total(r.effects));
    }
  });
});

// Block 4 of the caregiver is "grenzen stellen zonder af te wijzen": a limit that rejects, punishes,
// threatens or shames fails it, so a path of such limits may not leave autonomy better off than a
// path of vague limits.
describe('limits in the autonomy level', () => {
  const level = levels.find((l) => l.focus === 'autonomy' && l.kind === 'phase')!;
  type Tagged = { tags?: readonly string[]; kind?: string };
  const path = (tag: string) => {
    let cracks = 0;
    let growth = 0;
    let taken = 0;
    const rng = seededRng(SEED);
    for (let r = 0; r < 20; r++) {
      let run = startLevel(level);
      for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
        const rs = beatResponses(beat) as readonly Tagged[];
        let i = rs.findIndex((x) => x.tags?.includes(tag));
        if (i >= 0) taken++;
        if (i < 0) i = rs.findIndex((x) => x.kind === 'repair');
        if (i < 0) i = pick('attuned', beatResponses(beat), rng);
        run = choose(level, run, i).run;
      }
      cracks += run.state.cracks[CHILD_BLOCKS.indexOf('autonomy')];
      growth += run.state.growth[CHILD_BLOCKS.indexOf('autonomy')];
    }
    return { cracks: cracks / 20, growth: growth / 20, taken: taken / 20 };
  };

  it('a rejecting path cracks autonomy at least as much as a vague one', () => {
    const rejecting = path('rejecting-limit');
    const vague = path('vague-limit');
    expect(rejecting.taken, 'rejecting limits offered on the path').toBeGreaterThanOrEqual(3);
    expect(vague.taken, 'vague limits offered on the path').toBeGreaterThanOrEqual(3);
    expect(vague.cracks, 'a vague path cracks autonomy').toBeGreaterThan(0);
    expect(rejecting.cracks).toBeGreaterThanOrEqual(vague.cracks);
    // both may crack it fully; then the rejecting path must not have let it grow further either
    expect(rejecting.growth - rejecting.cracks).toBeLessThanOrEqual(vague.growth - vague.cracks);
  });
});
