import { AGE_WINDOWS, CAREGIVER_BLOCKS, CHILD_BLOCKS, type CaregiverId } from './blocks';
import type { ModelEvent } from './events';
import { N, type Action, type ChildStatus, type TowerState } from './state';
import { lowestCrackedBelow, lowestNotSolidBelow, statuses } from './status';
import {
  BUILD_SHARE_OF_WINDOW,
  CAREGIVER_MONTHLY_RETENTION,
  CAREGIVER_STEP,
  CRACK_SPEED,
  HEAL_SPEED,
  MAX_EFFECT,
  MAX_STEP_MONTHS,
  OUTSIDE_WINDOW_FLOOR,
  WOBBLY_FRAGILITY,
} from './tuning';

/** Growth per month at full care, inside the window: a block is built in a share of its window. */
const BASE_RATE = CHILD_BLOCKS.map((id) => {
  const [a, b] = AGE_WINDOWS[id];
  return 1 / (BUILD_SHARE_OF_WINDOW * (b - a));
});

/** How much a block answers to care at this age: 1 inside its window, less outside, never 0 (rule 5). */
export function windowWeight(block: number, ageMonths: number): number {
  const [a, b] = AGE_WINDOWS[CHILD_BLOCKS[block]];
  const dist = ageMonths < a ? a - ageMonths : ageMonths > b ? ageMonths - b : 0;
  if (dist === 0) return 1;
  return Math.max(OUTSIDE_WINDOW_FLOOR, 1 / (1 + dist / (b - a)));
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const clampUnit = (x: number) => (x < -1 ? -1 : x > 1 ? 1 : x);

export interface StepResult {
  state: TowerState;
  events: ModelEvent[];
}

/** Move one caregiver block by one response's effect: always toward its sign, never past ±1. */
export function applyEffect(strength: number, effect: number): number {
  if (effect === 0) return strength;
  const push = (CAREGIVER_STEP * effect) / MAX_EFFECT;
  return clampUnit(strength + push * (effect > 0 ? 1 - strength : 1 + strength));
}

/**
 * One turn: the caregiver's response moves the caregiver blocks, then the months pass and the
 * child's blocks answer. Pure: the input state is not changed.
 */
export function step(state: TowerState, action: Action): StepResult {
  const events: ModelEvent[] = [];
  const strength = state.strength.slice();
  for (let i = 0; i < N; i++) {
    const id = CAREGIVER_BLOCKS[i] as CaregiverId;
    const e = action.effects[id];
    if (!e) continue;
    const from = strength[i];
    const to = applyEffect(from, e);
    strength[i] = to;
    events.push({ key: e > 0 ? 'caregiverUp' : 'caregiverDown', caregiver: id, from, to });
    if (from >= 0 && to < 0) events.push({ key: 'caregiverRedLetter', caregiver: id });
    if (from < 0 && to >= 0) events.push({ key: 'caregiverRecovered', caregiver: id });
  }

  let s: TowerState = { ageMonths: state.ageMonths, growth: state.growth, cracks: state.cracks, strength };
  const before = statuses(state);
  let st = before;
  const waited = new Set<string>();
  let left = action.months;
  while (left > 1e-9) {
    const dt = Math.min(MAX_STEP_MONTHS, left);
    s = tick(s, dt, st, events, waited);
    const next = statuses(s);
    statusEvents(st, next, events);
    st = next;
    left -= dt;
  }
  amountEvents(state, s, events);
  return { state: s, events };
}

/**
 * One step of at most MAX_STEP_MONTHS. Every block answers to the statuses at the start of the
 * step, so "grows only while the block beneath is solid" holds exactly.
 */
export function tick(
  s: TowerState,
  dt: number,
  st: readonly ChildStatus[] = statuses(s),
  events?: ModelEvent[],
  waited?: Set<string>,
): TowerState {
  const growth = s.growth.slice();
  const cracks = s.cracks.slice();
  for (let i = 0; i < N; i++) {
    const care = s.strength[i];
    if (care === 0) continue;
    const pace = BASE_RATE[i] * windowWeight(i, s.ageMonths) * dt;
    const block = CHILD_BLOCKS[i];
    if (care > 0) {
      const crackedBelow = lowestCrackedBelow(st, i);
      // Rule 6: repair runs bottom-up; a crack cannot heal on a cracked base.
      if (crackedBelow >= 0) {
        if (cracks[i] > 0 && events && !waited?.has('h' + i)) {
          waited?.add('h' + i);
          events.push({ key: 'healWaits', block, below: CHILD_BLOCKS[crackedBelow] });
        }
      } else if (cracks[i] > 0) {
        cracks[i] = clamp01(cracks[i] - HEAL_SPEED * pace * care);
      }
      if (st[i] === 'cracked') continue; // a cracked block mends before it builds further
      // Rules 1-3: a block grows only while every block beneath it is solid.
      const notSolid = lowestNotSolidBelow(st, i);
      if (notSolid < 0) growth[i] = clamp01(growth[i] + pace * care);
      else if (growth[i] < 1 && events && !waited?.has('w' + i)) {
        waited?.add('w' + i);
        events.push({ key: 'waits', block, below: CHILD_BLOCKS[notSolid] });
      }
    } else {
      // A block that has not begun, and cannot begin yet, has nothing to crack.
      if (growth[i] === 0 && cracks[i] === 0 && st[i] === 'locked') continue;
      const fragility = st[i] === 'wobbly' ? WOBBLY_FRAGILITY : 1;
      cracks[i] = clamp01(cracks[i] + CRACK_SPEED * pace * -care * fragility);
    }
  }
  const keep = Math.pow(CAREGIVER_MONTHLY_RETENTION, dt);
  const strength = s.strength.map((x) => x * keep);
  return { ageMonths: s.ageMonths + dt, growth, cracks, strength };
}

function statusEvents(prev: readonly ChildStatus[], next: readonly ChildStatus[], events: ModelEvent[]) {
  for (let i = 0; i < N; i++) {
    const a = prev[i];
    const b = next[i];
    if (a === b) continue;
    const block = CHILD_BLOCKS[i];
    if (b === 'cracked') events.push({ key: 'cracked', block });
    else if (a === 'cracked') events.push({ key: 'healed', block });
    if (b === 'wobbly') events.push({ key: 'wobbly', block, below: CHILD_BLOCKS[lowestCrackedBelow(next, i)] });
    else if (a === 'wobbly' && b !== 'cracked') events.push({ key: 'steady', block });
    if (b === 'solid') events.push({ key: 'solid', block });
    else if (a === 'locked' && b === 'growing') events.push({ key: 'unlocked', block });
  }
}

/** Growth, damage and healing over the whole turn, one event per block that moved noticeably. */
function amountEvents(a: TowerState, b: TowerState, events: ModelEvent[]) {
  for (let i = 0; i < N; i++) {
    const block = CHILD_BLOCKS[i];
    const dg = b.growth[i] - a.growth[i];
    const dc = b.cracks[i] - a.cracks[i];
    if (dg > 0.005) events.push({ key: 'grew', block, amount: dg });
    if (dc > 0.005) events.push({ key: 'cracking', block, amount: dc });
    if (dc < -0.005) events.push({ key: 'healing', block, amount: -dc });
  }
}

/** Play many turns in a row; returns every state after each turn, and all events. */
export function run(start: TowerState, actions: readonly Action[]) {
  const timeline: TowerState[] = [];
  const events: { turn: number; ageMonths: number; event: ModelEvent }[] = [];
  let s = start;
  actions.forEach((a, turn) => {
    const r = step(s, a);
    s = r.state;
    timeline.push(s);
    for (const event of r.events) events.push({ turn, ageMonths: s.ageMonths, event });
  });
  return { final: s, timeline, events };
}
