// A plan: a start and a list of turns, the input of `npm run tower`. Checked field by field so a
// trainer who mistypes a block id is told which field and what is wrong.
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, isCaregiverId, isChildId, type CaregiverId } from './blocks';
import { run } from './engine';
import { fromSpec, type Action, type StartSpec, type TowerState } from './state';
import { MAX_EFFECT } from './tuning';
import { toView } from './view';

export class InputError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function unit(x: unknown, field: string, lo: number, hi: number): number {
  if (!isNum(x)) throw new InputError(field, `must be a number from ${lo} to ${hi}`);
  if (x < lo || x > hi) throw new InputError(field, `is ${x}, must be from ${lo} to ${hi}`);
  return x;
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], field: string) {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new InputError(`${field}.${k}`, `unknown field (expected one of: ${allowed.join(', ')})`);
  }
}

/** Check caregiver effects: known block ids, integers -3..+3. */
function parseEffects(x: unknown, field: string): Action['effects'] {
  if (x === undefined) return {};
  if (!isObj(x)) throw new InputError(field, 'must be an object of caregiver block ids to effects');
  const out: Action['effects'] = {};
  for (const [k, v] of Object.entries(x)) {
    if (!isCaregiverId(k)) {
      throw new InputError(`${field}.${k}`, `unknown caregiver block (expected one of: ${CAREGIVER_BLOCKS.join(', ')})`);
    }
    if (!isNum(v) || !Number.isInteger(v)) throw new InputError(`${field}.${k}`, `must be a whole number from -${MAX_EFFECT} to ${MAX_EFFECT}`);
    if (Math.abs(v) > MAX_EFFECT) throw new InputError(`${field}.${k}`, `is ${v}, must be from -${MAX_EFFECT} to ${MAX_EFFECT}`);
    out[k] = v;
  }
  return out;
}

/** Check a repair move's `closes`: a list of caregiver block ids (left out: every open rupture). */
function parseCloses(x: unknown, field: string): CaregiverId[] | undefined {
  if (x === undefined) return undefined;
  if (!Array.isArray(x)) throw new InputError(field, `must be a list of caregiver block ids (${CAREGIVER_BLOCKS.join(', ')})`);
  x.forEach((id, i) => {
    if (!isCaregiverId(id)) throw new InputError(`${field}[${i}]`, `unknown caregiver block (expected one of: ${CAREGIVER_BLOCKS.join(', ')})`);
  });
  return [...x] as CaregiverId[];
}

/** Check a start: child block growth and cracks 0..1, caregiver strength -1..1. */
function parseStart(x: unknown, field: string): StartSpec {
  if (x === undefined) return {};
  if (!isObj(x)) throw new InputError(field, 'must be an object with "child" and/or "caregiver"');
  onlyKeys(x, ['child', 'caregiver'], field);
  const spec: StartSpec = { child: {}, caregiver: {} };
  if (x.child !== undefined) {
    if (!isObj(x.child)) throw new InputError(`${field}.child`, 'must be an object of child block ids');
    for (const [k, v] of Object.entries(x.child)) {
      const f = `${field}.child.${k}`;
      if (!isChildId(k)) throw new InputError(f, `unknown child block (expected one of: ${CHILD_BLOCKS.join(', ')})`);
      if (!isObj(v)) throw new InputError(f, 'must be an object with "growth" and/or "cracks"');
      onlyKeys(v, ['growth', 'cracks'], f);
      spec.child![k] = {
        growth: v.growth === undefined ? undefined : unit(v.growth, `${f}.growth`, 0, 1),
        cracks: v.cracks === undefined ? undefined : unit(v.cracks, `${f}.cracks`, 0, 1),
      };
    }
  }
  if (x.caregiver !== undefined) {
    if (!isObj(x.caregiver)) throw new InputError(`${field}.caregiver`, 'must be an object of caregiver block ids');
    for (const [k, v] of Object.entries(x.caregiver)) {
      const f = `${field}.caregiver.${k}`;
      if (!isCaregiverId(k)) throw new InputError(f, `unknown caregiver block (expected one of: ${CAREGIVER_BLOCKS.join(', ')})`);
      if (isObj(v)) {
        onlyKeys(v, ['strength'], f);
        spec.caregiver![k] = unit(v.strength, `${f}.strength`, -1, 1);
      } else spec.caregiver![k] = unit(v, f, -1, 1);
    }
  }
  return spec;
}

/**
 * Limits that keep a plan quick to play (well under a second) and its output readable: a plan is
 * a childhood, not a century. Past them the CLI says which field and stops with exit 2.
 */
