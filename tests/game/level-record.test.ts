// A level's record from the shipped content: texts the student saw, the end tower, ruptures.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { markTerms } from '../../src/services/i18n';
import { answered, choiceResult, finishedLevel, levelRecord, MAX_LEVEL_SECONDS } from '../../src/game/levelRecord';
import { beatResponses, chooseById, nextBeat, pick as policyPick, replay, startLevel } from '../../src/model';
import { seededRng } from '../../src/model/random';
import { ruptureCount } from '../../src/game/session';
import { fitSuspend } from '../../src/trainer/scorm';

const content = loadFromDisk();
const level = content.levels.find((l) => l.id === 'phase-1-safety')!;
/** Every scenario answered as the engine's attuned (best) or worst balance policy answers it. */
const pick = (best: boolean) => {
  const rng = seededRng(1);
  return level.scenarios.map((s) => ({ scenario: s.id, response: s.responses[policyPick(best ? 'attuned' : 'worst', s.responses, rng)].id }));
};

describe('a level record', () => {
  it('keeps the texts the student saw and the tower at the end', () => {
    const choices = pick(true);
    const r = levelRecord(level, choices, ['2026-11-30T10:00:00.000Z'], { seconds: 60 });
    expect(r.choices).toHaveLength(level.scenarios.length);
    const first = level.scenarios[0].responses.find((x) => x.id === choices[0].response)!;
    expect(r.choices[0]).toMatchObject({ setting: level.scenarios[0].setting.nl, responseText: first.text.nl, reaction: first.reaction.nl, at: '2026-11-30T10:00:00.000Z' });
    expect(r.choices[0].feedback).toContain(markTerms(first.feedback.nl!));
    expect(r.choices[1].at).toBeUndefined();
    const end = replay(level, startLevel(level).start, choices).state;
    expect(r.end.growth[0]).toBeCloseTo(end.growth[0], 2);
    expect(r.end.status[0]).toBe('solid');
    expect(r.ruptures).toBe(0);
    expect(r.questions.map((q) => q.question)).toEqual(level.questions.map((q) => q.nl));
  });

  it('counts ruptures and repairs as the debrief does, and marks the answers that made it right', () => {
    // the poorest response everywhere; in each repair moment, the response that makes it right
    const rng = seededRng(1);
    let run = startLevel(level);
    for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
      const list = beatResponses(beat);
      const r = beat.kind === 'repair' ? list.find((x) => (x as { kind?: string }).kind === 'repair')! : list[policyPick('worst', list, rng)];
      run = chooseById(level, run, r.id).run;
    }
    const moments = run.choices.filter((c) => c.repair).length;
    expect(moments).toBeGreaterThanOrEqual(3);
    const r = levelRecord(level, run.choices, [], {});
    expect(r).toMatchObject(ruptureCount(level, { start: run.start, choices: run.choices }));
    expect(r.ruptures).toBeGreaterThanOrEqual(level.scenarios.length - 1);
    expect(r.repairs).toBe(moments);
    expect(r.choices.map((c) => !!c.repair)).toEqual(run.choices.map((c) => !!c.repair));
  });
});

describe('after the level', () => {
  const played = levelRecord(level, pick(true), [], { seconds: 100 });

  it('times a finished level from when it was begun, at most three hours', () => {
    const begun = { startedAt: '2026-11-30T10:00:00.000Z', at: ['2026-11-30T10:01:00.000Z'] };
    const r = finishedLevel(level, pick(true), begun, new Date('2026-11-30T10:05:00.400Z'));
    expect(r).toMatchObject({ startedAt: begun.startedAt, finishedAt: '2026-11-30T10:05:00.400Z', seconds: 300, editedAt: Date.parse('2026-11-30T10:05:00.400Z') });
    expect(r.choices[0].at).toBe(begun.at[0]);
    expect(finishedLevel(level, pick(true), begun, new Date('2026-12-01T10:00:00Z')).seconds).toBe(MAX_LEVEL_SECONDS);
    // a clock that went back counts nothing, never less than nothing
    expect(finishedLevel(level, pick(true), begun, new Date('2026-11-30T09:00:00Z')).seconds).toBe(0);
  });

  it('takes the answers and whys cleaned, hands in only when asked, and adds the time spent', () => {
    const now = new Date('2026-11-30T11:00:00.000Z');
    const draft = answered(played, ['  een\u0000 antwoord ', ' \u200b '], { 1: 'omdat' }, { handIn: false, extraSeconds: 30.4, now });
    expect(played.questions.length).toBeGreaterThanOrEqual(2);
    expect(draft.questions.slice(0, 2).map((q) => q.answer)).toEqual(['een antwoord', '']);
    expect(draft.choices[1].why).toBe('omdat');
    expect(draft.choices[0].why).toBeUndefined();
    expect(draft.reflectedAt).toBeUndefined();
    expect(draft).toMatchObject({ seconds: 130, editedAt: now.getTime() });
    // a why taken back is gone; handing in stamps the time
    const handed = answered(draft, ['klaar'], {}, { handIn: true, extraSeconds: 0, now });
    expect(handed.choices.every((c) => !('why' in c))).toBe(true);
    expect(handed.reflectedAt).toBe(now.toISOString());
    expect(played.questions.every((q) => q.answer === '')).toBe(true);
  });

  it('judges a choice by the total of its effects, for a platform that scores by the model', () => {
    const [best, worst] = [pick(true)[0], pick(false)[0]];
    expect(choiceResult(level, best)).toBe('correct');
    expect(choiceResult(level, worst)).toBe('wrong');
    expect(choiceResult(level, { scenario: best.scenario, response: 'no-such-response' })).toBeUndefined();
    expect(choiceResult(undefined, best)).toBeUndefined();
  });
});

describe('resume data', () => {
  it('fits 4,096 characters by cutting long answers, keeping the progress', () => {
    const long = 'x'.repeat(3000);
    const make = (max: number) => JSON.stringify({ c: pick(true).map((c) => [c.scenario, c.response]), q: [long.slice(0, max), long.slice(0, max)] });
    const s = fitSuspend(make)!;
    expect(s.length).toBeLessThanOrEqual(4096);
    expect(JSON.parse(s).c).toHaveLength(level.scenarios.length);
  });
});
