// Every number that shapes the engine, in one place. The handbook explains them in plain words;
// change them here and the balance tests tell you whether the levels still teach what they should.

/** A child block counts as "solid" (it can carry the blocks above it) from this much growth. */
export const SOLID_GROWTH = 0.8;

/** From this much growth a block counts as "grown": above a crack it starts to wobble. */
export const GROWN_GROWTH = 0.2;

/** From this much damage a block is "cracked" and shows its red letter. Less is a hairline crack. */
export const CRACKED_AT = 0.3;

/**
 * How fast a block grows inside its age window under the strongest possible care: it is built in
 * this share of its window's length. 0.6 means: with full care, safety (window 0-3 months) is built
 * in about 1.8 months; with good everyday care (strength about 2/3) in about its whole window.
 */
export const BUILD_SHARE_OF_WINDOW = 0.6;

/**
 * Outside its window a block still answers to care, but less: one window length away it answers
 * half as much, two lengths away a third, and never less than this floor (rule 5: never zero).
 */
export const OUTSIDE_WINDOW_FLOOR = 0.3;

/** Cracks form this many times faster than growth, for the same strength of care gone wrong. */
export const CRACK_SPEED = 1.5;

/** Cracks heal at this share of the growth speed: repair takes longer than the damage did. */
export const HEAL_SPEED = 0.6;

/** A wobbly block (grown, but resting on a crack) cracks this many times faster (rule 4). */
export const WOBBLY_FRAGILITY = 2.5;

/**
 * How far one response moves a caregiver block: a +3 (or -3) response closes this share of the
 * distance to the end of the scale. Care is a pattern, so one response never flips it all at once.
 */
export const CAREGIVER_STEP = 0.5;

/**
 * A caregiver block that is not called on drifts back toward neutral: after a month without any
 * response on it, this share of its strength is left (about 8% lost a month, half in 8 months).
 */
export const CAREGIVER_MONTHLY_RETENTION = 0.92;

/** The engine splits long turns into steps of at most this many months, so rules hold inside a turn. */
export const MAX_STEP_MONTHS = 1;

/** The largest effect a response may have on one caregiver block, either way. */
export const MAX_EFFECT = 3;
