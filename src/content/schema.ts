// The shape of content files (levels, handbook). Writers author YAML; this checks it on load.
import * as v from 'valibot';
import { CAREGIVER_BLOCKS, CHILD_BLOCKS } from '../model/blocks';
import { MAX_EFFECT } from '../model/tuning';

import { LANGS, type Lang } from './langs';

export { LANGS, type Lang };

/** Where a scenario happens: the game draws a backdrop for each. */
export const PLACES = ['nursery', 'bedroom', 'kitchen', 'living', 'bath', 'garden', 'playground', 'street', 'car', 'shop', 'daycare', 'doctor'] as const;
export const TIMES = ['day', 'evening', 'night'] as const;

/** How the child and the caregiver are drawn in a scenario (optional; the game derives one from place, time and age). */
export const CHILD_POSES = ['lying', 'sitting', 'standing', 'arms', 'lap', 'cot', 'bed', 'highchair', 'bath', 'carseat', 'bike', 'trolley', 'basin', 'table'] as const;
export const CAREGIVER_POSES = ['standing', 'sitting', 'kneeling', 'holding'] as const;
/** The child's face and posture: during the signal (a pose's `mood`) and after a response (from its effects). */
export const MOODS = ['calm', 'happy', 'playing', 'crying', 'upset', 'withdrawn'] as const;

const nonEmpty = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

/** A player-facing text in both languages. A missing language is reported, not fatal. */
const perLang = <S>(s: S) => Object.fromEntries(LANGS.map((l) => [l, s])) as Record<Lang, S>;
const textMessage = `must be an object with ${LANGS.join(' and ')} texts`;
const Text = v.strictObject(perLang(v.optional(nonEmpty)), textMessage);

/** A text with a length limit, so it fits the card on a phone. */
const TextMax = (max: number) => {
  const t = v.optional(v.pipe(nonEmpty, v.maxLength(max, `must be at most ${max} characters`)));
  return v.strictObject(perLang(t), textMessage);
};

