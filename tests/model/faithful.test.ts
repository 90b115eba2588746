// Faithful consequences: what the model says about ruptures and repair, patterns, unmet needs,
// weakness travelling up, catching up and healing, each as a hand-made case (model.md, "What the
// rules mean for the engine").
import { describe, expect, it } from 'vitest';
import {
  ATTUNED_MONTH,
  CAREGIVER_BLOCKS,
  CRACKED_AT,
  LATE_REPAIR_MENDS,
  LEAN_AT,
  NEW_CAREGIVER_WARMTH,
  REPAIR_CARE,
  REPAIR_MENDS,
  REPAIRED_DAMAGE_CEILING,
  WARM_PATTERN_AT,
  applyEffect,
  fromSpec,
  levelStart,
  newborn,
  normalizeState,
  parsePlan,
  run,
  startLevel,
  choose,
  statuses,
  step,
  buildWeight,
  windowWeight,
  wellRaised,
  type Action,
  type LevelLike,
  type ModelEvent,
  type TowerState,
} from '../../src/model';

const all = (e: number) => Object.fromEntries(CAREGIVER_BLOCKS.map((id) => [id, e])) as Action['effects'];
const warmStart = (ageMonths = 0) => fromSpec({ ageMonths, caregiver: all(NEW_CAREGIVER_WARMTH) });
const keys = (events: ModelEvent[]) => events.map((e) => e.key);

/** Play actions one by one, keeping every state and every event. */
function play(start: TowerState, actions: Action[]) {
  return run(start, actions);
}

/** The first timeline state (after a turn) where block i has a status, as age in months. */
const firstAge = (timeline: TowerState[], i: number, want: (st: string) => boolean) => {
  const s = timeline.find((t) => want(statuses(t)[i]));
  return s ? s.ageMonths : undefined;
};

