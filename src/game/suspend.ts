// Resume data on a learning platform (cmi.suspend_data, at most 4,096 characters): an assignment
// record and the level in play, written so that another computer can replay every level exactly.
// Version 2, compact: a level's run is one letter per answer (the response's place in its beat,
// a–z in a moment, A–Z in its repair moment, so the repair flag is stored and checked against the
// level's flow), times in base 36, reflections in full while they fit. Every value read back is
// checked (a valibot schema, then the run against the level): data that is not ours, from a newer
// game or damaged gives a reason, never a guess; a level that does not fit is named, not dropped
// silently. Version 1 (JSON with ids) is still read. Pure: no DOM, no storage, no clock.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import { beatResponses, nextBeat, type Choice, type LevelLike } from '../model/level';
import { fnv1a } from '../trainer/hash';

const SUSPEND_VERSION = 2;
/** Steps of the level in play a resume can open at. */
export const STEPS = ['intro', 'situation', 'choose', 'result', 'debrief'] as const;
type Step = (typeof STEPS)[number];

/** One level of the record: what it takes to rebuild it (texts come back from the content). */
export interface SuspendLevel {
  id: string;
  choices: Choice[];
  /** Seconds after the level began for each choice; null when not known. */
  at: (number | null)[];
  /** The "why" of each choice ('' for none). */
  whys: string[];
  /** The answers to the level's questions, in order. */
  answers: string[];
  seconds: number;
  startedAt?: string;
  finishedAt?: string;
  reflectedAt?: string;
  editedAt?: number;
  /** Times played to the end (a replay is a new attempt). */
  attempts: number;
  /** The first attempt, when there was more than one. */
  first?: { choices: Choice[]; seconds: number; startedAt?: string; finishedAt?: string };
}

interface SuspendInPlay {
  level: string;
  choices: Choice[];
  step: Step;
  seed?: number;
  startedAt?: string;
  /** Seconds after startedAt for each choice. */
  at: number[];
}

export interface SuspendState {
  name: string;
  number?: string;
  startedAt: string;
  finishedAt?: string;
  savedAt?: number;
  levels: SuspendLevel[];
  inPlay: SuspendInPlay | null;
}

export type SuspendError = 'notOurs' | 'newer' | 'damaged';
type SuspendDecoded = { ok: true; state: SuspendState /** Levels in the data that do not fit this game's levels (kept out, named). */; unreadable: string[] } | { ok: false; error: SuspendError };

type Shapes = (id: string) => LevelLike | undefined;

// ---- small encodings ------------------------------------------------------------------------

/** An ISO time as the game writes it (toISOString) in base 36 of its milliseconds: exact both ways. */
const timeOut = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? Date.parse(iso).toString(36) : undefined);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
function timeIn(x: unknown): string | undefined {
  if (typeof x !== 'string' || !/^[0-9a-z]{1,10}$/.test(x)) return undefined;
  const ms = parseInt(x, 36);
  // 2000 to 2200: anything else is not a time this game wrote
  return ms >= 946_684_800_000 && ms <= 7_258_118_400_000 ? new Date(ms).toISOString() : undefined;
}
/** Times the game did not write as toISOString (older records) are kept as they are, if they are times. */
const anyTimeOut = (iso: string | undefined) => (iso && ISO.test(iso) ? timeOut(iso) : iso);
const anyTimeIn = (x: unknown) => (typeof x === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(x) && x.length <= 40 && !Number.isNaN(Date.parse(x)) ? x : timeIn(x));

/** A level's shape in a few characters: changed content (other ids or order) is noticed, not misread. */
export function fingerprint(level: LevelLike): string {
  const text = level.scenarios
    .map((s) => `${s.id}:${s.responses.map((r) => r.id).join(',')}|${s.repair ? `${s.repair.after.join(',')}:${s.repair.responses.map((r) => r.id).join(',')}` : ''}`)
    .join(';');
  return fnv1a(text).toString(36);
}

class RunError extends Error {}

