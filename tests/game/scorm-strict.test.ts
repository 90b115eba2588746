// A second, independent SCORM 1.2 runtime (beside scorm-again in the browser tests): written from
// the SCORM 1.2 run-time environment's data model, strict where platforms are (Moodle's own
// patterns: CMIIdentifier, CMIString256 for student_response, CMITimespan, the vocabularies,
// read-only and write-only elements, interactions numbered in order). A whole assignment with
// repair moments is played through it over two sessions on two computers: no call is refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/trainer/assignment';
import type { Scorm12Api } from '../../src/trainer/scorm';
import { bootPage } from './harness';
import { beatResponses } from '../../src/model';
import { seededRng } from '../../src/model/random';
import { answerOf } from '../fixtures/players';

afterEach(() => vi.unstubAllGlobals());

const WRITE: [RegExp, RegExp][] = [
  [/^cmi\.core\.lesson_status$/, /^(passed|completed|failed|incomplete|browsed)$/],
  [/^cmi\.core\.score\.(raw|min|max)$/, /^$|^(100|[1-9]?\d)(\.\d{1,2})?$/],
  [/^cmi\.core\.session_time$/, /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/],
  [/^cmi\.core\.exit$/, /^(time-out|suspend|logout|)$/],
  [/^cmi\.core\.lesson_location$/, /^[\s\S]{0,255}$/],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,4096}$/],
  [/^cmi\.comments$/, /^[\s\S]{0,4096}$/],
  [/^cmi\.interactions\.\d+\.id$/, /^[\u0021-\u007e]{1,255}$/],
  [/^cmi\.interactions\.\d+\.type$/, /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/],
  [/^cmi\.interactions\.\d+\.student_response$/, /^[\s\S]{0,255}$/],
  [/^cmi\.interactions\.\d+\.result$/, /^(correct|wrong|unanticipated|neutral|\d{1,3}(\.\d{1,2})?)$/],
  [/^cmi\.interactions\.\d+\.time$/, /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/],
];
const READ =
  /^cmi\.core\.(student_id|student_name|lesson_status|score\.(raw|min|max)|total_time|entry|credit|lesson_mode|lesson_location)$|^cmi\.(suspend_data|launch_data|comments|interactions\._count)$/;

/** The platform: one store across sessions; each session a strict runtime. */
function strictPlatform() {
  const data: Record<string, string> = {
    'cmi.core.student_name': 'Bakker, Cem',
    'cmi.core.student_id': 'cbakker',
    'cmi.core.lesson_status': 'not attempted',
    'cmi.core.entry': 'ab-initio',
    'cmi.core.total_time': '0000:00:00',
    'cmi.suspend_data': '',
    'cmi.comments': '',
  };
  const refused: string[] = [];
  let count = 0;
  const session = (): Scorm12Api & { state: () => string } => {
    let state: 'new' | 'running' | 'done' = 'new';
    let last = '0';
    const err = (code: string, what: string) => {
      refused.push(`${code} ${what}`);
      last = code;
      return 'false';
    };
    return {
      state: () => state,
      LMSInitialize: (a) => (a !== '' || state !== 'new' ? err('101', 'LMSInitialize') : ((state = 'running'), 'true')),
      LMSFinish: (a) => (a !== '' || state !== 'running' ? err('301', 'LMSFinish') : ((state = 'done'), 'true')),
      LMSCommit: (a) => (a !== '' || state !== 'running' ? err('301', 'LMSCommit') : 'true'),
      LMSGetLastError: () => last,
      LMSGetValue: (k) => {
        if (state !== 'running') return err('301', `get ${k}`);
        if (k === 'cmi.interactions._count') return String(count);
        if (!READ.test(k)) return err(/^cmi\.(core\.(session_time|exit)|interactions\.)/.test(k) ? '404' : '401', `get ${k}`);
        last = '0';
        return data[k] ?? '';
      },
      LMSSetValue: (k, v) => {
        if (state !== 'running') return err('301', `set ${k}`);
        const rule = WRITE.find(([key]) => key.test(k));
        if (!rule) return err(READ.test(k) || k.endsWith('._count') ? '403' : '401', `set ${k}=${v}`);
        if (typeof v !== 'string' || !rule[1].test(v)) return err('405', `set ${k}=${v}`);
        const n = /^cmi\.interactions\.(\d+)\./.exec(k);
        if (n) {
          if (Number(n[1]) > count) return err('201', `set ${k}: interactions out of order`);
          if (Number(n[1]) === count) count++;
        }
        data[k] = v;
        last = '0';
        return 'true';
      },
    };
  };
  return { data, refused, session, interactions: () => count };
}

