// What a student's assignment holds while it is played and when it is handed in: who, which
// assignment, each level's choices with the texts the student saw, the towers at each level's
// end, reflections and time. The results file and the report are both made from this. Pure.
import type { Assignment } from './assignment';
import { cleanLine, cleanText } from './text';

export const MAX_NAME = 60;
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

export interface Tower {
  /** Growth 0..1 and cracks 0..1 of the child's five blocks; the caregiver's strength -1..1. */
  growth: number[];
  cracks: number[];
  strength: number[];
  /** The status words of the child's blocks (solid, growing, wobbly, cracked, waiting…). */
  status: string[];
}

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
}

export interface StudentRecord {
  name: string;
  number?: string;
}

export interface AssignmentRecord {
  assignment: Assignment;
  student: StudentRecord;
  lang: 'nl' | 'en';
  startedAt: string;
  finishedAt?: string;
  levels: LevelRecord[];
  /** While a level is played: when it began and when each choice was made. */
  current?: { level: string; startedAt: string; at: string[] };
}

/** A name or number as typed: trimmed, one line, bounded; text only (shown escaped everywhere). */
export { cleanLine };
/** An answer as typed: lines kept, bounded; '' when nothing visible is in it. */
export const cleanAnswer = (s: unknown) => cleanText(s, MAX_ANSWER);

export const totalSeconds = (r: AssignmentRecord) => r.levels.reduce((s, l) => s + l.seconds, 0);

/** Minutes, rounded, at least 1 for anything played. */
export const minutes = (seconds: number) => (seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / 60)));

/** Levels of the assignment not yet handed in, in the assignment's order. */
export const levelsLeft = (r: AssignmentRecord) => r.assignment.levels.filter((id) => !r.levels.some((l) => l.id === id && l.reflectedAt));

/** Put a level's record in place (replacing an earlier run of the same level). */
export function withLevel(r: AssignmentRecord, level: LevelRecord): AssignmentRecord {
  const levels = r.levels.filter((l) => l.id !== level.id);
  levels.push(level);
  levels.sort((a, b) => r.assignment.levels.indexOf(a.id) - r.assignment.levels.indexOf(b.id));
  return { ...r, levels };
}

/** How many "why did you choose this?" answers a level asks for: two, or all moments if fewer. */
export const whysNeeded = (l: LevelRecord) => Math.min(2, l.choices.length);
export const whysGiven = (l: LevelRecord) => l.choices.filter((c) => c.why && c.why.trim()).length;

/** A file name made of the student, level(s) and date: letters, digits and dashes only. */
export function fileStem(r: AssignmentRecord, date: Date): string {
  const safe = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const name = safe(r.student.name) || 'student';
  const levels = r.assignment.levels.length > 3 ? `${r.assignment.levels.length}-levels` : r.assignment.levels.map(safe).join('+');
  return `bouwstenen-${name}-${levels}-${date.toISOString().slice(0, 10)}`;
}
