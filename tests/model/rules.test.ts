// One describe per rule of model.md, each with hand-made cases.
import { describe, expect, it } from 'vitest';
import {
  ATTUNED_MONTH,
  CRACKED_AT,
  LEAN_AT,
  OUTSIDE_WINDOW_FLOOR,
  WEAK_BELOW_PER_MONTH,
  WOBBLY_FRAGILITY,
  fromSpec,
  newborn,
  run,
  statuses,
  step,
  tick,
  windowWeight,
  type TowerState,
} from '../../src/model';

const care = (strength: number[], growth: number[], cracks = [0, 0, 0, 0, 0], ageMonths = 12): TowerState => ({
  ageMonths,
  growth,
  cracks,
  strength,
  ruptures: [0, 0, 0, 0, 0],
  leaning: strength.map((x) => x < LEAN_AT),
  attitude: [0, 0, 0, 0, 0],
  scars: [0, 0, 0, 0, 0],
});

describe('rule 1: trust grows only while safety is solid', () => {
  it('warm giving does not build trust on an unfinished base', () => {
    const s = tick(care([0, 1, 0, 0, 0], [0.5, 0, 0, 0, 0], undefined, 6), 1);
    expect(s.growth[1]).toBe(0);
  });
  it('the same giving builds trust once safety is solid', () => {
    const s = tick(care([0, 1, 0, 0, 0], [0.9, 0, 0, 0, 0], undefined, 6), 1);
    expect(s.growth[1]).toBeGreaterThan(0);
  });
  it('says which block it waits for', () => {
    const r = step(care([0, 1, 0, 0, 0], [0.5, 0, 0, 0, 0], undefined, 6), { effects: {}, months: 1 });
    expect(r.events).toContainEqual({ key: 'waits', block: 'trust', below: 'safety' });
  });
});

describe('rule 2: blocks 3-5 grow only while safety and trust are solid', () => {
  for (const [i, name] of [
    [2, 'confidence'],
    [3, 'autonomy'],
    [4, 'creativity'],
  ] as const) {
    it(`${name} waits for trust when only safety is solid`, () => {
      const strength = [0, 0, 0, 0, 0];
      strength[i] = 1;
      const growth = [1, 0.5, 1, 1, 1];
      growth[i] = 0.1;
      const s = tick(care(strength, growth), 1);
      expect(s.growth[i]).toBe(0.1);
    });
  }
});

describe('rule 3: confidence before autonomy, autonomy before creativity', () => {
  it('autonomy waits for confidence', () => {
    const s = tick(care([0, 0, 0, 1, 0], [1, 1, 0.5, 0.1, 0], undefined, 24), 1);
    expect(s.growth[3]).toBe(0.1);
    const t = tick(care([0, 0, 0, 1, 0], [1, 1, 0.9, 0.1, 0], undefined, 24), 1);
    expect(t.growth[3]).toBeGreaterThan(0.1);
  });
  it('creativity waits for autonomy', () => {
    const s = tick(care([0, 0, 0, 0, 1], [1, 1, 1, 0.5, 0.1], undefined, 40), 1);
    expect(s.growth[4]).toBe(0.1);
    const t = tick(care([0, 0, 0, 0, 1], [1, 1, 1, 0.9, 0.1], undefined, 40), 1);
    expect(t.growth[4]).toBeGreaterThan(0.1);
  });
});

describe('rule 4: a cracked block makes the grown blocks above it wobbly and fragile', () => {
  it('a crack in safety makes every grown block above wobble', () => {
    expect(statuses(care([0, 0, 0, 0, 0], [1, 1, 1, 0.5, 0], [0.6, 0, 0, 0, 0]))).toEqual(['cracked', 'wobbly', 'wobbly', 'wobbly', 'locked']);
  });
  it('says when a block starts to wobble, and on which crack', () => {
    const r = step(care([-1, 0, 0, 0, 0], [1, 1, 0, 0, 0], [0.29, 0, 0, 0, 0], 30), { effects: {}, months: 1 });
    expect(r.events).toContainEqual({ key: 'cracked', block: 'safety' });
    expect(r.events).toContainEqual({ key: 'wobbly', block: 'trust', below: 'safety' });
  });
  it(`a wobbly block cracks ${WOBBLY_FRAGILITY} times faster under the same poor care`, () => {
    const onCrack = tick(care([0, -0.5, 0, 0, 0], [1, 1, 0, 0, 0], [0.5, 0, 0, 0, 0], 6), 0.5);
    const onSound = tick(care([0, -0.5, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 0, 0, 0], 6), 0.5);
    expect(onSound.cracks[1]).toBeGreaterThan(0);
    // on top of that it takes the damage from the crack beneath, left alone (weakness travels up)
    expect(onCrack.cracks[1] - WEAK_BELOW_PER_MONTH * 0.5).toBeCloseTo(onSound.cracks[1] * WOBBLY_FRAGILITY, 10);
  });
});

