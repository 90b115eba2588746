// One assignment in two tabs and on two computers (issue 22, cases 1, 2, 5, 7): records merge as
// players and levels do, the platform's resume data is compared and never written over blindly,
// a damaged record is set aside, and every value a platform gives is untrusted input.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scorm12Api } from '../../src/trainer/scorm';
import type { Assignment } from '../../src/trainer/assignment';
import type { AssignmentRecord } from '../../src/trainer/record';
import { answer, asideKeys, bootPage, playThrough } from './harness';

afterEach(() => vi.unstubAllGlobals());

const A: Assignment = { id: 'sync2345', levels: ['phase-1-safety', 'phase-2-trust'], lang: 'nl', whatIf: false, score: 'completion' };
const KEY = `assignment:${A.id}`;

/** The learning platform: one store of values that every session (every computer) reads and writes. */
function platform(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { 'cmi.core.student_name': 'Vries, Anna de', 'cmi.core.student_id': 'u1', 'cmi.core.lesson_status': 'not attempted', ...initial };
  const session = (): Scorm12Api => ({
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetValue: (k) => (k in data ? data[k] : '') as string,
    LMSSetValue: (k, v) => ((data[k] = v), 'true'),
  });
  return { data, session };
}

type Page = Awaited<ReturnType<typeof bootPage>>;

/** Open the assignment on a page (with the platform, when given), and go in. */
async function open(page: Page, lms?: ReturnType<typeof platform>) {
  const s = lms ? new page.ScormSession(lms.session()) : undefined;
  s?.initialize();
  await page.assignmentPlay.open(A, s);
  return page;
}

/** Hand in the level just finished, with answers and whys that say where they were written. */
async function handIn(page: Page, level: string, where: string) {
  page.assignmentPlay.beginReflect(level);
  const rec = page.assignmentPlay.levelRecordOf(level)!;
  await page.assignmentPlay.reflect(
    level,
    rec.questions.map((_, i) => `${where}: antwoord ${i + 1}`),
    { 0: `${where}: waarom 1`, 1: `${where}: waarom 2` },
  );
}

const stored = (map: Map<string, unknown>) => map.get(KEY) as AssignmentRecord;

