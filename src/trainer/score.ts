// The score a learning platform gets (0–100), in the mode the trainer chose on the trainer screen:
// - completion: the share of levels handed in;
// - model: how each level's focus block stands at the end, as the engine judges it (a block the
//   engine calls solid counts in full, so ruptures the student repaired cost nothing; otherwise
//   growth less cracks);
// - reflection: the share of questions answered and "why" texts (as many as a level asks) that
//   say something: at least MIN_WORDS words and MIN_LETTERS letters, so "ok" does not count.
// Levels not handed in count 0. The status: incomplete until every level is handed in; then
// completed, or passed when the mode scores and the score reaches PASS_MARK. Pure.
import type { ChildId } from '../model/blocks';
import type { ScoreMode } from './assignment';
import { whysNeeded, type AssignmentRecord, type LevelRecord } from './record';

/**
 * The child's blocks in the order records store them (end.growth[i] …): the model's CHILD_BLOCKS,
 * written out because the trainer's code does not load the model (tests/trainer/score.test.ts
 * checks that the two agree).
 */
export const BLOCK_ORDER: readonly ChildId[] = ['safety', 'trust', 'confidence', 'autonomy', 'creativity'];

export const PASS_MARK = 60;
export const MIN_WORDS = 4;
export const MIN_LETTERS = 20;

/** A reflection that says something: enough words and letters (digits count as letters). */
export function meaningful(s: string | undefined): boolean {
  if (!s) return false;
  const letters = s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const words = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return letters >= MIN_LETTERS && words >= MIN_WORDS;
}

/** How the level's focus block stands, 0..1: solid counts in full, otherwise growth less cracks. */
export function modelCredit(l: Pick<LevelRecord, 'focus' | 'end'>): number {
  const i = (BLOCK_ORDER as readonly string[]).indexOf(l.focus);
  if (i < 0) return 0;
  if (l.end.status[i] === 'solid') return 1;
  return Math.max(0, Math.min(1, (l.end.growth[i] ?? 0) - (l.end.cracks[i] ?? 0)));
}

/** Answered questions and whys that say something, as a share of what the level asks. */
function reflectionCredit(l: LevelRecord): number {
  const asked = l.questions.length + whysNeeded(l);
  if (!asked) return 1;
  const answered = l.questions.filter((q) => meaningful(q.answer)).length;
  const whys = Math.min(whysNeeded(l), l.choices.filter((c) => meaningful(c.why)).length);
  return (answered + whys) / asked;
}

function levelCredit(mode: ScoreMode, l: LevelRecord | undefined): number {
  if (!l?.reflectedAt) return 0;
  if (mode === 'model') return modelCredit(l);
  if (mode === 'reflection') return reflectionCredit(l);
  return 1;
}

type LessonStatus = 'incomplete' | 'completed' | 'passed';

export interface Score {
  mode: ScoreMode;
  /** 0–100, whole numbers (what the platform gets as cmi.core.score.raw). */
  raw: number;
  status: LessonStatus;
}

export function scoreOf(r: AssignmentRecord): Score {
  const mode: ScoreMode = r.assignment.score ?? 'completion';
  const ids = r.assignment.levels;
  const sum = ids.reduce(
    (s, id) =>
      s +
      levelCredit(
        mode,
        r.levels.find((l) => l.id === id),
      ),
    0,
  );
  const raw = ids.length ? Math.round((100 * sum) / ids.length) : 0;
  const all = ids.every((id) => r.levels.some((l) => l.id === id && l.reflectedAt));
  const status: LessonStatus = !all ? 'incomplete' : mode !== 'completion' && raw >= PASS_MARK ? 'passed' : 'completed';
  return { mode, raw, status };
}