const id = v.pipe(v.string('must be an id'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes, like "night-feed"'));

const effect = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(-MAX_EFFECT, `must be -${MAX_EFFECT} or more`),
  v.maxValue(MAX_EFFECT, `must be ${MAX_EFFECT} or less`),
);

const AnyEffects = v.strictObject(
  Object.fromEntries(CAREGIVER_BLOCKS.map((b) => [b, v.optional(effect)])) as Record<(typeof CAREGIVER_BLOCKS)[number], v.OptionalSchema<typeof effect, undefined>>,
  `must name caregiver blocks (${CAREGIVER_BLOCKS.join(', ')})`,
);
const Effects = v.pipe(
  AnyEffects,
  v.check((e) => Object.values(e).some((x) => x !== 0 && x !== undefined), 'must move at least one caregiver block'),
);

/** Tags a response can carry (see `tags` below). */
const RESPONSE_TAGS = ['rejecting-limit', 'vague-limit', 'frightening', 'delay', 'calms-later'] as const;

const responseEntries = {
  id,
  text: TextMax(220),
  effects: Effects,
  reaction: TextMax(200),
  /** The theory layer ("Meer uitleg / The theory"): why, in the model's words, for students. */
  feedback: TextMax(520),
  /** The plain layer, shown to everyone first: what happened and what helps, B1 Dutch / plain English. */
  plain: v.optional(TextMax(300)),
  /**
   * What kind of act the response is, where a rule of the model depends on it (content tests hold
   * the rules): a limit that rejects, punishes, threatens or shames (firmness -1 or below), a vague
   * limit, frightening behaviour (weighs at least as much as a delay), a delay in answering, and a
   * good answer after which the child does not calm at once (calms-later: its feedback says why it
   * was still right).
   */
  tags: v.optional(v.array(v.picklist(RESPONSE_TAGS, `must be one of: ${RESPONSE_TAGS.join(', ')}`), 'must be a list of tags')),
};
const Response = v.strictObject(responseEntries);

/**
 * What a repair-moment option does (content-guide.md): make it right now (repair), make it right the
 * next day (repair-later: a repair move with a smaller effect), repair that makes the child comfort
 * the parent (over-repair: guilt, role reversal, *nemen*; not a repair move), move on, or explain it away.
 */
const REPAIR_KINDS = ['repair', 'repair-later', 'over-repair', 'move-on', 'explain-away'] as const;
/** The kinds that reach the engine as a repair move. */
export const REPAIR_MOVES: readonly string[] = ['repair', 'repair-later'];
/** In a repair moment, moving on can be fine (content-guide.md): such an option may move no block at all. */
const RepairResponse = v.pipe(
  v.strictObject({ ...responseEntries, effects: AnyEffects, kind: v.picklist(REPAIR_KINDS, `must be one of: ${REPAIR_KINDS.join(', ')}`) }),
  v.forward(
    v.check((r) => r.kind === 'move-on' || Object.values(r.effects).some((x) => x !== 0 && x !== undefined), 'must move at least one caregiver block (only a move-on may move none)'),
    ['effects'],
  ),
);

/**
 * A repair moment: after one of the listed (poor) responses, the player gets a second beat, later
 * the same day, to notice what happened and make it right (rule 7: rupture and repair).
 */
const RepairMoment = v.strictObject({
  /** The ids of this scenario's responses after which the moment comes. */
  after: v.pipe(v.array(id, 'must be a list of response ids'), v.minLength(1, 'must name at least one response')),
  setting: TextMax(260),
  signal: TextMax(220),
  responses: v.pipe(v.array(RepairResponse, 'must be a list of responses'), v.minLength(2, 'must have 2 or 3 responses'), v.maxLength(3, 'must have 2 or 3 responses')),
});

const pick = <T extends readonly [string, ...string[]]>(list: T) => v.optional(v.picklist(list, `must be one of: ${list.join(', ')}`));

/** A hint for the drawing: a child held in arms needs a caregiver holding, a child on a lap one sitting. */
const ScenarioPose = v.pipe(
  v.strictObject({ child: pick(CHILD_POSES), caregiver: pick(CAREGIVER_POSES), mood: pick(MOODS) }, 'must be an object with child, caregiver and/or mood'),
  v.check((p) => !(p.child === 'arms' && p.caregiver && p.caregiver !== 'holding'), 'a child in arms needs caregiver: holding'),
  v.check((p) => !(p.child === 'lap' && p.caregiver && p.caregiver !== 'sitting'), 'a child on a lap needs caregiver: sitting'),
  v.check((p) => !(p.caregiver === 'holding' && p.child && p.child !== 'arms'), 'caregiver: holding goes with child: arms'),
);

const Scenario = v.strictObject({
  id,
  place: v.picklist(PLACES, `must be one of: ${PLACES.join(', ')}`),
  time: v.optional(v.picklist(TIMES, `must be one of: ${TIMES.join(', ')}`), 'day'),
  setting: TextMax(260),
  signal: TextMax(220),
  responses: v.pipe(v.array(Response, 'must be a list of responses'), v.minLength(2, 'must have 2 to 4 responses'), v.maxLength(4, 'must have 2 to 4 responses')),
  repair: v.optional(RepairMoment),
  /** Optional: how to draw the child and the caregiver (see docs/writing-content.md). */
  pose: v.optional(ScenarioPose),
});

const unit = (lo: number, hi: number) => v.pipe(v.number('must be a number'), v.minValue(lo, `must be ${lo} or more`), v.maxValue(hi, `must be ${hi} or less`));

const ChildStart = v.strictObject({ growth: v.optional(unit(0, 1)), cracks: v.optional(unit(0, 1)) });

const Start = v.strictObject({
  /** newborn: all blocks at zero; well-raised: steady attuned care from birth up to the level's age. */
  preset: v.picklist(['newborn', 'well-raised'], 'must be newborn or well-raised'),
  child: v.optional(
    v.strictObject(
      Object.fromEntries(CHILD_BLOCKS.map((b) => [b, v.optional(ChildStart)])) as Record<(typeof CHILD_BLOCKS)[number], v.OptionalSchema<typeof ChildStart, undefined>>,
      `must name child blocks (${CHILD_BLOCKS.join(', ')})`,
    ),
  ),
  caregiver: v.optional(
    v.strictObject(
      Object.fromEntries(CAREGIVER_BLOCKS.map((b) => [b, v.optional(unit(-1, 1))])) as Record<(typeof CAREGIVER_BLOCKS)[number], v.OptionalSchema<ReturnType<typeof unit>, undefined>>,
      `must name caregiver blocks (${CAREGIVER_BLOCKS.join(', ')})`,
    ),
  ),
});

/**
 * How much content the game is built to show: each text fits its card on a phone at 150% text,
 * and lists stay within what a map or a session holds. The content check enforces these.
 */
export const LIMITS = {
  title: 60,
  intro: 1000,
  introPlain: 400,
  question: 500,
  tip: 400,
  childName: 24,
  scenarios: 20,
  levels: 40,
  sections: 40,
  sectionTitle: 80,
  sectionBody: 6000,
} as const;

export const Level = v.pipe(
  v.strictObject({
    id,
    order: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
    kind: v.picklist(['phase', 'repair'], 'must be phase or repair'),
    focus: v.picklist(CHILD_BLOCKS, `must be a child block (${CHILD_BLOCKS.join(', ')})`),
    child: v.strictObject({ name: v.pipe(nonEmpty, v.maxLength(LIMITS.childName, `must be at most ${LIMITS.childName} characters`)), pronoun: v.picklist(['she', 'he'], 'must be she or he') }),
    ageMonths: v.pipe(
      v.tuple([unit(0, 120), unit(0, 120)], 'must be [from, to] in months'),
      v.check(([a, b]) => b > a, 'must end after it starts'),
    ),
    start: Start,
    title: TextMax(LIMITS.title),
    intro: TextMax(LIMITS.intro),
    /** Optional: a parent's short intro in plain words (the full intro is behind "Meer uitleg"); without it the game words one from the level (game/plain.ts). */
    introPlain: v.optional(TextMax(LIMITS.introPlain)),
    questions: v.pipe(v.array(TextMax(LIMITS.question), 'must be a list of texts'), v.minLength(1, 'must have at least one question'), v.maxLength(10, 'must have at most 10 questions')),
    tip: TextMax(LIMITS.tip),
    scenarios: v.pipe(
      v.array(Scenario, 'must be a list of scenarios'),
      v.minLength(1, 'must have at least one scenario'),
      v.maxLength(LIMITS.scenarios, `must have at most ${LIMITS.scenarios} scenarios`),
    ),
  }),
);

export type TextT = v.InferOutput<typeof Text>;
export type ResponseT = v.InferOutput<typeof Response>;
export type RepairResponseT = v.InferOutput<typeof RepairResponse>;
export type ScenarioT = v.InferOutput<typeof Scenario>;
export type ScenarioPoseT = v.InferOutput<typeof ScenarioPose>;
export type LevelT = v.InferOutput<typeof Level>;

const Section = v.strictObject({ id, title: TextMax(LIMITS.sectionTitle), body: TextMax(LIMITS.sectionBody) });
export const Handbook = v.strictObject({
  sections: v.pipe(v.array(Section, 'must be a list of sections'), v.minLength(1, 'must have at least one section'), v.maxLength(LIMITS.sections, `must have at most ${LIMITS.sections} sections`)),
});
export type HandbookT = v.InferOutput<typeof Handbook>;

// ---- The lecturer's guide (assets/content/guide.yaml, issue 21) ---------------------------------

/** Riksen-Walraven's six interaction skills, as Dutch pedagogy and childcare courses teach them. */
export const INTERACTION_SKILLS = ['sensitive-responsiveness', 'respect-for-autonomy', 'structure-and-limits', 'talking-and-explaining', 'stimulating-development', 'guiding-interactions'] as const;

/**
 * What a step of a lesson plan does. A lesson with the game runs homework (before class) → class
 * overview → voting in class → what-if → discussion; an opening, a break and a close may sit around them.
 */
const LESSON_STAGES = ['intro', 'overview', 'class', 'what-if', 'discussion', 'break', 'close'] as const;

/** How much the guide holds: enough for a lecturer, short enough to read on a phone. */
const GUIDE_LIMITS = {
  title: 120,
  intro: 2500,
  outcome: 300,
  answer: 1600,
  misconception: 500,
  skillNote: 600,
  skillName: 80,
  skillDescription: 700,
  rubricIntro: 1500,
  rubricCell: 500,
  rubricExample: 1000,
  lessonHomework: 1200,
  stepTitle: 90,
  stepBody: 1000,
  critical: 4500,
  reference: 600,
  referenceNote: 500,
} as const;

const G = GUIDE_LIMITS;
/** A list of `lo` to `hi` items, with messages that say so. */
const list = <S extends v.GenericSchema>(item: S, lo: number, hi: number, what: string) => {
  const msg = lo === hi ? `must have exactly ${lo} ${what}` : `must have ${lo} to ${hi} ${what}`;
  return v.pipe(v.array(item, `must be a list of ${what}`), v.minLength(lo, msg), v.maxLength(hi, msg));
};
const whole = (lo: number, hi: number) => v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(lo, `must be ${lo} or more`), v.maxValue(hi, `must be ${hi} or less`));

