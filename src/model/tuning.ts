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

/**
 * One answer, one weight: a response in a level governs at most this many months (its stretch:
 * its rupture opens, its care acts, drifting as any care does). The rest of a scene's share of the
 * level's months is background care: the caregiver's standing pattern carries on (see `Action.background`).
 * So one answer stands for about a month in every phase, not 0.33 months at one week and 2.67 at four.
 */
export const ANSWER_MONTHS = 1;

/** The engine splits long turns into steps of at most this many months, so rules hold inside a turn. */
export const MAX_STEP_MONTHS = 1;

/** The largest effect a response may have on one caregiver block, either way. */
export const MAX_EFFECT = 3;

// ---- Rupture and repair (Tronick's still-face and repair research, Circle of Security) ----------

/**
 * A poor response opens a fresh rupture on the child block its caregiver block nurtures: a
 * hairline crack, this big per point of effect (a −3 opens 0.12, a −1 opens 0.04), times how much
 * the block answers at this age (its window weight). A rupture is not yet damage: it is shown as a
 * hairline and never shows a red letter. A block that has not begun and cannot begin yet gets none.
 */
export const RUPTURE_PER_POINT = 0.04;

/**
 * Left alone, a fresh rupture hardens into crack damage: after a month this share of it is still
 * fresh (can still be repaired), the rest has become crack damage. One unrepaired −3 leaves at most
 * 0.12 damage, a hairline; a pattern of unrepaired ruptures (three −3s, four −2s) adds up past CRACKED_AT.
 */
export const RUPTURE_MONTHLY_FRESH = 0.5;

/** A fresh rupture smaller than this has hardened all the way: what is left becomes crack damage. */
export const RUPTURE_GONE = 0.005;

/**
 * A repair move (an action marked `repair`: the caregiver comes back to the moment, names it, makes
 * contact again) closes at once the fresh ruptures it comes back to (`Action.closes`: in a level,
 * those on the blocks the poor response before its repair moment hurt) and mends this share of
 * each. The rest becomes damage at once: a repair mends most of a rupture, never all of it, so a
 * repaired lapse still leaves the child a little behind no lapse at all. (A repair move without
 * `closes`, as in older plans, closes every fresh rupture.) Only a repair move closes a rupture:
 * ordinary good care afterwards is not a repair (see WARM_CARE_SLOWS_HARDENING).
 */
export const REPAIR_MENDS = 0.75;

/**
 * A repair that comes later (the next day: `Action.late`, a level's repair-later answer) still
 * closes the ruptures it comes back to, but mends only this share of each: time has passed.
 */
export const LATE_REPAIR_MENDS = 0.5;

/**
 * What repaired ruptures leave behind never takes a block's damage past this (below CRACKED_AT):
 * many repaired ruptures on one block keep it behind steady care, but never crack it by themselves.
 * A block already this damaged takes nothing more from a repair.
 */
export const REPAIRED_DAMAGE_CEILING = 0.2;

/**
 * Repairing a rupture is care in its own right: each block where a repair move closed a rupture
 * gets a push on its caregiver block as large as a response of this effect (+1) would give.
 */
export const REPAIR_CARE = 1;

/**
 * Ordinary good care after a rupture is not a repair: it closes nothing, but it gives time. Under
 * warm care of its own (strength s above 0) a fresh rupture hardens at (1 − this × s) of its usual
 * pace: at the warmest care half as fast. What hardens is healed by the same care over the months.
 */
export const WARM_CARE_SLOWS_HARDENING = 0.5;

// ---- Patterns and red letters ---------------------------------------------------------------------

/**
 * A caregiver block leans towards its red letter only when its strength shows a pattern: below
 * this value. From a warm start it takes two or three poor responses in a row, not one.
 */
export const LEAN_AT = -0.5;

