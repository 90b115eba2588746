// Playing an assignment: the student's name, the assigned levels one after the other, the
// reflections, the report and the results file; inside a learning platform, SCORM 1.2 as well
// (its calls in platform.ts, the resume data in resume.ts; one level's record in levelRecord.ts).
// The assignment's progress is saved under its own keys (`assignment:<id>` for this record,
// `assignment:<id>:progress` for the level in play), never in the player's own story. No Phaser.
import { CHILD_BLOCKS, type Choice } from '../model';
import { onOtherTabWrite, read, setAside, update, type AsideReason } from '../services/store';
import { caregiverName, childName, getLang, setLang, t } from '../services/i18n';
import { CAREGIVER_BLOCKS } from '../model';
import { DRAWN_DAMAGE } from '../model/look';
import { decodeAssignment, type Assignment, type LinkError } from '../trainer/assignment';
import { fileStem, nextAttempt, MAX_NUMBER, mergeRecords, sameAttempt, stampOf, stampsOf, withLevel, workLost, type AssignmentRecord } from '../trainer/record';
import { reportHtml } from '../trainer/report';
import { cleanLine, cleanName } from '../trainer/text';
import { buildResults, checkRecord } from '../trainer/results';
import { scoreOf } from '../trainer/score';
import type { ScormSession } from '../trainer/scorm';
import { answered, choiceResult, finishedLevel, MAX_LEVEL_SECONDS } from './levelRecord';
import { Platform } from './platform';
import { decodeResume } from './resume';
import { app } from './app';
import type { InPlay } from './saves';
import { routeFor, type Place } from './route';
import { failed } from '../services/failure';

function linkErrorText(e: LinkError): string {
  const params: Record<string, string | number> = {};
  if (e.code === 'unknownLevel') params.id = e.id;
  if (e.code === 'fields') params.field = e.field;
  if (e.code === 'newer') params.version = e.version;
  return t(`trainer.link.${e.code}`, params);
}

/** The link decoded against the levels this game has. */
const decodeHere = (param: string | null) =>
  decodeAssignment(
    param,
    app.content.levels.map((l) => l.id),
  );

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

class AssignmentPlay {
  assignment: Assignment | null = null;
  record: AssignmentRecord | null = null;
  /** The learning platform, when the assignment is played inside one. */
  scorm: Platform | null = null;
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
    if (this.scorm) return;
    const found = Platform.find(() => app.notices.push(t('trainer.platform.problem')));
    if (found) this.usePlatform(found);
  }

  /** Use this platform session (the tests hand one in); leaving the page finishes it. */
  useScorm(s: ScormSession) {
    this.usePlatform(new Platform(s));
  }

  private usePlatform(p: Platform) {
    this.scorm = p;
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
    const got = decodeResume(raw, this.assignment!, (id) => app.level(id), this.platformName() || '?');
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
    const data = this.scorm.writeResume(this.record, app.progress.inPlay, (id) => app.level(id));
    if (data) this.lastSuspend = data;
    // status and score with every save, from the first one on
    this.scorm.progress(this.score());
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
      this.scorm?.recordChoice(e.level, c, this.resultOf(e.level, c), now);
    } else {
      const rec = finishedLevel(app.level(e.level)!, ip.choices, r.current, now);
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
    const next = answered(l, answers, whys, { handIn, extraSeconds: extra, now: new Date() });
    if (theirs && workLost(l, next)) await setAside(this.key(), structuredClone(this.record!), 'conflict');
    this.record = withLevel(this.record!, next);
    if (handIn) this.scorm?.handedIn(next, this.record);
    if (this.onScreen?.level === levelId) this.onScreen.stamp = stampOf(next);
    // a draft counts its time too, from here on
    this.reflectStarted = handIn ? 0 : Date.now();
    await this.saveRecord();
  }

  /** A choice's result for the platform, when the trainer's score judges choices (the model). */
  private resultOf(levelId: string, c: Choice) {
    return this.assignment?.score === 'model' ? choiceResult(app.level(levelId), c) : undefined;
  }

  /** The score and status the platform gets, in the trainer's mode (src/trainer/score.ts). */
  score() {
    return scoreOf(this.record!);
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