describe("rule 5: a caregiver block matters most in its child block's age window, never zero", () => {
  it('weight is 1 inside the window, less outside, never below the floor', () => {
    expect(windowWeight(0, 1)).toBe(1);
    expect(windowWeight(0, 6)).toBeLessThan(1);
    expect(windowWeight(0, 6)).toBeGreaterThan(windowWeight(0, 12));
    expect(windowWeight(0, 600)).toBe(OUTSIDE_WINDOW_FLOOR);
    expect(windowWeight(4, 0)).toBeGreaterThan(0);
  });
  it('the same care builds trust faster at 6 months than at 30 months, and still builds it at 30', () => {
    const at = (age: number) => tick(care([0, 0.8, 0, 0, 0], [1, 0.2, 0, 0, 0], undefined, age), 0.5).growth[1] - 0.2;
    expect(at(6)).toBeGreaterThan(at(30));
    expect(at(30)).toBeGreaterThan(0);
  });
  it('cracks too form fastest inside the window', () => {
    const at = (age: number) => tick(care([-0.8, 0, 0, 0, 0], [0.5, 0, 0, 0, 0], undefined, age), 0.5).cracks[0];
    expect(at(2)).toBeGreaterThan(at(20));
    expect(at(20)).toBeGreaterThan(0);
  });
});

describe('rule 6: repair runs bottom-up', () => {
  it('a crack in trust does not heal while safety is cracked, under the same good care', () => {
    const s = tick(care([1, 1, 0, 0, 0], [0.5, 0.5, 0, 0, 0], [0.6, 0.6, 0, 0, 0], 30), 1);
    expect(s.cracks[1]).toBe(0.6);
    expect(s.cracks[0]).toBeLessThan(0.6);
  });
  it("while the crack in safety is left alone, trust's crack even deepens (weakness travels up)", () => {
    const s = tick(care([0.2, 1, 0, 0, 0], [0.5, 0.5, 0, 0, 0], [0.6, 0.6, 0, 0, 0], 30), 1);
    expect(s.cracks[1]).toBeCloseTo(0.6 + WEAK_BELOW_PER_MONTH, 10);
  });
  it('it heals once safety has healed', () => {
    const s = tick(care([1, 1, 0, 0, 0], [0.5, 0.5, 0, 0, 0], [0.1, 0.6, 0, 0, 0], 30), 1);
    expect(s.cracks[1]).toBeLessThan(0.6);
  });
  it('says that trust waits for safety to heal', () => {
    const r = step(care([1, 1, 0, 0, 0], [0.5, 0.5, 0, 0, 0], [0.6, 0.6, 0, 0, 0], 30), { effects: {}, months: 1 });
    expect(r.events).toContainEqual({ key: 'healWaits', block: 'trust', below: 'safety' });
  });
});

describe('rule 7: repair is possible at any age', () => {
  for (const age of [30, 48, 96]) {
    it(`a child whose whole tower is cracked at ${age} months heals under steady attuned care`, () => {
      const start = fromSpec({
        ageMonths: age,
        child: Object.fromEntries(['safety', 'trust', 'confidence', 'autonomy', 'creativity'].map((b) => [b, { growth: 0.5, cracks: 0.9 }])),
      });
      const r = run(start, Array(360).fill(ATTUNED_MONTH));
      expect(r.final.cracks.every((c) => c < CRACKED_AT)).toBe(true);
      expect(statuses(r.final)).toEqual(['solid', 'solid', 'solid', 'solid', 'solid']);
    });
  }
});

describe('design targets', () => {
  it('steady attuned care from birth: the whole tower solid with no cracks by 60 months', () => {
    const r = run(newborn(), Array(60).fill(ATTUNED_MONTH));
    expect(statuses(r.final)).toEqual(['solid', 'solid', 'solid', 'solid', 'solid']);
    expect(r.final.cracks).toEqual([0, 0, 0, 0, 0]);
    // and the tower was built in order: safety solid first, creativity last
    const firstSolid = [0, 1, 2, 3, 4].map((i) => r.timeline.findIndex((s) => statuses(s)[i] === 'solid'));
    expect([...firstSolid].sort((a, b) => a - b)).toEqual(firstSolid);
  });

  it('steady neglect of caring cracks safety within the first year; blocks 3-5 never grow', () => {
    const r = run(newborn(), Array(60).fill({ effects: { caring: -3 }, months: 1 }));
    const crackedAt = r.timeline.findIndex((s) => statuses(s)[0] === 'cracked');
    expect(crackedAt).toBeGreaterThanOrEqual(0);
    expect(r.timeline[crackedAt].ageMonths).toBeLessThanOrEqual(12);
    for (const s of r.timeline) expect(s.growth.slice(2)).toEqual([0, 0, 0]);
  });

  it('a foster child arriving at 30 months with a cracked base heals bottom-up', () => {
    const start = fromSpec({
      ageMonths: 30,
      child: { safety: { growth: 0.5, cracks: 0.6 }, trust: { growth: 0.4, cracks: 0.5 }, confidence: { growth: 0.3 } },
    });
    const r = run(start, Array(48).fill(ATTUNED_MONTH));
    const healedAt = [0, 1].map((i) => r.timeline.findIndex((s) => s.cracks[i] < CRACKED_AT));
    expect(healedAt[0]).toBeGreaterThanOrEqual(0);
    expect(healedAt[1]).toBeGreaterThan(healedAt[0]);
    // trust's crack did not shrink at all while safety was still cracked (it deepened: weakness travels up)
    for (let t = 0; t < healedAt[0]; t++) expect(r.timeline[t].cracks[1]).toBeGreaterThanOrEqual(t === 0 ? 0.5 : r.timeline[t - 1].cracks[1]);
    expect(statuses(r.final).slice(0, 3)).toEqual(['solid', 'solid', 'solid']);
  });
});
