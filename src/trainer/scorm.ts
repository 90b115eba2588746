// The game's side of SCORM 1.2: find the platform's `API` object in the window's parent or opener
// chain, then report as the student plays. Every call is guarded: a missing API, one that throws
// or one that refuses a call (returns "false") never stops the game; problems are collected and
// said once. Pure apart from the window it is given.

import { MAX_NUMBER } from './record';
import { cleanLine, cleanName } from './text';

export const SUSPEND_LIMIT = 4096;
/** The longest value read from a platform: far past SCORM 1.2's own limits (4,096 for resume data); longer is not trusted at all. */
const MAX_VALUE = 65_536;

/** The SCORM 1.2 runtime API as the platform provides it. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString?(code: string | number): string;
}

interface WinLike {
  API?: unknown;
  parent?: WinLike | null;
  opener?: WinLike | null;
}

const isApi = (x: unknown): x is Scorm12Api => !!x && typeof (x as Scorm12Api).LMSInitialize === 'function' && typeof (x as Scorm12Api).LMSSetValue === 'function';

/** The usual search: up the parents (at most 10), then the same from the opener. */
export function findApi(win: WinLike | null | undefined): Scorm12Api | null {
  const climb = (w: WinLike | null | undefined): Scorm12Api | null => {
    for (let i = 0; w && i < 10; i++) {
      try {
        if (isApi(w.API)) return w.API;
        if (!w.parent || w.parent === w) break;
        w = w.parent;
      } catch {
        // a parent from another origin cannot be read: the search ends there
        break;
      }
    }
    return null;
  };
  try {
    return climb(win) ?? climb(win?.opener ?? null);
  } catch {
    return null;
  }
}