describe('the round trip: played on computer A, resumed and finished on B, reopened on A', () => {
  it("loses nothing: B's hand-in and reflections, A's own, every choice and its time", async () => {
    const lms = platform();
    const mapA = new Map<string, unknown>();
    const mapB = new Map<string, unknown>();
    // A: begins, plays three moments of level 1
    let a = await open(await bootPage(mapA), lms);
    await a.assignmentPlay.start('Anna de Vries', 'u1');
    expect((await a.assignmentPlay.enter()).key).toBe('Scenario');
    for (let i = 0; i < 3; i++) await answer(a.app);
    const firstChoices = structuredClone(a.app.progress.inPlay!.choices);
    // B: another computer, nothing stored there; the platform brings the student back
    const b = await open(await bootPage(mapB), lms);
    expect(b.assignmentPlay.record?.student.name).toBe('Anna de Vries');
    expect((await b.assignmentPlay.enter()).key).toBe('Scenario');
    expect(b.app.progress.inPlay!.choices).toEqual(firstChoices);
    await playThrough(b.app);
    expect((await b.assignmentPlay.route()).key).toBe('Debrief');
    await handIn(b, 'phase-1-safety', 'B');
    expect((await b.assignmentPlay.route()).key).toBe('Scenario');
    await answer(b.app);
    await answer(b.app);
    const secondChoices = structuredClone(b.app.progress.inPlay!.choices);
    const level1 = structuredClone(b.assignmentPlay.levelRecordOf('phase-1-safety')!);
    // A again (a new page load): its own record is older than the platform's
    a = await open(await bootPage(mapA), lms);
    const back = a.assignmentPlay.levelRecordOf('phase-1-safety')!;
    expect(back.reflectedAt).toBe(level1.reflectedAt);
    expect(back.questions).toEqual(level1.questions);
    // every choice with its texts and why; its time to the second (resume data counts whole seconds)
    const noTime = (cs: typeof back.choices) => cs.map(({ at: _at, ...c }) => c);
    expect(noTime(back.choices)).toEqual(noTime(level1.choices));
    back.choices.forEach((c, i) => expect(Math.abs(Date.parse(c.at!) - Date.parse(level1.choices[i].at!))).toBeLessThan(1000));
    expect((await a.assignmentPlay.enter()).key).toBe('Scenario');
    expect(a.app.progress.inPlay).toMatchObject({ level: 'phase-2-trust', choices: secondChoices });
    await playThrough(a.app);
    expect((await a.assignmentPlay.route()).key).toBe('Debrief');
    await handIn(a, 'phase-2-trust', 'A');
    expect((await a.assignmentPlay.route()).key).toBe('AssignmentDone');
    // everything, on A, in A's browser, on the platform and in the results file
    const done = a.assignmentPlay.record!;
    expect(done.levels.map((l) => [l.id, !!l.reflectedAt])).toEqual([
      ['phase-1-safety', true],
      ['phase-2-trust', true],
    ]);
    expect(done.levels[0].questions[0].answer).toBe('B: antwoord 1');
    expect(done.levels[1].questions[0].answer).toBe('A: antwoord 1');
    expect(done.levels[1].choices.slice(0, 2).map((c) => c.response)).toEqual(secondChoices.map((c) => c.response));
    expect(stored(mapA).levels.map((l) => l.questions[0].answer)).toEqual(['B: antwoord 1', 'A: antwoord 1']);
    const suspend = JSON.parse(lms.data['cmi.suspend_data'] as string);
    expect(suspend.l.map((l: { q: string[] }) => l.q[0])).toEqual(['B: antwoord 1', 'A: antwoord 1']);
    expect(suspend.l[0].w.map((w: [number, string]) => w[1])).toEqual(['B: waarom 1', 'B: waarom 2']);
    expect(lms.data['cmi.core.lesson_status']).toBe('completed');
    expect(lms.data['cmi.core.score.raw']).toBe('100');
    // the platform's reports have the reflections too
    expect(lms.data['cmi.comments']).toContain('B: antwoord 1');
    expect(lms.data['cmi.comments']).toContain('A: waarom 2');
    const results = JSON.parse(await a.assignmentPlay.resultsText()).results as AssignmentRecord;
    expect(results.levels.map((l) => l.questions[0].answer)).toEqual(['B: antwoord 1', 'A: antwoord 1']);
    // nothing needed setting aside: the run A had in play is part of what B handed in
    expect(asideKeys(mapA)).toEqual([]);
  });
});

describe('case 1: back on the first computer, the older local record does not win', () => {
  it("the platform's hand-in and reflections stay, in this browser and on the platform, after the next choice", async () => {
    const lms = platform();
    const mapA = new Map<string, unknown>();
    let a = await open(await bootPage(mapA), lms);
    await a.assignmentPlay.start('Anna de Vries', '');
    await a.assignmentPlay.enter();
    await answer(a.app);
    // B finishes level 1 and hands it in
    const b = await open(await bootPage(new Map()), lms);
    await b.assignmentPlay.enter();
    await playThrough(b.app);
    await b.assignmentPlay.route();
    await handIn(b, 'phase-1-safety', 'B');
    await b.assignmentPlay.route();
    // A reloads and makes its next choice
    a = await open(await bootPage(mapA), lms);
    await a.assignmentPlay.enter();
    await answer(a.app);
    const onPlatform = JSON.parse(lms.data['cmi.suspend_data'] as string);
    expect(onPlatform.l[0]).toMatchObject({ i: 'phase-1-safety', r: expect.any(String), q: expect.arrayContaining(['B: antwoord 1']) });
    expect(stored(mapA).levels[0]).toMatchObject({ id: 'phase-1-safety', reflectedAt: expect.any(String) });
    // A plays level 2 now, not level 1 again
    expect(a.app.progress.inPlay?.level).toBe('phase-2-trust');
  });
  it('work done on this computer that the platform lacks is kept too, and nothing is written over unseen', async () => {
    const lms = platform();
    const mapA = new Map<string, unknown>();
    const a = await open(await bootPage(mapA), lms);
    await a.assignmentPlay.start('Anna de Vries', '');
    await a.assignmentPlay.enter();
    await playThrough(a.app);
    await a.assignmentPlay.route();
    await handIn(a, 'phase-1-safety', 'A');
    // the platform's copy is an older one (a session that never saw the hand-in): A's hand-in stays
    const older = JSON.parse(lms.data['cmi.suspend_data'] as string);
    older.l = [];
    older.u = 1;
    lms.data['cmi.suspend_data'] = JSON.stringify(older);
    const again = await open(await bootPage(mapA), lms);
    expect(again.assignmentPlay.levelRecordOf('phase-1-safety')?.questions[0].answer).toBe('A: antwoord 1');
    expect(JSON.parse(lms.data['cmi.suspend_data'] as string).l[0].q[0]).toBe('A: antwoord 1');
  });
});

