// What a moment's text says about where the child is (on your lap, in the bath, at the washbasin,
// in the shopping trolley...), so the drawing can follow the words. Pure and small (no Phaser): the
// scenario scene draws from `sceneFor`, and the content check lists every moment whose drawing
// lacks what its text names (`drawingGaps`), in either language.
import type { Lang, PLACES, ScenarioPoseT, TIMES } from '../../content/schema';
import { poseFor, type CaregiverPose, type ChildPose, type Mood, type Pose, type Prop } from './pose';
import { LANGS, type PerLang } from '../../content/langs';

type Place = (typeof PLACES)[number];
type TimeOfDay = (typeof TIMES)[number];

/** Something a text can name about where the child is, and how the drawing shows it. */
interface Cue {
  id: string;
  /** The child's pose that shows it. */
  child: ChildPose;
  /** Poses that show it too (a cot for "bed" when the child is small; arms for a baby on a lap). */
  alsoShownBy?: ChildPose[];
  /** The place it implies, where the moment has no place of its own (a repair moment: "’s avonds in bad"). */
  place?: Place;
  /** The words, per language; `{S}` stands for the child as subject (name or she/he). */
  words: PerLang<RegExp[]>;
  /** Only in a sentence about the child (its name or she/he in it): "bij jou op schoot" may be a niece's. */
  aboutChild?: boolean;
  /** In bed lying down, under the duvet (the pose's `lie`), not sitting up. */
  lies?: boolean;
  /** Up on the sofa (the pose's `sofa`), not on the floor in front of it. */
  onSofa?: boolean;
}