/** A run as letters: the response's place in its beat, a–z in a moment, A–Z in a repair moment. */
export function runOut(level: LevelLike, choices: readonly Choice[]): string {
  let out = '';
  const done: Choice[] = [];
  for (const c of choices) {
    const beat = nextBeat(level, done);
    if (!beat || beat.scenario.id !== c.scenario || (beat.kind === 'repair') !== !!c.repair) throw new RunError(`${c.scenario} does not come next in ${level.id}`);
    const i = beatResponses(beat).findIndex((r) => r.id === c.response);
    if (i < 0 || i > 25) throw new RunError(`${c.response} is not an answer of ${c.scenario}`);
    out += String.fromCharCode((beat.kind === 'repair' ? 65 : 97) + i);
    done.push(c);
  }
  return out;
}

/** Letters back to choices, each checked against the level's flow (a repair letter only in a repair moment). */
export function runIn(level: LevelLike, code: string): Choice[] {
  const choices: Choice[] = [];
  for (const ch of code) {
    const beat = nextBeat(level, choices);
    if (!beat) throw new RunError('more answers than moments');
    const k = ch.charCodeAt(0);
    const repair = k >= 65 && k <= 90;
    if (!repair && !(k >= 97 && k <= 122)) throw new RunError(`not an answer: ${ch}`);
    if (repair !== (beat.kind === 'repair')) throw new RunError(`a ${repair ? 'repair' : 'moment'} answer where the level has ${beat.kind === 'repair' ? 'a repair moment' : 'a moment'}`);
    const r = beatResponses(beat)[k - (repair ? 65 : 97)];
    if (!r) throw new RunError(`no answer ${ch} in ${beat.scenario.id}`);
    choices.push(repair ? { scenario: beat.scenario.id, response: r.id, repair: true } : { scenario: beat.scenario.id, response: r.id });
  }
  return choices;
}

// ---- the wire (version 2) -------------------------------------------------------------------

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Secs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e7));
const Code = v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-zA-Z]*$/));
const Stamp = v.pipe(v.string(), v.maxLength(40));
const Id = v.pipe(v.string(), v.maxLength(100));

const LevelWire = v.object({
  i: Id,
  /** fingerprint of the level's content */
  k: v.pipe(v.string(), v.maxLength(10)),
  c: Code,
  /** seconds after the level began, per choice (-1: not known) */
  t: v.optional(v.array(v.pipe(v.number(), v.finite(), v.minValue(-1), v.maxValue(1e7))), []),
  /** whys: [choice index, text] */
  w: v.optional(v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(199)), Text(4000)])), []),
  q: v.optional(v.array(Text(4000)), []),
  s: Secs,
  a: v.optional(Stamp),
  b: v.optional(Stamp),
  r: v.optional(Stamp),
  e: v.optional(v.pipe(v.number(), v.finite())),
  n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)), 1),
  /** the first attempt: run, seconds, began, finished */
  f: v.optional(v.tuple([Code, Secs, v.nullish(Stamp), v.nullish(Stamp)])),
});

const Wire = v.object({
  v: v.literal(2),
  n: Text(200),
  o: v.optional(Text(100)),
  s: Stamp,
  f: v.optional(Stamp),
  u: v.optional(v.pipe(v.number(), v.finite())),
  l: v.pipe(v.array(v.unknown()), v.maxLength(12)),
  p: v.nullable(
    v.object({
      i: Id,
      k: v.pipe(v.string(), v.maxLength(10)),
      c: Code,
      st: v.picklist(STEPS),
      sd: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))),
      a: v.optional(Stamp),
      t: v.optional(v.array(Secs), []),
    }),
  ),
});

/**
 * The state as resume data; reflections (answers, whys) cut to `maxAnswer` characters (the caller
 * tries shorter and shorter until it fits). A level the shapes do not know, or whose run does not
 * fit it, throws: the game only writes what it can read back.
 */
