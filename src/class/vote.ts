// Class mode ("In de klas") as a pure reducer: a lecturer plays a level with the whole class on the
// projector. Per moment (scenarios and repair moments alike), peer instruction after Mazur:
//   show → vote1 → spread1 → discuss ("Bespreek het met je buur") → vote2 → reveal → next moment
// and after the last moment the class debrief. Votes come in as actions, from counting hands
// (the lecturer taps counts, or only the majority) or from the camera's card reads; who chose what
// is never known, only how many. No Phaser, no DOM, no clock: the scene keeps the discussion
// timer running and passes seeds in.
//
// Tie rule: the tower plays the majority of the second vote. When two or more answers share the
// most votes there is no majority, and the reveal waits until the lecturer picks one (1–4 / A–D);
// the lecturer may also pick an answer at any time in the reveal. The what-if is the most chosen
// other answer: most votes in the second vote, then in the first, then the earlier letter.
import type { LevelT, RepairResponseT, ResponseT, ScenarioT } from '../content/schema';
import { shownResponses, type PlayBeat } from '../game/session';
import { beatResponses, chooseById, nextBeat, replay, startLevel, type Choice, type ModelEvent, type TowerState } from '../model';

export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Letter = (typeof LETTERS)[number];
export type Counts = Record<Letter, number>;

const PHASES = ['show', 'vote1', 'spread1', 'discuss', 'vote2', 'reveal', 'debrief'] as const;
type Phase = (typeof PHASES)[number];

/** The discussion's default length, and the range the lecturer can set it in. */
const DISCUSS_SECONDS = 120;
const DISCUSS_MIN = 15;
const DISCUSS_MAX = 600;
/** A count past this is a typing slip, not a class. */
const MAX_COUNT = 500;
/** Card numbers the camera may read (the printed set is smaller; this only keeps nonsense out). */
const MAX_CARD = 999;

/** One vote: how many chose each answer, from hands or from cards (never who). */
export interface Round {
  source: 'hands' | 'cards' | 'majority' | null;
  counts: Counts;
  /** Cards read in this vote, by card number: a card read twice counts once, its latest letter wins. */
  reads: Record<number, Letter>;
  /** Only the majority was given (source 'majority'): no counts. */
  majority?: Letter;
}

/** A moment the class has been through, for the debrief and the class results file. */
interface MomentRecord {
  scenario: string;
  repair: boolean;
  /** Response ids as A, B, C, (D): the order shown. */
  options: string[];
  first: Round;
  second: Round;
  /** What the tower played, and whether the majority or the lecturer chose it. */
  played: Letter;
  by: 'majority' | 'lecturer';
  whatIf: Letter | null;
}

export interface ClassState {
  level: string;
  seed: number;
  /** The run the tower plays: choices before the first class moment (an opened moment) included. */
  choices: Choice[];
  /** How many of `choices` were played before the class started (opening one moment). */
  prefix: number;
  /** Opening one moment: the session ends after the beats of this scenario (its index). */
  until: number | null;
  phase: Phase;
  first: Round;
  second: Round;
  /** The lecturer's pick for the reveal (overrides the majority). */
  pick: Letter | null;
  moments: MomentRecord[];
  discussSeconds: number;
}

/** How a session starts: a level with the class; `from` opens one moment (a scenario or its repair moment). */
export interface ClassStart {
  level: string;
  seed: number;
  from?: { scenario: string; repair?: boolean };
  discussSeconds?: number;
}

export type ClassAction =
  /** Space, →, PageDown: the next phase. */
  | { type: 'next' }
  /** ←, PageUp: one phase back within the moment (never back across a moment the tower played). */
  | { type: 'back' }
  /** Counting hands: the counts per answer (replaces the vote's counts). */
  | { type: 'hands'; counts: Partial<Record<Letter, number>> }
  /** Counting hands, only the majority. */
  | { type: 'majority'; letter: Letter }
  /** The camera: cards read (merged into the vote by card number). */
  | { type: 'cards'; reads: { card: number; letter: Letter }[] }
  /** Clear the current vote. */
  | { type: 'clear' }
  /** The lecturer picks the answer the tower plays (in the reveal). */
  | { type: 'pick'; letter: Letter }
  /** The discussion's length, in seconds. */
  | { type: 'timer'; seconds: number }
  /** Stop early: the debrief with the moments played so far. */
  | { type: 'finish' };

interface ClassOutcome {
  state: ClassState;
  /** Set when the action did not fit: the state is then returned unchanged. */
  error?: string;
}

