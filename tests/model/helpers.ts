import fc from 'fast-check';
import { CAREGIVER_BLOCKS, newborn, type Action, type TowerState } from '../../src/model';

/** Doubles rounded to 6 places: no subnormal noise that no real state would carry. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 1e6) / 1e6);

/** A random but valid state: any growth and cracks, any caregiver strengths, any age to 8 years. */
export const arbState: fc.Arbitrary<TowerState> = fc.record({
  ageMonths: num(0, 96),
  growth: fc.array(num(0, 1), { minLength: 5, maxLength: 5 }),
  cracks: fc.array(fc.oneof(fc.constant(0), num(0, 1)), { minLength: 5, maxLength: 5 }),
  strength: fc.array(num(-1, 1), { minLength: 5, maxLength: 5 }),
  ruptures: fc.array(fc.oneof(fc.constant(0), num(0, 0.5)), { minLength: 5, maxLength: 5 }),
  leaning: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
});

const arbEffect = fc.integer({ min: -3, max: 3 });

/** A random action of at most one month, so each step is one engine step. */
export const arbAction: fc.Arbitrary<Action> = fc.record({
  effects: fc.record(Object.fromEntries(CAREGIVER_BLOCKS.map((id) => [id, arbEffect])) as Record<string, fc.Arbitrary<number>>, {
    requiredKeys: [],
  }),
  months: fc.oneof(fc.constant(0), fc.constant(1), num(0, 1)),
  repair: fc.oneof(fc.constant(undefined), fc.boolean()),
}, { requiredKeys: ['effects', 'months'] });

export const arbPlan = fc.record({ start: arbState, actions: fc.array(arbAction, { minLength: 1, maxLength: 40 }) });

/** A plan that starts from a newborn-like tower: most random starts are far from any real child. */
export const arbNewbornPlan = fc.record({
  start: fc.constant<TowerState>(newborn()),
  actions: fc.array(arbAction, { minLength: 1, maxLength: 80 }),
});

export const same = (a: TowerState, b: TowerState) => JSON.stringify(a) === JSON.stringify(b);
