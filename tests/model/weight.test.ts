// One answer, one weight (issue 17): a response governs a bounded stretch (ANSWER_MONTHS at most);
// the rest of its scene's share of the level is background care under the caregiver's standing
// pattern. So one choice stands for about a month in every phase.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_WINDOWS,
  ANSWER_MONTHS,
  CAREGIVER_BLOCKS,
  CHILD_BLOCKS,
  backgroundMonths,
  chooseById,
  monthsPerAnswer,
  monthsPerScenario,
  nextBeat,
  startLevel,
  step,
  type LevelLike,
} from '../../src/model';
import { arbAction, arbChildState, arbState } from './helpers';

const cfg = { numRuns: 200 };

/** A level of n scenes over [from, to] months, on caregiver block i: a +2 and a −2 answer each. */
function level(i: number, from: number, to: number, n = 9): LevelLike {
  const id = CAREGIVER_BLOCKS[i];
  return {
    id: `w${i}`,
    focus: CHILD_BLOCKS[i],
    ageMonths: [from, to],
    start: { preset: i === 0 ? 'newborn' : 'well-raised' },
    scenarios: Array.from({ length: n }, (_, k) => ({
      id: `s${k}`,
      responses: [
        { id: 'good', effects: { [id]: 2 } },
        { id: 'poor', effects: { [id]: -2 } },
      ],
    })),
  };
}

/** Play a level with the good answer everywhere but the poor one in the scenes listed. */
function play(l: LevelLike, poor: number[]) {
  let run = startLevel(l);
  for (let beat = nextBeat(l, run.choices); beat; beat = nextBeat(l, run.choices)) run = chooseById(l, run, poor.includes(beat.index) ? 'poor' : 'good').run;
  return run.state;
}

describe('one answer, one weight', { timeout: 60_000 }, () => {
  it('an answer governs at most ANSWER_MONTHS; with the background care it fills its scene; a level lasts its span', () => {
    // always reached: any span and number of scenes
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 36 }), fc.integer({ min: 2, max: 12 }), (i, from, span, n) => {
        const l = level(i, from, from + span, n);
        expect(monthsPerAnswer(l)).toBeLessThanOrEqual(ANSWER_MONTHS);
        expect(monthsPerAnswer(l) + backgroundMonths(l)).toBeCloseTo(monthsPerScenario(l), 12);
        expect(backgroundMonths(l)).toBeGreaterThanOrEqual(0);
        const first = chooseById(l, startLevel(l), 'good').run;
        expect(first.state.ageMonths).toBeCloseTo(from + span / n, 9);
        expect(play(l, []).ageMonths).toBeCloseTo(from + span, 9);
      }),
      cfg,
    );
  });

  it('background care carries the standing pattern on: caregiver blocks hold their strength, the months pass as usual', () => {
    // always reached: any state, any answer, any background
    fc.assert(
      fc.property(
        fc.oneof(arbState, arbChildState),
        arbAction,
        fc.integer({ min: 1, max: 3000 }).map((x) => x / 1000),
        (s, action, background) => {
          const stretch = step(s, action).state;
          const both = step(s, { ...action, background }).state;
          expect(both.strength).toEqual(stretch.strength);
          expect(both.leaning).toEqual(stretch.leaning);
          expect(both.ageMonths).toBeCloseTo(stretch.ageMonths + background, 9);
          // the same as months of no response with the strength held: the child's blocks go on
          const held = step({ ...stretch }, { effects: {}, months: 0, background }).state;
          expect(both.cracks).toEqual(held.cracks);
          expect(both.growth).toEqual(held.growth);
        },
      ),
      cfg,
    );
  });

  it('the last answer of a level weighs about the same in every phase', () => {
    // A poor last answer, in a level over its focus block's window (9 scenes: 0.33 months each at
    // 0-3 months, 2.67 at 36-60), costs the focus block about the same in every phase. Measured:
    // 0.054 to 0.065; before answers were bounded, 0.054 to 0.122 (twice as much from 1½ on).
    const cost = CHILD_BLOCKS.map((id, i) => {
      const l = level(i, ...AGE_WINDOWS[id]);
      const good = play(l, []);
      const poor = play(l, [8]);
      const worth = (s: typeof good) => s.growth[i] - s.cracks[i] - s.ruptures[i];
      return worth(good) - worth(poor);
    });
    for (const c of cost) expect(c).toBeGreaterThan(0);
    expect(Math.max(...cost) / Math.min(...cost)).toBeLessThan(1.5);
  });
});
