// Playing an assignment: the student's name, the assigned levels one after the other, the
// reflections, the report and the results file; inside a learning platform, SCORM 1.2 as well.
// The assignment's progress is saved under its own keys (`assignment:<id>` for this record,
// `assignment:<id>:progress` for the level in play), never in the player's own story. No Phaser.
import type { LevelT, ResponseT, ScenarioT } from '../content/schema';
import { CHILD_BLOCKS, ChoiceError, chooseById, nextBeat, replay, responseOf, startLevel, statuses, type Choice, type LevelRun } from '../model';
import { ruptureCount } from './session';
import { onOtherTabWrite, read, setAside, update, type AsideReason } from '../services/store';
import { seedFor } from './seed';
import { caregiverName, childName, getLang, setLang, t, tx } from '../services/i18n';
import { CAREGIVER_BLOCKS } from '../model';
import { ASSIGNMENT_META, decodeAssignment, MAX_LEVELS, type Assignment, type LinkError } from '../trainer/assignment';
import {
  cleanAnswer, cleanLine, fileStem, levelsLeft, MAX_NAME, MAX_NUMBER, mergeRecords, sameAttempt, stampOf, stampsOf, totalSeconds, withLevel, workLost,
  type AssignmentRecord, type ChoiceRecord, type LevelRecord,
} from '../trainer/record';
import { reportHtml } from '../trainer/report';
import { buildResults, checkRecord } from '../trainer/results';
import { findApi, fitSuspend, ScormSession } from '../trainer/scorm';
import { app } from './app';
import type { InPlay } from './saves';

/** A level's time is counted at most this long: a tab left open overnight is not study time. */
const MAX_LEVEL_SECONDS = 3 * 3600;

/** The assignment in the address (`?a=`) or, in a SCORM package, in index.html. */
export function assignmentParam(): string | null {
  const p = new URLSearchParams(location.search).get('a');
  if (p !== null) return p;
  return document.querySelector<HTMLMetaElement>(`meta[name="${ASSIGNMENT_META}"]`)?.content ?? null;
}

export function linkErrorText(e: LinkError): string {
  const params: Record<string, string | number> = {};
  if (e.code === 'unknownLevel') params.id = e.id;
  if (e.code === 'fields') params.field = e.field;
  if (e.code === 'newer') params.version = e.version;
  return t(`trainer.link.${e.code}`, params);
}

/** The link decoded against the levels this game has. */
export const decodeHere = (param: string | null) => decodeAssignment(param, app.content.levels.map((l) => l.id));



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
      scenario: c.scenario, response: c.response,
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
    id: level.id, title: tx(level.title), focus: level.focus, choices: records,
    end: { growth: end.growth.map(round), cracks: end.cracks.map(round), strength: end.strength.map(round), status: statuses(end) },
    // counted as the debrief counts them: the engine's ruptures and repairs
    ...ruptureCount(level, { start: startLevel(level).start, choices: [...choices] }),
    questions: level.questions.map((q) => ({ question: tx(q), answer: '' })),
    seconds: 0,
    ...meta,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

// ---- resume data on the platform (cmi.suspend_data) --------------------------------------------

/** The suspend data's shape, version 1: short keys, ids only (texts come back from the content). */
interface SuspendWire {
  v: 1;
  /** Student name and number, when the attempt began, when it was finished. */
  n: string; o?: string; s: string; f?: string;
  /** When this record was saved (ms): the later of the platform's and the computer's has the level in play. */
  u?: number;
  /** Levels: id, choices [scenario, response, why, seconds after the level began], answers, seconds, began, finished, handed in, edited (ms). */
  l: { i: string; c: [string, string, string, number?][]; q: string[]; t: number; a?: string; b?: string; r?: string; e?: number }[];
  /** The level in play: id, mode, choices, step, seed, when it began, each choice's seconds after. */
  p: { i: string; m: string; c: ([string, string] | [string, string, number])[]; st: string; sd?: number; a?: string; t?: number[] } | null;
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
/** An ISO time as the game writes it, or undefined (anything else from a platform is not trusted). */
const iso = (x: unknown) => (typeof x === 'string' && x.length <= 40 && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(x) && !Number.isNaN(Date.parse(x)) ? x : undefined);
const count = (x: unknown, max: number) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.min(x, max) : 0);
const seconds = (from: string | undefined, at: string | undefined) => (from && at ? Math.max(0, Math.round((Date.parse(at) - Date.parse(from)) / 1000)) : -1);
const after = (from: string | undefined, s: unknown) => (from && typeof s === 'number' && Number.isFinite(s) && s >= 0 && s < 1e7 ? new Date(Date.parse(from) + s * 1000).toISOString() : '');
const STEPS_IN = ['intro', 'situation', 'choose', 'result', 'debrief'] as const;

