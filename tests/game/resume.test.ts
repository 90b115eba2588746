// A record and the level in play as resume data on a platform, and back: nothing the student did is lost.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { startLevel } from '../../src/model';
import { answered, levelRecord } from '../../src/game/levelRecord';
import { decodeResume, encodeResume } from '../../src/game/resume';
import type { InPlay } from '../../src/game/saves';
import type { Assignment } from '../../src/trainer/assignment';
import type { AssignmentRecord } from '../../src/trainer/record';

const content = loadFromDisk();
const levelOf = (id: string) => content.levels.find((l) => l.id === id);
const [one, two] = [levelOf('phase-1-safety')!, levelOf('phase-2-trust')!];
const A: Assignment = { id: 'resume23', levels: [one.id, two.id], lang: 'nl', whatIf: false, score: 'completion' };
const firstOf = (l: typeof one) => l.scenarios.map((s) => ({ scenario: s.id, response: s.responses[0].id }));

describe('resume data', () => {
  it('gives back the record (answers, whys, times) and the level in play', () => {
    const choices = firstOf(one);
    const at = choices.map((_, i) => new Date(Date.parse('2026-11-30T10:00:00.000Z') + (i + 1) * 60_000).toISOString());
    const played = levelRecord(one, choices, at, { seconds: 600, startedAt: '2026-11-30T10:00:00.000Z', finishedAt: '2026-11-30T10:10:00.000Z', editedAt: 1_764_497_400_000, attempts: 1 });
    const level = answered(played, ['Zij was bang.', 'Dichtbij blijven.'], { 0: 'Omdat ze huilde.' }, { handIn: true, extraSeconds: 40, now: new Date('2026-11-30T10:12:00.000Z') });
    const record: AssignmentRecord = {
      assignment: A,
      student: { name: 'Anna de Vries', number: '12345' },
      lang: 'nl',
      startedAt: '2026-11-30T09:59:00.000Z',
      levels: [level],
      savedAt: 1_764_497_520_000,
      current: { level: two.id, startedAt: '2026-11-30T10:13:00.000Z', at: ['2026-11-30T10:14:00.000Z'] },
    };
    const inPlay: InPlay = { level: two.id, mode: 'assignment', seed: 7, start: startLevel(two).start, choices: firstOf(two).slice(0, 1), step: 'result' };
    const data = encodeResume(record, inPlay, levelOf, 4000);
    const back = decodeResume(data, A, levelOf, '?');
    expect(back).toEqual({ ok: true, record, inPlay, unreadable: [] });
  });

  it('names what it cannot read, and never takes a name of nothing', () => {
    expect(decodeResume('hello', A, levelOf, '?')).toEqual({ ok: false, error: 'notOurs' });
    const record: AssignmentRecord = { assignment: A, student: { name: '\u200b' }, lang: 'nl', startedAt: '2026-11-30T09:59:00.000Z', levels: [] };
    const back = decodeResume(encodeResume(record, null, levelOf, 4000), A, levelOf, 'Student');
    expect(back.ok && back.record.student.name).toBe('Student');
  });
});