const zeroCounts = (): Counts => ({ A: 0, B: 0, C: 0, D: 0 });
export const emptyRound = (): Round => ({ source: null, counts: zeroCounts(), reads: {} });
const isLetter = (x: unknown): x is Letter => typeof x === 'string' && (LETTERS as readonly string[]).includes(x);

const findLevel = (levels: readonly LevelT[], id: string) => levels.find((l) => l.id === id);

/** The beat the class answers now, or null in the debrief. */
export function classBeat(level: LevelT, s: ClassState): PlayBeat | null {
  if (s.phase === 'debrief') return null;
  return nextBeat(level, s.choices);
}

/** The answers of a beat as A–D, in the seeded order the game shows them. */
export function lettered(beat: PlayBeat, seed: number): { letter: Letter; response: ResponseT | RepairResponseT }[] {
  return shownResponses(beat, seed).map((response, i) => ({ letter: LETTERS[i], response }));
}

/** How many voted in a round (0 when only the majority was given). */
export const total = (r: Round) => LETTERS.reduce((n, l) => n + r.counts[l], 0);
const hasVotes = (r: Round) => r.source === 'majority' || total(r) > 0;

/** The answer most chosen, or null when there are no votes or a tie at the top. */
export function majority(r: Round): Letter | null {
  if (r.source === 'majority') return r.majority ?? null;
  const top = Math.max(...LETTERS.map((l) => r.counts[l]));
  if (top <= 0) return null;
  const tops = LETTERS.filter((l) => r.counts[l] === top);
  return tops.length === 1 ? tops[0] : null;
}

/** The answers sharing the most votes (two or more: a tie). */
export function leaders(r: Round): Letter[] {
  if (r.source === 'majority') return r.majority ? [r.majority] : [];
  const top = Math.max(...LETTERS.map((l) => r.counts[l]));
  return top > 0 ? LETTERS.filter((l) => r.counts[l] === top) : [];
}

/** What the tower plays in the reveal: the lecturer's pick, else the second vote's majority (null: a tie, the lecturer picks). */
function played(s: ClassState): { letter: Letter; by: 'majority' | 'lecturer' } | null {
  if (s.pick) return { letter: s.pick, by: 'lecturer' };
  const m = majority(s.second);
  return m ? { letter: m, by: 'majority' } : null;
}

const countOf = (r: Round, l: Letter) => (r.source === 'majority' ? (r.majority === l ? 1 : 0) : r.counts[l]);

/** The most chosen other answer (see the tie rule at the top), or null when nobody chose another. */
export function whatIfOf(first: Round, second: Round, playedLetter: Letter, n: number): Letter | null {
  const others = LETTERS.slice(0, n).filter((l) => l !== playedLetter && (countOf(second, l) > 0 || countOf(first, l) > 0));
  others.sort((a, b) => countOf(second, b) - countOf(second, a) || countOf(first, b) - countOf(first, a) || a.localeCompare(b));
  return others[0] ?? null;
}

/** The reveal as the scene shows it: the answer played, the tower before and after, and the what-if beside it. */
interface RevealView {
  beat: PlayBeat;
  letter: Letter;
  by: 'majority' | 'lecturer';
  response: ResponseT | RepairResponseT;
  before: TowerState;
  after: TowerState;
  events: ModelEvent[];
  whatIf: { letter: Letter; response: ResponseT | RepairResponseT; after: TowerState } | null;
}

export function revealView(level: LevelT, s: ClassState): RevealView | null {
  const beat = classBeat(level, s);
  const p = played(s);
  if (!beat || !p || s.phase !== 'reveal') return null;
  const options = lettered(beat, s.seed);
  const run = replay(level, startLevel(level).start, s.choices);
  const option = options.find((o) => o.letter === p.letter);
  if (!option) return null;
  const r = chooseById(level, run, option.response.id);
  const w = whatIfOf(s.first, s.second, p.letter, options.length);
  const wo = w ? options.find((o) => o.letter === w) : undefined;
  return {
    beat,
    letter: p.letter,
    by: p.by,
    response: option.response,
    before: run.state,
    after: r.run.state,
    events: r.events,
    whatIf: wo ? { letter: wo.letter, response: wo.response, after: chooseById(level, run, wo.response.id).run.state } : null,
  };
}

