import { CAREGIVER_BLOCKS, CHILD_BLOCKS, type CaregiverId, type ChildId } from './blocks';

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
  /** Caregiver blocks: -1..1; below zero the block leans to its red letter. */
  strength: number[];
}

export type ChildStatus = 'locked' | 'growing' | 'solid' | 'wobbly' | 'cracked';

/** An action: integer effects -3..+3 per caregiver block, then the months that pass. */
export interface Action {
  effects: Partial<Record<CaregiverId, number>>;
  months: number;
  /** A repair move: the caregiver comes back to a rupture to make it right (rule 7). */
  repair?: boolean;
}

export interface ChildBlockStart {
  growth?: number;
  cracks?: number;
}

/** A start given by name: any block left out starts at zero. */
export interface StartSpec {
  ageMonths?: number;
  child?: Partial<Record<ChildId, ChildBlockStart>>;
  caregiver?: Partial<Record<CaregiverId, { strength?: number } | number>>;
}

export const N = CHILD_BLOCKS.length;

export function newborn(ageMonths = 0): TowerState {
  return { ageMonths, growth: [0, 0, 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [0, 0, 0, 0, 0] };
}

/** Lay a named start over a base state (newborn by default). */
export function fromSpec(spec: StartSpec, base: TowerState = newborn()): TowerState {
  const s: TowerState = {
    ageMonths: spec.ageMonths ?? base.ageMonths,
    growth: base.growth.slice(),
    cracks: base.cracks.slice(),
    strength: base.strength.slice(),
  };
  CHILD_BLOCKS.forEach((id, i) => {
    const b = spec.child?.[id];
    if (b?.growth !== undefined) s.growth[i] = b.growth;
    if (b?.cracks !== undefined) s.cracks[i] = b.cracks;
  });
  CAREGIVER_BLOCKS.forEach((id, i) => {
    const c = spec.caregiver?.[id];
    if (typeof c === 'number') s.strength[i] = c;
    else if (c?.strength !== undefined) s.strength[i] = c.strength;
  });
  return s;
}
