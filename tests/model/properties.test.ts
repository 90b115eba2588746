// Random plans from random start states: every rule of the model holds on every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRACKED_AT, GROWN_GROWTH, REPAIR_CARE, applyEffect, statuses, step, windowWeight, type TowerState } from '../../src/model';
import { arbAction, arbNewbornPlan, arbPlan, arbState } from './helpers';

const SAFETY = 0, TRUST = 1, CONF = 2, AUT = 3;

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

describe('invariants on every step of random plans', () => {
  const plans = fc.oneof(arbPlan, arbNewbornPlan);
  const cfg = { numRuns: 300 };

  it('values stay in range; growth never falls; age moves by the months', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
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
    }), cfg);
  });

  it('rule 1: trust grows only while safety is solid', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
      everyStep(start, actions, (a, b) => {
        if (grew(a, b, TRUST)) expect(statuses(a)[SAFETY]).toBe('solid');
      });
    }), cfg);
  });

  it('rule 2: blocks 3-5 grow only while safety and trust are solid', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
      everyStep(start, actions, (a, b) => {
        for (const i of [2, 3, 4]) if (grew(a, b, i)) expect(statuses(a).slice(0, 2)).toEqual(['solid', 'solid']);
      });
    }), cfg);
  });

  it('rule 3: autonomy grows only while confidence is solid, creativity only while autonomy is', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
      everyStep(start, actions, (a, b) => {
        if (grew(a, b, AUT)) expect(statuses(a)[CONF]).toBe('solid');
        if (grew(a, b, 4)) expect(statuses(a)[AUT]).toBe('solid');
      });
    }), cfg);
  });

  it('rule 4: above a cracked block every grown block that is not cracked itself wobbles', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
      everyStep(start, actions, (_a, b) => {
        const st = statuses(b);
        const lowestCrack = b.cracks.findIndex((c) => c >= CRACKED_AT);
        if (lowestCrack < 0) return;
        for (let i = lowestCrack + 1; i < 5; i++) {
          if (st[i] !== 'cracked' && b.growth[i] >= GROWN_GROWTH) expect(st[i]).toBe('wobbly');
          if (b.growth[i] < GROWN_GROWTH && st[i] !== 'cracked') expect(st[i]).toBe('locked');
        }
      });
    }), cfg);
  });

  it('rule 4: a wobbly block cracks faster than the same block on a sound base', () => {
    fc.assert(fc.property(arbState, arbAction, (s, action) => {
      const st = statuses(s);
      const i = st.indexOf('wobbly');
      if (i < 0 || action.months === 0) return;
      const sound: TowerState = { ...s, cracks: s.cracks.map((c, j) => (j < i ? 0 : c)), growth: s.growth.map((g, j) => (j < i ? 1 : g)) };
      const a = step(s, action).state.cracks[i] - s.cracks[i];
      const b = step(sound, action).state.cracks[i] - sound.cracks[i];
      if (b > 0 && s.cracks[i] + a < 1) expect(a).toBeGreaterThan(b);
    }), cfg);
  });

  it('rule 5: a block answers most inside its window, less outside, never zero', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 240, noNaN: true }), (i, age) => {
      const w = windowWeight(i, age);
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThanOrEqual(1);
    }));
    fc.assert(fc.property(arbState, fc.integer({ min: 0, max: 4 }), (raw, i) => {
      // the same state and care at two ages: the age closer to the window never moves the block less.
      // Only what care does depends on age: so no fresh ruptures (they harden at the same pace at any
      // age) and nothing cracked beneath (weakness travels up at the same pace at any age).
      const s: TowerState = { ...raw, ruptures: [0, 0, 0, 0, 0], cracks: raw.cracks.map((c, j) => (j < i ? 0 : c)) };
      const near = step({ ...s, ageMonths: [1, 6, 12, 24, 48][i] }, { effects: {}, months: 0.5 }).state;
      const far = step({ ...s, ageMonths: 200 }, { effects: {}, months: 0.5 }).state;
      const moved = (x: TowerState, _y: TowerState) => Math.abs(x.growth[i] - s.growth[i]) + Math.abs(x.cracks[i] - s.cracks[i]);
      expect(moved(near, s)).toBeGreaterThanOrEqual(moved(far, s) - 1e-12);
      const atBound = (x: TowerState) => x.growth[i] === 1 || x.cracks[i] === 0 || x.cracks[i] === 1;
      if (moved(far, s) > 0 && !atBound(near)) expect(moved(near, s)).toBeGreaterThan(moved(far, s));
    }), cfg);
  });

  it('rule 6: a crack heals only while no block beneath it is cracked', () => {
    fc.assert(fc.property(plans, ({ start, actions }) => {
      everyStep(start, actions, (a, b) => {
        const st = statuses(a);
        for (let i = 1; i < 5; i++) {
          if (b.cracks[i] < a.cracks[i]) expect(st.slice(0, i)).not.toContain('cracked');
        }
      });
    }), cfg);
  });

  it('rule 7: from any state, steady attuned care heals every crack', () => {
    fc.assert(fc.property(arbState, (s) => {
      let t = s;
      for (let m = 0; m < 360; m++) t = step(t, { effects: { caring: 2, giving: 2, supporting: 2, firmness: 2, trusting: 2 }, months: 1 }).state;
      expect(t.cracks.every((c) => c < CRACKED_AT)).toBe(true);
      expect(statuses(t)).toEqual(['solid', 'solid', 'solid', 'solid', 'solid']);
    }), { numRuns: 60 });
  });

  it('a caregiver effect moves its block the way of its sign; closing a rupture adds a push up', () => {
    fc.assert(fc.property(arbState, arbAction, (s, action) => {
      const after = step(s, { ...action, months: 0 }).state;
      (['caring', 'giving', 'supporting', 'firmness', 'trusting'] as const).forEach((id, i) => {
        const e = action.effects[id] ?? 0;
        const moved = applyEffect(s.strength[i], e);
        if (e > 0) expect(moved).toBeGreaterThanOrEqual(s.strength[i]);
        if (e < 0) expect(moved).toBeLessThanOrEqual(s.strength[i]);
        // a rupture is closed by a repair move, or (partly) by a positive effect on its block
        const closed = s.ruptures[i] > 0 && (action.repair || e > 0);
        expect(after.strength[i]).toBe(closed ? applyEffect(moved, REPAIR_CARE) : moved);
        if (!closed) expect(after.ruptures[i]).toBeGreaterThanOrEqual(s.ruptures[i]);
        if (closed && e >= 0) expect(after.ruptures[i]).toBeLessThan(s.ruptures[i]);
      });
    }), cfg);
  });
});

describe('determinism', () => {
  it('the same plan gives the same states and events', () => {
    fc.assert(fc.property(arbPlan, ({ start, actions }) => {
      const a: unknown[] = [], b: unknown[] = [];
      everyStep(start, actions, (_x, y) => a.push(y));
      everyStep(start, actions, (_x, y) => b.push(y));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }), { numRuns: 50 });
  });
  it('a step never changes the state it was given', () => {
    fc.assert(fc.property(arbState, arbAction, (s, action) => {
      const copy = JSON.stringify(s);
      step(s, action);
      expect(JSON.stringify(s)).toBe(copy);
    }), { numRuns: 100 });
  });
});
