// The two towers of the building-block model, bottom to top. Names, descriptions and red letters
// live in the locale files; the engine only knows ids, order and age windows.

export const CHILD_BLOCKS = ['safety', 'trust', 'confidence', 'autonomy', 'creativity'] as const;
export const CAREGIVER_BLOCKS = ['caring', 'giving', 'supporting', 'firmness', 'trusting'] as const;

export type ChildId = (typeof CHILD_BLOCKS)[number];
export type CaregiverId = (typeof CAREGIVER_BLOCKS)[number];

/** Caregiver block n nurtures child block n. */
export const NURTURED_BY: Record<ChildId, CaregiverId> = {
  safety: 'caring',
  trust: 'giving',
  confidence: 'supporting',
  autonomy: 'firmness',
  creativity: 'trusting',
};

/**
 * Sensitive age windows in months (model.md). Safety and trust come from the source; the windows
 * of blocks 3-5 are the team's reading (marked inferred in the handbook).
 */
export const AGE_WINDOWS: Record<ChildId, readonly [number, number]> = {
  safety: [0, 3],
  trust: [3, 9],
  confidence: [9, 18],
  autonomy: [18, 36],
  creativity: [36, 60],
};

export function isChildId(x: unknown): x is ChildId {
  return typeof x === 'string' && (CHILD_BLOCKS as readonly string[]).includes(x);
}

export function isCaregiverId(x: unknown): x is CaregiverId {
  return typeof x === 'string' && (CAREGIVER_BLOCKS as readonly string[]).includes(x);
}
