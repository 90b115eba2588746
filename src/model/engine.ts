import * as blocks from './blocks';
import type { CaregiverId } from './blocks';
import type { ModelEvent } from './events';
import * as rates from './rates';
import * as stateModule from './state';
import type { Action, ChildStatus, TowerState } from './state';
import * as status from './status';
import * as tuning from './tuning';

// Every import read once into a local: some loaders (tsx, which runs the CLIs and the benchmark)
// turn imports into getters, and a getter call on every use costs half the speed of a step.
const { CAREGIVER_BLOCKS, CHILD_BLOCKS } = blocks;
const { BASE_RATE, buildWeight, inWindow, windowWeight } = rates;
const { N, isCracked } = stateModule;
const { lowestCrackedBelow, lowestNotSolidBelow, statuses } = status;
const {
  CAREGIVER_MONTHLY_RETENTION,
  CAREGIVER_STEP,
  CRACK_SPEED,
  CRACKED_AT,
  GROWN_GROWTH,
  HEAL_SPEED,
  LEAN_AT,
  MAX_EFFECT,
  LATE_REPAIR_MENDS,
  MAX_STEP_MONTHS,
  RECOVER_AT,
  REPAIR_CARE,
  REPAIR_MENDS,
  REPAIRED_DAMAGE_CEILING,
  RUPTURE_GONE,
  RUPTURE_MONTHLY_FRESH,
  RUPTURE_PER_POINT,
  SCAR_AGE_FROM,
  SCAR_AGE_FULL,
  SCAR_MAX,
  SCAR_PER_HEALED,
  UNMET_BAND,
  UNMET_NEED,
  UNSHOWN_WARMTH_MONTHLY_RETENTION,
  WARM_CARE_SLOWS_HARDENING,
  WEAK_BELOW_PER_MONTH,
  WOBBLY_FRAGILITY,
} = tuning;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const clampUnit = (x: number) => (x < -1 ? -1 : x > 1 ? 1 : x);

interface StepResult {
  state: TowerState;
  events: ModelEvent[];
}

/** Move one caregiver block by one response's effect: always toward its sign, never past ±1. */
export function applyEffect(strength: number, effect: number): number {
  if (effect === 0) return strength;
  const push = (CAREGIVER_STEP * effect) / MAX_EFFECT;
  return clampUnit(strength + push * (effect > 0 ? 1 - strength : 1 + strength));
}

/** A block that has not begun, and cannot begin yet, has nothing to crack or rupture. */
const unbegun = (s: TowerState, st: readonly ChildStatus[], i: number) => st[i] === 'locked' && s.growth[i] === 0 && s.cracks[i] === 0;

/**
 * The moment of the response itself, before any time passes: the caregiver blocks move, a poor
 * response opens a fresh rupture on the child block it touches, and a repair move closes the fresh
 * ruptures it comes back to (`Action.closes`): it mends most of each (REPAIR_MENDS, a late repair
 * LATE_REPAIR_MENDS), the rest becomes damage at once (never past REPAIRED_DAMAGE_CEILING), and
 * each closing is care in its own right. Ordinary good care closes nothing (it slows hardening over
 * the months, see `tick`). A caregiver block starts or stops leaning towards its red letter when
 * its strength shows (or stops showing) a pattern.
 */