/** The choices as the engine makes them, from [scenario, response] pairs (a repair moment is told by the level's own flow). */
function rebuild(level: LevelT, pairs: readonly unknown[]): Choice[] {
  let run: LevelRun = { level: level.id, start: startLevel(level).start, state: startLevel(level).start, choices: [] };
  for (const c of pairs.slice(0, 200)) {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string') throw new ChoiceError('not a choice');
    if (nextBeat(level, run.choices)?.scenario.id !== c[0]) throw new ChoiceError(`${c[0]} does not come next`);
    run = chooseById(level, run, c[1]).run;
  }
  return run.choices;
}

/** Resume data for a record and the level in play; reflections cut to `maxAnswer` characters. */
export function encodeSuspend(r: AssignmentRecord, ip: InPlay | null, maxAnswer: number): string {
  const cut = (s: string) => s.slice(0, maxAnswer);
  const wire: SuspendWire = {
    v: 1, n: r.student.name, o: r.student.number, s: r.startedAt, f: r.finishedAt, u: r.savedAt,
    l: r.levels.map((l) => ({
      i: l.id, c: l.choices.map((c) => [c.scenario, c.response, c.why ? cut(c.why) : '', seconds(l.startedAt, c.at)] as [string, string, string, number]),
      q: l.questions.map((q) => cut(q.answer)), t: l.seconds, a: l.startedAt, b: l.finishedAt, r: l.reflectedAt, e: l.editedAt,
    })),
    p: ip && r.assignment.levels.includes(ip.level)
      ? {
        i: ip.level, m: ip.mode, c: ip.choices.map((c) => (c.repair ? [c.scenario, c.response, 1] : [c.scenario, c.response])), st: ip.step, sd: ip.seed,
        ...(r.current?.level === ip.level ? { a: r.current.startedAt, t: r.current.at.map((at) => seconds(r.current!.startedAt, at)) } : {}),
      }
      : null,
  };
  return JSON.stringify(wire);
}

/**
 * Resume data read back, every value checked as input from outside: types, lengths, characters,
 * level ids of this assignment, choices that fit their level. A level that does not fit is left
 * out; data that is not ours at all gives null. `fallbackName` when the name is not usable text.
 */
export function decodeSuspend(raw: unknown, a: Assignment, levelOf: (id: string) => LevelT | undefined, fallbackName: string): { record: AssignmentRecord; inPlay: InPlay | null } | null {
  if (typeof raw !== 'string' || raw.length > 65_536) return null;
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObj(d) || d.v !== 1 || !Array.isArray(d.l)) return null;
  const levels: LevelRecord[] = [];
  for (const l of d.l.slice(0, MAX_LEVELS)) {
    if (!isObj(l) || typeof l.i !== 'string' || !a.levels.includes(l.i) || levels.some((x) => x.id === l.i)) continue;
    const level = levelOf(l.i);
    if (!level || !Array.isArray(l.c)) continue;
    try {
      const startedAt = iso(l.a);
      const choices = rebuild(level, l.c);
      const times = (l.c as unknown[][]).map((c) => after(startedAt, c[3]));
      const rec = levelRecord(level, choices, times, {
        seconds: Math.round(count(l.t, MAX_LEVEL_SECONDS * 4)), startedAt, finishedAt: iso(l.b), reflectedAt: iso(l.r),
        ...(typeof l.e === 'number' && Number.isFinite(l.e) ? { editedAt: l.e } : {}),
      });
      for (const k of ['startedAt', 'finishedAt', 'reflectedAt'] as const) if (rec[k] === undefined) delete rec[k];
      rec.choices.forEach((c, i) => {
        const why = cleanAnswer((l.c as unknown[][])[i][2]);
        if (why) c.why = why;
      });
      const answers = Array.isArray(l.q) ? l.q : [];
      rec.questions.forEach((q, i) => (q.answer = cleanAnswer(answers[i])));
      levels.push(rec);
    } catch (e) {
      if (!(e instanceof ChoiceError)) throw e;
    }
  }
  levels.sort((x, y) => a.levels.indexOf(x.id) - a.levels.indexOf(y.id));
  const number = cleanLine(d.o, MAX_NUMBER);
  const record: AssignmentRecord = {
    assignment: a, student: { name: cleanLine(d.n, MAX_NAME) || fallbackName, ...(number ? { number } : {}) }, lang: a.lang,
    startedAt: iso(d.s) ?? new Date().toISOString(), levels,
    ...(iso(d.f) ? { finishedAt: iso(d.f) } : {}),
    ...(typeof d.u === 'number' && Number.isFinite(d.u) ? { savedAt: d.u } : {}),
  };
  let inPlay: InPlay | null = null;
  const p = d.p;
  const level = isObj(p) && typeof p.i === 'string' && a.levels.includes(p.i) ? levelOf(p.i) : undefined;
  if (isObj(p) && level && Array.isArray(p.c)) {
    try {
      const choices = rebuild(level, p.c);
      const seed = typeof p.sd === 'number' && Number.isInteger(p.sd) && p.sd >= 0 && p.sd <= 0xffffffff ? p.sd : a.seed ?? seedFor(level.id);
      // the step the choices allow (as migrate.checkAgainst does for a local save): a result needs
      // a choice, a debrief a finished run, a new moment one still to come
      const done = nextBeat(level, choices) === null;
      let step = (STEPS_IN as readonly unknown[]).includes(p.st) ? (p.st as InPlay['step']) : 'intro';
      if (step === 'result' && !choices.length) step = 'intro';
      else if (step === 'debrief' && !done) step = choices.length ? 'result' : 'intro';
      else if ((step === 'intro' || step === 'situation' || step === 'choose') && done) step = 'result';
      inPlay = { level: level.id, mode: 'assignment', seed, start: startLevel(level).start, choices, step };
      const began = iso(p.a);
      if (began) record.current = { level: level.id, startedAt: began, at: (Array.isArray(p.t) ? p.t : []).slice(0, choices.length).map((x) => after(began, x)) };
    } catch (e) {
      if (!(e instanceof ChoiceError)) throw e;
    }
  }
  return { record, inPlay };
}

