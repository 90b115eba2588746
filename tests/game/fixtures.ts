// Every past shape of every save record, as the game wrote it. A new save version adds its shape
// here; the migration tests load each one.

const tower1 = { ageMonths: 0, growth: [0, 0, 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [0.2, 0.2, 0, 0, 0] };
const tower2 = { ...tower1, ruptures: [0, 0, 0, 0, 0] };

export const SETTINGS = {
  /** Version 1 (2026-10): no version field at all. */
  1: { lang: 'en', textScale: 1.25, reducedMotion: true, highContrast: false, music: 0.3, sfx: 0.8, muted: false },
  /** Version 2 (today): a version. */
  2: { version: 2, lang: 'nl', textScale: 1, reducedMotion: false, highContrast: true, music: 0.5, sfx: 0.8, muted: true },
};

export const PROFILES = {
  /** Version 1: ids p1, p2, … counted from the list. */
  1: {
    version: 1,
    list: [
      { id: 'p1', name: 'Speler 1' },
      { id: 'p2', name: 'Anna' },
    ],
    current: 'p2',
  },
  /** Version 2 (today): random ids. */
  2: {
    version: 2,
    list: [
      { id: 'p1', name: 'Speler 1' },
      { id: 'p-0a1b2c3d4e', name: 'Ben' },
    ],
    current: 'p-0a1b2c3d4e',
  },
};

export const PROGRESS = {
  /** Version 1 with nothing in play. */
  '1-idle': { version: 1, levels: { 'phase-1-safety': { done: true, focusStatus: 'solid', plays: 2 } }, story: { next: 'phase-2-trust', carried: tower1 }, inPlay: null },
  /** Version 1 mid-level: no seed, towers without ruptures, a what-if with its original. */
  '1-playing': {
    version: 1,
    levels: {},
    story: { next: 'phase-1-safety', carried: null },
    inPlay: { level: 'phase-1-safety', mode: 'whatif', start: tower1, choices: [], step: 'intro', original: [] },
  },
  /** Version 2 (today): a seed, ruptures, the assignment mode. */
  '2-playing': {
    version: 2,
    levels: {},
    story: { next: null, carried: null },
    inPlay: { level: 'phase-2-trust', mode: 'assignment', start: { ...tower2, ageMonths: 3 }, choices: [], step: 'situation', seed: 12345 },
  },
};
