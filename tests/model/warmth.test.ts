// Warmth is an attitude until it is shown (issue 17): a new caregiver's start warmth is no care by
// itself; it fades within weeks unless a positive response shows it. With no responses, a cracked
// base does not heal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEW_CAREGIVER_WARMTH, UNSHOWN_WARMTH_MONTHLY_RETENTION, levelStart, run, step, type Action, type LevelLike } from '../../src/model';
import { arbAction, arbChildState, arbState } from './helpers';

const cfg = { numRuns: 300 };

/** A child placed with new caregivers, with a cracked base (as a foster or adoption level starts). */
const placed = (age: number): LevelLike => ({
  id: `placed-${age}`,
  focus: 'safety',
  ageMonths: [age, age + 12],
  start: { preset: 'newborn', child: { safety: { growth: 0.45, cracks: 0.55 }, trust: { growth: 0.3, cracks: 0.5 }, confidence: { growth: 0.3, cracks: 0.3 } } },
  scenarios: [],
});

describe('warmth is an attitude until it is shown', { timeout: 60_000 }, () => {
  for (const age of [30, 48]) {
    it(`placed at ${age} months with a cracked base: months without a response heal nothing`, () => {
      const start = levelStart(placed(age));
      expect(start.attitude).toEqual(Array(5).fill(NEW_CAREGIVER_WARMTH));
      const r = run(start, Array(60).fill({ effects: {}, months: 1 } satisfies Action));
      for (const s of r.timeline) for (let i = 0; i < 5; i++) expect(s.cracks[i]).toBeGreaterThanOrEqual(start.cracks[i]);
      // the warmth is gone within weeks
      expect(Math.max(...r.timeline[0].attitude)).toBeLessThanOrEqual(NEW_CAREGIVER_WARMTH * UNSHOWN_WARMTH_MONTHLY_RETENTION + 1e-12);
      expect(Math.max(...r.timeline[3].attitude)).toBe(0);
    });
  }

  it('the same start with one good response a month heals the base', () => {
    const start = levelStart(placed(30));
    const r = run(start, Array(12).fill({ effects: { caring: 2, giving: 1 }, months: 1 } satisfies Action));
    expect(r.final.cracks[0]).toBeLessThan(start.cracks[0]);
  });

  it('unshown warmth is no care: without a positive response the child fares exactly as without it', () => {
    // always reached: every case compares a state with its warmth and without
    const noPlus = arbAction.map((a): Action => ({ ...a, effects: Object.fromEntries(Object.entries(a.effects).map(([k, e]) => [k, Math.min(0, e ?? 0)])) }));
    fc.assert(
      fc.property(
        fc.oneof(arbState, arbChildState),
        fc.array(
          fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
          { minLength: 5, maxLength: 5 },
        ),
        fc.array(noPlus, { minLength: 1, maxLength: 6 }),
        (raw, warmth, actions) => {
          const cold = run({ ...raw, attitude: [0, 0, 0, 0, 0] }, actions).final;
          const warm = run({ ...raw, attitude: warmth }, actions).final;
          expect(warm.growth).toEqual(cold.growth);
          expect(warm.cracks).toEqual(cold.cracks);
          expect(warm.strength).toEqual(cold.strength);
          expect(warm.ruptures).toEqual(cold.ruptures);
          for (let i = 0; i < 5; i++) expect(warm.attitude[i]).toBeLessThanOrEqual(warmth[i]);
        },
      ),
      cfg,
    );
  });

  it('unshown warmth fades by UNSHOWN_WARMTH_MONTHLY_RETENTION a month; a positive response shows it and builds on it', () => {
    // always reached
    fc.assert(
      fc.property(
        fc.oneof(arbState, arbChildState),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 1000 }).map((x) => x / 1000),
        (raw, i, e, months) => {
          const s = { ...raw, attitude: raw.attitude.map((_, n) => (n === i ? NEW_CAREGIVER_WARMTH : 0)) };
          const left = step(s, { effects: {}, months }).state.attitude[i];
          const want = NEW_CAREGIVER_WARMTH * Math.pow(UNSHOWN_WARMTH_MONTHLY_RETENTION, months);
          expect(left).toBeCloseTo(want < 1e-4 ? 0 : want, 9);
          const id = (['caring', 'giving', 'supporting', 'firmness', 'trusting'] as const)[i];
          const shown = step(s, { effects: { [id]: e }, months: 0 }).state;
          expect(shown.attitude[i]).toBe(0);
          expect(shown.strength[i]).toBeGreaterThanOrEqual(step({ ...s, attitude: [0, 0, 0, 0, 0] }, { effects: { [id]: e }, months: 0 }).state.strength[i]);
        },
      ),
      cfg,
    );
  });
});