export function respond(state: TowerState, action: Action, events: ModelEvent[] = [], st: readonly ChildStatus[] = statuses(state)): TowerState {
  const strength = state.strength.slice();
  const ruptures = state.ruptures.slice();
  const leaning = state.leaning.slice();
  let attitude = state.attitude;
  let cracks = state.cracks;
  const closed = [false, false, false, false, false];
  // a repair move closes at once the ruptures it comes back to: those on the child blocks of the
  // caregiver blocks in `closes` (the moment the repair answers), or, without `closes` (plans
  // written before it), every rupture that was open when it was made. Others stay open.
  if (action.repair) {
    const only = action.closes;
    const mends = action.late ? LATE_REPAIR_MENDS : REPAIR_MENDS;
    for (let i = 0; i < N; i++) {
      if (ruptures[i] > 0 && (!only || only.includes(CAREGIVER_BLOCKS[i]))) {
        // what the repair does not mend is damage now, but repaired ruptures alone never crack a block
        const left = ruptures[i] * (1 - mends);
        if (cracks[i] < REPAIRED_DAMAGE_CEILING && !unbegun(state, st, i)) {
          if (cracks === state.cracks) cracks = cracks.slice();
          cracks[i] = Math.min(REPAIRED_DAMAGE_CEILING, cracks[i] + left);
        }
        ruptures[i] = 0;
        closed[i] = true;
      }
    }
  }
  for (let i = 0; i < N; i++) {
    const id = CAREGIVER_BLOCKS[i] as CaregiverId;
    const e = action.effects[id];
    if (!e) continue;
    // a positive response shows the warmth a new caregiver brought: it builds on it
    if (e > 0 && attitude[i] > 0) {
      if (attitude === state.attitude) attitude = attitude.slice();
      strength[i] = clampUnit(strength[i] + attitude[i]);
      attitude[i] = 0;
    }
    const from = strength[i];
    const to = applyEffect(from, e);
    strength[i] = to;
    events.push({ key: e > 0 ? 'caregiverUp' : 'caregiverDown', caregiver: id, from, to });
    if (e < 0) {
      // (a scarred block takes a lapse harder)
      const size = RUPTURE_PER_POINT * -e * windowWeight(i, state.ageMonths) * (1 + state.scars[i]);
      if (!unbegun(state, st, i) && size > 0) {
        ruptures[i] = clamp01(ruptures[i] + size);
        events.push({ key: 'rupture', block: CHILD_BLOCKS[i] });
      }
    }
  }
  for (let i = 0; i < N; i++) {
    if (closed[i]) {
      strength[i] = applyEffect(strength[i], REPAIR_CARE);
      events.push({ key: 'repaired', block: CHILD_BLOCKS[i] });
    }
    const id = CAREGIVER_BLOCKS[i] as CaregiverId;
    if (!leaning[i] && strength[i] < LEAN_AT) {
      leaning[i] = true;
      events.push({ key: 'caregiverLeans', caregiver: id });
    } else if (leaning[i] && strength[i] > RECOVER_AT) {
      leaning[i] = false;
      events.push({ key: 'caregiverRecovered', caregiver: id });
    }
  }
  return { ...state, cracks, strength, ruptures, leaning, attitude };
}

/** What the ticks of one step tell the events: each kind once per block per step, and sums. */
interface TickLog {
  events: ModelEvent[];
  /** Per kind of event, a bit per block that has said it this step. */
  said: Record<'weakBelow' | 'healWaits' | 'waits' | 'unmet', number>;
  /** Rupture damage that hardened into cracks, per block, over the step. */
  hardened: number[];
}

const newLog = (events: ModelEvent[]): TickLog => ({ events, said: { weakBelow: 0, healWaits: 0, waits: 0, unmet: 0 }, hardened: [0, 0, 0, 0, 0] });

/** Whether this kind of event is still to be said for block i this step (and mark it said). */
function first(log: TickLog | undefined, kind: keyof TickLog['said'], i: number): log is TickLog {
  if (!log || log.said[kind] & (1 << i)) return false;
  log.said[kind] |= 1 << i;
  return true;
}

/** A month, the usual step: its decay factors computed once. */
const FRESH_MONTH = RUPTURE_MONTHLY_FRESH;
const KEEP_MONTH = CAREGIVER_MONTHLY_RETENTION;

/**
 * One turn: the response (see `respond`), then its months pass and the child's blocks answer, then
 * (`Action.background`) months of background care under the caregiver's standing pattern.
 * Pure: the input state is not changed.
 */
