// The results file a student hands in: JSON with a version and a SHA-256 checksum of its body.
// The checksum catches a file damaged on the way (cut off, garbled by a mail program); anyone who
// edits the body can compute a new one, so it is no proof against editing. Pure (Web Crypto only).
import { SCORE_MODES } from './assignment';
import type { AssignmentRecord } from './record';
import { scoreOf } from './score';

const RESULTS_FORMAT = 'bouwstenen-results';
/**
 * Version 2 (issue 19): every level has `attempts` (1 or more) and, when played more than once,
 * its `first` attempt beside the last; the record has `score` ({ mode, raw 0–100, status }) as the
 * platform gets it; the assignment's score mode is completion, model or reflection. Files of
 * version 1 are read and migrated to version 2 (parseResults).
 */
const RESULTS_VERSION = 2;
/** Versions this game reads: older ones are migrated. */
const READABLE_VERSIONS = [1, 2] as const;
/** A results file of a long assignment with long reflections stays well under this. */
export const MAX_RESULTS_BYTES = 2_000_000;

export interface ResultsFile {
  format: typeof RESULTS_FORMAT;
  version: number;
  checksum: string;
  results: AssignmentRecord;
  /** Read from a file of this older version and migrated (the checksum is of the body as it was written). */
  migratedFrom?: number;
}

/**
 * How much one file may hold, far past any real assignment (12 levels, a few dozen moments and
 * questions each): a file past these is refused with where, before the overview has to draw it.
 */
export const RESULTS_LIMITS = { levels: 12, choices: 200, questions: 20, text: 10_000, depth: 16 } as const;

export type ResultsError =
  | { code: 'tooBig'; bytes: number }
  | { code: 'tooDeep'; depth: number }
  | { code: 'tooMany'; field: string; max: number }
  | { code: 'unreadable'; why: string }
  | { code: 'slow'; seconds: number }
  | { code: 'notJson' }
  | { code: 'notResults' }
  | { code: 'otherVersion'; version: number }
  | { code: 'checksum' }
  | { code: 'fields'; field: string };

type Parsed = { ok: true; file: ResultsFile } | { ok: false; error: ResultsError };

/** JSON with keys in a fixed order, so the checksum does not depend on how a program wrote it. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    return `{${entries.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function buildResults(record: AssignmentRecord): Promise<string> {
  const results: AssignmentRecord = { ...record, levels: record.levels.map((l) => ({ ...l, attempts: l.attempts ?? 1 })), score: scoreOf(record) };
  const file: ResultsFile = { format: RESULTS_FORMAT, version: RESULTS_VERSION, checksum: await sha256(canonical(results)), results };
  return JSON.stringify(file, null, 1);
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStr = (x: unknown, max: number = RESULTS_LIMITS.text) => typeof x === 'string' && x.length <= max;

/**
 * How deep the JSON text nests, counted without parsing and without recursion, stopping as soon
 * as it passes `max` (a file of a million brackets must not reach JSON.parse or the checksum).
 */