export const PLAN_LIMITS = {
  /** Age at the start, and months in one turn: 20 years. */
  months: 240,
  /** Turns after repeats are expanded: weekly care over 20 years, with room to spare. */
  turns: 10_000,
  /** Months over the whole plan, repeats counted. */
  totalMonths: 1200,
} as const;

interface Plan {
  start: TowerState;
  actions: Action[];
}

export function parsePlan(x: unknown): Plan {
  if (!isObj(x)) throw new InputError('plan', 'must be a JSON object with "turns"');
  onlyKeys(x, ['startAgeMonths', 'start', 'turns'], 'plan');
  const age = x.startAgeMonths === undefined ? 0 : x.startAgeMonths;
  if (!isNum(age) || age < 0 || age > PLAN_LIMITS.months) throw new InputError('startAgeMonths', `must be a number of months from 0 to ${PLAN_LIMITS.months}`);
  const start = fromSpec({ ...parseStart(x.start, 'start'), ageMonths: age });
  if (!Array.isArray(x.turns)) throw new InputError('turns', 'must be a list of turns');
  if (x.turns.length > PLAN_LIMITS.turns) throw new InputError('turns', `has ${x.turns.length} turns, at most ${PLAN_LIMITS.turns}`);
  const actions: Action[] = [];
  let total = 0;
  x.turns.forEach((t, i) => {
    const f = `turns[${i}]`;
    if (!isObj(t)) throw new InputError(f, 'must be an object with "months", "caregiver" and optionally "repeat", "repair", "closes", "late" and "background"');
    onlyKeys(t, ['months', 'repeat', 'caregiver', 'repair', 'closes', 'late', 'background'], f);
    const months = t.months === undefined ? 0 : t.months;
    if (!isNum(months) || months < 0) throw new InputError(`${f}.months`, 'must be a number of months, 0 or more');
    if (months > PLAN_LIMITS.months) throw new InputError(`${f}.months`, `is ${months}, at most ${PLAN_LIMITS.months} in one turn`);
    const repeat = t.repeat === undefined ? 1 : t.repeat;
    if (!isNum(repeat) || !Number.isInteger(repeat) || repeat < 1 || repeat > PLAN_LIMITS.turns) {
      throw new InputError(`${f}.repeat`, `must be a whole number from 1 to ${PLAN_LIMITS.turns}`);
    }
    if (actions.length + repeat > PLAN_LIMITS.turns) {
      throw new InputError(`${f}.repeat`, `brings the plan past ${PLAN_LIMITS.turns} turns (repeats counted)`);
    }
    const background = t.background === undefined ? 0 : t.background;
    if (!isNum(background) || background < 0) throw new InputError(`${f}.background`, 'must be a number of months, 0 or more');
    if (background > PLAN_LIMITS.months) throw new InputError(`${f}.background`, `is ${background}, at most ${PLAN_LIMITS.months} in one turn`);
    total += (months + background) * repeat;
    if (total > PLAN_LIMITS.totalMonths) throw new InputError(`${f}`, `brings the plan past ${PLAN_LIMITS.totalMonths} months in all (repeats counted)`);
    const effects = parseEffects(t.caregiver, `${f}.caregiver`);
    if (t.repair !== undefined && typeof t.repair !== 'boolean') throw new InputError(`${f}.repair`, 'must be true or false');
    const closes = parseCloses(t.closes, `${f}.closes`);
    if (closes && !t.repair) throw new InputError(`${f}.closes`, 'only goes with "repair": true (the blocks a repair move comes back to)');
    if (t.late !== undefined && typeof t.late !== 'boolean') throw new InputError(`${f}.late`, 'must be true or false');
    if (t.late && !t.repair) throw new InputError(`${f}.late`, 'only goes with "repair": true (a repair that comes later mends less)');
    const bg = background > 0 ? { background } : {};
    const action: Action = t.repair ? { effects, months, ...bg, repair: true, ...(closes ? { closes } : {}), ...(t.late ? { late: true } : {}) } : { effects, months, ...bg };
    for (let r = 0; r < repeat; r++) actions.push(action);
  });
  return { start, actions };
}

/** Play a plan: the CLI's output object. */
export function playPlan(plan: Plan) {
  const r = run(plan.start, plan.actions);
  return {
    final: toView(r.final),
    timeline: r.timeline.map(toView),
    events: r.events.map((e) => ({ turn: e.turn, ageMonths: Math.round(e.ageMonths * 1e4) / 1e4, ...e.event })),
  };
}
