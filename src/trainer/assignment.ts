// An assignment as a link: `?a=1.<base64url JSON>.<check>`. The version comes first so a newer
// game's link is recognised as such; the short check catches a truncated or hand-edited link
// before its content is trusted. Pure: no DOM, no Phaser.
import { isLang, type Lang } from '../content/langs';
import { fnv1a } from './hash';

const ASSIGNMENT_VERSION = 1;
/** Longest link parameter accepted: QR codes and chat apps stay reliable well below 2,000. */
export const MAX_PARAM = 1600;
export const MAX_NOTE = 400;
const MAX_LEVELS = 12;
/** index.html inside a SCORM package carries the assignment in a meta tag of this name. */
export const ASSIGNMENT_META = 'bouwstenen-assignment';

/** What a SCORM package reports as score (src/trainer/score.ts); links from before version 2 said 'f' for model. */
export type ScoreMode = 'completion' | 'model' | 'reflection';
export const SCORE_MODES: readonly ScoreMode[] = ['completion', 'model', 'reflection'];

export interface Assignment {
  /** Stable id of this assignment: its progress is saved under `assignment:<id>`. */
  id: string;
  levels: string[];
  lang: Lang;
  note?: string;
  /** Due date, YYYY-MM-DD. */
  due?: string;
  whatIf: boolean;
  /** One shared seed for the class (same response order for all), or none. */
  seed?: number;
  /** What a SCORM package reports as score: completion, the model (focus blocks), or reflection. */
  score?: ScoreMode;
  /** Students may play a level again before handing it in (a new attempt; first and last are kept). */
  replays?: boolean;
}

export type LinkError =
  | { code: 'empty' }
  | { code: 'tooLong'; length: number }
  | { code: 'format' }
  | { code: 'newer'; version: number }
  | { code: 'damaged' }
  | { code: 'fields'; field: string }
  | { code: 'unknownLevel'; id: string };

type Decoded = { ok: true; assignment: Assignment } | { ok: false; error: LinkError };

// ---- base64url of UTF-8 text, without padding -------------------------------------------

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** FNV-1a, 32 bits, in base 36: enough to notice a changed or cut-off link (not a security measure). */
export const check = (text: string): string => fnv1a(text).toString(36);

// ---- compact keys in the link ------------------------------------------------------------

interface Wire {
  i: string;
  l: string[];
  g: string;
  n?: string;
  d?: string;
  w?: 0 | 1;
  s?: number;
  /** Score: model ('m', or 'f' in older links) or reflection ('r'); completion when absent. */
  c?: 'f' | 'm' | 'r';
  /** Replays allowed (1) or not (0); older links: as what-if. */
  x?: 0 | 1;
}

export function encodeAssignment(a: Assignment): string {
  const w: Wire = { i: a.id, l: a.levels, g: a.lang };
  if (a.note?.trim()) w.n = a.note.trim().slice(0, MAX_NOTE);
  if (a.due) w.d = a.due;
  if (a.whatIf) w.w = 1;
  if (a.seed !== undefined) w.s = a.seed;
  if (a.score === 'model') w.c = 'm';
  if (a.score === 'reflection') w.c = 'r';
  if (a.replays !== undefined) w.x = a.replays ? 1 : 0;
  const json = JSON.stringify(w);
  return `${ASSIGNMENT_VERSION}.${toBase64Url(json)}.${check(json)}`;
}

/** The link parameter back to an assignment; every way it can be wrong has its own error. */
export function decodeAssignment(param: string | null | undefined, knownLevels: readonly string[]): Decoded {
  const fail = (error: LinkError): Decoded => ({ ok: false, error });
  const p = (param ?? '').trim();
  if (!p) return fail({ code: 'empty' });
  if (p.length > MAX_PARAM) return fail({ code: 'tooLong', length: p.length });
  const m = /^(\d+)\.([^.]*)(?:\.([0-9a-z]*))?$/.exec(p);
  if (!m) return fail({ code: 'format' });
  const version = Number(m[1]);
  if (version > ASSIGNMENT_VERSION) return fail({ code: 'newer', version });
  if (version < 1) return fail({ code: 'format' });
  let json: string;
  let raw: unknown;
  try {
    json = fromBase64Url(m[2]);
    if (m[3] === undefined || m[3] !== check(json)) return fail({ code: 'damaged' });
    raw = JSON.parse(json);
  } catch {
    return fail({ code: 'damaged' });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail({ code: 'fields', field: 'assignment' });
  const w = raw as Record<string, unknown>;
  if (typeof w.i !== 'string' || !/^[a-z0-9]{4,16}$/.test(w.i)) return fail({ code: 'fields', field: 'id' });
  if (!Array.isArray(w.l) || w.l.length < 1 || w.l.length > MAX_LEVELS || !w.l.every((x) => typeof x === 'string')) return fail({ code: 'fields', field: 'levels' });
  if (new Set(w.l).size !== w.l.length) return fail({ code: 'fields', field: 'levels' });
  if (!isLang(w.g)) return fail({ code: 'fields', field: 'lang' });
  if (w.n !== undefined && (typeof w.n !== 'string' || w.n.length > MAX_NOTE)) return fail({ code: 'fields', field: 'note' });
  if (w.d !== undefined && (typeof w.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(w.d) || Number.isNaN(Date.parse(w.d)))) return fail({ code: 'fields', field: 'due' });
  if (w.w !== undefined && w.w !== 0 && w.w !== 1) return fail({ code: 'fields', field: 'whatIf' });
  if (w.s !== undefined && (typeof w.s !== 'number' || !Number.isInteger(w.s) || w.s < 0 || w.s > 0xffffffff)) return fail({ code: 'fields', field: 'seed' });
  if (w.c !== undefined && w.c !== 'f' && w.c !== 'm' && w.c !== 'r') return fail({ code: 'fields', field: 'score' });
  if (w.x !== undefined && w.x !== 0 && w.x !== 1) return fail({ code: 'fields', field: 'replays' });
  const unknown = (w.l as string[]).find((id) => !knownLevels.includes(id));
  if (unknown !== undefined) return fail({ code: 'unknownLevel', id: unknown.slice(0, 60) });
  const a: Assignment = {
    id: w.i,
    levels: w.l as string[],
    lang: w.g,
    whatIf: w.w === 1,
    score: w.c === 'f' || w.c === 'm' ? 'model' : w.c === 'r' ? 'reflection' : 'completion',
    replays: w.x === undefined ? w.w === 1 : w.x === 1,
  };
  if (w.n) a.note = w.n as string;
  if (w.d) a.due = w.d as string;
  if (w.s !== undefined) a.seed = w.s as number;
  return { ok: true, assignment: a };
}

/** The whole link: the game's own address with only the assignment (and its language) in it. */
export function assignmentUrl(base: string, a: Assignment): string {
  const url = new URL(base);
  url.search = `?a=${encodeAssignment(a)}`;
  url.hash = '';
  return url.toString();
}
