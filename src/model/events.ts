import type { CaregiverId, ChildId } from './blocks';

/**
 * What a step did, as locale keys with parameters, so the game can say *why* in either language.
 * Keys map to `event.<key>` in the locale files.
 */
export type ModelEvent =
  | { key: 'caregiverUp' | 'caregiverDown'; caregiver: CaregiverId; from: number; to: number }
  | { key: 'caregiverRedLetter' | 'caregiverRecovered'; caregiver: CaregiverId }
  | { key: 'grew' | 'cracking' | 'healing'; block: ChildId; amount: number }
  | { key: 'solid' | 'cracked' | 'healed' | 'steady' | 'unlocked'; block: ChildId }
  | { key: 'wobbly' | 'waits' | 'healWaits'; block: ChildId; below: ChildId };

export type EventKey = ModelEvent['key'];