/** Same level, and one run's choices begin with the other's: the longer one is simply further. */
function furtherOf(x: InPlay, y: InPlay): InPlay | null {
  if (x.level !== y.level) return null;
  const [short, long] = x.choices.length <= y.choices.length ? [x, y] : [y, x];
  return short.choices.every((c, i) => long.choices[i].scenario === c.scenario && long.choices[i].response === c.response) ? long : null;
}

/** A record without a `current` of the wrong shape (it only times the level in play). */
function tidy(r: AssignmentRecord, a: Assignment): AssignmentRecord {
  const c = r.current as unknown;
  const ok = isObj(c) && typeof c.level === 'string' && typeof c.startedAt === 'string' && Array.isArray(c.at) && c.at.every((x) => typeof x === 'string');
  const { current: _c, ...rest } = r;
  return { ...(ok ? r : rest), assignment: a };
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
  private platformNewer = false;
  private listening = false;

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
    setLang(a.lang);
    this.record = await this.readStored();
    this.known = stampsOf(this.record);
    if (scorm) this.useScorm(scorm);
    else this.connectScorm();
    await this.reconcilePlatform();
    if (!this.listening) {
      this.listening = true;
      onOtherTabWrite((key) => void this.otherTabWrote(key));
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
    app.observe = null;
    app.sharedSeed = null;
    setLang(app.settings.lang);
    await app.useProgressKey(null);
  }

  // ---- the platform (SCORM 1.2) -----------------------------------------------------------

  private connectScorm() {
    if (this.scorm || typeof window === 'undefined') return;
    const api = findApi(window as never);
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
    if (typeof window !== 'undefined') window.addEventListener('pagehide', () => this.scorm?.finish(this.record ? totalSeconds(this.record) : 0, !!this.record?.finishedAt));
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
    const raw = this.scorm?.resumeData() ?? '';
    if (!raw || raw === this.lastSuspend) return;
    this.lastSuspend = raw;
    const got = decodeSuspend(raw, this.assignment!, (id) => app.level(id), this.platformName() || '?');
    if (!got) {
      console.warn('SCORM resume data could not be read; a copy is kept in this browser');
      await setAside(`${this.key()}:platform`, raw, 'damaged');
      return;
    }
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

  /** Write resume data, after merging anything the platform got since it was last read here. */
  private async suspend() {
    if (!this.scorm || !this.record) return;
    await this.reconcilePlatform();
    const data = fitSuspend((max) => encodeSuspend(this.record!, app.inPlay, max));
    if (!data) return;
    this.scorm.suspend(data);
    this.lastSuspend = data;
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
    this.record = { assignment: a, student: { name: cleanLine(name, MAX_NAME), ...(num ? { number: num } : {}) }, lang: a.lang, startedAt: new Date().toISOString(), levels: [] };
    await this.saveRecord();
  }

  /** Into the assignment's own progress; returns the scene to show next. */
  async enter(): Promise<{ scene: string; data?: object }> {
    app.sharedSeed = this.assignment!.seed ?? null;
    await app.useProgressKey(this.progressKey());
    app.observe = (e) => this.observed(e);
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
    const mine = app.inPlay;
    this.pendingInPlay = null;
    if (!this.platformNewer) {
      if (theirs && !mine) await app.setInPlay(theirs);
      return;
    }
    this.platformNewer = false;
    const further = theirs && mine ? furtherOf(mine, theirs) : null;
    if (further) {
      if (further !== mine) await app.setInPlay(further);
      return;
    }
    const finishedThere = (id: string) => this.record!.levels.some((l) => l.id === id && l.finishedAt);
    // the platform has nothing in play, and this computer's level was finished there: it is done
    if (!theirs && !(mine && finishedThere(mine.level))) return;
    if (mine && mine.choices.length && !this.record!.levels.some((l) => l.id === mine.level && l.reflectedAt)) {
      await setAside(this.progressKey(), structuredClone(app.progress), 'conflict');
    }
    await app.setInPlay(theirs);
  }

  /** Where the student is: a level in play, questions to answer, the next level, or done. */
  async route(): Promise<{ scene: string; data?: object }> {
    const r = this.record!;
    const ip = app.inPlay;
    // a level in play that is handed in already (on another computer, in another tab) is not played again
    if (ip && this.assignment!.levels.includes(ip.level) && !r.levels.some((l) => l.id === ip.level && l.reflectedAt)) {
      return { scene: ip.step === 'debrief' ? 'Debrief' : 'Scenario' };
    }
    const unanswered = r.levels.find((l) => l.finishedAt && !l.reflectedAt);
    if (unanswered) return { scene: 'Reflect', data: { level: unanswered.id } };
    const next = levelsLeft(r)[0];
    if (!next) {
      await this.complete();
      return { scene: 'AssignmentDone' };
    }
    await app.begin(next, 'assignment');
    r.current = { level: next, startedAt: new Date().toISOString(), at: [] };
    await this.saveRecord();
    return { scene: 'Scenario' };
  }

  private async observed(e: { type: 'choose' | 'finish'; level: string }) {
    const r = this.record;
    const ip = app.inPlay;
    if (!r || !ip || ip.mode === 'whatif' || !this.assignment!.levels.includes(e.level)) return;
    const now = new Date();
    if (!r.current || r.current.level !== e.level || ip.choices.length === 1) {
      r.current = { level: e.level, startedAt: r.current?.level === e.level ? r.current.startedAt : now.toISOString(), at: [] };
    }
    if (e.type === 'choose') {
      r.current.at = [...r.current.at.slice(0, ip.choices.length - 1), now.toISOString()];
      const c = ip.choices.at(-1)!;
      this.scorm?.recordChoice(e.level, c.scenario, c.response, now);
    } else {
      const level = app.level(e.level)!;
      const seconds = Math.min(MAX_LEVEL_SECONDS, (now.getTime() - Date.parse(r.current.startedAt)) / 1000);
      const rec = levelRecord(level, ip.choices, r.current.at, { startedAt: r.current.startedAt, finishedAt: now.toISOString(), seconds: Math.max(0, Math.round(seconds)), editedAt: now.getTime() });
      this.record = withLevel(r, rec);
      this.record.current = undefined;
      this.scorm?.progress('incomplete', this.score());
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
    if (this.onScreen?.level === levelId) this.onScreen.stamp = stampOf(next);
    // a draft counts its time too, from here on
    this.reflectStarted = handIn ? 0 : Date.now();
    await this.saveRecord();
  }

  /** 0-100: levels handed in, or how well each level's focus block stands (growth less cracks). */
  score(): number {
    const r = this.record!;
    const a = this.assignment!;
    if (a.score === 'focus') {
      const per = a.levels.map((id) => {
        const l = r.levels.find((x) => x.id === id);
        if (!l) return 0;
        const i = CHILD_BLOCKS.indexOf(l.focus as never);
        return Math.max(0, Math.min(1, l.end.growth[i] - l.end.cracks[i]));
      });
      return (100 * per.reduce((s, x) => s + x, 0)) / per.length;
    }
    return (100 * r.levels.filter((l) => l.reflectedAt).length) / a.levels.length;
  }

  private async complete() {
    const r = this.record!;
    if (!r.finishedAt) {
      r.finishedAt = new Date().toISOString();
      await this.saveRecord();
    }
    this.scorm?.progress('completed', this.score());
  }

  /**
   * Save the record, merged with what another tab stored meanwhile (its hand-ins and reflections
   * stay). Work of the other tab that does not win, or a stored record of another attempt, is set
   * aside first. Then the platform's resume data, compared in its turn.
   */
  private async saveRecord() {
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
    return reportHtml(this.handIn(), t, names, date);
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
export async function openFromLink(param: string): Promise<{ scene: string; data?: object }> {
  const d = decodeHere(param);
  if (!d.ok) {
    app.notices.push(linkErrorText(d.error));
    return { scene: 'Title' };
  }
  await assignmentPlay.open(d.assignment);
  return { scene: 'AssignmentStart' };
}

/** Hand a file to the browser to download. */
export function download(name: string, data: BlobPart, type: string) {
  const blob = new Blob([data], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 2000);
}
