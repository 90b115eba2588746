// What a student's assignment holds while it is played and when it is handed in: who, which
// assignment, each level's choices with the texts the student saw, the towers at each level's
// end, reflections and time. The results file and the report are both made from this. Pure.
import type { Assignment, ScoreMode } from './assignment';
import { cleanText, visible } from './text';
import type { Lang } from '../content/langs';

export const MAX_NUMBER = 30;
export const MAX_ANSWER = 4000;

export interface ChoiceRecord {
  scenario: string;
  response: string;
  /** What the student read: the moment, their response, the child's reaction and the feedback. */
  setting: string;
  responseText: string;
  reaction: string;
  feedback: string;
  /** An answer in the repair moment that followed the scenario (not the scenario's own response). */
  inRepair?: boolean;
  /** A repair moment answered with the response that makes it right. */
  repair?: boolean;
  /** ISO time the choice was made. */
  at?: string;
  /** "Why did you choose this?", when the student answered it for this moment. */
  why?: string;
}

interface Tower {
  /** Growth 0..1 and cracks 0..1 of the child's five blocks; the caregiver's strength -1..1. */
  growth: number[];
  cracks: number[];
  strength: number[];
  /** The status words of the child's blocks (solid, growing, wobbly, cracked, waiting…). */
  status: string[];
}

/** One play-through of a level: its choices, the towers at its end, ruptures and repairs, its time. */
interface AttemptRecord {
  choices: ChoiceRecord[];
  end: Tower;
  ruptures: number;
  repairs: number;
  startedAt?: string;
  finishedAt?: string;
  seconds: number;
}

/**
 * A level as handed in. Its own fields are the last attempt (the one the questions were answered
 * about); a level played more than once keeps its first attempt in `first` and counts in `attempts`.
 */
export interface LevelRecord {
  id: string;
  title: string;
  focus: string;
  choices: ChoiceRecord[];
  end: Tower;
  ruptures: number;
  repairs: number;
  questions: { question: string; answer: string }[];
  startedAt?: string;
  finishedAt?: string;
  /** Set when the student has answered the questions: the level is handed in. */
  reflectedAt?: string;
  /** Time spent on the level and its questions, in seconds. */
  seconds: number;
  /** When this level's record last changed (ms), in any tab or on any computer: the later edit wins a tie. */
  editedAt?: number;
  /** How many times the level was played to the end (results files of version 2 always have it; 1 when absent). */
  attempts?: number;
  /** The first attempt, when the level was played again (the fields above are then the last). */
  first?: AttemptRecord;
}

interface StudentRecord {
  name: string;
  number?: string;
}

export interface AssignmentRecord {
  assignment: Assignment;
  student: StudentRecord;
  lang: Lang;
  startedAt: string;
  finishedAt?: string;
  levels: LevelRecord[];
  /** While a level is played: when it began and when each choice was made. */
  current?: { level: string; startedAt: string; at: string[] };
  /** When the record was last saved (ms): the platform's copy or the local one, whichever is later, has the level in play. */
  savedAt?: number;
  /** The score as the platform gets it, in the trainer's mode (src/trainer/score.ts); in results files of version 2. */
  score?: { mode: ScoreMode; raw: number; status: 'incomplete' | 'completed' | 'passed' };
}

/** An answer as typed: lines kept, bounded; '' when nothing visible is in it. */
export const cleanAnswer = (s: unknown) => cleanText(s, MAX_ANSWER);

export const totalSeconds = (r: AssignmentRecord) => r.levels.reduce((s, l) => s + l.seconds, 0);

/** Minutes, rounded, at least 1 for anything played. */
export const minutes = (seconds: number) => (seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / 60)));

/** Levels of the assignment not yet handed in, in the assignment's order. */
export const levelsLeft = (r: AssignmentRecord) => r.assignment.levels.filter((id) => !r.levels.some((l) => l.id === id && l.reflectedAt));

/** A level's own attempt (its last), without the first one kept beside it. */
export const attemptOf = (l: LevelRecord): AttemptRecord => ({
  choices: l.choices,
  end: l.end,
  ruptures: l.ruptures,
  repairs: l.repairs,
  seconds: l.seconds,
  ...(l.startedAt ? { startedAt: l.startedAt } : {}),
  ...(l.finishedAt ? { finishedAt: l.finishedAt } : {}),
});

/**
 * A new run of a level played to the end, after an earlier one (a replay): a new attempt. The
 * first attempt is kept beside the new one; attempts in between are counted, not kept.
 */
export function nextAttempt(old: LevelRecord | undefined, run: LevelRecord): LevelRecord {
  if (!old?.finishedAt) return { ...run, attempts: 1 };
  // answers already typed to the level's questions (a draft) stay: they are about the level, not one run
  const questions = run.questions.map((q, i) => ({ ...q, answer: q.answer || (old.questions[i]?.answer ?? '') }));
  return { ...run, questions, attempts: (old.attempts ?? 1) + 1, first: old.first ?? attemptOf(old) };
}