export function encodeSuspend(state: SuspendState, shapes: Shapes, maxAnswer: number, limit = 4096): string {
  const json = encodeJson(state, shapes, maxAnswer);
  if (json.length <= limit) return json;
  // too long as it is: deflated, in base 64 (letters a platform keeps as they are)
  const packed = PACKED + toBase64(deflateSync(strToU8(json), { level: 9 }));
  return packed.length < json.length ? packed : json;
}

/** Deflated resume data starts with this (no JSON does). */
const PACKED = 'Z2:';
const toBase64 = (b: Uint8Array) => {
  let bin = '';
  for (const x of b) bin += String.fromCharCode(x);
  return btoa(bin);
};
function unpack(raw: string): string | null {
  try {
    const bin = atob(raw.slice(PACKED.length));
    const text = strFromU8(
      inflateSync(
        Uint8Array.from(bin, (c) => c.charCodeAt(0)),
        { out: undefined },
      ),
    );
    return text.length <= 65_536 ? text : null;
  } catch {
    return null;
  }
}

function encodeJson(state: SuspendState, shapes: Shapes, maxAnswer: number): string {
  const cut = (s: string) => s.slice(0, maxAnswer);
  const shape = (id: string) => {
    const l = shapes(id);
    if (!l) throw new RunError(`unknown level ${id}`);
    return l;
  };
  const levels = state.levels.map((l) => {
    const level = shape(l.id);
    const whys = l.whys.map((w, i) => [i, cut(w)] as [number, string]).filter(([, w]) => w);
    const answers = l.answers.map(cut);
    while (answers.length && !answers.at(-1)) answers.pop();
    return {
      i: l.id,
      k: fingerprint(level),
      c: runOut(level, l.choices),
      ...(l.at.some((x) => x !== null) ? { t: l.at.map((x) => (x === null ? -1 : Math.round(x))) } : {}),
      ...(whys.length ? { w: whys } : {}),
      ...(answers.length ? { q: answers } : {}),
      s: Math.round(l.seconds),
      a: anyTimeOut(l.startedAt),
      b: anyTimeOut(l.finishedAt),
      r: anyTimeOut(l.reflectedAt),
      e: l.editedAt,
      ...(l.attempts > 1 ? { n: l.attempts } : {}),
      ...(l.first ? { f: [runOut(level, l.first.choices), Math.round(l.first.seconds), anyTimeOut(l.first.startedAt), anyTimeOut(l.first.finishedAt)] } : {}),
    };
  });
  const p = state.inPlay;
  const wire = {
    v: SUSPEND_VERSION,
    n: state.name,
    o: state.number,
    s: anyTimeOut(state.startedAt),
    f: anyTimeOut(state.finishedAt),
    u: state.savedAt,
    l: levels,
    p: p
      ? {
          i: p.level,
          k: fingerprint(shape(p.level)),
          c: runOut(shape(p.level), p.choices),
          st: p.step,
          sd: p.seed,
          a: anyTimeOut(p.startedAt),
          ...(p.at.length ? { t: p.at.map((x) => Math.round(x)) } : {}),
        }
      : null,
  };
  return JSON.stringify(wire);
}

/**
 * Resume data back to a state, every value checked: the shape (schema), each level against this
 * game's levels of the assignment (`allowed`) and its flow. A level that does not fit is named
 * in `unreadable`; data that is not ours at all, or from a newer game, or damaged, is an error.
 */