export function step(state: TowerState, action: Action): StepResult {
  const events: ModelEvent[] = [];
  const before = statuses(state);
  let s = respond(state, action, events, before);
  let st = before;
  // a response can only turn a healing block cracked or back: the rest waits for the months
  if (events.length && state.cracks.some((c) => c >= CRACKED_AT)) {
    st = statuses(s);
    statusEvents(before, st, events);
  }
  const log = newLog(events);
  // the response's own months, then (in a level) background care until the next scene
  for (const [months, hold] of [
    [action.months, false],
    [action.background ?? 0, true],
  ] as const) {
    let left = months;
    while (left > 1e-9) {
      const dt = Math.min(MAX_STEP_MONTHS, left);
      s = tick(s, dt, st, log, hold);
      const next = statuses(s);
      statusEvents(st, next, events);
      st = next;
      left -= dt;
    }
  }
  for (let i = 0; i < N; i++) if (log.hardened[i] > 0.005) events.push({ key: 'hardened', block: CHILD_BLOCKS[i] });
  amountEvents(state, s, events);
  return { state: s, events };
}

/**
 * One step of at most MAX_STEP_MONTHS. Every block answers to the statuses at the start of the
 * step, so "grows only while every block beneath is solid" holds exactly. For each block:
 * 1. fresh ruptures harden: part of them becomes crack damage;
 * 2. weakness travels up: a grown block above a crack that is left alone (cracked, not healing)
 *    takes damage, whatever its own care;
 * 3. its own caregiver block: good care heals it (if nothing beneath is cracked) and builds it (if
 *    it is not cracked and everything beneath is solid); poor care cracks it, and so does unmet
 *    care (below UNMET_BAND) inside its window, or at any age on the lowest block that is not yet
 *    solid. Inside its window a block takes that damage even before it has begun: a window that
 *    passes without what the block needs leaves damage, as much as the need went unmet (a dose).
 */