/** The content's best answer to a beat (highest total effect; the first on a tie): plays the moments before an opened one. */
function bestOf(responses: readonly (ResponseT | RepairResponseT)[]): string {
  const score = (r: ResponseT | RepairResponseT) => Object.values(r.effects).reduce<number>((a, b) => a + (b ?? 0), 0);
  return responses.reduce((best, r) => (score(r) > score(best) ? r : best)).id;
}

/** A new session, or why not (an unknown level or moment). */
export function startClass(levels: readonly LevelT[], a: ClassStart): { state: ClassState } | { error: string } {
  const fail = (error: string) => ({ error });
  const level = findLevel(levels, a.level);
  if (!level) return fail(`unknown level ${a.level}`);
  if (!Number.isInteger(a.seed)) return fail('the seed must be a whole number');
  let choices: Choice[] = [];
  let until: number | null = null;
  if (a.from) {
    const index = level.scenarios.findIndex((x) => x.id === a.from!.scenario);
    if (index < 0) return fail(`level ${level.id} has no scenario ${a.from.scenario}`);
    const scenario: ScenarioT = level.scenarios[index];
    if (a.from.repair && !scenario.repair) return fail(`scenario ${scenario.id} has no repair moment`);
    // the moments before it played with care, so the tower stands where a caring run would have it
    for (let i = 0; i < index; i++) {
      const beat = nextBeat(level, choices)!;
      const id = bestOf(beatResponses(beat));
      choices = [...choices, { scenario: beat.scenario.id, response: id }];
      // the best answer never opens a repair moment in good content; if it does, answer that too
      const after = nextBeat(level, choices);
      if (after?.kind === 'repair') choices = [...choices, { scenario: after.scenario.id, response: bestOf(beatResponses(after)), repair: true }];
    }
    // a repair moment comes after the poor answer that opens it
    if (a.from.repair) choices = [...choices, { scenario: scenario.id, response: scenario.repair!.after[0] }];
    until = index;
  }
  const discussSeconds = clampSeconds(a.discussSeconds ?? DISCUSS_SECONDS);
  return {
    state: {
      level: level.id,
      seed: a.seed,
      choices,
      prefix: choices.length,
      until,
      phase: 'show',
      first: emptyRound(),
      second: emptyRound(),
      pick: null,
      moments: [],
      discussSeconds,
    },
  };
}

const clampSeconds = (s: number) => Math.round(Math.min(DISCUSS_MAX, Math.max(DISCUSS_MIN, Number.isFinite(s) ? s : DISCUSS_SECONDS)));

/** The round votes go into now, or null outside a vote. */
const roundKey = (phase: Phase): 'first' | 'second' | null => (phase === 'vote1' ? 'first' : phase === 'vote2' ? 'second' : null);

const BACK: Partial<Record<Phase, Phase>> = { vote1: 'show', spread1: 'vote1', discuss: 'spread1', vote2: 'discuss', reveal: 'vote2' };

/**
 * The reducer. An action that does not fit returns the state unchanged with a reason (the scene
 * says it; the tests check it).
 */
