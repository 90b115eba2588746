// An assignment record and the level in play as resume data on a learning platform
// (cmi.suspend_data), and back: between the game's record (texts, ISO times) and the checked
// codec in suspend.ts (ids, seconds, the student's own words). Pure: levels come from `levelOf`.
import type { LevelT } from '../content/schema';
import { nextBeat, startLevel, type Choice } from '../model';
import type { Assignment } from '../trainer/assignment';
import { attemptOf, cleanAnswer, MAX_NUMBER, type AssignmentRecord, type ChoiceRecord, type LevelRecord } from '../trainer/record';
import { cleanLine, cleanName } from '../trainer/text';
import { levelRecord, MAX_LEVEL_SECONDS } from './levelRecord';
import type { InPlay } from './saves';
import { seedFor } from './seed';
import { decodeSuspend, encodeSuspend, type SuspendError, type SuspendState } from './suspend';

const seconds = (from: string | undefined, at: string | undefined) => (from && at ? Math.max(0, Math.round((Date.parse(at) - Date.parse(from)) / 1000)) : null);
const after = (from: string | undefined, s: number | null | undefined) => (from && typeof s === 'number' && s >= 0 ? new Date(Date.parse(from) + s * 1000).toISOString() : '');
const bareChoice = (c: ChoiceRecord): Choice => (c.inRepair ? { scenario: c.scenario, response: c.response, repair: true } : { scenario: c.scenario, response: c.response });

/** The record and the level in play as the codec's state: ids, flags, times and the student's own words. */
function suspendState(r: AssignmentRecord, ip: InPlay | null): SuspendState {
  const p = ip && ip.mode === 'assignment' && r.assignment.levels.includes(ip.level) ? ip : null;
  const cur = p && r.current?.level === p.level ? r.current : undefined;
  return {
    name: r.student.name,
    ...(r.student.number ? { number: r.student.number } : {}),
    startedAt: r.startedAt,
    ...(r.finishedAt ? { finishedAt: r.finishedAt } : {}),
    ...(r.savedAt !== undefined ? { savedAt: r.savedAt } : {}),
    levels: r.levels.map((l) => ({
      id: l.id,
      choices: l.choices.map(bareChoice),
      at: l.choices.map((c) => seconds(l.startedAt, c.at)),
      whys: l.choices.map((c) => c.why ?? ''),
      answers: l.questions.map((q) => q.answer),
      seconds: l.seconds,
      ...(l.startedAt ? { startedAt: l.startedAt } : {}),
      ...(l.finishedAt ? { finishedAt: l.finishedAt } : {}),
      ...(l.reflectedAt ? { reflectedAt: l.reflectedAt } : {}),
      ...(l.editedAt !== undefined ? { editedAt: l.editedAt } : {}),
      attempts: l.attempts ?? 1,
      ...(l.first
        ? {
            first: {
              choices: l.first.choices.map(bareChoice),
              seconds: l.first.seconds,
              ...(l.first.startedAt ? { startedAt: l.first.startedAt } : {}),
              ...(l.first.finishedAt ? { finishedAt: l.first.finishedAt } : {}),
            },
          }
        : {}),
    })),
    inPlay: p
      ? { level: p.level, choices: p.choices, step: p.step, seed: p.seed, ...(cur ? { startedAt: cur.startedAt } : {}), at: cur ? cur.at.map((at) => seconds(cur.startedAt, at) ?? 0) : [] }
      : null,
  };
}

/** Resume data for a record and the level in play; reflections cut to `maxAnswer` characters. */
export function encodeResume(r: AssignmentRecord, ip: InPlay | null, levelOf: (id: string) => LevelT | undefined, maxAnswer: number): string {
  return encodeSuspend(suspendState(r, ip), levelOf, maxAnswer);
}

type ResumeRead = { ok: true; record: AssignmentRecord; inPlay: InPlay | null /** Levels in the data that could not be read. */; unreadable: string[] } | { ok: false; error: SuspendError };

/**
 * Resume data read back (every value checked by the codec) as a record with the texts the
 * student saw and a level in play; what cannot be read is named, never dropped in silence.
 * `fallbackName` when the name is not usable text.
 */
export function decodeResume(raw: unknown, a: Assignment, levelOf: (id: string) => LevelT | undefined, fallbackName: string): ResumeRead {
  const got = decodeSuspend(raw, levelOf, a.levels);
  if (!got.ok) return got;
  const st = got.state;
  const levels: LevelRecord[] = [];
  for (const l of st.levels) {
    const level = levelOf(l.id)!;
    const rec = levelRecord(
      level,
      l.choices,
      l.at.map((x) => after(l.startedAt, x)),
      {
        seconds: Math.round(Math.min(l.seconds, MAX_LEVEL_SECONDS * 4)),
        startedAt: l.startedAt,
        finishedAt: l.finishedAt,
        reflectedAt: l.reflectedAt,
        ...(l.editedAt !== undefined ? { editedAt: l.editedAt } : {}),
        attempts: l.attempts,
      },
    );
    for (const k of ['startedAt', 'finishedAt', 'reflectedAt'] as const) if (rec[k] === undefined) delete rec[k];
    rec.choices.forEach((c, i) => {
      const why = cleanAnswer(l.whys[i]);
      if (why) c.why = why;
    });
    rec.questions.forEach((q, i) => (q.answer = cleanAnswer(l.answers[i])));
    if (l.first) {
      const f = levelRecord(level, l.first.choices, [], { seconds: l.first.seconds, startedAt: l.first.startedAt, finishedAt: l.first.finishedAt });
      rec.first = attemptOf(f);
    }
    levels.push(rec);
  }
  levels.sort((x, y) => a.levels.indexOf(x.id) - a.levels.indexOf(y.id));
  const number = cleanLine(st.number, MAX_NUMBER);
  const record: AssignmentRecord = {
    assignment: a,
    student: { name: cleanName(st.name, 'student') || fallbackName, ...(number ? { number } : {}) },
    lang: a.lang,
    startedAt: st.startedAt || new Date().toISOString(),
    levels,
    ...(st.finishedAt ? { finishedAt: st.finishedAt } : {}),
    ...(st.savedAt !== undefined ? { savedAt: st.savedAt } : {}),
  };
  let inPlay: InPlay | null = null;
  const p = st.inPlay;
  if (p) {
    const level = levelOf(p.level)!;
    // the step the choices allow (as migrate.checkAgainst does for a local save): a result needs
    // a choice, a debrief a finished run, a new moment one still to come
    const done = nextBeat(level, p.choices) === null;
    let step: InPlay['step'] = p.step;
    if (step === 'result' && !p.choices.length) step = 'intro';
    else if (step === 'debrief' && !done) step = p.choices.length ? 'result' : 'intro';
    else if ((step === 'intro' || step === 'situation' || step === 'choose') && done) step = 'result';
    inPlay = { level: level.id, mode: 'assignment', seed: p.seed ?? a.seed ?? seedFor(level.id), start: startLevel(level).start, choices: p.choices, step };
    if (p.startedAt) record.current = { level: level.id, startedAt: p.startedAt, at: p.at.slice(0, p.choices.length).map((x) => after(p.startedAt, x)) };
  }
  return { ok: true, record, inPlay, unreadable: got.unreadable };
}