describe('rupture and repair', () => {
  // a baby of one month whose caregivers responded well so far
  const baby = run(warmStart(), [ATTUNED_MONTH]).final;
  const lapse: Action = { effects: { caring: -2 }, months: 0 };

  it('a poor response opens a fresh rupture at once: a hairline, not a crack, no red letter', () => {
    const r = step(baby, lapse);
    expect(r.state.ruptures[0]).toBeGreaterThan(0);
    expect(r.state.cracks).toEqual(baby.cracks);
    expect(statuses(r.state)).toEqual(statuses(baby));
    expect(r.state.leaning).toEqual([false, false, false, false, false]);
    expect(r.events).toContainEqual({ key: 'rupture', block: 'safety' });
    expect(keys(r.events)).not.toContain('caregiverLeans');
  });

  it('a repair move right after (the repair moment, months 0 then the months) closes it and mends most of it', () => {
    const torn = step(baby, lapse).state;
    const r = step(torn, { effects: { caring: 2 }, months: 1, repair: true });
    expect(r.state.ruptures).toEqual([0, 0, 0, 0, 0]);
    expect(r.events).toContainEqual({ key: 'repaired', block: 'safety' });
    expect(keys(r.events)).not.toContain('hardened');
    // the part it does not mend is damage at once, a trace (and warm care heals it again)
    const now = step(torn, { effects: { caring: 2 }, months: 0, repair: true }).state;
    expect(now.cracks[0]).toBeCloseTo(torn.ruptures[0] * (1 - REPAIR_MENDS), 12);
    // a late repair (the next day) closes it too, but mends less
    const late = step(torn, { effects: { caring: 2 }, months: 0, repair: true, late: true }).state;
    expect(late.ruptures[0]).toBe(0);
    expect(late.cracks[0]).toBeCloseTo(torn.ruptures[0] * (1 - LATE_REPAIR_MENDS), 12);
    expect(late.cracks[0]).toBeGreaterThan(now.cracks[0]);
  });

  it('ordinary good care afterwards is not a repair: it closes nothing, says no "repaired", earns no repair bonus', () => {
    const torn = step(baby, lapse).state;
    const r = step(torn, { effects: { caring: 2 }, months: 0 });
    expect(r.state.ruptures[0]).toBe(torn.ruptures[0]);
    expect(keys(r.events)).not.toContain('repaired');
    expect(r.state.strength[0]).toBe(applyEffect(torn.strength[0], 2));
    // but it gives time: the rupture hardens more slowly than under neutral care
    const warm = step({ ...torn, strength: [0.9, 0, 0, 0, 0] }, { effects: {}, months: 1 }).state;
    const cold = step({ ...torn, strength: [0, 0, 0, 0, 0] }, { effects: {}, months: 1 }).state;
    expect(warm.ruptures[0]).toBeGreaterThan(cold.ruptures[0]);
    // and the repair move is still the better answer: less harm at once and two months later
    const rep = step(torn, { effects: { caring: 2 }, months: 0, repair: true }).state;
    const harm = (x: TowerState) => x.cracks[0] + x.ruptures[0];
    expect(harm(rep)).toBeLessThan(harm(r.state));
    const later = (x: TowerState) =>
      run(x, [
        { effects: {}, months: 1 },
        { effects: {}, months: 1 },
      ]).final;
    expect(harm(later(rep))).toBeLessThan(harm(later(r.state)));
  });

  it('left alone, the rupture hardens into crack damage over the months: a hairline, not a crack', () => {
    // a year old (self-confidence in its window) with a warm caregiver: the lapse on supporting
    // leaves that care itself warm, so only the rupture does harm. (Warm care also heals the
    // hardened hairline again; at 1 month basic safety heals about as fast as it hardens.)
    const year = { ...run(warmStart(), Array(12).fill(ATTUNED_MONTH)).final, strength: [0.8, 0.8, 0.8, 0.3, 0.3] };
    const torn = step(year, { effects: { supporting: -2 }, months: 0 }).state;
    expect(torn.ruptures[2]).toBeGreaterThan(0);
    expect(torn.strength[2]).toBeGreaterThan(0.15);
    const r = play(torn, [
      { effects: {}, months: 1 },
      { effects: {}, months: 1 },
    ]);
    expect(r.final.cracks[2]).toBeGreaterThan(0);
    expect(r.final.cracks[2]).toBeLessThan(CRACKED_AT);
    expect(r.events.map((e) => e.event)).toContainEqual({ key: 'hardened', block: 'confidence' });
    // compare: the same months after a prompt repair leave less damage (what the repair did not mend)
    const repaired = play(torn, [
      { effects: {}, months: 1, repair: true },
      { effects: {}, months: 1 },
    ]);
    expect(repaired.final.cracks[2]).toBeLessThan(r.final.cracks[2]);
    expect(repaired.final.cracks[2]).toBeLessThanOrEqual(torn.ruptures[2] * (1 - REPAIR_MENDS) + 1e-12);
  });

  it('a pattern of unrepaired lapses cracks the block; the same lapses each repaired at once do not', () => {
    // a year old, safety solid, warm caregivers: every month one poor response on caring
    const year = run(warmStart(), Array(12).fill(ATTUNED_MONTH)).final;
    const left: Action[] = Array(8).fill({ effects: { ...all(2), caring: -2 }, months: 1 });
    const mended: Action[] = [];
    for (let m = 0; m < 8; m++) mended.push({ effects: { caring: -2 }, months: 0 }, { effects: all(2), months: 1, repair: true });
    const a = play(year, left);
    const b = play(year, mended);
    expect(statuses(a.final)[0]).toBe('cracked');
    expect(a.final.leaning[0]).toBe(true);
    expect(Math.max(...b.timeline.map((s) => s.cracks[0]))).toBeLessThan(CRACKED_AT);
    expect(statuses(b.final)[0]).toBe('solid');
  });

  // a toddler of two, raised well, with a fresh rupture on safety from an earlier scene and one on
  // autonomy from the moment the repair comes back to
  const toddler = (): TowerState => ({ ...wellRaised(24), ruptures: [0.06, 0, 0, 0.08, 0] });

  it('a repair move closes in full only the ruptures it comes back to; the others stay open and harden', () => {
    const s = toddler();
    const r = step(s, { effects: { firmness: 1 }, months: 0, repair: true, closes: ['firmness'] });
    // autonomy's rupture closes (a +1 alone would close nothing) and counts as care
    expect(r.state.ruptures[3]).toBe(0);
    expect(r.state.strength[3]).toBeCloseTo(applyEffect(applyEffect(s.strength[3], 1), REPAIR_CARE), 12);
    // safety's rupture, from another moment, is left as it was: no repair, no push on caring
    expect(r.state.ruptures[0]).toBe(0.06);
    expect(r.state.strength[0]).toBe(s.strength[0]);
    expect(r.events.filter((e) => e.key === 'repaired')).toEqual([{ key: 'repaired', block: 'autonomy' }]);
    // and as the months pass it hardens into damage, as an unrepaired rupture does
    const later = step(r.state, { effects: {}, months: 1 });
    expect(later.events).toContainEqual({ key: 'hardened', block: 'safety' });
    expect(later.events).not.toContainEqual({ key: 'hardened', block: 'autonomy' });
    expect(later.state.ruptures[0]).toBeGreaterThan(0);
  });

  it('a repair move without closes (plans written before it) still closes every fresh rupture', () => {
    const r = step(toddler(), { effects: { firmness: 1 }, months: 0, repair: true });
    expect(r.state.ruptures).toEqual([0, 0, 0, 0, 0]);
    expect(r.events.filter((e) => e.key === 'repaired')).toEqual([
      { key: 'repaired', block: 'safety' },
      { key: 'repaired', block: 'autonomy' },
    ]);
  });

  it('a rupture needs a block that has begun: none on a locked block that has not started', () => {
    const r = step(warmStart(), { effects: { trusting: -3 }, months: 0 });
    expect(r.state.ruptures[4]).toBe(0);
    expect(keys(r.events)).not.toContain('rupture');
  });

  it('frequent ruptures, each repaired at once, from birth: no crack anywhere, the tower still builds', () => {
    const turns: Action[] = [];
    for (let m = 0; m < 60; m++) turns.push({ effects: { caring: -2, giving: -1 }, months: 0 }, { effects: all(2), months: 1, repair: true });
    const r = play(warmStart(), turns);
    for (const s of r.timeline) expect(Math.max(...s.cracks)).toBeLessThanOrEqual(REPAIRED_DAMAGE_CEILING);
    expect(statuses(r.final)).toEqual(['solid', 'solid', 'solid', 'solid', 'solid']);
    expect(r.events.map((e) => e.event.key)).not.toContain('caregiverLeans');
  });
});