const A: Assignment = { id: 'strict23', levels: ['phase-1-safety', 'phase-4-autonomy'], lang: 'nl', whatIf: false, score: 'reflection', replays: true };
type Page = Awaited<ReturnType<typeof bootPage>>;

/** Open each repair moment with a poor answer and repair it; otherwise the kindest answer; `upTo` choices at most. */
async function playWithRepairs(page: Page, upTo = Infinity) {
  const { app } = page;
  const rng = seededRng(1);
  for (let n = 0; n < upTo && app.progress.inPlay!.step !== 'debrief'; n++) {
    if (app.progress.inPlay!.step === 'intro') await app.setStep('situation');
    if (app.progress.inPlay!.step === 'result') {
      if (await app.next()) break;
    }
    const beat = app.view!.next!;
    await app.choose(beatResponses(beat)[answerOf('rupture-repair', beat, rng)].id);
  }
}

async function session(lms: ReturnType<typeof strictPlatform>) {
  const page = await bootPage(new Map());
  const s = new page.ScormSession(lms.session());
  expect(s.initialize()).toBe(true);
  await page.assignmentPlay.open(A, s);
  return { page, s };
}

async function handIn(page: Page, level: string) {
  page.assignmentPlay.beginReflect(level);
  const rec = page.assignmentPlay.levelRecordOf(level)!;
  const say = 'Ik bleef dichtbij omdat het kind mij nodig had en bang was. '.repeat(6);
  await page.assignmentPlay.reflect(
    level,
    rec.questions.map(() => say),
    { 0: say, 1: 'ok' },
  );
}

describe('a strict SCORM 1.2 runtime (the second one)', () => {
  it('an assignment with repair moments over two sessions: every call accepted, status and score honest, resume exact', async () => {
    const lms = strictPlatform();
    const one = await session(lms);
    await one.page.assignmentPlay.start('Cem Bakker', '');
    await one.page.assignmentPlay.enter();
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
    await playWithRepairs(one.page);
    expect((await one.page.assignmentPlay.route()).key).toBe('Debrief');
    await handIn(one.page, 'phase-1-safety');
    expect((await one.page.assignmentPlay.route()).key).toBe('Scenario');
    await playWithRepairs(one.page, 3);
    const level1 = structuredClone(one.page.assignmentPlay.levelRecordOf('phase-1-safety')!);
    expect(level1.choices.some((c) => c.inRepair)).toBe(true);
    one.s.finish(false);
    expect(lms.refused).toEqual([]);
    // one level of two handed in: incomplete, with the score so far
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(Number(lms.data['cmi.core.score.raw'])).toBeGreaterThan(0);
    expect(lms.data['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
    expect(lms.data['cmi.core.exit']).toBe('suspend');
    expect(Object.entries(lms.data).filter(([k, v]) => /\.id$/.test(k) && v.endsWith('.repair')).length).toBeGreaterThan(0);
    // comments and fill-in answers cut to what the data model holds
    expect(lms.data['cmi.comments'].length).toBeLessThanOrEqual(4096);

    const two = await session(lms);
    expect(two.page.assignmentPlay.resumeProblem).toBeNull();
    expect(two.page.assignmentPlay.levelRecordOf('phase-1-safety')).toEqual({
      ...level1,
      choices: level1.choices.map((c, i) => ({ ...c, at: two.page.assignmentPlay.levelRecordOf('phase-1-safety')!.choices[i].at })),
    });
    await two.page.assignmentPlay.enter();
    expect(two.page.app.progress.inPlay!.choices).toHaveLength(3);
    await playWithRepairs(two.page);
    await handIn(two.page, 'phase-4-autonomy');
    expect((await two.page.assignmentPlay.route()).key).toBe('AssignmentDone');
    two.s.finish(true);
    expect(lms.refused).toEqual([]);
    expect(lms.data['cmi.core.lesson_status']).toBe('passed');
    // reflection: every answer counts, of the two whys one ("ok" does not)
    const share = (id: string) => {
      const q = two.page.app.level(id)!.questions.length;
      return (q + 1) / (q + 2);
    };
    expect(lms.data['cmi.core.score.raw']).toBe(String(Math.round((100 * (share('phase-1-safety') + share('phase-4-autonomy'))) / 2)));
    expect(lms.data['cmi.core.exit']).toBe('');
  });
});
