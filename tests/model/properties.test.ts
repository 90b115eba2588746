// Random plans from random start states: every rule of the model holds on every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAREGIVER_BLOCKS,
  CHILD_BLOCKS,
  CRACKED_AT,
  GROWN_GROWTH,
  REPAIR_CARE,
  REPAIRED_DAMAGE_CEILING,
  UNMET_BAND,
  UNMET_NEED,
  inWindow,
  applyEffect,
  isCracked,
  lowestCrackedBelow,
  respond,
  statuses,
  step,
  windowWeight,
  type ModelEvent,
  type TowerState,
} from '../../src/model';
import { arbAction, arbCareAction, arbChildPlan, arbChildState, arbNewbornPlan, arbPlan, arbState, reach } from './helpers';

const SAFETY = 0,
  TRUST = 1,
  AUT = 3;

/** Walk a plan and call check(before, after) on every step. */
function everyStep(start: TowerState, actions: Parameters<typeof step>[1][], check: (a: TowerState, b: TowerState, months: number) => void) {
  let s = start;
  for (const action of actions) {
    const next = step(s, action).state;
    check(s, next, action.months);
    s = next;
  }
}

const grew = (a: TowerState, b: TowerState, i: number) => b.growth[i] > a.growth[i];

describe('invariants on every step of random plans', { timeout: 60_000 }, () => {
  // any state, a newborn, and (half the cases) a real-looking child under mostly warm care
  const plans = fc.oneof({ weight: 1, arbitrary: arbPlan }, { weight: 1, arbitrary: arbNewbornPlan }, { weight: 2, arbitrary: arbChildPlan });
  const cfg = { numRuns: 300 };

  it('values stay in range; growth never falls; age moves by the months', () => {
    fc.assert(
      fc.property(plans, ({ start, actions }) => {
        everyStep(start, actions, (a, b, months) => {
          for (let i = 0; i < 5; i++) {
            expect(b.growth[i]).toBeGreaterThanOrEqual(a.growth[i]);
            expect(b.growth[i]).toBeLessThanOrEqual(1);
            expect(b.cracks[i]).toBeGreaterThanOrEqual(0);
            expect(b.cracks[i]).toBeLessThanOrEqual(1);
            expect(Math.abs(b.strength[i])).toBeLessThanOrEqual(1);
          }
          expect(b.ageMonths).toBeCloseTo(a.ageMonths + months, 9);
        });
      }),
      cfg,
    );
  });

  /**
   * Rules 1-3 on every step: for each block under warm care of its own (so it would grow if it
   * could), it grows only while the blocks the rule names are solid, and does not grow otherwise.
   * A case counts as reached when some step had such a block; `grewToo` counts the cases where one
   * of them also grew (the rule let it).
   */
  function growsOnlyOn(blocks: number[], base: (i: number) => number[], minReach: number, minGrew: number) {
    const r = reach();
    const grewToo = reach();
    fc.assert(
      fc.property(plans, ({ start, actions }) => {
        r.case();
        grewToo.case();
        let s = start;
        for (const action of actions) {
          const mid = respond(s, action);
          const next = step(s, action).state;
          const st = statuses(s);
          for (const i of blocks) {
            if (mid.strength[i] < UNMET_BAND || action.months === 0) continue;
            r.hit();
            const baseSolid = base(i).every((j) => st[j] === 'solid');
            if (grew(s, next, i)) grewToo.hit(), expect(baseSolid).toBe(true);
            if (!baseSolid) expect(next.growth[i]).toBe(s.growth[i]);
          }
          s = next;
        }
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(minReach);
    expect(grewToo.share()).toBeGreaterThan(minGrew);
  }

  // Measured: reached in about 77% of cases; trust grew in about 34%. (Before the rewrite, with the
  // old number helper and no child-like plans, trust grew in 3% of cases and rules 2-3 never.)
  it('rule 1: trust grows only while safety is solid', () => growsOnlyOn([TRUST], () => [SAFETY], 0.6, 0.2));
  // measured: reached in about 92% of cases; a block grew in about 24%
  it('rule 2: blocks 3-5 grow only while safety and trust are solid', () => growsOnlyOn([2, 3, 4], () => [SAFETY, TRUST], 0.75, 0.12));
  // measured: reached in about 87% of cases; a block grew in about 13%
  it('rule 3: autonomy grows only while confidence is solid, creativity only while autonomy is', () => growsOnlyOn([AUT, 4], (i) => [i - 1], 0.7, 0.06));

  it('rule 4: above a cracked block every grown block that is not cracked itself wobbles', () => {
    // measured: reached (some block cracked after some step) in about 65% of cases
    const r = reach();
    fc.assert(
      fc.property(plans, ({ start, actions }) => {
        r.case();
        everyStep(start, actions, (_a, b) => {
          const st = statuses(b);
          const lowestCrack = b.cracks.findIndex((c) => c >= CRACKED_AT);
          if (lowestCrack < 0) return;
          r.hit();
          expect(isCracked(st[lowestCrack])).toBe(true);
          for (let i = lowestCrack + 1; i < 5; i++) {
            // a cracked block above a crack cannot be healing: nothing heals on a cracked base
            expect(st[i]).not.toBe('healing');
            if (st[i] !== 'cracked' && b.growth[i] >= GROWN_GROWTH) expect(st[i]).toBe('wobbly');
            if (b.growth[i] < GROWN_GROWTH && st[i] !== 'cracked') expect(st[i]).toBe('locked');
          }
        });
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.5);
  });

  it('rule 4: a wobbly block fares worse than the same block on a sound base, whatever the care', () => {
    // Before, this property took random states and only a few had a wobbly block. Now the state is
    // made wobbly: block i grown and below CRACKED_AT, some block j beneath it cracked. The strict
    // comparison is reached in about 70% of cases (measured; about 90% before unmet needs cost the
    // lowest block that is not solid at any age, which leaves some cases out, see below).
    const arbWobbly = fc.tuple(arbState, fc.integer({ min: 1, max: 4 }), fc.nat(), arbAction, fc.double({ min: 0.05, max: 1, noNaN: true })).map(([s, i, k, action, months]) => {
      const j = k % i;
      const cracks = s.cracks.map((c, n) => (n === i ? c * 0.29 : n === j ? 0.3 + 0.7 * c : c));
      const growth = s.growth.map((g, n) => (n === i ? 0.2 + 0.8 * g : g));
      return { s: { ...s, cracks, growth }, i, action: { ...action, months } };
    });
    const r = reach();
    fc.assert(
      fc.property(arbWobbly, ({ s, i, action }) => {
        r.case();
        expect(statuses(s)[i]).toBe('wobbly');
        const sound: TowerState = { ...s, cracks: s.cracks.map((c, j) => (j < i ? 0 : c)), growth: s.growth.map((g, j) => (j < i ? 1 : g)) };
        // Unmet needs cost the lowest block that is not yet solid at any age: on the sound base that
        // is block i itself, on the cracked base the crack beneath takes it. Where only that differs
        // (care near zero, outside i's window, i not solid) the sound block may fare worse: left out.
        const care = respond(sound, action).strength[i];
        const lowestSound = statuses(respond(sound, action)).findIndex((x) => x !== 'solid');
        if (care < UNMET_BAND && care > -UNMET_NEED && !inWindow(i, s.ageMonths) && lowestSound === i) return;
        const a = step(s, action).state.cracks[i] - s.cracks[i];
        const b = step(sound, action).state.cracks[i] - sound.cracks[i];
        // poor care cracks it faster (WOBBLY_FRAGILITY), good care cannot heal it, and a crack
        // beneath that is left alone damages it anyway (WEAK_BELOW_PER_MONTH): never less damage,
        // and more whenever the sound block would crack too or the crack beneath is not healing
        expect(a).toBeGreaterThanOrEqual(b - 1e-12);
        const st = statuses(respond(s, action)); // the statuses the months start from
        const lowest = st.findIndex(isCracked);
        // (b counts only when it is more than a fresh rupture hardening, this response's included:
        // that part is the same on any base)
        const fresh = respond(sound, action).ruptures[i];
        if (s.cracks[i] + a < 1 && (b > fresh + 1e-12 || st[lowest] === 'cracked')) r.hit(), expect(a).toBeGreaterThan(b);
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.55);
  });

  it('rule 5: a block answers most inside its window, less outside, never zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 240, noNaN: true }), (i, age) => {
        const w = windowWeight(i, age);
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1);
      }),
    );
    // measured: the strict comparison is reached in about 73% of cases (before, with "cracks at 0"
    // counted as a bound even when nothing healed and with the old number helper: about 2%)
    const r = reach();
    // (without bias: fast-check's bias towards 0 gives mostly zero care, which moves nothing far away)
    fc.assert(
      fc.property(fc.noBias(fc.oneof(arbState, arbChildState)), fc.integer({ min: 0, max: 4 }), (raw, i) => {
        r.case();
        // the same state and care at two ages: the age closer to the window never moves the block less.
        // Only what care does depends on age: so no fresh ruptures (they harden at the same pace at any
        // age) and nothing cracked beneath (weakness travels up at the same pace at any age).
        const s: TowerState = { ...raw, ruptures: [0, 0, 0, 0, 0], cracks: raw.cracks.map((c, j) => (j < i ? 0 : c)) };
        const near = step({ ...s, ageMonths: [1, 6, 12, 24, 48][i] }, { effects: {}, months: 0.5 }).state;
        const far = step({ ...s, ageMonths: 200 }, { effects: {}, months: 0.5 }).state;
        const moved = (x: TowerState, _y: TowerState) => Math.abs(x.growth[i] - s.growth[i]) + Math.abs(x.cracks[i] - s.cracks[i]);
        // clipped by the end of a scale: built to 1, healed to 0, or cracked to 1 (a block cracked to
        // 0.9993 inside its window can move only 0.0007 before it is full, while far away it heals by more)
        const atBound = (x: TowerState) => (x.growth[i] === 1 && s.growth[i] < 1) || (x.cracks[i] === 0 && s.cracks[i] > 0) || x.cracks[i] === 1;
        if (atBound(near)) return;
        expect(moved(near, s)).toBeGreaterThanOrEqual(moved(far, s) - 1e-12);
        if (moved(far, s) > 0) r.hit(), expect(moved(near, s)).toBeGreaterThan(moved(far, s));
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.5);
  });

  it('rule 6: a crack heals only while no block beneath it is cracked', () => {
    // measured: reached (a crack above block 1 shrank) in about 50% of cases
    const r = reach();
    fc.assert(
      fc.property(plans, ({ start, actions }) => {
        r.case();
        everyStep(start, actions, (a, b) => {
          const st = statuses(a);
          for (let i = 1; i < 5; i++) {
            if (b.cracks[i] < a.cracks[i]) r.hit(), expect(st.slice(0, i).some(isCracked)).toBe(false);
          }
        });
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.35);
  });

  it('damage has a reason: cracks rise only by poor or absent care, a rupture hardening, or a crack beneath', () => {
    // Before ruptures and "weakness travels up", positive care never added cracks. Now a block
    // under warm care of its own may still take damage, but only from an open rupture on it or from
    // a cracked block beneath it. Measured: reached (cracks rose somewhere) in about 88% of cases.
    const r = reach();
    fc.assert(
      fc.property(plans, ({ start, actions }) => {
        r.case();
        let s = start;
        for (const action of actions) {
          const mid = respond(s, action); // the response itself; then at most one month passes
          const next = step(s, action).state;
          const st = statuses(mid);
          for (let i = 0; i < 5; i++) {
            if (next.cracks[i] <= s.cracks[i]) continue;
            r.hit();
            // (a repair move turns the part of a rupture it does not mend into damage at once)
            const why = mid.strength[i] < UNMET_BAND || mid.ruptures[i] > 0 || (!!action.repair && s.ruptures[i] > 0) || lowestCrackedBelow(st, i) >= 0;
            expect(why).toBe(true);
          }
          s = next;
        }
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.7);
  });

  it('one response alone never cracks a block, and never shows a red letter on a caregiver block that was not below zero', () => {
    // always reached: every case is one response at the moment it is given (months 0)
    fc.assert(
      fc.property(fc.oneof(arbState, arbChildState), arbAction, (s, action) => {
        const after = step(s, { ...action, months: 0 }).state;
        expect(statuses(after).map(isCracked)).toEqual(statuses(s).map(isCracked));
        // only a repair move adds damage at once (what it does not mend), and never past REPAIRED_DAMAGE_CEILING
        for (let i = 0; i < 5; i++) {
          if (action.repair && s.ruptures[i] > 0) expect(after.cracks[i]).toBeLessThanOrEqual(Math.max(s.cracks[i], REPAIRED_DAMAGE_CEILING));
          else expect(after.cracks[i]).toBe(s.cracks[i]);
        }
        for (let i = 0; i < 5; i++) if (s.strength[i] >= 0 && !s.leaning[i]) expect(after.leaning[i]).toBe(false);
      }),
      cfg,
    );
  });

  it('a rupture repaired at once leaves nothing to harden', () => {
    // always reached: a poor response at months 0, then a repair move over some months
    const poor = fc.record(Object.fromEntries(CAREGIVER_BLOCKS.map((id) => [id, fc.integer({ min: -3, max: -1 })])) as Record<string, fc.Arbitrary<number>>, { requiredKeys: ['caring'] });
    fc.assert(
      fc.property(fc.oneof(arbState, arbChildState), poor, arbCareAction, (s, effects, repair) => {
        const torn = step(s, { effects, months: 0 }).state;
        // a repair move is not a poor response at the same time: its effects are 0 or more
        const fixes = Object.fromEntries(Object.entries(repair.effects).map(([k, e]) => [k, Math.max(0, e ?? 0)]));
        const r = step(torn, { effects: fixes, months: repair.months, repair: true });
        expect(r.state.ruptures).toEqual([0, 0, 0, 0, 0]);
        expect(r.events.map((e) => e.key)).not.toContain('hardened');
      }),
      cfg,
    );
  });

  it('a repair move leaves alone the ruptures it does not come back to, unless a good response on their block closes them', () => {
    // Measured: reached (an open rupture on a block outside `closes` with no positive effect) in
    // about 47% of cases (the random states leave most blocks without a rupture).
    const r = reach();
    fc.assert(
      fc.property(fc.oneof(arbState, arbChildState), arbAction, fc.subarray([...CAREGIVER_BLOCKS]), (s, action, closes) => {
        r.case();
        const events: ModelEvent[] = [];
        const after = respond(s, { ...action, repair: true, closes }, events);
        CAREGIVER_BLOCKS.forEach((id, i) => {
          const e = action.effects[id] ?? 0;
          if (closes.includes(id) || e > 0 || s.ruptures[i] === 0) return;
          r.hit();
          // not closed: as it was, or (a poor response on it) wider
          if (e === 0) expect(after.ruptures[i]).toBe(s.ruptures[i]);
          else expect(after.ruptures[i]).toBeGreaterThanOrEqual(s.ruptures[i]);
          expect(events).not.toContainEqual({ key: 'repaired', block: CHILD_BLOCKS[i] });
        });
      }),
      cfg,
    );
    expect(r.share()).toBeGreaterThan(0.35);
  });

  it('rule 7: from any state, steady attuned care heals every crack', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        let t = s;
        for (let m = 0; m < 360; m++) t = step(t, { effects: { caring: 2, giving: 2, supporting: 2, firmness: 2, trusting: 2 }, months: 1 }).state;
        expect(t.cracks.every((c) => c < CRACKED_AT)).toBe(true);
        expect(statuses(t)).toEqual(['solid', 'solid', 'solid', 'solid', 'solid']);
      }),
      { numRuns: 60 },
    );
  });

  it('a caregiver effect moves its block the way of its sign; only a repair move closes a rupture, and that adds a push up', () => {
    fc.assert(
      fc.property(arbState, arbAction, (s, action) => {
        const after = step(s, { ...action, months: 0 }).state;
        (['caring', 'giving', 'supporting', 'firmness', 'trusting'] as const).forEach((id, i) => {
          const e = action.effects[id] ?? 0;
          // (a positive response first shows the warmth a new caregiver brought, and builds on it)
          const moved = applyEffect(e > 0 ? Math.min(1, s.strength[i] + s.attitude[i]) : s.strength[i], e);
          if (e > 0) expect(moved).toBeGreaterThanOrEqual(s.strength[i]);
          if (e > 0) expect(after.attitude[i]).toBe(0);
          else expect(after.attitude[i]).toBe(s.attitude[i]);
          if (e < 0) expect(moved).toBeLessThanOrEqual(s.strength[i]);
          // a rupture is closed only by a repair move that comes back to it (ordinary good care is not a repair)
          const closed = s.ruptures[i] > 0 && !!action.repair && (!action.closes || action.closes.includes(id));
          expect(after.strength[i]).toBe(closed ? applyEffect(moved, REPAIR_CARE) : moved);
          if (!closed) expect(after.ruptures[i]).toBeGreaterThanOrEqual(s.ruptures[i]);
          if (closed && e >= 0) expect(after.ruptures[i]).toBe(0);
        });
      }),
      cfg,
    );
  });
});

describe('determinism', () => {
  it('the same plan gives the same states and events', () => {
    fc.assert(
      fc.property(arbPlan, ({ start, actions }) => {
        const a: unknown[] = [],
          b: unknown[] = [];
        everyStep(start, actions, (_x, y) => a.push(y));
        everyStep(start, actions, (_x, y) => b.push(y));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 50 },
    );
  });
  it('a step never changes the state it was given', () => {
    fc.assert(
      fc.property(arbState, arbAction, (s, action) => {
        const copy = JSON.stringify(s);
        step(s, action);
        expect(JSON.stringify(s)).toBe(copy);
      }),
      { numRuns: 100 },
    );
  });
});
