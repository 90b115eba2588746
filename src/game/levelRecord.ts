// One level of an assignment as the student played it: the texts they saw (in the game's
// language), the tower at the end, ruptures and repairs, then their answers, whys and time.
// Pure apart from the language the texts are read in: no storage, no platform, no clock (the
// time comes in as an argument).
import type { LevelT, ResponseT, ScenarioT } from '../content/schema';
import { replay, responseOf, startLevel, statuses, type Choice } from '../model';
import { tx } from '../services/i18n';
import { cleanAnswer, type ChoiceRecord, type LevelRecord } from '../trainer/record';
import { ruptureCount } from './session';

/** A level's time is counted at most this long: a tab left open overnight is not study time. */
export const MAX_LEVEL_SECONDS = 3 * 3600;

/** Where a response was found: the moment itself, or its repair moment later that day. */
function lookup(level: LevelT, c: Choice): { s?: ScenarioT; r?: ResponseT & { kind?: string }; inRepair: boolean } {
  const s = level.scenarios.find((x) => x.id === c.scenario);
  return { s, r: responseOf(level, c), inRepair: !!c.repair };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A level's record from its choices: the texts the student saw (in the assignment's language),
 * the tower at the end, ruptures (responses that hurt the bond) and repairs (a repair flag on the
 * choice, or a repair moment answered with its repairing response).
 */
export function levelRecord(level: LevelT, choices: readonly Choice[], times: readonly string[], meta: Partial<LevelRecord>): LevelRecord {
  const end = replay(level, startLevel(level).start, choices).state;
  const records: ChoiceRecord[] = choices.map((c, i) => {
    const { s, r, inRepair } = lookup(level, c);
    const plain = r && 'plain' in r ? tx(r.plain) : '';
    const rec: ChoiceRecord = {
      scenario: c.scenario,
      response: c.response,
      setting: s ? tx(inRepair ? s.repair!.setting : s.setting) : c.scenario,
      responseText: r ? tx(r.text) : c.response,
      reaction: r ? tx(r.reaction) : '',
      feedback: r ? [plain, tx(r.feedback)].filter(Boolean).join('\n\n') : '',
    };
    // a repair moment answered by making it right (moving on or explaining away is no repair)
    if (inRepair) rec.inRepair = true;
    if (inRepair && r?.kind === 'repair') rec.repair = true;
    if (times[i]) rec.at = times[i];
    return rec;
  });
  return {
    id: level.id,
    title: tx(level.title),
    focus: level.focus,
    choices: records,
    end: { growth: end.growth.map(round), cracks: end.cracks.map(round), strength: end.strength.map(round), status: statuses(end) },
    // counted as the debrief counts them: the engine's ruptures and repairs
    ...ruptureCount(level, { start: startLevel(level).start, choices: [...choices] }),
    questions: level.questions.map((q) => ({ question: tx(q), answer: '' })),
    seconds: 0,
    ...meta,
  };
}

/** A level played to its end at `now`: timed from when it was begun, at most MAX_LEVEL_SECONDS. */
export function finishedLevel(level: LevelT, choices: readonly Choice[], begun: { startedAt: string; at: readonly string[] }, now: Date): LevelRecord {
  const seconds = Math.min(MAX_LEVEL_SECONDS, (now.getTime() - Date.parse(begun.startedAt)) / 1000);
  return levelRecord(level, choices, begun.at, { startedAt: begun.startedAt, finishedAt: now.toISOString(), seconds: Math.max(0, Math.round(seconds)), editedAt: now.getTime() });
}

/**
 * The level with the student's answers to its questions and the "why" of chosen moments (by the
 * choice's place), cleaned; handed in when `handIn`. `extraSeconds`: the time spent answering.
 */
export function answered(l: LevelRecord, answers: readonly string[], whys: Readonly<Record<number, string>>, o: { handIn: boolean; extraSeconds: number; now: Date }): LevelRecord {
  return {
    ...l,
    questions: l.questions.map((q, i) => ({ ...q, answer: cleanAnswer(answers[i] ?? '') })),
    choices: l.choices.map((c, i) => {
      const why = cleanAnswer(whys[i] ?? '');
      const { why: _old, ...rest } = c;
      return why ? { ...rest, why } : rest;
    }),
    ...(o.handIn ? { reflectedAt: o.now.toISOString() } : {}),
    seconds: Math.round(l.seconds + o.extraSeconds),
    editedAt: o.now.getTime(),
  };
}

/** How the model judges a choice (for a platform that scores by the model): by the total of its effects. */
export function choiceResult(level: LevelT | undefined, c: Choice): 'correct' | 'wrong' | 'neutral' | undefined {
  const r = level ? responseOf(level, c) : undefined;
  if (!r) return undefined;
  const total = Object.values(r.effects as Record<string, number>).reduce((a, b) => a + (b ?? 0), 0);
  return total > 0 ? 'correct' : total < 0 ? 'wrong' : 'neutral';
}