describe('patterns, not single responses, show red letters', () => {
  it('one lapse at 1 month: no red letter on the caregiver, no cracked block, and it heals', () => {
    const turns: Action[] = [ATTUNED_MONTH, { effects: { ...all(2), caring: -2 }, months: 1 }, ...Array(10).fill(ATTUNED_MONTH)];
    const r = play(warmStart(), turns);
    expect(r.events.map((e) => e.event.key)).not.toContain('caregiverLeans');
    for (const s of r.timeline) expect(statuses(s)[0]).not.toBe('cracked');
    expect(Math.max(...r.timeline.map((s) => s.cracks[0]))).toBeLessThan(CRACKED_AT);
    expect(r.final.cracks[0]).toBe(0);
    expect(statuses(r.final)[0]).toBe('solid');
  });

  it('a pattern of poor responses: the caregiver block leans to its red letter and the block cracks', () => {
    const r = play(warmStart(), Array(4).fill({ effects: { caring: -2 }, months: 1 }));
    const leans = r.events.filter((e) => e.event.key === 'caregiverLeans');
    expect(leans.map((e) => e.event)).toEqual([{ key: 'caregiverLeans', caregiver: 'caring' }]);
    // not at the first poor response: only once it is a pattern
    expect(leans[0].turn).toBeGreaterThanOrEqual(2);
    expect(r.final.leaning[0]).toBe(true);
    expect(statuses(r.final)[0]).toBe('cracked');
  });

  it('hysteresis: the red letter stays until care is warm again, then recovery is announced', () => {
    const low = play(warmStart(), Array(4).fill({ effects: { caring: -2 }, months: 1 })).final;
    // drifting back to neutral does not end the tendency
    const drift = play(low, Array(12).fill({ effects: {}, months: 1 }));
    expect(drift.final.strength[0]).toBeGreaterThan(LEAN_AT);
    expect(drift.final.leaning[0]).toBe(true);
    // good care does, and says so
    const back = play(low, Array(3).fill({ effects: { caring: 2 }, months: 1 }));
    expect(back.events.map((e) => e.event)).toContainEqual({ key: 'caregiverRecovered', caregiver: 'caring' });
    expect(back.final.leaning[0]).toBe(false);
  });

  it('new caregivers bring a warmth of NEW_CAREGIVER_WARMTH, as an attitude until a response shows it', () => {
    const level: LevelLike = { id: 'x', focus: 'safety', ageMonths: [0, 3], start: { preset: 'newborn' }, scenarios: [] };
    expect(levelStart(level).strength).toEqual(Array(5).fill(0));
    expect(levelStart(level).attitude).toEqual(Array(5).fill(NEW_CAREGIVER_WARMTH));
    // a caregiver value the level sets is a pattern already shown
    const set: LevelLike = { ...level, start: { preset: 'newborn', caregiver: { caring: -0.2 } } };
    expect(levelStart(set).strength).toEqual([-0.2, 0, 0, 0, 0]);
    expect(levelStart(set).attitude).toEqual([0, ...Array(4).fill(NEW_CAREGIVER_WARMTH)]);
    const raised: LevelLike = { ...level, ageMonths: [3, 9], start: { preset: 'well-raised' } };
    expect(levelStart(raised).strength.every((x) => x > NEW_CAREGIVER_WARMTH)).toBe(true);
    expect(levelStart(raised).attitude).toEqual([0, 0, 0, 0, 0]);
    // the first good response builds on it
    const first = step(levelStart(level), { effects: { caring: 2 }, months: 0 }).state;
    expect(first.strength[0]).toBeCloseTo(applyEffect(NEW_CAREGIVER_WARMTH, 2), 12);
    expect(first.strength[0]).toBeGreaterThanOrEqual(WARM_PATTERN_AT);
  });
});