export function decodeSuspend(raw: unknown, shapes: Shapes, allowed: readonly string[]): SuspendDecoded {
  if (typeof raw !== 'string' || raw.length > 65_536) return { ok: false, error: 'damaged' };
  let json: string = raw;
  if (raw.startsWith(PACKED)) {
    const text = unpack(raw);
    if (text === null || text.startsWith(PACKED)) return { ok: false, error: 'damaged' };
    json = text;
  }
  let d: unknown;
  try {
    d = JSON.parse(json);
  } catch {
    return { ok: false, error: json.trim().startsWith('{') ? 'damaged' : 'notOurs' };
  }
  if (!d || typeof d !== 'object' || Array.isArray(d) || !('v' in d)) return { ok: false, error: 'notOurs' };
  const version = (d as { v: unknown }).v;
  if (version === 1) return decodeV1(d as Record<string, unknown>, shapes, allowed);
  if (typeof version === 'number' && version > SUSPEND_VERSION) return { ok: false, error: 'newer' };
  const w = v.safeParse(Wire, d);
  if (!w.success) return { ok: false, error: 'damaged' };
  const o = w.output;
  const startedAt = anyTimeIn(o.s);
  if (!startedAt) return { ok: false, error: 'damaged' };
  const unreadable: string[] = [];
  const levels: SuspendLevel[] = [];
  for (const x of o.l) {
    const lw = v.safeParse(LevelWire, x);
    const id = lw.success ? lw.output.i : typeof (x as { i?: unknown })?.i === 'string' ? String((x as { i: string }).i).slice(0, 100) : '?';
    const level = lw.success && allowed.includes(id) ? shapes(id) : undefined;
    if (!lw.success || !level || lw.output.k !== fingerprint(level) || levels.some((l) => l.id === id)) {
      unreadable.push(id);
      continue;
    }
    const l = lw.output;
    try {
      const choices = runIn(level, l.c);
      const whys = choices.map(() => '');
      for (const [i, text] of l.w) if (i < whys.length) whys[i] = text;
      const first = l.f ? { choices: runIn(level, l.f[0]), seconds: l.f[1], ...opt('startedAt', anyTimeIn(l.f[2])), ...opt('finishedAt', anyTimeIn(l.f[3])) } : undefined;
      levels.push({
        id,
        choices,
        at: choices.map((_, i) => (l.t[i] === undefined || l.t[i] < 0 ? null : l.t[i])),
        whys,
        answers: l.q,
        seconds: l.s,
        ...opt('startedAt', anyTimeIn(l.a)),
        ...opt('finishedAt', anyTimeIn(l.b)),
        ...opt('reflectedAt', anyTimeIn(l.r)),
        ...opt('editedAt', l.e),
        attempts: l.n,
        ...(first ? { first } : {}),
      });
    } catch (e) {
      if (!(e instanceof RunError)) throw e;
      unreadable.push(id);
    }
  }
  let inPlay: SuspendInPlay | null = null;
  if (o.p) {
    const level = allowed.includes(o.p.i) ? shapes(o.p.i) : undefined;
    try {
      if (!level || o.p.k !== fingerprint(level)) throw new RunError('level in play does not fit');
      const choices = runIn(level, o.p.c);
      inPlay = { level: o.p.i, choices, step: o.p.st, ...opt('seed', o.p.sd), ...opt('startedAt', anyTimeIn(o.p.a)), at: o.p.t.slice(0, choices.length) };
    } catch (e) {
      if (!(e instanceof RunError)) throw e;
      unreadable.push(o.p.i);
    }
  }
  const state: SuspendState = {
    name: o.n,
    ...opt('number', o.o),
    startedAt,
    ...opt('finishedAt', anyTimeIn(o.f)),
    ...opt('savedAt', o.u),
    levels,
    inPlay,
  };
  return { ok: true, state, unreadable };
}

function opt<K extends string, T>(k: K, x: T | undefined): { [P in K]?: T } {
  return (x === undefined ? {} : { [k]: x }) as { [P in K]?: T };
}

// ---- version 1: JSON with ids (written before issue 19) -------------------------------------

const V1Level = v.object({
  i: Id,
  c: v.pipe(v.array(v.tuple([Id, Id, v.optional(v.string()), v.optional(v.nullable(v.number()))])), v.maxLength(200)),
  q: v.optional(v.array(v.unknown()), []),
  t: v.optional(v.unknown()),
  a: v.optional(v.unknown()),
  b: v.optional(v.unknown()),
  r: v.optional(v.unknown()),
  e: v.optional(v.unknown()),
});

