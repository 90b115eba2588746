// Playing an assignment: the student's name, the assigned levels one after the other, the
// reflections, the report and the results file; inside a learning platform, SCORM 1.2 as well.
// The assignment's progress is saved under its own keys (`assignment:<id>` for this record,
// `assignment:<id>:progress` for the level in play), never in the player's own story. No Phaser.
import type { LevelT, ResponseT, ScenarioT } from '../content/schema';
import { CHILD_BLOCKS, replay, responseOf, startLevel, statuses, type Choice } from '../model';
import { ruptureCount } from './session';
import { read, save } from '../services/store';
import { seedFor } from './seed';

/** A stored record if it passes its check (a damaged one reads as none: the student starts afresh). */
async function loadChecked<T>(key: string, check: (raw: unknown) => T | undefined): Promise<T | undefined> {
  const raw = await read(key);
  return raw === null || raw === undefined ? undefined : check(raw);
}
import { caregiverName, childName, getLang, setLang, t, tx } from '../services/i18n';
import { CAREGIVER_BLOCKS } from '../model';
import { ASSIGNMENT_META, decodeAssignment, type Assignment, type LinkError } from '../trainer/assignment';
import {
  cleanAnswer, cleanLine, fileStem, levelsLeft, MAX_NAME, MAX_NUMBER, totalSeconds, withLevel,
  type AssignmentRecord, type ChoiceRecord, type LevelRecord,
} from '../trainer/record';
import { reportHtml } from '../trainer/report';
import { buildResults } from '../trainer/results';
import { findApi, fitSuspend, ScormSession } from '../trainer/scorm';
import { app } from './app';

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

const isRecord = (x: unknown): AssignmentRecord | undefined => {
  const r = x as AssignmentRecord;
  return r && typeof r === 'object' && r.student && typeof r.student.name === 'string' && Array.isArray(r.levels) && r.assignment && typeof r.assignment.id === 'string' ? r : undefined;
};


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

class AssignmentPlay {
  assignment: Assignment | null = null;
  record: AssignmentRecord | null = null;
  scorm: ScormSession | null = null;
  private reflectStarted = 0;

  get active() {
    return !!this.assignment && app.assignmentKey !== null;
  }

  private key() {
    return `assignment:${this.assignment!.id}`;
  }

  /** Open an assignment from its link: its saved record if there is one; the platform if any. */
  async open(a: Assignment) {
    this.assignment = a;
    setLang(a.lang);
    this.record = (await loadChecked(this.key(), isRecord)) ?? null;
    this.connectScorm();
    if (!this.record) this.restoreFromScorm();
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
    if (this.scorm) return;
    const api = findApi(window as never);
    if (!api) return;
    const s = new ScormSession(api, (msg) => {
      console.warn(`SCORM: ${msg}`);
      app.notices.push(t('trainer.platform.problem'));
    });
    if (!s.initialize()) return;
    this.scorm = s;
    // leaving the page: say how long, keep resume data, finish the session
    window.addEventListener('pagehide', () => this.scorm?.finish(this.record ? totalSeconds(this.record) : 0, !!this.record?.finishedAt));
  }

  /** The name the platform knows, if any. */
  platformName() {
    return this.scorm?.studentName() ?? '';
  }

  platformNumber() {
    return this.scorm?.studentId() ?? '';
  }

  /** Resume data: ids only (texts come back from the content), answers cut to fit 4,096 characters. */
  private suspendData(maxAnswer: number): string {
    const r = this.record!;
    const cut = (s: string) => s.slice(0, maxAnswer);
    const ip = app.inPlay;
    return JSON.stringify({
      v: 1, n: r.student.name, o: r.student.number, s: r.startedAt, f: r.finishedAt,
      l: r.levels.map((l) => ({
        i: l.id, c: l.choices.map((c) => [c.scenario, c.response, c.why ? cut(c.why) : '']), q: l.questions.map((q) => cut(q.answer)),
        t: l.seconds, a: l.startedAt, b: l.finishedAt, r: l.reflectedAt,
      })),
      p: ip && this.assignment!.levels.includes(ip.level) ? { i: ip.level, m: ip.mode, c: ip.choices.map((c) => (c.repair ? [c.scenario, c.response, 1] : [c.scenario, c.response])), st: ip.step, sd: ip.seed } : null,
    });
  }

  private suspend() {
    if (!this.scorm || !this.record) return;
    const data = fitSuspend((max) => this.suspendData(max));
    if (data) this.scorm.suspend(data);
  }