/**
 * Put a level's record in place (replacing an earlier run of the same level). A level handed in
 * is never replaced by a run that is not: a stale tab or computer replaying it keeps the hand-in.
 */
export function withLevel(r: AssignmentRecord, level: LevelRecord): AssignmentRecord {
  const old = r.levels.find((l) => l.id === level.id);
  if (old?.reflectedAt && !level.reflectedAt) return r;
  const levels = r.levels.filter((l) => l.id !== level.id);
  levels.push(level);
  levels.sort((a, b) => r.assignment.levels.indexOf(a.id) - r.assignment.levels.indexOf(b.id));
  return { ...r, levels };
}

/** How many "why did you choose this?" answers a level asks for: two, or all moments if fewer. */
export const whysNeeded = (l: LevelRecord) => Math.min(2, l.choices.length);
export const whysGiven = (l: LevelRecord) => l.choices.filter((c) => c.why && visible(c.why)).length;

/** A file name made of the student, level(s) and date: letters, digits and dashes only. */
export function fileStem(r: AssignmentRecord, date: Date): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const name = safe(r.student.name) || 'student';
  const levels = r.assignment.levels.length > 3 ? `${r.assignment.levels.length}-levels` : r.assignment.levels.map(safe).join('+');
  return `bouwstenen-${name}-${levels}-${date.toISOString().slice(0, 10)}`;
}

// ---- one assignment in two tabs, or on two computers ---------------------------------------

/** How far a level got: handed in, finished, begun. */
const rankOf = (l: LevelRecord) => (l.reflectedAt ? 2 : l.finishedAt ? 1 : 0);
/** When a level's record last changed; records from before editedAt use their own times. */
export const stampOf = (l: LevelRecord) => l.editedAt ?? (Date.parse(l.reflectedAt ?? l.finishedAt ?? l.startedAt ?? '') || 0);
/** Each level's stamp: what a tab has seen, to tell its own earlier save from another tab's work. */
export const stampsOf = (r: AssignmentRecord | null | undefined): Record<string, number> => Object.fromEntries((r?.levels ?? []).map((l) => [l.id, stampOf(l)]));

/** The same student's same attempt: a record started elsewhere (another student, "someone else") is not merged. */
export const sameAttempt = (a: AssignmentRecord, b: AssignmentRecord) => a.startedAt === b.startedAt && a.student.name === b.student.name;

const texts = (l: LevelRecord) => [...l.questions.map((q) => q.answer), ...l.choices.map((c) => c.why ?? '')].filter((s) => s.trim());
const runOf = (l: LevelRecord) => l.choices.map((c) => `${c.scenario}/${c.response}`).join(',');

/** Does `l` hold work that `kept` lacks: an answer or a why, or a finished run of other choices? */
export function workLost(l: LevelRecord, kept: LevelRecord): boolean {
  const have = new Set(texts(kept));
  if (texts(l).some((s) => !have.has(s))) return true;
  return !!l.finishedAt && runOf(l) !== runOf(kept);
}

interface Merged {
  record: AssignmentRecord;
  /** The stored record had work that did not win (kept aside by the caller before it is written over). */
  storedLost: boolean;
  /** This side's record had work that did not win. */
  mineLost: boolean;
}

/**
 * Two records of one attempt as one: every level of either; for a level in both, the one that
 * got further (handed in, then finished), then the later edit. `known` holds the stamps this side
 * last read or wrote: a stored level it has seen is its own earlier save, not someone's lost work.
 * The rest (the level in play, its timing) is this side's, which is the one acting. Pure.
 */
export function mergeRecords(stored: AssignmentRecord, mine: AssignmentRecord, known: Record<string, number> = {}): Merged {
  let storedLost = false;
  let mineLost = false;
  const levels: LevelRecord[] = [];
  const ids = [...new Set([...stored.levels.map((l) => l.id), ...mine.levels.map((l) => l.id)])];
  for (const id of ids) {
    const s = stored.levels.find((l) => l.id === id);
    const m = mine.levels.find((l) => l.id === id);
    if (!s || !m) {
      levels.push((s ?? m)!);
      continue;
    }
    const mineWins = (rankOf(m) - rankOf(s) || stampOf(m) - stampOf(s)) >= 0;
    const [win, lose] = mineWins ? [m, s] : [s, m];
    if (stampOf(lose) !== known[id] && stampOf(lose) !== stampOf(win) && workLost(lose, win)) {
      if (mineWins) storedLost = true;
      else mineLost = true;
    }
    levels.push(win);
  }
  const order = mine.assignment.levels;
  levels.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const number = mine.student.number ?? stored.student.number;
  const finishedAt = mine.finishedAt ?? stored.finishedAt;
  const record: AssignmentRecord = {
    ...mine,
    student: { ...mine.student, ...(number ? { number } : {}) },
    levels,
    ...(finishedAt ? { finishedAt } : {}),
    savedAt: Math.max(stored.savedAt ?? 0, mine.savedAt ?? 0) || undefined,
  };
  if (record.savedAt === undefined) delete record.savedAt;
  return { record, storedLost, mineLost };
}