/** SCORM 1.2 time: HH:MM:SS for interactions, HHHH:MM:SS.SS for a session's length. */
const clockTime = (d: Date) => d.toTimeString().slice(0, 8);
export function sessionTime(seconds: number): string {
  const cs = Math.max(0, Math.round(seconds * 100));
  const s = Math.floor(cs / 100);
  const h = Math.min(9999, Math.floor(s / 3600));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}.${two(cs % 100)}`;
}

/** An identifier as SCORM 1.2 accepts it (CMIIdentifier: no spaces, at most 255 characters). */
const cmiId = (s: string) => s.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 255);
/** CMIFeedback and CMIString256: at most 255 characters. */
const FEEDBACK_MAX = 255;
/** cmi.comments: CMIString4096. */
const COMMENTS_MAX = 4096;
/** A gap without any activity longer than this counts only this long: a tab left open is not study time. */
export const IDLE_SECONDS = 10 * 60;

/** One choice as the platform gets it: the moment, the answer, whether it was a repair moment, the result. */
interface ChoiceReport {
  level: string;
  scenario: string;
  response: string;
  /** The answer was given in the scenario's repair moment. */
  inRepair: boolean;
  /** correct / wrong / neutral, when the trainer chose a score that judges choices. */
  result?: 'correct' | 'wrong' | 'neutral';
}

export class ScormSession {
  private api: Scorm12Api | null;
  private started = false;
  private finished = false;
  private interactions = 0;
  /** This session's activity, for session_time: when it began, the last moment something happened, the time counted so far. */
  private lastActive = 0;
  private activeSeconds = 0;
  private now: () => number;
  /** What went wrong, for one calm message; the game goes on. */
  readonly problems: string[] = [];
  private onProblem: (msg: string) => void;

  constructor(api: Scorm12Api | null, onProblem: (msg: string) => void = () => {}, now: () => number = Date.now) {
    this.api = api;
    this.onProblem = onProblem;
    this.now = now;
  }

  /**
   * Something happened (a choice, a screen, typing): the time since the last activity counts as
   * this session's, up to IDLE_SECONDS per gap.
   */
  touch() {
    const t = this.now();
    if (this.lastActive) this.activeSeconds += Math.min(IDLE_SECONDS, Math.max(0, (t - this.lastActive) / 1000));
    this.lastActive = t;
  }

  /** This session's time so far, in seconds (what session_time gets at the end). */
  sessionSeconds() {
    return this.activeSeconds;
  }

  get active() {
    return !!this.api && this.started && !this.finished;
  }

  private call(what: string, f: (api: Scorm12Api) => string): string | null {
    if (!this.api) return null;
    try {
      const r = f(this.api);
      if (r === 'false' || (r as unknown) === false) {
        let code: string | number = '';
        try {
          code = this.api.LMSGetLastError();
        } catch {
          // no error code either
        }
        this.problem(`${what} refused (${code})`);
        return null;
      }
      return r;
    } catch (e) {
      this.problem(`${what} threw: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  private problem(msg: string) {
    this.problems.push(msg);
    if (this.problems.length === 1) this.onProblem(msg);
  }

  /** Start the session; false when there is no platform or it refused. */
  initialize(): boolean {
    if (!this.api || this.started) return this.started;
    this.started = this.call('LMSInitialize', (a) => a.LMSInitialize('')) !== null;
    if (!this.started) {
      this.api = null;
      return false;
    }
    this.lastActive = this.now();
    const n = Number(this.get('cmi.interactions._count'));
    this.interactions = Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
    return true;
  }

  /**
   * A value from the platform, as untrusted input: text as it is (up to MAX_VALUE), a plain
   * number as its digits (some platforms give a numeric student id); anything else (an object,
   * null, a boolean, text far too long) counts as no value.
   */
  get(key: string): string {
    if (!this.active) return '';
    const r: unknown = this.call(`LMSGetValue(${key})`, (a) => a.LMSGetValue(key));
    if (typeof r === 'string') return r.length <= MAX_VALUE ? r : '';
    if (typeof r === 'number' && Number.isFinite(r)) return String(r);
    return '';
  }

  set(key: string, value: string): boolean {
    if (!this.active) return false;
    return this.call(`LMSSetValue(${key})`, (a) => a.LMSSetValue(key, value)) !== null;
  }

  commit() {
    if (this.active) this.call('LMSCommit', (a) => a.LMSCommit(''));
  }

  /** "Lastname, Firstname" as most platforms give it, turned round for the game. */
  studentName(): string {
    const raw = cleanLine(this.get('cmi.core.student_name'), 200);
    const m = /^([^,]+),\s*(.+)$/.exec(raw);
    return cleanName(m ? `${m[2]} ${m[1]}` : raw, 'student');
  }

  studentId(): string {
    return cleanLine(this.get('cmi.core.student_id'), MAX_NUMBER);
  }

  /**
   * One interaction per choice: id `<level>.<scenario>` (with `.repair` for its repair moment), the
   * response as the answer, when, and the result where the trainer's score judges choices.
   */
  recordChoice(c: ChoiceReport, at: Date) {
    if (!this.active) return;
    this.touch();
    const n = this.interactions++;
    this.set(`cmi.interactions.${n}.id`, cmiId(`${c.level}.${c.scenario}${c.inRepair ? '.repair' : ''}`));
    this.set(`cmi.interactions.${n}.type`, 'choice');
    this.set(`cmi.interactions.${n}.student_response`, cmiId(c.response));
    if (c.result) this.set(`cmi.interactions.${n}.result`, c.result);
    this.set(`cmi.interactions.${n}.time`, clockTime(at));
    this.commit();
  }

  /**
   * Written answers as fill-in interactions (id `<level>.q<n>` for a question, `<level>.<scenario>.why`
   * for a why), so they show in the platform's interaction report: up to 255 characters each (the
   * whole text is in cmi.comments and the report).
   */
  recordTexts(texts: readonly { id: string; text: string }[], at: Date) {
    if (!this.active) return;
    this.touch();
    for (const x of texts) {
      const n = this.interactions++;
      this.set(`cmi.interactions.${n}.id`, cmiId(x.id));
      this.set(`cmi.interactions.${n}.type`, 'fill-in');
      this.set(`cmi.interactions.${n}.student_response`, fitText(x.text, FEEDBACK_MAX));
      this.set(`cmi.interactions.${n}.time`, clockTime(at));
    }
    this.commit();
  }

  /** The reflections and whys as one text (at most 4,096 characters), for the platform's reports. */
  comments(text: string) {
    if (!this.active) return;
    this.set('cmi.comments', fitText(text, COMMENTS_MAX));
    this.commit();
  }

  /** Resume data, cut to the limit by the caller's own shortening. */
  suspend(data: string) {
    if (data.length > SUSPEND_LIMIT) {
      this.problem(`suspend_data too long (${data.length})`);
      return;
    }
    this.set('cmi.suspend_data', data);
    this.commit();
  }

  resumeData(): string {
    return this.get('cmi.suspend_data');
  }

  /**
   * Status and score, from the first commit on: incomplete until every level is handed in (with
   * the score so far), then completed or passed. Never "failed": the score says how it stood.
   */
  progress(status: 'incomplete' | 'completed' | 'passed', score: number) {
    if (!this.active) return;
    this.touch();
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(Math.round(Math.max(0, Math.min(100, score)))));
    this.set('cmi.core.lesson_status', status);
    this.commit();
  }

  /** Leaving: this session's time (not the running total), suspend so the student can come back, commit and finish. */
  finish(completed: boolean) {
    if (!this.active) return;
    this.touch();
    this.set('cmi.core.session_time', sessionTime(this.activeSeconds));
    this.set('cmi.core.exit', completed ? '' : 'suspend');
    this.commit();
    this.call('LMSFinish', (a) => a.LMSFinish(''));
    this.finished = true;
  }
}

/** Text cut to `max` characters, with an ellipsis when cut. */
function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  // lengths as the platform counts them (UTF-16), never half a character
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/**
 * Resume data within SCORM 1.2's 4,096 characters: the progress first; reflections are cut
 * shorter and shorter until everything fits (the full text stays in the browser's own save).
 */
export function fitSuspend(make: (maxAnswer: number) => string, limit = SUSPEND_LIMIT): string | null {
  for (const max of [4000, 1000, 400, 150, 50, 0]) {
    const s = make(max);
    if (s.length <= limit) return s;
  }
  return null;
}
