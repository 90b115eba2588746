import { CAREGIVER_BLOCKS, CHILD_BLOCKS, type CaregiverId, type ChildId } from './blocks';
import type { ChildStatus, TowerState } from './state';
import { statuses } from './status';

interface TowerView {
  ageMonths: number;
  child: Record<ChildId, { growth: number; cracks: number; rupture: number; scar: number; status: ChildStatus }>;
  caregiver: Record<CaregiverId, { strength: number; leaning: boolean }>;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The named, rounded form of a state: what the CLI prints and what a report shows. */
export function toView(s: TowerState): TowerView {
  const st = statuses(s);
  const child = {} as TowerView['child'];
  CHILD_BLOCKS.forEach((id, i) => {
    child[id] = { growth: round(s.growth[i]), cracks: round(s.cracks[i]), rupture: round(s.ruptures[i]), scar: round(s.scars[i]), status: st[i] };
  });
  const caregiver = {} as TowerView['caregiver'];
  CAREGIVER_BLOCKS.forEach((id, i) => {
    caregiver[id] = { strength: round(s.strength[i]), leaning: s.leaning[i] };
  });
  return { ageMonths: round(s.ageMonths), child, caregiver };
}
