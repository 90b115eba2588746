// What the game keeps between visits, with schemas so a damaged save is noticed, not trusted.
// These are today's shapes; older ones are brought here by the steps in migrate.ts.
import * as v from 'valibot';
import { LANGS } from '../content/langs';
import { MAX_NAME } from '../trainer/text';

/** Today's version of every record; a save with a higher number was made by a newer game. */
export const VERSION = { settings: 2, profiles: 2, progress: 2 } as const;
export type RecordKind = keyof typeof VERSION;

/** Ids a player or a link can type: bounded, so nothing long gets further than here (names: MAX_NAME in trainer/text). */
export const MAX_ID = 64;
/** More players than a class computer needs; a list past this is cut, the rest set aside. */
export const MAX_PLAYERS = 200;
/** Plays of one level, months of age: far past anything real, so a wild number is noticed. */
const MAX_PLAYS = 1_000_000;
const MAX_AGE_MONTHS = 240;

const num = v.pipe(v.number(), v.finite());
const range = (lo: number, hi: number) => v.pipe(num, v.minValue(lo), v.maxValue(hi));
const five = (lo: number, hi: number) => v.pipe(v.array(range(lo, hi)), v.length(5));
const idText = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));

const TowerStateSchema = v.object({
  ageMonths: range(0, MAX_AGE_MONTHS),
  growth: five(0, 1),
  cracks: five(0, 1),
  strength: five(-1, 1),
  /**
   * Recent ruptures per child block, 0..1 (the engine's repair rule). Migration fills it in for
   * saves made before it; optional here only until the engine's TowerState carries it.
   */
  ruptures: v.optional(five(0, 1)),
  /** Which caregiver blocks lean to their red letter (with hysteresis); filled in when missing. */
  leaning: v.optional(v.pipe(v.array(v.boolean()), v.length(5))),
  /** A new caregiver's warmth not shown yet, per caregiver block; saves from before it have none. */
  attitude: v.optional(five(0, 1)),
  /** Fragility a crack left when it healed late, per child block; saves from before it have none. */
  scars: v.optional(five(0, 1)),
});
const ChoiceSchema = v.object({
  scenario: idText,
  response: idText,
  /** An answer in a repair moment, not the scenario's own response. */
  repair: v.optional(v.boolean()),
});

const SettingsSchema = v.object({
  version: v.literal(VERSION.settings),
  lang: v.picklist(LANGS),
  textScale: range(0.8, 1.6),
  /** In effect now: the player's choice below, or the system's setting. */
  reducedMotion: v.boolean(),
  /** 'system' follows the system's reduced-motion setting (absent in older saves, see services/motion). */
  motion: v.optional(v.picklist(['system', 'full', 'reduced'])),
  highContrast: v.boolean(),
  music: range(0, 1),
  sfx: range(0, 1),
  muted: v.boolean(),
  /** A parent sees the plain layer first; a student or trainer the theory at once. Unset: not asked yet. */
  audience: v.optional(v.picklist(['parent', 'student'])),
  /** Projector mode: 'auto' (absent: auto) turns it on for a screen 1600 px wide or more. */
  projector: v.optional(v.picklist(['auto', 'on', 'off'])),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

const PlayerSchema = v.object({
  id: idText,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME.player)),
  /** When the player was added or restored (ms): a removal in another tab before this does not remove them. */
  since: v.optional(v.pipe(num, v.minValue(0))),
});
export type Player = v.InferOutput<typeof PlayerSchema>;

/** The list's frame; the players in it are checked one by one (players.ts), so one bad name sets aside one player. */
const ProfilesFrameSchema = v.object({
  version: v.literal(VERSION.profiles),
  list: v.array(v.unknown()),
  current: v.nullable(v.unknown()),
  removed: v.optional(v.unknown()),
});
/** Removed players remembered at most: enough for years of a class computer, bounded all the same. */
export const MAX_REMOVED = 1000;
export interface Profiles {
  version: typeof VERSION.profiles;
  list: Player[];
  current: string | null;
  /**
   * Players removed on purpose: id → when (ms). Tabs merge their lists by union, so a removed
   * player would otherwise come back from another tab's list; this says it was removed.
   */
  removed?: Record<string, number>;
}

const STEPS = ['intro', 'situation', 'choose', 'result', 'debrief'] as const;
export type Step = (typeof STEPS)[number];
const MODES = ['story', 'single', 'whatif', 'assignment'] as const;

const InPlaySchema = v.object({
  level: idText,
  mode: v.picklist(MODES),
  start: TowerStateSchema,
  choices: v.pipe(v.array(ChoiceSchema), v.maxLength(200)),
  step: v.picklist(STEPS),
  /** The order the responses are shown in, kept so a reload shows the same order. */
  seed: v.pipe(num, v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  /** For "what if": the choices of the run this one branched from, to compare the towers. */
  original: v.optional(v.pipe(v.array(ChoiceSchema), v.maxLength(200))),
});
export type InPlay = v.InferOutput<typeof InPlaySchema>;

const FOCUS_STATUSES = ['locked', 'growing', 'solid', 'wobbly', 'cracked', 'healing'] as const;

export const ProgressSchema = v.object({
  version: v.literal(VERSION.progress),
  levels: v.record(idText, v.object({ done: v.boolean(), focusStatus: v.picklist(FOCUS_STATUSES), plays: v.pipe(num, v.integer(), v.minValue(0), v.maxValue(MAX_PLAYS)) })),
  story: v.object({ next: v.nullable(idText), carried: v.nullable(TowerStateSchema) }),
  inPlay: v.nullable(InPlaySchema),
});
export type Progress = v.InferOutput<typeof ProgressSchema>;

/** A check: the value if it fits its schema, else undefined. */
const checker =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (raw: unknown): T | undefined => {
    const r = v.safeParse(schema, raw);
    return r.success ? r.output : undefined;
  };
export const checkSettings = checker(SettingsSchema);
export const checkProgress = checker(ProgressSchema);
export const checkPlayer = checker(PlayerSchema);
export const checkProfilesFrame = checker(ProfilesFrameSchema);