export function reduce(s: ClassState, action: ClassAction, levels: readonly LevelT[]): ClassOutcome {
  const refuse = (error: string): ClassOutcome => ({ state: s, error });
  const level = findLevel(levels, s.level);
  if (!level) return refuse(`unknown level ${s.level}`);
  const beat = classBeat(level, s);
  const n = beat ? lettered(beat, s.seed).length : 0;
  const with_ = (next: Partial<ClassState>) => ({ state: { ...s, ...next } });
  const key = roundKey(s.phase);

  switch (action.type) {
    case 'next': {
      switch (s.phase) {
        case 'show':
          return with_({ phase: 'vote1' });
        case 'vote1':
          return hasVotes(s.first) ? with_({ phase: 'spread1' }) : refuse('no votes yet');
        case 'spread1':
          return with_({ phase: 'discuss' });
        case 'discuss':
          return with_({ phase: 'vote2' });
        case 'vote2':
          return hasVotes(s.second) ? with_({ phase: 'reveal' }) : refuse('no votes yet');
        case 'reveal':
          return commit(level, s);
        case 'debrief':
          return refuse('the session is over');
      }
      return refuse(`unknown phase ${s.phase as string}`);
    }
    case 'back': {
      const to = BACK[s.phase];
      if (!to) return refuse(`cannot go back from ${s.phase}`);
      return with_({ phase: to, pick: to === 'vote2' ? null : s.pick });
    }
    case 'hands': {
      if (!key) return refuse(`no vote open in ${s.phase}`);
      const counts = zeroCounts();
      for (const l of LETTERS) {
        const c = action.counts?.[l] ?? 0;
        if (!Number.isInteger(c) || c < 0 || c > MAX_COUNT) return refuse(`count for ${l} must be a whole number 0–${MAX_COUNT}`);
        if (c > 0 && LETTERS.indexOf(l) >= n) return refuse(`this moment has no answer ${l}`);
        counts[l] = c;
      }
      return with_({ [key]: { source: 'hands', counts, reads: {} } satisfies Round });
    }
    case 'majority': {
      if (!key) return refuse(`no vote open in ${s.phase}`);
      if (!isLetter(action.letter) || LETTERS.indexOf(action.letter) >= n) return refuse(`this moment has no answer ${String(action.letter)}`);
      return with_({ [key]: { source: 'majority', counts: zeroCounts(), reads: {}, majority: action.letter } satisfies Round });
    }
    case 'cards': {
      if (!key) return refuse(`no vote open in ${s.phase}`);
      if (!Array.isArray(action.reads)) return refuse('reads must be a list');
      for (const r of action.reads) {
        if (!r || !Number.isInteger(r.card) || r.card < 1 || r.card > MAX_CARD) return refuse(`card number must be 1–${MAX_CARD}`);
        if (!isLetter(r.letter)) return refuse(`card ${r.card}: letter must be A–D`);
      }
      const round = s[key];
      // hands counted before are replaced by the cards; cards read before stay, a later read of the same card wins
      const reads: Record<number, Letter> = round.source === 'cards' ? { ...round.reads } : {};
      // a letter past this moment's answers (D with three answers) is a card held the wrong way up: not counted
      for (const r of action.reads)
        if (LETTERS.indexOf(r.letter) < n) reads[r.card] = r.letter;
        else delete reads[r.card];
      const counts = zeroCounts();
      for (const l of Object.values(reads)) counts[l]++;
      return with_({ [key]: { source: 'cards', counts, reads } satisfies Round });
    }
    case 'clear': {
      if (!key) return refuse(`no vote open in ${s.phase}`);
      return with_({ [key]: emptyRound() });
    }
    case 'pick': {
      if (s.phase !== 'reveal') return refuse('the lecturer picks in the reveal');
      if (!isLetter(action.letter) || LETTERS.indexOf(action.letter) >= n) return refuse(`this moment has no answer ${String(action.letter)}`);
      return with_({ pick: action.letter });
    }
    case 'timer': {
      if (!Number.isFinite(action.seconds)) return refuse('seconds must be a number');
      return with_({ discussSeconds: clampSeconds(action.seconds) });
    }
    case 'finish': {
      if (s.phase === 'debrief') return refuse('the session is over');
      return with_({ phase: 'debrief', first: emptyRound(), second: emptyRound(), pick: null });
    }
  }
  return refuse(`unknown action ${(action as { type: string }).type}`);
}

/** The reveal is done: the played answer joins the class's run; the next moment, or the debrief. */
function commit(level: LevelT, s: ClassState): ClassOutcome {
  const beat = classBeat(level, s)!;
  const p = played(s);
  if (!p) return { state: s, error: 'a tie: the lecturer picks the answer (1–4)' };
  const options = lettered(beat, s.seed);
  const option = options.find((o) => o.letter === p.letter)!;
  const choice: Choice = beat.kind === 'repair' ? { scenario: beat.scenario.id, response: option.response.id, repair: true } : { scenario: beat.scenario.id, response: option.response.id };
  const choices = [...s.choices, choice];
  const moment: MomentRecord = {
    scenario: beat.scenario.id,
    repair: beat.kind === 'repair',
    options: options.map((o) => o.response.id),
    first: s.first,
    second: s.second,
    played: p.letter,
    by: p.by,
    whatIf: whatIfOf(s.first, s.second, p.letter, options.length),
  };
  const next = nextBeat(level, choices);
  const done = !next || (s.until !== null && next.index > s.until);
  return {
    state: { ...s, choices, moments: [...s.moments, moment], phase: done ? 'debrief' : 'show', first: emptyRound(), second: emptyRound(), pick: null },
  };
}

/** Where in the level the class is: moment n of N (a repair moment keeps its scenario's number). */
export function momentNumber(level: LevelT, s: ClassState): { n: number; total: number; repair: boolean } | null {
  const beat = classBeat(level, s);
  if (!beat) return null;
  if (s.until !== null) return { n: 1, total: 1, repair: beat.kind === 'repair' };
  return { n: beat.index + 1, total: level.scenarios.length, repair: beat.kind === 'repair' };
}
