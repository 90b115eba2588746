import type { CaregiverId, ChildId } from './blocks';

/**
 * What a step did, as locale keys with parameters, so the game can say *why* in either language.
 * Keys map to `event.<key>` in the locale files.
 *
 * What this one response did now: caregiverUp/Down (a caregiver block moves), rupture (a fresh
 * hairline crack on the child block), repaired (a fresh rupture closed by a repair move that comes
 * back to it: only a repair answer; ordinary good care closes nothing, it slows hardening). The pattern over time:
 * caregiverLeans/caregiverRecovered (a caregiver block leans towards its red letter, or is back in
 * balance), hardened (an unrepaired rupture became damage), unmet (absent care in the block's
 * window cracks it), weakBelow (a crack beneath damages a grown block), and the status changes
 * (cracked, mending, mendingStops, healed, wobbly, steady, solid, unlocked) and amounts (grew,
 * cracking, healing).
 */
export type ModelEvent =
  | { key: 'caregiverUp' | 'caregiverDown'; caregiver: CaregiverId; from: number; to: number }
  | { key: 'caregiverLeans' | 'caregiverRecovered'; caregiver: CaregiverId }
  | { key: 'grew' | 'cracking' | 'healing'; block: ChildId; amount: number }
  | {
      key: 'solid' | 'cracked' | 'healed' | 'steady' | 'unlocked' | 'mending' | 'mendingStops' | 'rupture' | 'repaired' | 'hardened' | 'unmet';
      block: ChildId;
    }
  | { key: 'wobbly' | 'waits' | 'healWaits' | 'weakBelow'; block: ChildId; below: ChildId };