describe('unmet needs cost', () => {
  it('absent care from birth cracks basic safety inside its window', () => {
    const r = play(newborn(), Array(6).fill({ effects: {}, months: 1 }));
    const crackedAt = firstAge(r.timeline, 0, (st) => st === 'cracked');
    expect(crackedAt).toBeDefined();
    expect(crackedAt!).toBeLessThanOrEqual(3);
    expect(r.events.map((e) => e.event)).toContainEqual({ key: 'unmet', block: 'safety' });
  });

  it('care that is barely there (inside UNMET_BAND) does not build a block in its window', () => {
    const s = { ...newborn(), strength: [0.05, 0, 0, 0, 0] };
    const r = step(s, { effects: {}, months: 1 });
    expect(r.state.growth[0]).toBe(0);
    expect(r.state.cracks[0]).toBeGreaterThan(0);
  });

  it('outside its window absent care leaves a block alone (everyday care is assumed to go on)', () => {
    const four = { ...run(newborn(), Array(48).fill(ATTUNED_MONTH)).final, strength: [0, 0, 0, 0, 0] };
    const r = play(four, Array(6).fill({ effects: {}, months: 1 }));
    expect(r.final.cracks.slice(0, 4)).toEqual([0, 0, 0, 0]);
    // creativity (36-60 months) is in its window: its absent care cracks it
    expect(r.final.cracks[4]).toBeGreaterThan(0);
  });
});