/** The cues, most telling first: where several are named, the first one found is drawn. */
const CUES: Cue[] = [
  { id: 'trolley', child: 'trolley', place: 'shop', words: { nl: [/winkelwagen|winkelkar|boodschappenkar/i], en: [/trolley|shopping cart/i] } },
  { id: 'carseat', child: 'carseat', place: 'car', words: { nl: [/autostoel/i], en: [/car ?seat/i] } },
  { id: 'basin', child: 'basin', place: 'bath', words: { nl: [/wastafel/i], en: [/wash ?basin|\bsink\b|\bbasin\b/i] } },
  {
    id: 'tub',
    child: 'bath',
    // (held at the tub, about to go in, is at the bath too)
    alsoShownBy: ['arms'],
    place: 'bath',
    words: { nl: [/\bin (het )?bad\b|\bbadje\b|\bin het water\b/i], en: [/\bin the bath\b|\bbath ?tub\b|\bin the water\b|\bbath time\b/i] },
  },
  { id: 'highchair', child: 'highchair', place: 'kitchen', words: { nl: [/kinderstoel/i], en: [/high ?chair/i] } },
  {
    id: 'cot',
    child: 'cot',
    alsoShownBy: ['bed'],
    place: 'bedroom',
    words: { nl: [/\bwiegje\b|\bwieg\b|\bbedje\b|ledikant|\bde slaapkamer in\b/i], en: [/\bcot\b|\bcrib\b|\bcradle\b|\binto the bedroom\b/i] },
  },
  {
    // lying in bed, under the duvet ("Hij ligt in zijn nieuwe bed", "ligt Noor … onder de deken"): not sitting up
    id: 'in-bed',
    child: 'bed',
    lies: true,
    alsoShownBy: ['cot'],
    place: 'bedroom',
    words: {
      nl: [/\b{S} ligt\b[^.!?]*\b(bed|deken|dekbed)\b/, /\bligt {S}\b[^.!?]*\b(bed|deken|dekbed)\b/],
      en: [/\b{S} (lies|is lying)\b[^.!?]*\b(bed|duvet|covers|blanket|quilt)\b/],
    },
  },
  {
    id: 'bed',
    child: 'bed',
    alsoShownBy: ['cot'],
    place: 'bedroom',
    words: {
      nl: [/\b{S} zit\b[^.!?]*\bbed\b/, /\bzit {S}\b[^.!?]*\bbed\b/, /\bbij het naar bed gaan\b/i, /\b{S} zit rechtop\b(?! (op|in|bij) )/],
      en: [/\b{S} (sits|is sitting|is)\b[^.!?]*\bbed\b/, /^At bedtime\b/, /\b{S} sits up\b(?! (on|in) )/],
    },
  },
  {
    // under the table at dinner, in the kitchen (a repair moment "Bij het eten ... kruipt ze onder de tafel")
    id: 'under-table',
    child: 'sitting',
    place: 'kitchen',
    aboutChild: true,
    words: { nl: [/\bonder de (keuken|eet)?tafel\b/i], en: [/\bunder the (kitchen |dining )?table\b/i] },
  },
  {
    id: 'lap',
    child: 'lap',
    alsoShownBy: ['arms'],
    aboutChild: true,
    words: { nl: [/\bop (je|jouw) schoot\b|\bbij (je|jou) op schoot\b/i], en: [/\bon your lap\b|\bin your lap\b/i] },
  },
  {
    // "zit bij jou op de bank": beside you, held, in the living room (a repair moment after dinner)
    id: 'sofa',
    child: 'lap',
    alsoShownBy: ['arms'],
    place: 'living',
    aboutChild: true,
    words: { nl: [/\b{S} (zit|ligt) bij (je|jou) op de bank\b/, /\b(zit|ligt) {S} bij (je|jou) op de bank\b/], en: [/\b{S} (sits|is sitting|lies) (with|next to|beside) you on the sofa\b/] },
  },
  {
    // sitting on the sofa by herself ("Noor zit stil op de bank"), not on the floor
    id: 'on-sofa',
    child: 'sitting',
    onSofa: true,
    place: 'living',
    aboutChild: true,
    words: { nl: [/\b{S} zit( \w+)? op de bank\b/, /\bzit {S}( \w+)? op de bank\b/], en: [/\b{S} (sits|is sitting)( \w+)? on the sofa\b/] },
  },
  {
    id: 'arms',
    child: 'arms',
    alsoShownBy: ['lap'],
    words: {
      nl: [/\bin (je|jouw) arm(en)?\b|\bdraagzak\b|\bop (je|jouw) (borst|heup)\b|\bom je nek\b|\bin je nek\b|van arm naar arm/i],
      en: [/\bin your arms?\b|\bcrook of your arm\b|\bsling\b|\b(baby )?carrier\b|\bon your (chest|hip)\b|\b(round|around) your neck\b|\binto your neck\b|from arm to arm/i],
    },
  },
  {
    // sitting at the table now (drawing, eating, a puzzle), not "what she said at the table" later in bed
    id: 'table',
    child: 'table',
    alsoShownBy: ['highchair'],
    aboutChild: true,
    words: {
      nl: [
        /\b{S} (zit|tekent|kleurt|eet|ontbijt|puzzelt|speelt|knutselt)\b[^.!?]*\baan (de )?(keuken|eet)?tafel\b/,
        /\baan (de )?(keuken|eet)?tafel (zit|tekent|kleurt|eet|puzzelt|speelt) {S}\b/,
        // at a meal now: "Bij het avondeten schuift ze haar eten heen en weer", "Bij de lunch propt hij…"
        /^Bij (het (avond)?eten|de lunch|het ontbijt)\b[^.!?]*\b{S}\b/,
      ],
      en: [
        /\b{S} (sits|is sitting|draws|is drawing|colours|is colouring|eats|is eating|is doing|plays|is playing)\b[^.!?]*\bat the (kitchen |dining )?table\b/,
        /^At (breakfast|lunch|dinner)\b[^.!?]*\b{S}\b/,
      ],
    },
  },
  {
    // a moment that opens with the meal ("Ontbijt. Lina wil alles zelf…"): at the table
    id: 'meal',
    child: 'table',
    alsoShownBy: ['highchair'],
    words: { nl: [/^(Ontbijt|Lunch|Avondeten)\.$/], en: [/^(Breakfast|Lunch|Dinner)\.$/] },
  },
  {
    id: 'lying',
    child: 'lying',
    aboutChild: true,
    words: {
      nl: [/\b(ligt|liggen)\b[^.!?]*\b(op|bloot op) (het|de) (kleed|grond|vloer|aankleedkussen|weegschaal)\b/i, /\bop de grond liggen\b/i],
      en: [/\b(lies|lying|lie down)\b[^.!?]*\bon the (rug|floor|ground|changing mat|mat|scales?)\b/i],
    },
  },
  { id: 'shower', child: 'standing', place: 'bath', words: { nl: [/douchegordijn/i], en: [/shower curtain/i] } },
  {
    id: 'standing',
    child: 'standing',
    alsoShownBy: ['cot', 'basin', 'trolley'],
    aboutChild: true,
    words: {
      nl: [
        /\b{S} (staat|rent)\b(?! (op|in) (het|de|haar|zijn) (krukje|bedje))/,
        /\b(staat|rent) {S}\b/,
        /\btrekt zich op\b/,
        // at your side, holding your leg ("klampt zich vast aan je knie", "grijpt je broekspijp vast")
        /\b(klampt|klemt) zich( \w+)? aan (je|jouw) (knie|been)\b|\b(klampt|klemt) zich( \w+)? vast aan (je|jouw) (knie|been)\b|\bgrijpt (je|jouw) broekspijp\b/,
      ],
      en: [/\b{S} (stands|is standing|runs)\b/, /\bpulls (herself|himself) up\b/, /\bclings to your (knee|leg)\b|\bgrabs your trouser leg\b/],
    },
  },
  {
    id: 'sitting',
    child: 'sitting',
    aboutChild: true,
    words: {
      nl: [
        /\b({S} zit|zit {S})( weer| stil| alleen)? (op het kleed|op de grond|op de vloer|in de zandbak|op de bank|in de hoek)/,
        /\bop (haar|zijn) billen\b/i,
        /\b({S} )?kruipt( {S})?\b(?! (dieper )?weg| onder)/,
      ],
      en: [/\b{S} (sits|is sitting) (on the (rug|floor|ground|sofa|settee)|in the sand ?pit|in the sandbox|alone)/, /\bon (her|his) bottom\b/i, /\b{S} crawls\b/],
    },
  },
  {
    id: 'bike',
    child: 'bike',
    aboutChild: true,
    words: { nl: [/\bop (de|haar|zijn) fiets\b|\bfietst\b/i, /\brijdt {S}\b|\b{S} rijdt\b/], en: [/\b(she|he) rides\b|\bon (her|his|the) bike\b|\briding\b/i] },
  },
];

