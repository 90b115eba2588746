// What the game keeps between visits, with schemas so a damaged save is noticed, not trusted.
import * as v from 'valibot';

const num = v.pipe(v.number(), v.finite());
const five = v.pipe(v.array(num), v.length(5));
export const TowerStateSchema = v.object({ ageMonths: num, growth: five, cracks: five, strength: five });
const ChoiceSchema = v.object({ scenario: v.string(), response: v.string() });

export const SettingsSchema = v.object({
  lang: v.picklist(['nl', 'en']),
  textScale: v.pipe(num, v.minValue(0.8), v.maxValue(1.6)),
  reducedMotion: v.boolean(),
  highContrast: v.boolean(),
  music: v.pipe(num, v.minValue(0), v.maxValue(1)),
  sfx: v.pipe(num, v.minValue(0), v.maxValue(1)),
  muted: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const ProfilesSchema = v.object({
  version: v.literal(1),
  list: v.array(v.object({ id: v.string(), name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) })),
  current: v.nullable(v.string()),
});
export type Profiles = v.InferOutput<typeof ProfilesSchema>;

export const STEPS = ['intro', 'situation', 'choose', 'result', 'debrief'] as const;
export type Step = (typeof STEPS)[number];

export const InPlaySchema = v.object({
  level: v.string(),
  mode: v.picklist(['story', 'single', 'whatif', 'assignment']),
  start: TowerStateSchema,
  choices: v.array(ChoiceSchema),
  step: v.picklist(STEPS),
  /** For "what if": the choices of the run this one branched from, to compare the towers. */
  original: v.optional(v.array(ChoiceSchema)),
});
export type InPlay = v.InferOutput<typeof InPlaySchema>;

export const ProgressSchema = v.object({
  version: v.literal(1),
  levels: v.record(v.string(), v.object({ done: v.boolean(), focusStatus: v.string(), plays: num })),
  story: v.object({ next: v.nullable(v.string()), carried: v.nullable(TowerStateSchema) }),
  inPlay: v.nullable(InPlaySchema),
});
export type Progress = v.InferOutput<typeof ProgressSchema>;

/** A check for the store: the save if it fits its schema, else undefined. */
const checker = <T>(schema: v.GenericSchema<unknown, T>) => (raw: unknown): T | undefined => {
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : undefined;
};
export const checkSettings = checker(SettingsSchema);
export const checkProfiles = checker(ProfilesSchema);
export const checkProgress = checker(ProgressSchema);