describe('weakness travels up', () => {
  // two years old: trust cracked; confidence built, autonomy under way; warm care on their own blocks
  const start = fromSpec({
    ageMonths: 24,
    child: { safety: { growth: 1 }, trust: { growth: 1, cracks: 0.45 }, confidence: { growth: 0.9 }, autonomy: { growth: 0.5 } },
    caregiver: { caring: 0.6, giving: 0, supporting: 0.6, firmness: 0.6, trusting: 0.6 },
  });
  const noGiving: Action = { effects: { caring: 2, supporting: 2, firmness: 2, trusting: 2 }, months: 1 };

  it('grown blocks above a crack take damage even under good care of their own', () => {
    const r = play(start, Array(12).fill(noGiving));
    for (let t = 1; t < r.timeline.length; t++) {
      expect(r.timeline[t].cracks[2]).toBeGreaterThan(r.timeline[t - 1].cracks[2]);
      expect(r.timeline[t].cracks[3]).toBeGreaterThan(r.timeline[t - 1].cracks[3]);
    }
    expect(r.events.map((e) => e.event)).toContainEqual({ key: 'weakBelow', block: 'confidence', below: 'trust' });
    // growth never falls: the damage is cracks
    expect(r.final.growth[2]).toBe(0.9);
  });

  it('a crack that is healing no longer spreads: the blocks above wait, without new damage', () => {
    // the same tower, but now giving is warm: trust's crack is healing (its red letter fading)
    const r = play({ ...start, strength: [0.6, 0.6, 0.6, 0.6, 0.6] }, Array(3).fill(ATTUNED_MONTH));
    expect(statuses(r.timeline[0])[1]).toBe('healing');
    for (const s of r.timeline) expect(s.cracks[2]).toBe(0);
    expect(r.events.map((e) => e.event.key)).not.toContain('weakBelow');
  });

  it('left long enough, they crack too; once the crack beneath heals the damage stops and mends', () => {
    const r = play(start, [...Array(18).fill(noGiving), ...Array(24).fill(ATTUNED_MONTH)]);
    expect(firstAge(r.timeline, 2, (st) => st === 'cracked')).toBeLessThanOrEqual(24 + 18);
    const trustHealed = r.timeline.findIndex((s, t) => t >= 18 && s.cracks[1] < CRACKED_AT);
    expect(trustHealed).toBeGreaterThan(18);
    for (let t = trustHealed + 1; t < r.timeline.length; t++) expect(r.timeline[t].cracks[2]).toBeLessThanOrEqual(r.timeline[t - 1].cracks[2]);
    expect(statuses(r.final).slice(0, 4)).toEqual(['solid', 'solid', 'solid', 'solid']);
  });
});

describe('catching up (teruggaan en inhalen)', () => {
  const cracked = { safety: { growth: 0.5, cracks: 0.6 }, trust: { growth: 0.35, cracks: 0.5 }, confidence: { growth: 0.25, cracks: 0.1 } };
  const placed = (age: number) => run(fromSpec({ ageMonths: age, child: cracked, caregiver: all(NEW_CAREGIVER_WARMTH) }), Array(96).fill(ATTUNED_MONTH));
  const monthsUntil = (age: number, i: number) => {
    const r = placed(age);
    const a = firstAge(r.timeline, i, (st) => st === 'solid');
    return a === undefined ? Infinity : a - age;
  };

  it('placed at 2½ with a cracked base: steady warm care builds the whole tower solid within 3½ years', () => {
    const r = placed(30);
    const whole = r.timeline.find((s) => statuses(s).every((st) => st === 'solid'));
    expect(whole).toBeDefined();
    // measured: 38 months (the base in 6, trust in 9)
    expect(whole!.ageMonths - 30).toBeLessThanOrEqual(42);
    expect(monthsUntil(30, 0)).toBeLessThanOrEqual(8);
    expect(monthsUntil(30, 1)).toBeLessThanOrEqual(12);
  });

  it('placed at 8 with the same base: a solid base and trust within about two years', () => {
    // measured: the base in 8 months, trust in 17
    expect(monthsUntil(96, 0)).toBeLessThanOrEqual(12);
    expect(monthsUntil(96, 1)).toBeLessThanOrEqual(24);
  });

  it('the younger the child, the faster it catches up', () => {
    for (const i of [0, 1, 2, 3]) expect(monthsUntil(30, i)).toBeLessThan(monthsUntil(96, i));
  });

  it('a passed window answers at the catch-up pace, never faster than inside the window', () => {
    for (let i = 0; i < 5; i++) {
      for (const age of [40, 70, 100, 150]) {
        expect(buildWeight(i, age)).toBeGreaterThanOrEqual(windowWeight(i, age));
        expect(buildWeight(i, age)).toBeLessThanOrEqual(1);
      }
      expect(buildWeight(i, 70)).toBeGreaterThanOrEqual(buildWeight(i, 150));
    }
  });
});