/**
 * Where the text puts you, the caregiver, in a sentence that starts with you ("Jij zit op de bank",
 * "Je staat in de keuken", "You’re still sitting beside her"), and the poses that show it.
 */
const CAREGIVER_CUES: { id: string; pose: CaregiverPose; shownBy: CaregiverPose[]; words: PerLang<RegExp[]> }[] = [
  {
    id: 'you-sit',
    pose: 'sitting',
    shownBy: ['sitting'],
    words: { nl: [/^(Jij|Je) zit\b(?! niet)/], en: [/^You(’re|'re| are)( still)? sitting\b|^You sit\b|^You(’re|'re| are) on the (bench|sofa)\b/] },
  },
  {
    id: 'you-stand',
    pose: 'standing',
    shownBy: ['standing', 'holding'],
    words: { nl: [/^(Jij|Je) staat\b(?! niet)/], en: [/^You(’re|'re| are)( still)? standing\b|^You stand\b/] },
  },
];

/** Where a text puts the caregiver (the first cue found), or undefined. */
function caregiverIn(text: string, lang: Lang): (typeof CAREGIVER_CUES)[number] | undefined {
  const parts = sentences(text);
  return CAREGIVER_CUES.find((c) => parts.some((s) => (c.words[lang] ?? []).some((re) => re.test(s))));
}

/** Things a text can name that the drawing must show: the places whose backdrop has them already, the rest get them from the stage. */
interface PropCue {
  id: Prop;
  words: PerLang<RegExp[]>;
  /** Places whose backdrop draws it anyway. */
  in: Place[];
  /** Places where the stage can bring it in. */
  can: Place[];
  /** The child's poses the stage draws it with (a bottle at a baby's mouth or in your hand, milk on the table); any where not given. */
  with?: ChildPose[];
  /** How you must be drawn for the stage to draw it (another baby on your lap: sitting). */
  you?: CaregiverPose;
}

const PROP_CUES: PropCue[] = [
  { id: 'stairs', words: { nl: [/\btrap(hekje)?\b|\btreden?\b/i], en: [/\bstairs?\b|\bstair ?gate\b/i] }, in: [], can: ['living'] },
  { id: 'climbing-frame', words: { nl: [/klimrek/i], en: [/climbing frame/i] }, in: [], can: ['playground', 'garden'] },
  { id: 'slide', words: { nl: [/glijbaan(tje)?/i], en: [/\bslide\b/i] }, in: ['playground'], can: ['garden'] },
  { id: 'sandbox', words: { nl: [/zandbak/i], en: [/sand ?pit|sandbox/i] }, in: ['playground'], can: [] },
  // the child in the room beside the kitchen, seen through its door ("is in de kamer wakker geworden");
  // anywhere else "in de kamer" is the room drawn
  {
    id: 'next-room',
    words: { nl: [/\bin de (andere )?kamer\b|\bin de kamer ernaast\b/i], en: [/\bin the (next|other) room\b/i] },
    in: ['nursery', 'bedroom', 'living', 'bath', 'garden', 'playground', 'street', 'car', 'shop', 'daycare', 'doctor'],
    can: ['kitchen'],
  },
  // what the signal turns on: the bottle she drinks or points at, the dog, the tablet she clutches, the milk over the table
  {
    id: 'bottle',
    words: { nl: [/\bdrinkt (haar|zijn) fles\b|\bavondfles\b|\bwijst naar de fles\b/i], en: [/\bdrinking (her|his) bottle\b|\bevening bottle\b|\bpoints at the bottle\b/i] },
    in: [],
    can: ['living', 'bedroom', 'nursery', 'kitchen'],
    with: ['lap', 'sitting'],
  },
  { id: 'dog-far', words: { nl: [/\bhond aan de overkant\b/i], en: [/\bdog across the (street|road)\b/i] }, in: [], can: ['street', 'garden', 'playground'] },
  { id: 'dog', words: { nl: [/\bhond\b(?! aan de overkant)/i], en: [/\bdog\b(?! across the (street|road))/i] }, in: [], can: ['street', 'garden', 'playground'] },
  { id: 'tablet', words: { nl: [/\bklemt de tablet\b/i], en: [/\bclutches the tablet\b/i] }, in: [], can: ['living', 'kitchen', 'bedroom', 'car'], with: ['standing', 'sitting'] },
  // another baby on your lap (a niece getting her bottle) while the child watches: you sit on the sofa with her
  {
    id: 'baby-on-lap',
    words: {
      nl: [/\b(nichtje|neefje|zusje|broertje)\b[^.!?]*\bop (je|jouw) schoot\b|\b(nichtje|neefje|zusje|broertje)\b[^.!?]*\bbij (je|jou) op schoot\b/i],
      en: [/\b(niece|nephew|baby sister|baby brother)\b[^.!?]*\b(on|in) your lap\b/i],
    },
    in: [],
    can: ['living'],
    with: ['sitting', 'standing'],
    you: 'sitting',
  },
  // behind the shower curtain: she stands half hidden by it
  { id: 'curtain', words: { nl: [/douchegordijn/i], en: [/shower curtain/i] }, in: [], can: ['bath'], with: ['standing'] },
  { id: 'spill', words: { nl: [/\bmelk loopt over de tafel\b/i], en: [/\bmilk runs across the table\b/i] }, in: [], can: ['kitchen', 'living'], with: ['table'] },
];

/**
 * Places a text names outright ("in de speeltuin", "in de auto", "bij het kinderdagverblijf"): the
 * drawing is there. Not in a sentence about where you are ("Jij staat in de keuken te koken" while
 * the child plays in the living room), nor where someone is going ("naar het kinderdagverblijf").
 */
const PLACE_CUES: { id: string; places: Place[]; words: PerLang<RegExp[]> }[] = [
  { id: 'playground', places: ['playground'], words: { nl: [/\b(in|op) de speeltuin\b/i], en: [/\b(in|at) the playground\b/i] } },
  { id: 'bathroom', places: ['bath'], words: { nl: [/\bin de badkamer\b/i], en: [/\bin the bathroom\b/i] } },
  { id: 'supermarket', places: ['shop'], words: { nl: [/\bin de (supermarkt|winkel)\b/i], en: [/\bin the (supermarket|shop)\b/i] } },
  { id: 'car', places: ['car'], words: { nl: [/\bin de auto\b/i], en: [/\bin the car\b/i] } },
  { id: 'garden', places: ['garden'], words: { nl: [/\bin de tuin\b/i], en: [/\bin the garden\b/i] } },
  { id: 'kitchen', places: ['kitchen'], words: { nl: [/\bin de keuken\b|\baan de keukentafel\b/i], en: [/\bin the kitchen\b|\bat the kitchen table\b/i] } },
  { id: 'living-room', places: ['living'], words: { nl: [/\bin de woonkamer\b/i], en: [/\bin the living room\b/i] } },
  { id: 'clinic', places: ['doctor'], words: { nl: [/\bconsultatiebureau\b|\bhuisarts\b/i], en: [/\bbaby clinic\b|\bGP\b/] } },
  {
    id: 'daycare',
    places: ['daycare'],
    words: { nl: [/\b(bij|op|in) (het|de) (kinderdagverblijf|peuteropvang|klas)\b|\bgroep 1\b/i], en: [/\b(at|in) (the )?(nursery|daycare|childcare|class|Year 1|reception)\b/i] },
  },
];

/** The place a text names outright, outside sentences about you (the first found), or undefined. */
function placeIn(text: string, lang: Lang): (typeof PLACE_CUES)[number] | undefined {
  const you = lang === 'nl' ? /^(Jij|Je)\b/ : /^You\b/;
  const parts = sentences(text).filter((x) => !you.test(x));
  return PLACE_CUES.find((c) => parts.some((x) => (c.words[lang] ?? []).some((re) => re.test(x))));
}

/** The things a text names (each once). */
function propsIn(text: string, lang: Lang): PropCue[] {
  return PROP_CUES.filter((p) => (p.words[lang] ?? []).some((re) => re.test(text)));
}

/**
 * How the child looks while the signal is shown, from the signal's words (Dutch): crying, cross,
 * turned away, laughing; the first that fits. "Hij huilt niet" is not crying.
 */
const MOOD_CUES: { mood: Mood; re: RegExp }[] = [
  { mood: 'crying', re: /\b(huilt|snikt|gilt|jammert)\b(?! (nog )?niet)|\bbegint (\w+ )?te huilen\b/i },
  { mood: 'upset', re: /\b(schreeuwt|schopt|slaat|stampt|boos|rukt|duwt|mopperen|moppert)\b/i },
  { mood: 'withdrawn', re: /\b(kijkt (je )?niet aan|kijkt (weg|langs)|kijkt naar de grond|draait (haar|zijn) (hoofd|gezicht) weg|verstijft|stil)\b/i },
  { mood: 'happy', re: /\b(lacht|lachend|giert|kraait|blij)\b/i },
];

/** The mood the signal's words show of the child (a sentence about the child: "Sem huilt" is not), or undefined. */
export function moodIn(signal: string, name: string): Mood | undefined {
  // (the child as subject, or as what you hear or see: "Je hoort haar mopperen")
  const about = new RegExp(`\\b(?:${escape(name)}|${SUBJECT.nl}|(?:hoort|ziet) (?:haar|hem))\\b`);
  const parts = sentences(signal).filter((x) => about.test(x));
  return MOOD_CUES.find((c) => parts.some((x) => c.re.test(x)))?.mood;
}

/** Matches nothing: a language without its pronoun list finds the child by name only. */
const NEVER = '(?!)';
const SUBJECT: PerLang<string> = { nl: 'Ze|Hij|ze|hij', en: 'She|He|she|he' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentences of a text. */
const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/).filter(Boolean);

const compiled = new Map<string, RegExp>();
function expand(re: RegExp, lang: Lang, name: string): RegExp {
  const key = `${re.source}/${re.flags}/${lang}/${name}`;
  let out = compiled.get(key);
  if (!out) {
    // (the name may carry the age in brackets: "Noor (17 maanden) zit…")
    out = new RegExp(re.source.replaceAll('{S}', `(?:${escape(name)}(?: \\([^)]*\\))?|${SUBJECT[lang] ?? NEVER})`), re.flags);
    compiled.set(key, out);
  }
  return out;
}

/** The cues a text names, in the order of CUES (each once). */
export function cuesIn(text: string, lang: Lang, name: string): Cue[] {
  const about = new RegExp(`\\b(?:${escape(name)}|${SUBJECT[lang] ?? NEVER})\\b`);
  const parts = sentences(text);
  return CUES.filter((cue) => parts.some((s) => (!cue.aboutChild || about.test(s)) && (cue.words[lang] ?? []).some((re) => expand(re, lang, name).test(s))));
}

/** A moment as the drawing needs it: a scenario (with its pose hint) or its repair moment. */
export interface MomentText {
  place: Place;
  time: TimeOfDay;
  pose?: ScenarioPoseT;
  setting: Partial<Record<Lang, string>>;
  signal: Partial<Record<Lang, string>>;
}

interface Scene {
  place: Place;
  time: TimeOfDay;
  pose: Pose;
}

/** The words of a moment in one language: where the child is, and what it does. */
const wordsOf = (m: Pick<MomentText, 'setting' | 'signal'>, lang: Lang) => `${m.setting[lang] ?? ''} ${m.signal[lang] ?? ''}`;

/**
 * Where the words put the child: the drawing shows the moment of the signal, so what the signal
 * names comes first ("… en ploft op haar billen" after "staat aan de bank"); what the setting names
 * counts where the signal names nothing.
 */
function childCues(m: Pick<MomentText, 'setting' | 'signal'>, lang: Lang, name: string): Cue[] {
  const signal = cuesIn(m.signal[lang] ?? '', lang, name);
  return signal.length ? signal : cuesIn(m.setting[lang] ?? '', lang, name);
}

/**
 * How a moment is drawn. A scenario: its place and time, its pose hint where the content gives one,
 * else what its (Dutch) text names, else what fits place, time and age. A repair moment has no
 * place or pose of its own: it happens later ("die avond"; a day scenario's repair is drawn in the
 * evening) and where its text says ("’s avonds in bad", "in haar autostoeltje"), else where the
 * scenario was.
 */
export function sceneFor(m: MomentText, kind: 'scenario' | 'repair', repair: Pick<MomentText, 'setting' | 'signal'> | undefined, ageMonths: number, childName: string): Scene {
  const own = kind === 'repair' && repair ? repair : m;
  const named = childCues(own, 'nl', childName)[0];
  const place = kind === 'repair' ? (named?.place ?? m.place) : m.place;
  const time = kind === 'repair' && m.time === 'day' ? 'evening' : m.time;
  // where the words put you, unless the content's hint says (sitting up in bed with her on your chest: on your lap)
  const you = caregiverIn(wordsOf(own, 'nl'), 'nl')?.pose;
  const given = kind === 'scenario' && m.pose?.child ? m.pose : { ...(kind === 'scenario' ? m.pose : {}), ...(named ? { child: named.child } : {}) };
  const hint = !you || given.caregiver ? given : { ...given, caregiver: you, ...(given.child === 'arms' && you === 'sitting' ? { child: 'lap' as const } : {}) };
  const pose = poseFor(place, time, ageMonths, Object.keys(hint).length ? hint : undefined);
  const lie = named?.lies === true && pose.child === 'bed';
  const sofa = named?.onSofa === true && pose.child === 'sitting' && place === 'living';
  const props = propsIn(wordsOf(own, 'nl'), 'nl')
    .filter((p) => !p.in.includes(place) && p.can.includes(place) && (!p.with || p.with.includes(pose.child)) && (!p.you || p.you === pose.caregiver))
    .map((p) => p.id);
  // up on the frame, unless the signal has the child stand (up again after a fall: on the ground)
  const up = props.includes('climbing-frame') && !cuesIn(own.signal.nl ?? '', 'nl', childName).some((c) => c.id === 'standing');
  // the face follows the signal's words, unless the content says how the child looks
  const mood = (kind === 'scenario' && m.pose?.mood) || moodIn(own.signal.nl ?? '', childName) || pose.mood;
  return { place, time, pose: { ...pose, mood, ...(props.length ? { props } : {}), ...(up ? { up } : {}), ...(lie ? { lie } : {}), ...(sofa ? { sofa } : {}) } };
}

/** A moment whose drawing lacks what its text names. */
interface DrawingGap {
  lang: Lang;
  cue: string;
  drawn: ChildPose;
  place: Place;
  /** Where the cue is about you: how you are drawn. */
  caregiver?: CaregiverPose;
}

/**
 * What a moment's text names (in each language) that its drawing does not show: a pose the cue
 * asks for (after the age rules: a cue asking for a pose the child is too young for is shown by
 * what that pose falls back to), or a place it implies. [] when the drawing follows the words.
 */
export function drawingGaps(m: MomentText, kind: 'scenario' | 'repair', repair: Pick<MomentText, 'setting' | 'signal'> | undefined, ageMonths: number, childName: string): DrawingGap[] {
  const scene = sceneFor(m, kind, repair, ageMonths, childName);
  const own = kind === 'repair' && repair ? repair : m;
  const gaps: DrawingGap[] = [];
  for (const lang of LANGS) {
    for (const cue of childCues(own, lang, childName)) {
      const wanted = poseFor(scene.place, scene.time, ageMonths, { child: cue.child }).child;
      const posed = scene.pose.child === wanted || scene.pose.child === cue.child || !!cue.alsoShownBy?.includes(scene.pose.child);
      // lying in bed: under the duvet (a cot's baby lies anyway)
      const shown = posed && !(cue.lies && scene.pose.child === 'bed' && !scene.pose.lie) && !(cue.onSofa && !scene.pose.sofa);
      const placed = !cue.place || cue.place === scene.place || (cue.place === 'bedroom' && scene.place === 'nursery');
      if (!shown || !placed) gaps.push({ lang, cue: cue.id, drawn: scene.pose.child, place: scene.place });
    }
    const where = placeIn(wordsOf(own, lang), lang);
    if (where && !where.places.includes(scene.place)) gaps.push({ lang, cue: where.id, drawn: scene.pose.child, place: scene.place });
    const you = caregiverIn(wordsOf(own, lang), lang);
    if (you && !you.shownBy.includes(scene.pose.caregiver)) gaps.push({ lang, cue: you.id, drawn: scene.pose.child, place: scene.place, caregiver: scene.pose.caregiver });
    for (const prop of propsIn(wordsOf(own, lang), lang)) {
      if (!prop.in.includes(scene.place) && !scene.pose.props?.includes(prop.id)) gaps.push({ lang, cue: prop.id, drawn: scene.pose.child, place: scene.place });
    }
  }
  return gaps;
}

/** A level as the drawing check reads it. */
interface LevelText {
  id: string;
  ageMonths: readonly number[];
  child: { name: string };
  scenarios: readonly (MomentText & { id: string; repair?: Pick<MomentText, 'setting' | 'signal'> })[];
}

/** One line of the drawing check: a moment whose drawing lacks what its text names. */
interface DrawingGapLine {
  level: string;
  moment: string;
  gaps: DrawingGap[];
}

/**
 * Every moment of every level (scenarios and repair moments) whose drawing lacks what its text
 * names, at the child's age in that moment: what `npm run -s content -- --drawings` lists.
 */
export function drawingReport(levels: readonly LevelText[]): DrawingGapLine[] {
  const out: DrawingGapLine[] = [];
  for (const l of levels) {
    const step = (l.ageMonths[1] - l.ageMonths[0]) / Math.max(1, l.scenarios.length);
    l.scenarios.forEach((s, i) => {
      const age = l.ageMonths[0] + i * step;
      const scenario = drawingGaps(s, 'scenario', undefined, age, l.child.name);
      if (scenario.length) out.push({ level: l.id, moment: s.id, gaps: scenario });
      if (!s.repair) return;
      const repair = drawingGaps(s, 'repair', s.repair, age, l.child.name);
      if (repair.length) out.push({ level: l.id, moment: `${s.id} (repair moment)`, gaps: repair });
    });
  }
  return out;
}