describe('case 2: one assignment in two tabs', () => {
  it("the older tab's next choice keeps the level the other tab handed in, reflections included", async () => {
    const map = new Map<string, unknown>();
    const one = await open(await bootPage(map));
    await one.assignmentPlay.start('Bo', '');
    await one.assignmentPlay.enter();
    await answer(one.app);
    // the second tab opens the same assignment, finishes level 1 and hands it in
    const two = await open(await bootPage(map));
    await two.assignmentPlay.enter();
    await playThrough(two.app);
    await two.assignmentPlay.route();
    await handIn(two, 'phase-1-safety', 'tab 2');
    // the first tab, still in level 1, chooses again
    await answer(one.app);
    const level1 = stored(map).levels.find((l) => l.id === 'phase-1-safety');
    expect(level1?.reflectedAt).toEqual(expect.any(String));
    expect(level1?.questions[0].answer).toBe('tab 2: antwoord 1');
    expect(level1?.choices.filter((c) => c.why).map((c) => c.why)).toEqual(['tab 2: waarom 1', 'tab 2: waarom 2']);
  });
  it('reflections written in both tabs: the later wins and the other is set aside, not lost', async () => {
    const map = new Map<string, unknown>();
    const one = await open(await bootPage(map));
    await one.assignmentPlay.start('Bo', '');
    await one.assignmentPlay.enter();
    await playThrough(one.app);
    await one.assignmentPlay.route();
    const two = await open(await bootPage(map));
    await two.assignmentPlay.enter();
    // both tabs show the questions and write a draft of their own; neither has seen the other's
    one.assignmentPlay.beginReflect('phase-1-safety');
    two.assignmentPlay.beginReflect('phase-1-safety');
    const q = one.assignmentPlay.levelRecordOf('phase-1-safety')!.questions.length;
    await two.assignmentPlay.reflect('phase-1-safety', Array(q).fill('draft in tab 2'), {}, false);
    await new Promise((ok) => setTimeout(ok, 5));
    await one.assignmentPlay.reflect('phase-1-safety', Array(q).fill('draft in tab 1'), {}, false);
    expect(stored(map).levels[0].questions[0].answer).toBe('draft in tab 1');
    const copies = asideKeys(map).map((k) => map.get(k) as { reason: string; data: AssignmentRecord });
    expect(copies.some((c) => c.reason === 'conflict' && c.data.levels[0].questions[0].answer === 'draft in tab 2')).toBe(true);
  });
  it("a tab's own earlier drafts are not copies: typing, saving and typing again sets nothing aside", async () => {
    const map = new Map<string, unknown>();
    const one = await open(await bootPage(map));
    await one.assignmentPlay.start('Bo', '');
    await one.assignmentPlay.enter();
    await playThrough(one.app);
    await one.assignmentPlay.route();
    one.assignmentPlay.beginReflect('phase-1-safety');
    const q = one.assignmentPlay.levelRecordOf('phase-1-safety')!.questions.length;
    for (const text of ['a longer first draft', 'short', '']) await one.assignmentPlay.reflect('phase-1-safety', Array(q).fill(text), {}, false);
    expect(stored(map).levels[0].questions[0].answer).toBe('');
    expect(asideKeys(map)).toEqual([]);
  });
});