/** Version 1 choices were [scenario, response] pairs; the repair flag is read from the level's own flow. */
function pairsIn(level: LevelLike, pairs: readonly (readonly unknown[])[]): Choice[] {
  const choices: Choice[] = [];
  for (const c of pairs) {
    const beat = nextBeat(level, choices);
    if (!beat || beat.scenario.id !== c[0]) throw new RunError(`${String(c[0])} does not come next`);
    const r = beatResponses(beat).find((x) => x.id === c[1]);
    if (!r) throw new RunError(`no answer ${String(c[1])}`);
    choices.push(beat.kind === 'repair' ? { scenario: beat.scenario.id, response: r.id, repair: true } : { scenario: beat.scenario.id, response: r.id });
  }
  return choices;
}

const num = (x: unknown, max: number) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.min(x, max) : 0);
const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 4000) : '');

function decodeV1(d: Record<string, unknown>, shapes: Shapes, allowed: readonly string[]): SuspendDecoded {
  if (!Array.isArray(d.l)) return { ok: false, error: 'damaged' };
  const startedAt = anyTimeIn(d.s);
  const unreadable: string[] = [];
  const levels: SuspendLevel[] = [];
  for (const x of d.l.slice(0, 12)) {
    const lw = v.safeParse(V1Level, x);
    const id = lw.success ? lw.output.i : '?';
    const level = lw.success && allowed.includes(id) ? shapes(id) : undefined;
    if (!lw.success || !level || levels.some((l) => l.id === id)) {
      unreadable.push(id);
      continue;
    }
    const l = lw.output;
    try {
      const choices = pairsIn(level, l.c);
      const began = anyTimeIn(l.a);
      levels.push({
        id,
        choices,
        at: l.c.map((c) => (typeof c[3] === 'number' && c[3] >= 0 ? c[3] : null)),
        whys: l.c.map((c) => str(c[2])),
        answers: l.q.map(str),
        seconds: num(l.t, 1e7),
        ...opt('startedAt', began),
        ...opt('finishedAt', anyTimeIn(l.b)),
        ...opt('reflectedAt', anyTimeIn(l.r)),
        ...opt('editedAt', typeof l.e === 'number' && Number.isFinite(l.e) ? l.e : undefined),
        attempts: 1,
      });
    } catch (e) {
      if (!(e instanceof RunError)) throw e;
      unreadable.push(id);
    }
  }
  let inPlay: SuspendInPlay | null = null;
  const p = d.p as Record<string, unknown> | null | undefined;
  if (p && typeof p === 'object' && typeof p.i === 'string') {
    const level = allowed.includes(p.i) ? shapes(p.i) : undefined;
    try {
      if (!level || !Array.isArray(p.c)) throw new RunError('level in play does not fit');
      const choices = pairsIn(level, p.c.filter(Array.isArray) as unknown[][]);
      const seed = typeof p.sd === 'number' && Number.isInteger(p.sd) && p.sd >= 0 && p.sd <= 0xffffffff ? p.sd : undefined;
      const step = (STEPS as readonly unknown[]).includes(p.st) ? (p.st as Step) : 'intro';
      inPlay = { level: p.i, choices, step, ...opt('seed', seed), ...opt('startedAt', anyTimeIn(p.a)), at: (Array.isArray(p.t) ? p.t : []).slice(0, choices.length).map((x) => num(x, 1e7)) };
    } catch (e) {
      if (!(e instanceof RunError)) throw e;
      unreadable.push(p.i.slice(0, 100));
    }
  }
  const name = typeof d.n === 'string' ? d.n.slice(0, 200) : '';
  const state: SuspendState = {
    name,
    ...opt('number', typeof d.o === 'string' ? d.o.slice(0, 100) : undefined),
    startedAt: startedAt ?? '',
    ...opt('finishedAt', anyTimeIn(d.f)),
    ...opt('savedAt', typeof d.u === 'number' && Number.isFinite(d.u) ? d.u : undefined),
    levels,
    inPlay,
  };
  return { ok: true, state, unreadable };
}
