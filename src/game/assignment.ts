// Playing an assignment: the student's name, the assigned levels one after the other, the
// reflections, the report and the results file; inside a learning platform, SCORM 1.2 as well.
// The assignment's progress is saved under its own keys (`assignment:<id>` for this record,
// `assignment:<id>:progress` for the level in play), never in the player's own story. No Phaser.
import type { LevelT, ResponseT, ScenarioT } from '../content/schema';
import { CHILD_BLOCKS, nextBeat, replay, responseOf, startLevel, statuses, type Choice } from '../model';
import { ruptureCount } from './session';
import { onOtherTabWrite, read, setAside, update, type AsideReason } from '../services/store';
import { seedFor } from './seed';
import { caregiverName, childName, getLang, setLang, t, tx } from '../services/i18n';
import { CAREGIVER_BLOCKS } from '../model';
import { DRAWN_DAMAGE } from '../model/look';
import { decodeAssignment, type Assignment, type LinkError } from '../trainer/assignment';
import {
  attemptOf,
  cleanAnswer,
  fileStem,
  nextAttempt,
  MAX_NUMBER,
  mergeRecords,
  sameAttempt,
  stampOf,
  stampsOf,
  withLevel,
  workLost,
  type AssignmentRecord,
  type ChoiceRecord,
  type LevelRecord,
} from '../trainer/record';
import { reportHtml } from '../trainer/report';
import { cleanLine, cleanName } from '../trainer/text';
import { buildResults, checkRecord } from '../trainer/results';
import { scoreOf } from '../trainer/score';
import { findApi, fitSuspend, ScormSession } from '../trainer/scorm';
import { decodeSuspend as decodeResume, encodeSuspend as encodeResume, type SuspendError, type SuspendState } from './suspend';
import { app } from './app';
import type { InPlay } from './saves';
import { routeFor, type Place } from './route';
import { failed } from '../services/failure';

/** A level's time is counted at most this long: a tab left open overnight is not study time. */
const MAX_LEVEL_SECONDS = 3 * 3600;

export function linkErrorText(e: LinkError): string {
  const params: Record<string, string | number> = {};
  if (e.code === 'unknownLevel') params.id = e.id;
  if (e.code === 'fields') params.field = e.field;
  if (e.code === 'newer') params.version = e.version;
  return t(`trainer.link.${e.code}`, params);
}

/** The link decoded against the levels this game has. */
export const decodeHere = (param: string | null) =>
  decodeAssignment(
    param,
    app.content.levels.map((l) => l.id),
  );

/** Where a response was found: the moment itself, or its repair moment later that day. */
function lookup(level: LevelT, c: Choice): { s?: ScenarioT; r?: ResponseT & { kind?: string }; inRepair: boolean } {
  const s = level.scenarios.find((x) => x.id === c.scenario);
  return { s, r: responseOf(level, c), inRepair: !!c.repair };
}

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

const round = (x: number) => Math.round(x * 1000) / 1000;

// ---- resume data on the platform (cmi.suspend_data; the codec is src/trainer/suspend.ts) -----

const seconds = (from: string | undefined, at: string | undefined) => (from && at ? Math.max(0, Math.round((Date.parse(at) - Date.parse(from)) / 1000)) : null);
const after = (from: string | undefined, s: number | null | undefined) => (from && typeof s === 'number' && s >= 0 ? new Date(Date.parse(from) + s * 1000).toISOString() : '');
const bareChoice = (c: ChoiceRecord): Choice => (c.inRepair ? { scenario: c.scenario, response: c.response, repair: true } : { scenario: c.scenario, response: c.response });