/**
 * A caregiver block that leans towards its red letter is back in balance once its strength rises
 * above this value again (hysteresis: it does not flicker around LEAN_AT). Drifting back to neutral
 * never does it; only positive responses do.
 */
export const RECOVER_AT = 0;

/**
 * New caregivers (a newborn's parents, foster and adoptive parents) start with this modest warmth
 * on every caregiver block, unless a level says otherwise. It is an attitude until it is shown: no
 * care by itself (it heals and builds nothing), fading within weeks, but the first positive
 * response on a block builds on it (from 0.3 one +2 gets to a warm pattern).
 */
export const NEW_CAREGIVER_WARMTH = 0.3;

/**
 * Warmth not shown yet (a new caregiver's attitude) fades: after a month without a positive
 * response on its block this share of it is left (after two weeks about a third).
 */
export const UNSHOWN_WARMTH_MONTHLY_RETENTION = 0.1;

/**
 * Care shows a warm pattern from this strength on. A cracked block with nothing cracked beneath it,
 * under care this warm, shows as healing (its red letter fading): one good response from a new
 * caregiver's modest warmth gets there, the warmth alone does not. (Care between 0 and this mends a
 * crack too, only slowly; the block still shows as cracked.)
 */
export const WARM_PATTERN_AT = 0.4;

// ---- Unmet needs (verwaarlozen) -----------------------------------------------------------------

/**
 * Care this close to zero (either way) does not meet a need: inside its age window, a child block
 * whose caregiver block stays between −0.1 and 0.1 does not grow; it slowly cracks.
 */
export const UNMET_BAND = 0.1;

/**
 * Absent care inside the window cracks a block as fast as care of strength −0.15 would. With no
 * care at all, basic safety cracks within about 2½ months of birth; every block cracks before its
 * window ends. Outside its window the game assumes everyday care goes on, so nothing happens.
 */
export const UNMET_NEED = 0.15;

// ---- Weakness travels up ------------------------------------------------------------------------

/**
 * While the lowest crack beneath is left alone (cracked, not healing), every grown block above it
 * takes this much damage a month, even under good care of its own: a year on a cracked base brings
 * a block close to cracking, two years crack it. Once that crack is healing (warm care mends it,
 * its red letter fading), it stops spreading; the blocks above still wobble until it has healed.
 */
export const WEAK_BELOW_PER_MONTH = 0.02;

// ---- Catching up (teruggaan en inhalen) --------------------------------------------------------

/**
 * Once its base is solid, a block whose age window has passed is built (and its cracks heal) at a
 * catch-up pace: with the strongest care it is built in this many months per year of the child's
 * age (at 2½ in about 4 months, at 8 in 12), never faster than inside its own window. So the
 * younger the child, the faster it catches up and heals.
 */
export const CATCH_UP_MONTHS_PER_YEAR = 1.5;

/**
 * Catching up leaves a scar (van IJzendoorn & Juffer 2006; van den Dries et al. 2009; Dozier): a
 * crack that heals late keeps some extra fragility. Healing a crack (the part of the damage at or
 * above CRACKED_AT; a hairline heals without a scar) adds this much fragility per unit of damage
 * healed, times how late it heals (see SCAR_AGE_FROM and SCAR_AGE_FULL). A scarred block cracks
 * (1 + its scar) times as fast under poor or absent care, and a poor response opens a rupture that
 * much wider on it. Deeper damage (longer deprivation, see UNMET_NEED) leaves a deeper scar.
 */
export const SCAR_PER_HEALED = 2;

/**
 * A crack that heals before this age (months) leaves no scar: children adopted before about six
 * months catch up as if nothing happened (English and Romanian Adoptees, Rutter et al.).
 */
export const SCAR_AGE_FROM = 6;

/** A crack that heals at this age (months) or later leaves the full scar; in between, in proportion. */
export const SCAR_AGE_FULL = 48;

/** A block's scar never makes it crack more than (1 + this) times as fast: twice at most. */
export const SCAR_MAX = 1;