describe('the healing status', () => {
  const foster: LevelLike = {
    id: 'foster',
    focus: 'safety',
    ageMonths: [30, 42],
    start: { preset: 'newborn', child: { safety: { growth: 0.5, cracks: 0.6 }, trust: { growth: 0.35, cracks: 0.5 }, confidence: { growth: 0.25, cracks: 0.1 } } },
    scenarios: Array.from({ length: 8 }, (_, n) => ({
      id: `s${n}`,
      responses: [
        { id: 'warm', effects: { caring: 2, giving: 1 } },
        { id: 'poor', effects: { caring: -2 } },
      ],
    })),
  };

  it('a cracked base shows its red letter at arrival, then heals under warm care: cracked, healing, solid', () => {
    let lvl = startLevel(foster);
    expect(statuses(lvl.state)[0]).toBe('cracked');
    const seen: string[] = [];
    const events: ModelEvent[] = [];
    for (let n = 0; n < foster.scenarios.length; n++) {
      const r = choose(foster, lvl, 0);
      lvl = r.run;
      events.push(...r.events);
      seen.push(statuses(lvl.state)[0]);
    }
    expect(seen[0]).toBe('healing');
    expect(events).toContainEqual({ key: 'mending', block: 'safety' });
    expect(events).toContainEqual({ key: 'healed', block: 'safety' });
    // a good year ends with nothing on its red letter alone: every cracked block is mending
    expect(statuses(lvl.state)).not.toContain('cracked');
  });

  it('a poor response stops the mending at once; the block is cracked again, not healing', () => {
    const first = choose(foster, startLevel(foster), 0).run;
    expect(statuses(first.state)[0]).toBe('healing');
    const poor = step(first.state, { effects: { caring: -3 }, months: 0 });
    expect(statuses(poor.state)[0]).toBe('cracked');
    expect(keys(poor.events)).toContain('mendingStops');
  });

  it('nothing heals on a cracked base: the block above a healing block is cracked, not healing', () => {
    const s = fromSpec({ ageMonths: 30, child: { safety: { growth: 0.5, cracks: 0.6 }, trust: { growth: 0.5, cracks: 0.6 } }, caregiver: all(0.8) });
    expect(statuses(s).slice(0, 2)).toEqual(['healing', 'cracked']);
  });
});

describe('states of an older shape', () => {
  it('normalizeState fills in ruptures and leaning; plans take "repair": true', () => {
    const old = { ageMonths: 5, growth: [1, 0.2, 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [0.5, -0.7, 0, 0, 0] };
    const s = normalizeState(old);
    expect(s.ruptures).toEqual([0, 0, 0, 0, 0]);
    expect(s.leaning).toEqual([false, true, false, false, false]);
    expect(step(s, ATTUNED_MONTH).state.ageMonths).toBe(6);
    const plan = parsePlan({
      turns: [
        { months: 0, caregiver: { caring: -2 } },
        { months: 1, repair: true, caregiver: { caring: 2 } },
      ],
    });
    expect(plan.actions[1]).toEqual({ effects: { caring: 2 }, months: 1, repair: true });
    expect(() => parsePlan({ turns: [{ months: 1, repair: 'yes' }] })).toThrow(/turns\[0\]\.repair/);
  });
});
