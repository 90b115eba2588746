import { CAREGIVER_BLOCKS, CHILD_BLOCKS, type CaregiverId, type ChildId } from './blocks';
import { LEAN_AT } from './tuning';

/**
 * The whole model state as plain data, indexed bottom to top (index 0 = safety / caring).
 * Arrays rather than records keep a step cheap; `toView` gives the named form.
 */
export interface TowerState {
  ageMonths: number;
  /** Child blocks: how far each is built, 0..1. */
  growth: number[];
  /** Child blocks: how much damage each carries, 0..1. */
  cracks: number[];
  /** Caregiver blocks: -1..1; above zero it nurtures its child block, below zero it harms it. */
  strength: number[];
  /**
   * Child blocks: fresh ruptures, 0..1: hairline cracks opened by single poor responses that a
   * prompt repair still closes. Left alone they harden into `cracks` over the months.
   */
  ruptures: number[];
  /**
   * Caregiver blocks: whether the block leans towards its red letter (a pattern, not one response):
   * set when strength falls below LEAN_AT, cleared when it rises above RECOVER_AT.
   */
  leaning: boolean[];
  /**
   * Caregiver blocks: warmth a new caregiver brings but has not shown yet (an attitude, 0..1). It is
   * no care: it fades within weeks (UNSHOWN_WARMTH_MONTHLY_RETENTION) unless a positive response
   * on the block shows it, which then builds on it. Only new caregivers start with it (levelStart).
   */
  attitude: number[];
  /**
   * Child blocks: extra fragility a crack left when it healed late (0..SCAR_MAX): the block cracks
   * (1 + scar) times as fast under poor or absent care. It does not fade.
   */
  scars: number[];
}

/**
 * 'healing' is a cracked block that is mending: cracked (red letter still there, fading), nothing
 * cracked beneath it, and its own care is warm (WARM_PATTERN_AT or more) and heals it faster than
 * any open rupture on it hardens. See `statuses` for the precedence.
 */
export type ChildStatus = 'locked' | 'growing' | 'solid' | 'wobbly' | 'cracked' | 'healing';

/** Cracked or healing: the block carries a crack of CRACKED_AT or more. */
export const isCracked = (st: ChildStatus) => st === 'cracked' || st === 'healing';

/**
 * An action: integer effects -3..+3 per caregiver block, then the months that pass. `repair` marks
 * a repair move (the caregiver comes back to a rupture): it closes at once the fresh ruptures on
 * the child blocks of the caregiver blocks in `closes`, the ones the moment it answers opened, and
 * mends most of each (REPAIR_MENDS; `late`: LATE_REPAIR_MENDS). Other fresh ruptures stay open:
 * ordinary good care only slows their hardening. A repair move without `closes` closes every fresh
 * rupture, as it did before `closes` existed, so plans written before it play as they did. (Saved
 * games hold choices, not actions: they replay through the level's flow, which always gives `closes`.)
 */
export interface Action {
  effects: Partial<Record<CaregiverId, number>>;
  months: number;
  /** A repair move: the caregiver comes back to a rupture to make it right (rule 7). */
  repair?: boolean;
  /**
   * With `repair`: the caregiver blocks whose fresh ruptures the repair comes back to (a level's
   * repair moment: the blocks its poor response hurt). Left out: every open rupture.
   */
  closes?: readonly CaregiverId[];
  /** With `repair`: the repair comes later (the next day), and mends less (LATE_REPAIR_MENDS). */
  late?: boolean;
  /**
   * Months of background care after `months`: the time between two scenes. The caregiver's standing
   * pattern carries on (caregiver blocks hold their strength, no drift towards neutral); everything
   * else goes on as usual (ruptures harden, blocks grow, crack and heal, unshown warmth fades).
   */
  background?: number;
}

interface ChildBlockStart {
  growth?: number;
  cracks?: number;
}

/** A start given by name: any block left out starts at zero. */
export interface StartSpec {
  ageMonths?: number;
  child?: Partial<Record<ChildId, ChildBlockStart>>;
  caregiver?: Partial<Record<CaregiverId, { strength?: number } | number>>;
  /** Warmth a new caregiver brings but has not shown yet, per caregiver block (see `attitude`). */
  attitude?: Partial<Record<CaregiverId, number>>;
}

export const N = CHILD_BLOCKS.length;

/** A newborn with caregiver blocks at neutral (see `newCaregivers` for a level's warm start). */
export function newborn(ageMonths = 0): TowerState {
  return {
    ageMonths,
    growth: [0, 0, 0, 0, 0],
    cracks: [0, 0, 0, 0, 0],
    strength: [0, 0, 0, 0, 0],
    ruptures: [0, 0, 0, 0, 0],
    leaning: [false, false, false, false, false],
    attitude: [0, 0, 0, 0, 0],
    scars: [0, 0, 0, 0, 0],
  };
}

/** A state as saved or planned before ruptures, leaning, attitude and scars existed: those fields may be missing. */
export type StoredTowerState = Omit<TowerState, 'ruptures' | 'leaning' | 'attitude' | 'scars'> & Partial<Pick<TowerState, 'ruptures' | 'leaning' | 'attitude' | 'scars'>>;

/**
 * Fill the fields a state of an older shape lacks: no fresh ruptures, a caregiver block leans
 * towards its red letter when its strength is below LEAN_AT, no unshown warmth (its care was all in
 * its strength) and no scars. Returns a fresh copy.
 */
export function normalizeState(raw: StoredTowerState): TowerState {
  return {
    ageMonths: raw.ageMonths,
    growth: raw.growth.slice(),
    cracks: raw.cracks.slice(),
    strength: raw.strength.slice(),
    ruptures: raw.ruptures?.length === N ? raw.ruptures.slice() : [0, 0, 0, 0, 0],
    leaning: raw.leaning?.length === N ? raw.leaning.slice() : raw.strength.map((x) => x < LEAN_AT),
    attitude: raw.attitude?.length === N ? raw.attitude.slice() : [0, 0, 0, 0, 0],
    scars: raw.scars?.length === N ? raw.scars.slice() : [0, 0, 0, 0, 0],
  };
}

/** Lay a named start over a base state (newborn by default). */
export function fromSpec(spec: StartSpec, base: StoredTowerState = newborn()): TowerState {
  const s = normalizeState({ ...base, ageMonths: spec.ageMonths ?? base.ageMonths });
  CHILD_BLOCKS.forEach((id, i) => {
    const b = spec.child?.[id];
    if (b?.growth !== undefined) s.growth[i] = b.growth;
    if (b?.cracks !== undefined) s.cracks[i] = b.cracks;
  });
  CAREGIVER_BLOCKS.forEach((id, i) => {
    const c = spec.caregiver?.[id];
    if (typeof c === 'number') s.strength[i] = c;
    else if (c?.strength !== undefined) s.strength[i] = c.strength;
    if (typeof c === 'number' || c?.strength !== undefined) s.leaning[i] = s.strength[i] < LEAN_AT;
    const w = spec.attitude?.[id];
    if (w !== undefined) s.attitude[i] = w;
  });
  return s;
}
