// Bringing a save to today's shape, then checking it makes sense with today's content. Pure: raw
// data in, a verdict out (load it, it was made by a newer game, or set it aside and why). Every
// past shape has a step here and a fixture in tests/game/fixtures.
import type { Content } from '../content/load';
import { nextBeat, normalizeState, replay } from '../model';
import { seedFor } from './seed';
import { checkProgress, checkSettings, VERSION, type InPlay, type Progress, type RecordKind, type Settings } from './saves';

export { VERSION };

export type Verdict<T> = { status: 'ok'; value: T; from: number; problems: string[] } | { status: 'newer'; version: number } | { status: 'damaged'; reason: string };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A save's version: settings before version 2 carried none. Undefined when it cannot be told. */
function versionOf(kind: RecordKind, raw: unknown): number | undefined {
  if (!isObj(raw)) return undefined;
  if (!('version' in raw)) return kind === 'settings' ? 1 : undefined;
  const n = raw.version;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

const withRuptures = (s: unknown) => (isObj(s) && !('ruptures' in s) ? { ...s, ruptures: [0, 0, 0, 0, 0] } : s);

/** step[kind][n] turns a version-n save into a version n+1 save. Each only adds or renames. */
const STEPS: Record<RecordKind, Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {
  // 1 → 2: settings get a version
  settings: { 1: (s) => ({ ...s, version: 2 }) },
  // 1 → 2: same list; from 2 on new players get ids that are never reused (players.ts)
  profiles: { 1: (p) => ({ ...p, version: 2 }) },
  // 1 → 2: a seed for the response order; ruptures in every tower state
  progress: {
    1: (p) => {
      const story = isObj(p.story) ? { ...p.story, carried: withRuptures(p.story.carried) } : p.story;
      const ip = p.inPlay;
      const inPlay = isObj(ip) ? { ...ip, start: withRuptures(ip.start), seed: typeof ip.seed === 'number' ? ip.seed : seedFor(typeof ip.level === 'string' ? ip.level : '') } : ip;
      return { ...p, version: 2, story, inPlay };
    },
  },
};

/** Run the steps from the save's version to today's. */
export function migrate(kind: RecordKind, raw: unknown): Verdict<Record<string, unknown>> {
  const from = versionOf(kind, raw);
  if (from === undefined || !isObj(raw)) return { status: 'damaged', reason: 'no version' };
  if (from > VERSION[kind]) return { status: 'newer', version: from };
  let value = raw;
  for (let n = from; n < VERSION[kind]; n++) {
    const step = STEPS[kind][n];
    if (!step) return { status: 'damaged', reason: `no step from version ${n}` };
    value = step(value);
  }
  return { status: 'ok', value, from, problems: [] };
}

export function readSettings(raw: unknown): Verdict<Settings> {
  const m = migrate('settings', raw);
  if (m.status !== 'ok') return m;
  const value = checkSettings(m.value);
  return value ? { ...m, value } : { status: 'damaged', reason: 'shape' };
}

/** Progress: migrated, shape-checked, then checked against today's content and repaired where it can be. */
export function readProgress(raw: unknown, content: Content | undefined): Verdict<Progress> {
  const m = migrate('progress', raw);
  if (m.status !== 'ok') return m;
  const value = checkProgress(m.value);
  if (!value) return { status: 'damaged', reason: 'shape' };
  if (!content) return { ...m, value };
  const problems = checkAgainst(value, content);
  return { ...m, value, problems };
}

/**
 * What in the progress cannot be opened with today's content; fixes it in place (the caller keeps
 * the original aside). Returns what was wrong, as short ids for the notice and the tests.
 */
function checkAgainst(p: Progress, content: Content): string[] {
  const problems: string[] = [];
  const level = (id: string) => content.levels.find((l) => l.id === id);
  if (p.story.next !== null && !level(p.story.next)) {
    problems.push('story.next');
    p.story = { next: null, carried: p.story.carried };
  }
  const ip = p.inPlay;
  if (!ip) return problems;
  const l = level(ip.level);
  const fits = (choices: InPlay['choices']) => {
    try {
      replay(l!, normalizeState(ip.start), choices);
      return true;
    } catch {
      return false;
    }
  };
  if (!l || !fits(ip.choices)) {
    problems.push('inPlay.level');
    p.inPlay = null;
    return problems;
  }
  if (ip.original && !fits(ip.original)) {
    problems.push('inPlay.original');
    delete ip.original;
    if (ip.mode === 'whatif') ip.mode = 'single';
  }
  // the engine's own flow says what comes next (a scenario, a repair moment) or that the run is done
  const done = nextBeat(l, ip.choices) === null;
  // the step the choices allow: a result needs a choice, a debrief a finished run, a new moment one still to come
  let step = ip.step;
  if (step === 'result' && ip.choices.length === 0) step = 'intro';
  else if (step === 'debrief' && !done) step = ip.choices.length ? 'result' : 'intro';
  else if ((step === 'intro' || step === 'situation' || step === 'choose') && done) step = 'result';
  if (step !== ip.step) {
    problems.push('inPlay.step');
    ip.step = step;
  }
  return problems;
}