/** The record and the level in play as the codec's state: ids, flags, times and the student's own words. */
export function suspendState(r: AssignmentRecord, ip: InPlay | null): SuspendState {
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
export function encodeSuspend(r: AssignmentRecord, ip: InPlay | null, maxAnswer: number): string {
  return encodeResume(suspendState(r, ip), (id) => app.level(id), maxAnswer);
}

export type SuspendRead = { ok: true; record: AssignmentRecord; inPlay: InPlay | null /** Levels in the data that could not be read. */; unreadable: string[] } | { ok: false; error: SuspendError };

/**
 * Resume data read back (every value checked by the codec) as a record with the texts the
 * student saw and a level in play; what cannot be read is named, never dropped in silence.
 * `fallbackName` when the name is not usable text.
 */
export function decodeSuspend(raw: unknown, a: Assignment, levelOf: (id: string) => LevelT | undefined, fallbackName: string): SuspendRead {
  const got = decodeResume(raw, levelOf, a.levels);
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

/** Same level, and one run's choices begin with the other's: the longer one is simply further. */
function furtherOf(x: InPlay, y: InPlay): InPlay | null {
  if (x.level !== y.level) return null;
  const [short, long] = x.choices.length <= y.choices.length ? [x, y] : [y, x];
  return short.choices.every((c, i) => long.choices[i].scenario === c.scenario && long.choices[i].response === c.response) ? long : null;
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** A record without a `current` of the wrong shape (it only times the level in play). */
function tidy(r: AssignmentRecord, a: Assignment): AssignmentRecord {
  const c = r.current as unknown;
  const ok = isObj(c) && typeof c.level === 'string' && typeof c.startedAt === 'string' && Array.isArray(c.at) && c.at.every((x) => typeof x === 'string');
  const { current: _c, ...rest } = r;
  return { ...(ok ? r : rest), assignment: a };
}

/**
 * The reflections and whys of every level handed in, as one text for cmi.comments (the platform
 * cuts nothing: fitText keeps it within 4,096 characters, the report has all of it).
 */
export function commentsText(r: AssignmentRecord): string {
  return r.levels
    .filter((l) => l.reflectedAt)
    .map((l) =>
      [
        `# ${l.title}`,
        ...l.questions.filter((q) => q.answer).map((q) => `${q.question}\n> ${q.answer}`),
        ...l.choices.filter((c) => c.why).map((c) => `${t('trainer.report.why')} (${c.scenario}${c.inRepair ? `, ${t('trainer.report.repair')}` : ''}): ${c.why}`),
      ].join('\n'),
    )
    .join('\n\n');
}

class AssignmentPlay {
  assignment: Assignment | null = null;
  record: AssignmentRecord | null = null;
  scorm: ScormSession | null = null;
  private reflectStarted = 0;
  /** Each level's stamp as this tab last read or wrote it: a stored level it has seen is its own earlier save. */
  private known: Record<string, number> = {};
  /** The stamp of the level whose questions are on screen, as shown (or as this screen last saved it). */
  private onScreen: { level: string; stamp: number } | null = null;
  /** The platform's resume data as last read or written here: a change since is merged, never written over. */
  private lastSuspend = '';
  /** The level in play as the platform has it, and whether it is newer than this computer's. */
  private pendingInPlay: InPlay | null = null;
  /** The platform's resume data could not be read (wholly, or some levels): shown to the student, who chooses. */
  resumeProblem: { raw: string; unreadable: string[]; readable: { record: AssignmentRecord; inPlay: InPlay | null } | null } | null = null;
  private platformNewer = false;
  private listening = false;
  /** Stops hearing of the level in play (set while the assignment is entered). */
  private unsubscribe: (() => void) | null = null;

  get active() {
    return !!this.assignment && app.assignmentKey !== null;
  }

  private key() {
    return `assignment:${this.assignment!.id}`;
  }

  private progressKey() {
    return `${this.key()}:progress`;
  }

  /**
   * Open an assignment from its link: its saved record, compared with the platform's if there is
   * one (found around the page, or `scorm` as given: the tests play the platform).
   */
  async open(a: Assignment, scorm?: ScormSession) {
    this.assignment = a;
    this.pendingInPlay = null;
    this.platformNewer = false;
    this.lastSuspend = '';
    this.resumeProblem = null;
    setLang(a.lang);
    this.record = await this.readStored();
    this.known = stampsOf(this.record);
    if (scorm) this.useScorm(scorm);
    else this.connectScorm();
    await this.reconcilePlatform();
    if (!this.listening) {
      this.listening = true;
      onOtherTabWrite((key) => void this.otherTabWrote(key).catch(failed));
    }
  }

  /** The record in this browser; one that cannot be used is set aside (restorable), never written over. */
  private async readStored(): Promise<AssignmentRecord | null> {
    const raw = await read(this.key());
    if (raw === null || raw === undefined) return null;
    const r = checkRecord(raw);
    if (r) return tidy(structuredClone(r), this.assignment!);
    await setAside(this.key(), raw, 'damaged', true);
    app.notices.push(t('trainer.start.damaged'));
    return null;
  }

  /** Leave the assignment: the player's own progress comes back. */
  async close() {
    if (!this.active) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    app.sharedSeed = null;
    setLang(app.settings.lang);
    await app.useProgressKey(null);
  }

  // ---- the platform (SCORM 1.2) -----------------------------------------------------------

  private connectScorm() {
    if (this.scorm || typeof window === 'undefined') return;
    const api = findApi(window);
    if (!api) return;
    const s = new ScormSession(api, (msg) => {
      console.warn(`SCORM: ${msg}`);
      app.notices.push(t('trainer.platform.problem'));
    });
    if (!s.initialize()) return;
    this.useScorm(s);
  }

  /** Use this platform session (the tests hand one in); leaving the page finishes it. */
  useScorm(s: ScormSession) {
    this.scorm = s;
    if (typeof window !== 'undefined') window.addEventListener('pagehide', () => this.scorm?.finish(!!this.record?.finishedAt));
  }

  /** The name the platform knows, if any. */
  platformName() {
    return this.scorm?.studentName() ?? '';
  }

  platformNumber() {
    return this.scorm?.studentId() ?? '';
  }

  /**
   * Compare the platform's resume data with the record here: nothing is written over blindly.
   * Another attempt there (another student on this computer): the platform's is the student's
   * own, the one here is set aside. The same attempt: merged level by level (handed in beats
   * finished beats begun, then the later edit); whichever side's work does not win is set aside
   * first; the newer side has the level in play.
   */
  private async reconcilePlatform() {
    // resume data that could not be read waits for the student's choice: nothing is written meanwhile
    if (this.resumeProblem) return;
    const raw = this.scorm?.resumeData() ?? '';
    if (!raw || raw === this.lastSuspend) return;
    const got = decodeSuspend(raw, this.assignment!, (id) => app.level(id), this.platformName() || '?');
    if (!got.ok || got.unreadable.length) {
      console.warn(`SCORM resume data could not be read${got.ok ? ` for ${got.unreadable.join(', ')}` : ` (${got.error})`}; a copy is kept in this browser, the platform's is left as it is`);
      await setAside(`${this.key()}:platform`, raw, 'damaged');
      this.resumeProblem = { raw, unreadable: got.ok ? got.unreadable : [], readable: got.ok ? got : null };
      return;
    }
    this.lastSuspend = raw;
    await this.takeIn(got);
  }

  /** The platform's record, read: taken as it is, or merged with this computer's. */
  private async takeIn(got: { record: AssignmentRecord; inPlay: InPlay | null }) {
    const local = this.record;
    if (!local) {
      this.record = got.record;
      this.pendingInPlay = got.inPlay;
      this.platformNewer = true;
      return;
    }
    if (!sameAttempt(got.record, local)) {
      await this.setAsideHere('student');
      this.record = got.record;
      this.pendingInPlay = got.inPlay;
      this.platformNewer = true;
      await this.saveRecord();
      return;
    }
    const m = mergeRecords(got.record, local);
    if (m.mineLost) await setAside(this.key(), local, 'conflict');
    if (m.storedLost) await setAside(this.key(), got.record, 'conflict');
    this.record = m.record;
    if ((got.record.savedAt ?? 0) > (local.savedAt ?? 0)) {
      this.pendingInPlay = got.inPlay;
      this.platformNewer = true;
    }
    await this.saveRecord();
  }

  /** Whether "carry on" has anything to go on with: a part of the platform's data, or this computer's own record. */
  canCarryOn() {
    const p = this.resumeProblem;
    return !!p && (!!this.record || !!p.readable?.record.levels.length || !!p.readable?.inPlay);
  }

  /**
   * The student's choice about resume data that could not be read (the copy was kept in this
   * browser): carry on with what can be read (merged with this computer's own), or start the
   * assignment over. Only from here on is the platform's copy written again.
   */
  async resolveResume(choice: 'carryOn' | 'startOver') {
    const p = this.resumeProblem;
    if (!p) return;
    this.resumeProblem = null;
    this.lastSuspend = p.raw;
    if (choice === 'carryOn' && p.readable && (p.readable.record.levels.length || p.readable.inPlay)) await this.takeIn(p.readable);
    else if (choice === 'carryOn' && this.record) await this.saveRecord();
    else if (choice === 'startOver') {
      await this.setAsideHere('conflict');
      this.record = null;
      this.known = {};
      this.pendingInPlay = null;
    }
  }

  /** Write resume data, after merging anything the platform got since it was last read here. */
  private async suspend() {
    if (!this.scorm || !this.record || this.resumeProblem) return;
    await this.reconcilePlatform();
    if (this.resumeProblem) return;
    let data: string | null = null;
    try {
      data = fitSuspend((max) => encodeSuspend(this.record!, app.progress.inPlay, max));
    } catch (e) {
      // a level this game cannot write so that it reads it back (content changed under an old record):
      // the platform keeps its last copy, this browser has everything
      console.warn(`SCORM resume data not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (data) {
      this.scorm.suspend(data);
      this.lastSuspend = data;
    }
    // status and score with every save, from the first one on
    const score = this.score();
    this.scorm.progress(score.status, score.raw);
  }

  /** Another tab saved this assignment: take in its levels (its hand-ins, its reflections). */
  private async otherTabWrote(key: string) {
    if (!this.assignment || key !== this.key() || !this.record) return;
    const stored = checkRecord(await read(key));
    if (!stored || !sameAttempt(stored, this.record)) return;
    const m = mergeRecords(stored, this.record, this.known);
    if (m.mineLost) await setAside(this.key(), this.record, 'conflict');
    if (m.storedLost) await setAside(this.key(), stored, 'conflict');
    this.record = m.record;
    this.known = stampsOf(stored);
  }

  /** The record and level in play here, set aside under keys "Opgeslagen spellen" restores. */
  private async setAsideHere(reason: AsideReason) {
    const record = await read(this.key());
    const progress = await read(this.progressKey());
    if (record !== null) await setAside(this.key(), record, reason, true);
    if (progress !== null) await setAside(this.progressKey(), progress, reason, true);
  }

  /**
   * Another student on the same computer: the first one's record and progress are set aside
   * (restorable from "Opgeslagen spellen"; nothing is deleted) and the assignment starts afresh.
   */
  async setAside() {
    if (!this.record) return;
    await this.setAsideHere('student');
    this.record = null;
    this.known = {};
    this.pendingInPlay = null;
  }

  // ---- the student's way through -----------------------------------------------------------

  async start(name: string, number: string) {
    const a = this.assignment!;
    const num = cleanLine(number, MAX_NUMBER);
    this.record = { assignment: a, student: { name: cleanName(name, 'student'), ...(num ? { number: num } : {}) }, lang: a.lang, startedAt: new Date().toISOString(), levels: [] };
    await this.saveRecord();
  }

  /** Into the assignment's own progress; returns the scene to show next. */
  async enter(): Promise<Place> {
    app.sharedSeed = this.assignment!.seed ?? null;
    await app.useProgressKey(this.progressKey());
    // (entered again without leaving: one subscription, not two)
    this.unsubscribe?.();
    this.unsubscribe = app.subscribe((c) => {
      const level = c.progress.inPlay?.level;
      if (!level) return;
      if (c.action.type === 'choose') return this.observed({ type: 'choose', level });
      if (c.finished) return this.observed({ type: 'finish', level });
    });
    await this.takePlatformInPlay();
    return this.route();
  }

  /**
   * The platform's level in play, when it is newer than this computer's (or there is none here).
   * The run here is kept aside first unless the platform's simply goes further, or its level is
   * handed in already.
   */
  private async takePlatformInPlay() {
    const theirs = this.pendingInPlay;
    const mine = app.progress.inPlay;
    this.pendingInPlay = null;
    if (!this.platformNewer) {
      if (theirs && !mine) await app.resume(theirs);
      return;
    }
    this.platformNewer = false;
    const further = theirs && mine ? furtherOf(mine, theirs) : null;
    if (further) {
      if (further !== mine) await app.resume(further);
      return;
    }
    const finishedThere = (id: string) => this.record!.levels.some((l) => l.id === id && l.finishedAt);
    // the platform has nothing in play, and this computer's level was finished there: it is done
    if (!theirs && !(mine && finishedThere(mine.level))) return;
    if (mine && mine.choices.length && !this.record!.levels.some((l) => l.id === mine.level && l.reflectedAt)) {
      await setAside(this.progressKey(), structuredClone(app.progress), 'conflict');
    }
    await app.resume(theirs);
  }

  /** Where the student is: a level in play, questions to answer, the next level, or done. */
  async route(): Promise<Place> {
    const r = this.record!;
    const place = routeFor(app.progress, { ...r, assignment: this.assignment! });
    if (place.key === 'AssignmentDone') await this.complete();
    if (place.key !== 'Scenario' || !place.begin) return place;
    const next = place.begin.level;
    await app.begin(next, 'assignment');
    r.current = { level: next, startedAt: new Date().toISOString(), at: [] };
    await this.saveRecord();
    return { key: 'Scenario' };
  }

  private async observed(e: { type: 'choose' | 'finish'; level: string }) {
    const r = this.record;
    const ip = app.progress.inPlay;
    if (!r || !ip || ip.mode === 'whatif' || !this.assignment!.levels.includes(e.level)) return;
    const now = new Date();
    if (!r.current || r.current.level !== e.level || ip.choices.length === 1) {
      r.current = { level: e.level, startedAt: r.current?.level === e.level ? r.current.startedAt : now.toISOString(), at: [] };
    }
    if (e.type === 'choose') {
      r.current.at = [...r.current.at.slice(0, ip.choices.length - 1), now.toISOString()];
      const c = ip.choices.at(-1)!;
      this.scorm?.recordChoice({ level: e.level, scenario: c.scenario, response: c.response, inRepair: !!c.repair, ...this.resultOf(e.level, c) }, now);
    } else {
      const level = app.level(e.level)!;
      const seconds = Math.min(MAX_LEVEL_SECONDS, (now.getTime() - Date.parse(r.current.startedAt)) / 1000);
      const rec = levelRecord(level, ip.choices, r.current.at, { startedAt: r.current.startedAt, finishedAt: now.toISOString(), seconds: Math.max(0, Math.round(seconds)), editedAt: now.getTime() });
      // a replay is a new attempt: the first one is kept beside it
      this.record = withLevel(r, nextAttempt(this.levelRecordOf(e.level), rec));
      this.record.current = undefined;
    }
    await this.saveRecord();
  }

  levelRecordOf(id: string) {
    return this.record?.levels.find((l) => l.id === id);
  }

  /** The questions of `levelId` are on screen, as the record has them now. */
  beginReflect(levelId: string) {
    this.reflectStarted = Date.now();
    const l = this.levelRecordOf(levelId);
    this.onScreen = l ? { level: levelId, stamp: stampOf(l) } : null;
  }

  /** The answers to a level's questions and the "why" of chosen moments; the level is handed in. */
  async reflect(levelId: string, answers: string[], whys: Record<number, string>, handIn = true) {
    const l = this.levelRecordOf(levelId)!;
    // the answers on this screen replace a version another tab or computer wrote meanwhile: keep that one first
    const theirs = this.onScreen?.level === levelId && stampOf(l) !== this.onScreen.stamp;
    const extra = this.reflectStarted ? Math.min(MAX_LEVEL_SECONDS, (Date.now() - this.reflectStarted) / 1000) : 0;
    const next: LevelRecord = {
      ...l,
      questions: l.questions.map((q, i) => ({ ...q, answer: cleanAnswer(answers[i] ?? '') })),
      choices: l.choices.map((c, i) => {
        const why = cleanAnswer(whys[i] ?? '');
        const { why: _old, ...rest } = c;
        return why ? { ...rest, why } : rest;
      }),
      ...(handIn ? { reflectedAt: new Date().toISOString() } : {}),
      seconds: Math.round(l.seconds + extra),
      editedAt: Date.now(),
    };
    if (theirs && workLost(l, next)) await setAside(this.key(), structuredClone(this.record!), 'conflict');
    this.record = withLevel(this.record!, next);
    if (handIn) this.sendTexts(next);
    if (this.onScreen?.level === levelId) this.onScreen.stamp = stampOf(next);
    // a draft counts its time too, from here on
    this.reflectStarted = handIn ? 0 : Date.now();
    await this.saveRecord();
  }

  /** A choice's result for the platform, when the trainer's score judges choices (the model): by its effects. */
  private resultOf(levelId: string, c: Choice): { result?: 'correct' | 'wrong' | 'neutral' } {
    if (this.assignment?.score !== 'model') return {};
    const level = app.level(levelId);
    const r = level ? responseOf(level, c) : undefined;
    if (!r) return {};
    const total = Object.values(r.effects as Record<string, number>).reduce((a, b) => a + (b ?? 0), 0);
    return { result: total > 0 ? 'correct' : total < 0 ? 'wrong' : 'neutral' };
  }

  /** The score and status the platform gets, in the trainer's mode (src/trainer/score.ts). */
  score() {
    return scoreOf(this.record!);
  }

  /** A level handed in: its answers and whys as interactions, and every level's in cmi.comments. */
  private sendTexts(l: LevelRecord) {
    if (!this.scorm) return;
    const texts = [
      ...l.questions.map((q, i) => ({ id: `${l.id}.q${i + 1}`, text: q.answer })),
      ...l.choices.map((c) => ({ id: `${l.id}.${c.scenario}${c.inRepair ? '.repair' : ''}.why`, text: c.why ?? '' })),
    ].filter((x) => x.text);
    this.scorm.recordTexts(texts, new Date());
    this.scorm.comments(commentsText(this.record!));
  }

  private async complete() {
    const r = this.record!;
    if (!r.finishedAt) {
      r.finishedAt = new Date().toISOString();
      await this.saveRecord();
    }
  }

  /**
   * Save the record, merged with what another tab stored meanwhile (its hand-ins and reflections
   * stay). Work of the other tab that does not win, or a stored record of another attempt, is set
   * aside first. Then the platform's resume data, compared in its turn.
   */
  private async saveRecord() {
    this.scorm?.touch();
    const mine: AssignmentRecord = { ...this.record!, savedAt: Date.now() };
    const copies: unknown[] = [];
    let mineLost = false;
    const written = await update(this.key(), (raw) => {
      if (raw === null || raw === undefined) return mine;
      const stored = checkRecord(raw);
      if (!stored || !sameAttempt(stored, mine)) {
        copies.push(raw);
        return mine;
      }
      const m = mergeRecords(stored, mine, this.known);
      if (m.storedLost) copies.push(raw);
      mineLost = m.mineLost;
      return m.record;
    });
    for (const c of copies) await setAside(this.key(), c, checkRecord(c) ? 'conflict' : 'damaged');
    if (mineLost) await setAside(this.key(), mine, 'conflict');
    this.record = written;
    this.known = stampsOf(written);
    await this.suspend();
  }

  // ---- what the student hands in -------------------------------------------------------------

  reportHtml(date = new Date()) {
    const names = (kind: 'child' | 'caregiver', i: number) => (kind === 'child' ? childName(CHILD_BLOCKS[i]) : caregiverName(CAREGIVER_BLOCKS[i]));
    return reportHtml(this.handIn(), t, names, DRAWN_DAMAGE, date);
  }

  private handIn(): AssignmentRecord {
    const { current: _c, savedAt: _s, ...r } = this.record!;
    return { ...r, lang: getLang(), levels: r.levels.map(({ editedAt: _e, ...l }) => l) };
  }

  async resultsText() {
    return buildResults(this.handIn());
  }

  fileStem(date = new Date()) {
    return fileStem(this.record!, date);
  }
}

export const assignmentPlay = new AssignmentPlay();

/** Open the assignment in the link: the scene to show, or the title with a message saying what is wrong. */
export async function openFromLink(param: string): Promise<Place> {
  const d = decodeHere(param);
  if (!d.ok) {
    app.notices.push(linkErrorText(d.error));
    return { key: 'Title' };
  }
  await assignmentPlay.open(d.assignment);
  return { key: 'AssignmentStart' };
}
