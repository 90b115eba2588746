// Balance: what the content issue promises a trainer about every level.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { beatResponses, choose, nextBeat, pick, seededRng, simulate, startLevel } from '../../src/model';

const { levels } = loadFromDisk();
const RUNS = 200;
const SEED = 20261125;

describe.each(levels.map((l) => [l.id, l] as const))('level %s', (_id, level) => {
  const focus = level.focus;
  const attuned = simulate(level, 'attuned', RUNS, SEED).blocks[focus];
  const worst = simulate(level, 'worst', RUNS, SEED).blocks[focus];
  const random = simulate(level, 'random', RUNS, SEED).blocks[focus];

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
    const all = level.scenarios.flatMap((s) => [
      ...s.responses.map((r) => `${s.id}/${r.id}`),
      ...(s.repair?.responses ?? []).map((r) => `${s.id}/repair/${r.id}`),
    ]);
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