  /** On another computer: the record and the level in play come back from the platform. */
  private restoreFromScorm() {
    const raw = this.scorm?.resumeData();
    if (!raw) return;
    try {
      const d = JSON.parse(raw) as {
        v: number; n: string; o?: string; s: string; f?: string;
        l: { i: string; c: [string, string, string][]; q: string[]; t: number; a?: string; b?: string; r?: string }[];
        p: { i: string; m: string; c: ([string, string] | [string, string, number])[]; st: string; sd?: number } | null;
      };
      if (d.v !== 1) return;
      const a = this.assignment!;
      const levels = d.l.map((l) => {
        const level = app.level(l.i)!;
        const rec = levelRecord(level, l.c.map(([scenario, response]) => ({ scenario, response })), [], { seconds: l.t, startedAt: l.a, finishedAt: l.b, reflectedAt: l.r });
        rec.choices.forEach((c, i) => { if (l.c[i][2]) c.why = l.c[i][2]; });
        rec.questions.forEach((q, i) => (q.answer = l.q[i] ?? ''));
        return rec;
      });
      this.record = { assignment: a, student: { name: d.n, number: d.o }, lang: a.lang, startedAt: d.s, finishedAt: d.f, levels };
      if (d.p && app.level(d.p.i)) {
        const level = app.level(d.p.i)!;
        const choices: Choice[] = d.p.c.map(([scenario, response, r]) => (r ? { scenario, response, repair: true } : { scenario, response }));
        replay(level, startLevel(level).start, choices);
        const seed = typeof d.p.sd === 'number' ? d.p.sd : a.seed ?? seedFor(level.id);
        this.pendingInPlay = { level: level.id, mode: 'assignment' as const, seed, start: startLevel(level).start, choices, step: d.p.st as 'intro' };
      }
    } catch (e) {
      console.warn('SCORM resume data could not be read', e);
      this.record = null;
    }
  }

  private pendingInPlay: NonNullable<typeof app.progress.inPlay> | null = null;

  /**
   * Another student on the same computer: the first one's record and progress are kept under
   * other keys (nothing is deleted) and the assignment starts afresh.
   */
  async setAside() {
    if (!this.record) return;
    const stamp = new Date().toISOString().replace(/[^0-9]/g, '').slice(0, 14);
    const progress = await read(`${this.key()}:progress`);
    await save(`${this.key()}:set-aside:${stamp}`, { record: this.record, progress: progress ?? null });
    await save(`${this.key()}:progress`, null);
    await save(this.key(), null);
    this.record = null;
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
    await app.useProgressKey(`${this.key()}:progress`);
    app.observe = (e) => this.observed(e);
    if (this.pendingInPlay && !app.inPlay) {
      app.progress.inPlay = this.pendingInPlay;
      this.pendingInPlay = null;
    }
    return this.route();
  }

  /** Where the student is: a level in play, questions to answer, the next level, or done. */
  async route(): Promise<{ scene: string; data?: object }> {
    const r = this.record!;
    const ip = app.inPlay;
    if (ip && this.assignment!.levels.includes(ip.level)) {
      const done = r.levels.find((l) => l.id === ip.level)?.reflectedAt;
      if (!(ip.step === 'debrief' && done)) return { scene: ip.step === 'debrief' ? 'Debrief' : 'Scenario' };
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
      const rec = levelRecord(level, ip.choices, r.current.at, { startedAt: r.current.startedAt, finishedAt: now.toISOString(), seconds: Math.max(0, Math.round(seconds)) });
      this.record = withLevel(r, rec);
      this.record.current = undefined;
      this.scorm?.progress('incomplete', this.score());
    }
    await this.saveRecord();
  }

  levelRecordOf(id: string) {
    return this.record?.levels.find((l) => l.id === id);
  }

  beginReflect() {
    this.reflectStarted = Date.now();
  }

  /** The answers to a level's questions and the "why" of chosen moments; the level is handed in. */
  async reflect(levelId: string, answers: string[], whys: Record<number, string>, handIn = true) {
    const l = this.levelRecordOf(levelId)!;
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
    };
    this.record = withLevel(this.record!, next);
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

  private async saveRecord() {
    await save(this.key(), this.record);
    this.suspend();
  }

  // ---- what the student hands in -------------------------------------------------------------

  reportHtml(date = new Date()) {
    const names = (kind: 'child' | 'caregiver', i: number) => (kind === 'child' ? childName(CHILD_BLOCKS[i]) : caregiverName(CAREGIVER_BLOCKS[i]));
    return reportHtml(this.handIn(), t, names, date);
  }

  private handIn(): AssignmentRecord {
    const { current: _c, ...r } = this.record!;
    return { ...r, lang: getLang() };
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