export function tick(s: TowerState, dt: number, st: readonly ChildStatus[] = statuses(s), log?: TickLog, hold = false): TowerState {
  const growth = s.growth.slice();
  const cracks = s.cracks.slice();
  const ruptures = s.ruptures.slice();
  let scars = s.scars;
  const age = s.ageMonths;
  // how late a crack heals now: from no scar before SCAR_AGE_FROM to the full scar at SCAR_AGE_FULL
  const late = age <= SCAR_AGE_FROM ? 0 : age >= SCAR_AGE_FULL ? 1 : (age - SCAR_AGE_FROM) / (SCAR_AGE_FULL - SCAR_AGE_FROM);
  // the lowest block that is not yet solid: its unmet needs cost it at any age
  let firstNotSolid = 0;
  while (firstNotSolid < N && st[firstNotSolid] === 'solid') firstNotSolid++;
  for (let i = 0; i < N; i++) {
    const block = CHILD_BLOCKS[i];
    // 1. an unrepaired rupture hardens into damage
    if (ruptures[i] > 0) {
      // ordinary good care gives time: under warm care of its own a rupture hardens more slowly
      const slow = s.strength[i] > 0 ? 1 - WARM_CARE_SLOWS_HARDENING * s.strength[i] : 1;
      let fresh = ruptures[i] * (dt === 1 && slow === 1 ? FRESH_MONTH : Math.pow(RUPTURE_MONTHLY_FRESH, dt * slow));
      if (fresh < RUPTURE_GONE) fresh = 0;
      const hard = ruptures[i] - fresh;
      ruptures[i] = fresh;
      cracks[i] = clamp01(cracks[i] + hard);
      if (log) log.hardened[i] += hard;
    }
    // 2. rule 4: a cracked block beneath slowly damages every grown block above it, as long as
    //    the lowest crack is left alone; once it is healing (warm care mends it), it stops spreading
    const crackedBelow = lowestCrackedBelow(st, i);
    if (crackedBelow >= 0 && st[crackedBelow] === 'cracked' && growth[i] >= GROWN_GROWTH) {
      cracks[i] = clamp01(cracks[i] + WEAK_BELOW_PER_MONTH * dt);
      if (first(log, 'weakBelow', i)) log.events.push({ key: 'weakBelow', block, below: CHILD_BLOCKS[crackedBelow] });
    }
    // 3. its own caregiver block
    const care = s.strength[i];
    // care below UNMET_BAND meets no need (care that harms, below −UNMET_NEED, costs more than
    // absence): inside the block's window, and at any age on the lowest block not yet solid
    const open = inWindow(i, age);
    const unmet = care < UNMET_BAND && (open || i === firstNotSolid);
    if (care > 0 && !unmet) {
      const pace = BASE_RATE[i] * buildWeight(i, age) * dt * care;
      // rule 6: repair runs bottom-up; a crack cannot heal on a cracked base
      if (crackedBelow >= 0) {
        if (cracks[i] > 0 && first(log, 'healWaits', i)) log.events.push({ key: 'healWaits', block, below: CHILD_BLOCKS[crackedBelow] });
      } else if (cracks[i] > 0) {
        const before = cracks[i];
        cracks[i] = clamp01(before - HEAL_SPEED * pace);
        // catching up leaves a scar: the crack (not the hairline) that heals late keeps some fragility
        const healedCrack = Math.max(0, before - Math.max(cracks[i], CRACKED_AT));
        if (late > 0 && healedCrack > 0 && scars[i] < SCAR_MAX) {
          if (scars === s.scars) scars = scars.slice();
          scars[i] = Math.min(SCAR_MAX, scars[i] + SCAR_PER_HEALED * late * healedCrack);
        }
      }
      if (isCracked(st[i])) continue; // a cracked block mends before it builds further
      // rules 1-3: a block grows only while every block beneath it is solid
      const notSolid = lowestNotSolidBelow(st, i);
      if (notSolid < 0) growth[i] = clamp01(growth[i] + pace);
      else if (growth[i] < 1 && first(log, 'waits', i)) log.events.push({ key: 'waits', block, below: CHILD_BLOCKS[notSolid] });
    } else if (open || !unbegun(s, st, i)) {
      const need = Math.max(care < 0 ? -care : 0, unmet ? UNMET_NEED : 0);
      if (need === 0) continue;
      const fragility = (st[i] === 'wobbly' ? WOBBLY_FRAGILITY : 1) * (1 + s.scars[i]);
      cracks[i] = clamp01(cracks[i] + CRACK_SPEED * BASE_RATE[i] * windowWeight(i, age) * dt * need * fragility);
      if (unmet && -care < UNMET_NEED && first(log, 'unmet', i)) log.events.push({ key: 'unmet', block });
    }
  }
  // care drifts back towards neutral, except in background care (`hold`): there the pattern carries on
  const keep = hold ? 1 : dt === 1 ? KEEP_MONTH : Math.pow(CAREGIVER_MONTHLY_RETENTION, dt);
  const strength = keep === 1 ? s.strength : s.strength.map((x) => x * keep);
  // warmth that is not shown is no care, and fades within weeks
  const fade = Math.pow(UNSHOWN_WARMTH_MONTHLY_RETENTION, dt);
  const attitude = s.attitude.map((x) => (x * fade < 1e-4 ? 0 : x * fade));
  return { ...s, ageMonths: age + dt, growth, cracks, strength, ruptures, attitude, scars };
}

function statusEvents(prev: readonly ChildStatus[], next: readonly ChildStatus[], events: ModelEvent[]) {
  for (let i = 0; i < N; i++) {
    const a = prev[i];
    const b = next[i];
    if (a === b) continue;
    const block = CHILD_BLOCKS[i];
    if (isCracked(b) && !isCracked(a)) events.push({ key: 'cracked', block });
    else if (isCracked(a) && !isCracked(b)) events.push({ key: 'healed', block });
    else if (a === 'cracked' && b === 'healing') events.push({ key: 'mending', block });
    else if (a === 'healing' && b === 'cracked') events.push({ key: 'mendingStops', block });
    if (b === 'wobbly') events.push({ key: 'wobbly', block, below: CHILD_BLOCKS[lowestCrackedBelow(next, i)] });
    else if (a === 'wobbly' && !isCracked(b)) events.push({ key: 'steady', block });
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