describe('case 7: a damaged assignment record', () => {
  it('is set aside (restorable), not overwritten when the student starts again', async () => {
    const damaged = { student: { name: 'Anna' }, levels: 'not a list', assignment: { id: A.id } };
    const map = new Map<string, unknown>([[KEY, damaged]]);
    const page = await open(await bootPage(map));
    expect(page.assignmentPlay.record).toBeNull();
    await page.assignmentPlay.start('Anna', '');
    const kept = asideKeys(map).map((k) => map.get(k) as { from: string; reason: string; data: unknown });
    expect(kept).toEqual([expect.objectContaining({ from: KEY, reason: 'damaged', data: damaged })]);
    expect(stored(map).student.name).toBe('Anna');
  });
  it('"someone else" keeps the first student\'s record and level in play where the saved games list finds them', async () => {
    const map = new Map<string, unknown>();
    const page = await open(await bootPage(map));
    await page.assignmentPlay.start('Eerste', '');
    await page.assignmentPlay.enter();
    await answer(page.app);
    await page.assignmentPlay.close();
    await page.assignmentPlay.open(A);
    await page.assignmentPlay.setAside();
    const games = await page.app.savedGames();
    expect(games.map((g) => [g.from, g.reason, g.name])).toEqual(
      expect.arrayContaining([
        [KEY, 'student', 'Eerste'],
        [`${KEY}:progress`, 'student', undefined],
      ]),
    );
    await page.app.restoreSavedGame(games.find((g) => g.from === KEY)!.key);
    await page.assignmentPlay.open(A);
    expect(page.assignmentPlay.record?.student.name).toBe('Eerste');
  });
});

describe('case 5: every value from a platform is untrusted', () => {
  it('a numeric student id and an object for a name: the id as digits, no name (so the field is there to fill in)', async () => {
    const lms = platform({ 'cmi.core.student_name': { first: 'Anna' }, 'cmi.core.student_id': 12345 });
    const page = await open(await bootPage(new Map()), lms);
    expect(page.assignmentPlay.platformName()).toBe('');
    expect(page.assignmentPlay.platformNumber()).toBe('12345');
  });
  it('names with control or direction characters, or far too long, are cleaned and cut', async () => {
    const lms = platform({ 'cmi.core.student_name': `Vries,\u202e Anna\u0000 ${'x'.repeat(500)}`, 'cmi.core.student_id': '\u200b\u200b' });
    const page = await open(await bootPage(new Map()), lms);
    expect(page.assignmentPlay.platformName()).toMatch(/^Anna x+ Vries$|^Anna x+$/);
    expect(page.assignmentPlay.platformName().length).toBeLessThanOrEqual(60);
    expect(page.assignmentPlay.platformNumber()).toBe('');
  });
  it('resume data with a name that is not text, wrong types and unknown levels: read as far as it is sound, and both downloads work', async () => {
    const page = await bootPage(new Map());
    const bad = JSON.stringify({
      v: 1,
      n: 42,
      o: { x: 1 },
      s: 'yesterday',
      u: 'soon',
      l: [{ i: 'phase-1-safety', c: [], q: [7, null, 'ok'], t: -5, a: 12, r: '<b>' }, { i: 'not-a-level', c: [] }, { i: 'phase-2-trust', c: [['nope', 'nope', 1]] }, 'x'],
      p: { i: 'phase-1-safety', m: 'story', c: 'all', st: 'debrief', sd: -1 },
    });
    const got = page.decodeSuspend(bad, A, (id) => page.app.level(id), 'Student');
    if (!got.ok) throw new Error(got.error);
    expect(got.record.student).toEqual({ name: 'Student' });
    expect(got.record.levels.map((l) => l.id)).toEqual(['phase-1-safety']);
    expect(got.record.levels[0]).toMatchObject({ seconds: 0, questions: expect.any(Array) });
    expect(got.record.levels[0].reflectedAt).toBeUndefined();
    expect(got.inPlay).toBeNull();
    // what could not be read is named, not dropped in silence
    expect(got.unreadable).toEqual(['not-a-level', '?', '?', 'phase-1-safety']);
    // a level in play said to be at its debrief with one moment played: opens at that moment's result
    const level = page.app.level('phase-1-safety')!;
    const early = JSON.stringify({
      v: 1,
      n: 'A',
      s: '2026-12-01T10:00:00.000Z',
      l: [],
      p: { i: 'phase-1-safety', m: 'assignment', c: [[level.scenarios[0].id, level.scenarios[0].responses[0].id]], st: 'debrief', sd: 5 },
    });
    expect(page.decodeSuspend(early, A, (id) => page.app.level(id), 'S')).toMatchObject({ ok: true, inPlay: { step: 'result', seed: 5, choices: [{ scenario: level.scenarios[0].id }] } });
    for (const raw of ['', 'null', '[]', '{"v":2}', '{"v":1,"l":{}}', 'x'.repeat(70_000), 7 as unknown as string]) {
      expect(page.decodeSuspend(raw, A, (id) => page.app.level(id), 'S').ok).toBe(false);
    }
    // opened from such data: the report and the results file are made without an error
    const lms = platform({ 'cmi.suspend_data': bad, 'cmi.core.student_name': {} });
    await open(page, lms);
    // the student is asked first; the platform's copy stays as it was until then
    expect(page.assignmentPlay.resumeProblem?.unreadable).toHaveLength(4);
    expect(page.assignmentPlay.canCarryOn()).toBe(true);
    expect(lms.data['cmi.suspend_data']).toBe(bad);
    await page.assignmentPlay.resolveResume('carryOn');
    expect(page.assignmentPlay.fileStem(new Date('2026-12-01T10:00:00Z'))).toMatch(/^bouwstenen-\?|^bouwstenen-student-/);
    expect(JSON.parse(await page.assignmentPlay.resultsText()).results.student.name).toBe('?');
  });
});