export function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** The first list longer than the limits allow, or null. */
function tooMany(r: Record<string, unknown>): { field: string; max: number } | null {
  const L = RESULTS_LIMITS;
  const a = r.assignment as Record<string, unknown> | undefined;
  if (Array.isArray(a?.levels) && a.levels.length > L.levels) return { field: 'assignment.levels', max: L.levels };
  if (!Array.isArray(r.levels)) return null;
  if (r.levels.length > L.levels) return { field: 'levels', max: L.levels };
  for (const [i, l] of r.levels.entries()) {
    if (!isObj(l)) continue;
    if (Array.isArray(l.choices) && l.choices.length > L.choices) return { field: `levels[${i}].choices`, max: L.choices };
    if (Array.isArray(l.questions) && l.questions.length > L.questions) return { field: `levels[${i}].questions`, max: L.questions };
  }
  return null;
}
const isTower = (x: unknown) => isObj(x) && isNums(x.growth) && isNums(x.cracks) && isNums(x.strength) && Array.isArray(x.status) && x.status.every((s) => isStr(s, 40));
const badChoices = (x: unknown, at: string): string | null => {
  if (!Array.isArray(x)) return at;
  for (const [j, c] of x.entries()) {
    if (!isObj(c) || !isStr(c.scenario, 100) || !isStr(c.response, 100) || !isStr(c.setting) || !isStr(c.responseText) || !isStr(c.feedback) || !isStr(c.reaction)) return `${at}[${j}]`;
    if (c.why !== undefined && !isStr(c.why)) return `${at}[${j}].why`;
  }
  return null;
};
const isNums = (x: unknown) => Array.isArray(x) && x.length === 5 && x.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The first field that does not have the shape the overview relies on, or null. */
function badField(r: unknown): string | null {
  if (!isObj(r)) return 'results';
  if (!isObj(r.assignment) || !isStr(r.assignment.id, 40) || !Array.isArray(r.assignment.levels) || !r.assignment.levels.every((x) => isStr(x, 100))) return 'assignment';
  if (!isObj(r.student) || !isStr(r.student.name, 200) || !(r.student.number === undefined || isStr(r.student.number, 100))) return 'student';
  if (!isStr(r.startedAt, 40)) return 'startedAt';
  if (!Array.isArray(r.levels)) return 'levels';
  for (const [i, l] of r.levels.entries()) {
    if (!isObj(l) || !isStr(l.id, 100) || !isStr(l.title, 500)) return `levels[${i}]`;
    if (typeof l.seconds !== 'number' || !(l.seconds >= 0)) return `levels[${i}].seconds`;
    for (const k of ['startedAt', 'finishedAt', 'reflectedAt'] as const) if (l[k] !== undefined && !isStr(l[k], 40)) return `levels[${i}].${k}`;
    if (l.editedAt !== undefined && !(typeof l.editedAt === 'number' && Number.isFinite(l.editedAt))) return `levels[${i}].editedAt`;
    if (!isTower(l.end)) return `levels[${i}].end`;
    if (!isStr(l.focus, 40)) return `levels[${i}].focus`;
    const bad = badChoices(l.choices, `levels[${i}].choices`);
    if (bad) return bad;
    if (l.attempts !== undefined && !(Number.isInteger(l.attempts) && (l.attempts as number) >= 1 && (l.attempts as number) <= 10_000)) return `levels[${i}].attempts`;
    if (l.first !== undefined) {
      const f = l.first;
      if (!isObj(f) || !isTower(f.end) || typeof f.ruptures !== 'number' || typeof f.repairs !== 'number' || typeof f.seconds !== 'number' || !(f.seconds >= 0)) return `levels[${i}].first`;
      if (Array.isArray(f.choices) && f.choices.length > RESULTS_LIMITS.choices) return `levels[${i}].first.choices`;
      const badFirst = badChoices(f.choices, `levels[${i}].first.choices`);
      if (badFirst) return badFirst;
      for (const k of ['startedAt', 'finishedAt'] as const) if (f[k] !== undefined && !isStr(f[k], 40)) return `levels[${i}].first.${k}`;
    }
    if (!Array.isArray(l.questions) || !l.questions.every((q) => isObj(q) && isStr(q.question) && isStr(q.answer))) return `levels[${i}].questions`;
    if (typeof l.ruptures !== 'number' || typeof l.repairs !== 'number') return `levels[${i}].ruptures`;
  }
  const a = r.assignment;
  if (a.score !== undefined && !(SCORE_MODES as readonly unknown[]).includes(a.score)) return 'assignment.score';
  if (a.replays !== undefined && typeof a.replays !== 'boolean') return 'assignment.replays';
  if (r.score !== undefined) {
    const sc = r.score;
    if (
      !isObj(sc) ||
      !(SCORE_MODES as readonly unknown[]).includes(sc.mode) ||
      typeof sc.raw !== 'number' ||
      !(sc.raw >= 0 && sc.raw <= 100) ||
      !['incomplete', 'completed', 'passed'].includes(sc.status as string)
    )
      return 'score';
  }
  return null;
}

/**
 * A version 1 body as version 2: every level one attempt, the old focus score mode is the model
 * mode, and the score as the platform would get it now. Anything else is left as it was (checked
 * after this as any version 2 body is).
 */
function migrateResults(results: Record<string, unknown>, version: number): Record<string, unknown> {
  if (version >= 2) return results;
  const out: Record<string, unknown> = { ...results };
  if (isObj(out.assignment)) {
    const a = { ...out.assignment };
    if (a.score === 'focus') a.score = 'model';
    out.assignment = a;
  }
  if (Array.isArray(out.levels)) out.levels = out.levels.map((l) => (isObj(l) ? { ...l, attempts: 1 } : l));
  if (!badField(out)) out.score = scoreOf(out as unknown as AssignmentRecord);
  return out;
}

/** A record (stored in the browser, or read from a file) if it has the shape everything relies on. */
export const checkRecord = (r: unknown): AssignmentRecord | undefined => (badField(r) ? undefined : (r as AssignmentRecord));

/** A dropped file's text back to results; each way it can be wrong has its own error. */
export async function parseResults(text: string, bytes = text.length): Promise<Parsed> {
  const fail = (error: ResultsError): Parsed => ({ ok: false, error });
  if (bytes > MAX_RESULTS_BYTES) return fail({ code: 'tooBig', bytes });
  if (nestsDeeper(text, RESULTS_LIMITS.depth)) return fail({ code: 'tooDeep', depth: RESULTS_LIMITS.depth });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ code: 'notJson' });
  }
  if (!isObj(raw) || raw.format !== RESULTS_FORMAT) return fail({ code: 'notResults' });
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(raw.version)) return fail({ code: 'otherVersion', version: typeof raw.version === 'number' ? raw.version : NaN });
  if (typeof raw.checksum !== 'string' || !isObj(raw.results)) return fail({ code: 'checksum' });
  const many = tooMany(raw.results);
  if (many) return fail({ code: 'tooMany', ...many });
  if ((await sha256(canonical(raw.results))) !== raw.checksum) return fail({ code: 'checksum' });
  // the checksum is of the body as written; the migrated body is what the overview reads
  const results = migrateResults(raw.results, raw.version as number);
  const field = badField(results);
  if (field) return fail({ code: 'fields', field });
  return {
    ok: true,
    file: {
      ...(raw as unknown as ResultsFile),
      version: RESULTS_VERSION,
      results: results as unknown as AssignmentRecord,
      ...(raw.version !== RESULTS_VERSION ? { migratedFrom: raw.version as number } : {}),
    },
  };
}
