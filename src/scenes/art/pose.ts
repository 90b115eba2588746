// Which way the figures are drawn in a scenario: the child's pose (in the car seat, the bath, the
// cot...), the caregiver's, and the child's mood. Pure and small (no Phaser), so the scenario
// scene can import it before the drawings have loaded, and tests can run it in node.
import type { CAREGIVER_POSES, CHILD_POSES, MOODS, PLACES, ScenarioPoseT, TIMES } from '../../content/schema';

export type ChildPose = (typeof CHILD_POSES)[number];
export type CaregiverPose = (typeof CAREGIVER_POSES)[number];
export type Mood = (typeof MOODS)[number];
type Place = (typeof PLACES)[number];
type TimeOfDay = (typeof TIMES)[number];

export interface Pose {
  place: Place;
  time: TimeOfDay;
  child: ChildPose;
  caregiver: CaregiverPose;
  /** The child's mood while the signal is shown, before the player chooses. */
  mood: Mood;
  /** Things the moment's words name that the place does not always have (stairs, a climbing frame). */
  props?: Prop[];
  /** The child is up on the climbing frame (not standing beside it, after a fall). */
  up?: boolean;
  /** In bed lying down under the duvet, the head on the pillow (not sitting up). */
  lie?: boolean;
  /** Sitting up on the sofa (the living room's), not on the floor. */
  sofa?: boolean;
}

/** Things a moment can bring into the picture: the stage draws them where the place lacks them. */
export type Prop = 'stairs' | 'slide' | 'climbing-frame' | 'sandbox' | 'next-room' | 'bottle' | 'dog' | 'dog-far' | 'tablet' | 'spill' | 'curtain' | 'baby-on-lap';

/** The youngest age (months) at which a child can be drawn this way; younger ones get a fallback. */
export const MIN_AGE: Record<ChildPose, number> = {
  lying: 0,
  arms: 0,
  lap: 0,
  cot: 0,
  carseat: 0,
  bath: 0,
  sitting: 5,
  highchair: 5,
  standing: 10,
  bed: 18,
  bike: 24,
  trolley: 6,
  basin: 15,
  // on a chair (a booster seat) at the table: a toddler who sits steady; younger ones sit in the high chair
  table: 15,
};

/** The oldest age (months) a pose is drawn for: a preschooler does not fit a cot or a high chair, and only babies are drawn lying. */
export const MAX_AGE: Partial<Record<ChildPose, number>> = { cot: 36, highchair: 42, lying: 15, trolley: 48 };

/** What a child too old for a pose gets instead. */
const OLDER: Partial<Record<ChildPose, ChildPose>> = { cot: 'bed', highchair: 'standing', lying: 'sitting', trolley: 'standing' };

/** What a child too young for a pose gets instead (the pose closest in where it puts the child). */
const YOUNGER: Record<ChildPose, ChildPose> = {
  lying: 'lying',
  arms: 'arms',
  lap: 'lap',
  cot: 'cot',
  carseat: 'carseat',
  bath: 'bath',
  sitting: 'lying',
  highchair: 'arms',
  standing: 'sitting',
  bed: 'cot',
  bike: 'standing',
  trolley: 'arms',
  basin: 'arms',
  table: 'highchair',
};

/** The caregiver that goes with a child pose when nothing else is said. */
function caregiverFor(child: ChildPose, place: Place): CaregiverPose {
  switch (child) {
    case 'arms':
      return 'holding';
    case 'lap':
    case 'carseat':
      return 'sitting';
    case 'lying':
    case 'bath':
    case 'sitting':
    case 'bed':
      return 'kneeling';
    case 'trolley':
    case 'basin':
      return 'standing';
    case 'table':
      return 'sitting';
    case 'standing':
      return place === 'street' || place === 'shop' || place === 'doctor' ? 'standing' : 'kneeling';
    default:
      return 'standing';
  }
}

/** The child's pose that fits a place, a time and an age, when the content does not say. */
function childFor(place: Place, time: TimeOfDay, age: number): ChildPose {
  const bedtime = time === 'night' || (time === 'evening' && place === 'bedroom');
  if (place === 'car') return 'carseat';
  if (place === 'bath') return 'bath';
  if (place === 'nursery' || place === 'bedroom') {
    if (bedtime) return age < 30 ? 'cot' : 'bed';
    return age < 6 ? 'lying' : age < 12 ? 'sitting' : 'standing';
  }
  if (place === 'kitchen') return age < 6 ? 'arms' : age < 36 ? 'highchair' : 'standing';
  if (place === 'living') return age < 6 ? 'arms' : age < 9 ? 'lap' : age < 15 ? 'sitting' : 'standing';
  if (place === 'doctor') return age < 9 ? 'lying' : age < 24 ? 'lap' : 'standing';
  // outside, in the shop, at daycare: a baby is carried; a crawler sits; a walker stands
  if (time === 'night' && age < 24) return 'arms';
  if (age < 9) return 'arms';
  if (age < 15) return place === 'playground' || place === 'daycare' || place === 'garden' ? 'sitting' : 'arms';
  return 'standing';
}

/**
 * The pose for a scenario: the content's hint where it gives one, else derived from place, time
 * and the child's age. A pose the child is too young for falls back (a baby never stands), and the
 * caregiver always fits the child (arms: holding; lap: sitting).
 */
export function poseFor(place: Place, time: TimeOfDay, ageMonths: number, hint?: ScenarioPoseT): Pose {
  const age = Number.isFinite(ageMonths) ? Math.max(0, ageMonths) : 0;
  let child = hint?.child ?? childFor(place, time, age);
  while (age < MIN_AGE[child]) child = YOUNGER[child];
  if (age >= (MAX_AGE[child] ?? Infinity)) child = OLDER[child] ?? child;
  let caregiver = hint?.caregiver ?? caregiverFor(child, place);
  if (child === 'arms') caregiver = 'holding';
  else if (child === 'lap') caregiver = 'sitting';
  else if (caregiver === 'holding') caregiver = 'standing';
  return { place, time, child, caregiver, mood: hint?.mood ?? 'calm' };
}

/** Poses where the child's hands are free to play. */
const HANDS_FREE: readonly ChildPose[] = ['sitting', 'standing', 'bath', 'highchair', 'table'];
/** Poses that are about rest and comfort: a settled child looks calm there, not playful. */
const RESTING: readonly ChildPose[] = ['cot', 'bed', 'arms', 'lying', 'lap'];

/**
 * The child's mood after a response, from the response's total effect on the caregiver blocks:
 * an attuned response (2 or more) settles the child (calm where it rests, playing where its hands
 * are free, else happy); a small plus leaves it calm; nothing much, withdrawn; a poor one, crying
 * (a child of two or more is upset rather than in tears at -2).
 */
export function reactionMood(totalEffect: number, pose: Pose, ageMonths: number): Mood {
  if (totalEffect >= 2) {
    if (RESTING.includes(pose.child) || pose.time === 'night') return 'calm';
    return HANDS_FREE.includes(pose.child) && ageMonths >= 6 ? 'playing' : 'happy';
  }
  if (totalEffect > 0) return 'calm';
  if (totalEffect >= -1) return 'withdrawn';
  if (totalEffect <= -3 || ageMonths < 24) return 'crying';
  return 'upset';
}

/** The sum of a response's effects on the caregiver blocks. */
export function totalEffect(effects: Partial<Record<string, number | undefined>>): number {
  return Object.values(effects).reduce<number>((a, b) => a + (b ?? 0), 0);
}