describe('issue 19: a replay is a new attempt', () => {
  it('the first attempt is kept beside the last, in the record, the resume data and the results file; the shared order holds', async () => {
    const lms = platform();
    const page = await open(await bootPage(new Map()), lms);
    const a: Assignment = { ...A, levels: ['phase-1-safety'], seed: 777, replays: true };
    await page.assignmentPlay.open(
      a,
      (() => {
        const s = new page.ScormSession(lms.session());
        s.initialize();
        return s;
      })(),
    );
    await page.assignmentPlay.start('Anna', '');
    await page.assignmentPlay.enter();
    expect(page.app.progress.inPlay!.seed).toBe(777);
    await playThrough(page.app);
    // a draft answer typed before playing again stays
    page.assignmentPlay.beginReflect('phase-1-safety');
    await page.assignmentPlay.reflect('phase-1-safety', ['concept'], { 0: 'eerste waarom' }, false);
    const first = structuredClone(page.assignmentPlay.levelRecordOf('phase-1-safety')!);
    expect(first.attempts).toBe(1);
    // play again, choosing otherwise: the class's order again, a second attempt
    await page.app.tryAgain();
    expect(page.app.progress.inPlay!.seed).toBe(777);
    for (let i = 0; i < 100 && page.app.progress.inPlay!.step !== 'debrief'; i++) {
      if (page.app.progress.inPlay!.step === 'result') await page.app.next();
      else {
        if (page.app.progress.inPlay!.step === 'intro') await page.app.setStep('situation');
        const shown = page.app.view!.shown;
        await page.app.choose(shown.at(-1)!.id);
      }
    }
    const last = page.assignmentPlay.levelRecordOf('phase-1-safety')!;
    expect(last.attempts).toBe(2);
    expect(last.first!.choices.map((c) => c.response)).toEqual(first.choices.map((c) => c.response));
    expect(last.choices.map((c) => c.response)).not.toEqual(first.choices.map((c) => c.response));
    expect(last.questions[0].answer).toBe('concept');
    expect(last.first!.choices[0].why).toBe('eerste waarom');
    await handIn(page, 'phase-1-safety', 'A');
    const results = JSON.parse(await page.assignmentPlay.resultsText()).results as AssignmentRecord;
    expect(results.levels[0]).toMatchObject({ attempts: 2, first: { ruptures: first.ruptures, repairs: first.repairs } });
    // another computer: both attempts come back from the platform
    const b = await open(await bootPage(new Map()), lms);
    await b.assignmentPlay.open(
      a,
      (() => {
        const s = new b.ScormSession(lms.session());
        s.initialize();
        return s;
      })(),
    );
    const back = b.assignmentPlay.levelRecordOf('phase-1-safety')!;
    expect(back.attempts).toBe(2);
    expect(back.first!.choices).toEqual(last.first!.choices.map(({ at: _a, why: _w, ...c }) => c));
  });
});