const GuideQuestion = v.strictObject({
  /** Which of the level's questions (1 = the first), as the debrief shows them. */
  question: whole(1, 10),
  /** A few words of that question in Dutch: when the question is rewritten, the check points here. */
  cue: v.pipe(nonEmpty, v.maxLength(60, 'must be at most 60 characters')),
  /** What a good answer contains. */
  answer: TextMax(G.answer),
  /** What students often get wrong. */
  misconceptions: list(TextMax(G.misconception), 1, 5, 'misconceptions'),
});

const GuideSkill = v.strictObject({
  skill: v.picklist(INTERACTION_SKILLS, `must be one of: ${INTERACTION_SKILLS.join(', ')}`),
  /** Best answers of this level that show the skill, as "scenario-id/response-id". */
  examples: list(v.pipe(v.string('must be text'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "scenario-id/response-id"')), 1, 4, 'examples'),
  note: TextMax(G.skillNote),
});

const GuideLevel = v.strictObject({
  /** The level's id (assets/content/levels/<id>.yaml). */
  level: id,
  outcomes: list(TextMax(G.outcome), 2, 4, 'learning outcomes'),
  questions: list(GuideQuestion, 1, 10, 'questions'),
  skills: list(GuideSkill, 1, 6, 'interaction skills'),
});

const RubricCriterion = v.strictObject({
  id,
  title: TextMax(G.skillName),
  /** One per rubric level, in the levels' order. */
  descriptors: list(TextMax(G.rubricCell), 3, 3, 'descriptors (one per rubric level)'),
});

const LessonStep = v.strictObject({
  stage: v.picklist(LESSON_STAGES, `must be one of: ${LESSON_STAGES.join(', ')}`),
  minutes: whole(1, 120),
  title: TextMax(G.stepTitle),
  body: TextMax(G.stepBody),
});

export const Guide = v.strictObject({
  title: TextMax(G.title),
  intro: TextMax(G.intro),
  skills: list(
    v.strictObject({
      id: v.picklist(INTERACTION_SKILLS, `must be one of: ${INTERACTION_SKILLS.join(', ')}`),
      name: TextMax(G.skillName),
      description: TextMax(G.skillDescription),
    }),
    INTERACTION_SKILLS.length,
    INTERACTION_SKILLS.length,
    'interaction skills',
  ),
  levels: list(GuideLevel, 1, LIMITS.levels, 'levels'),
  rubric: v.strictObject({
    intro: TextMax(G.rubricIntro),
    levels: list(v.strictObject({ id, title: TextMax(G.skillName), summary: TextMax(G.rubricCell), example: TextMax(G.rubricExample) }), 3, 3, 'rubric levels'),
    criteria: list(RubricCriterion, 2, 8, 'criteria'),
  }),
  lessons: list(
    v.strictObject({
      id,
      minutes: whole(10, 240),
      title: TextMax(G.title),
      /** Before class: the assignment the students play at home. */
      homework: TextMax(G.lessonHomework),
      steps: list(LessonStep, 2, 12, 'steps'),
    }),
    1,
    4,
    'lesson plans',
  ),
  critical: v.strictObject({ title: TextMax(G.title), question: TextMax(G.answer), body: TextMax(G.critical) }),
  references: list(v.strictObject({ id, apa: TextMax(G.reference), note: v.optional(TextMax(G.referenceNote)) }), 1, 40, 'references'),
});
export type GuideT = v.InferOutput<typeof Guide>;
