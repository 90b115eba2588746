// The player list. Ids are never reused (random, so two tabs or a lost list cannot hand a new
// player someone else's progress); the list is checked player by player, so one bad entry is set
// aside on its own; and progress is only read under the id it was saved under.
import { checkPlayer, checkProfilesFrame, MAX_ID, MAX_PLAYERS, MAX_REMOVED, VERSION, type Player, type Profiles } from './saves';
import { migrate, type Verdict } from './migrate';

/** A new player id: random, and checked against every id seen (list, set-aside, progress keys). */
export function newPlayerId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < 10; i++) s += Math.floor(random() * 36).toString(36);
    const id = `p-${s}`;
    if (!taken.has(id)) return id;
  }
}

/** The removals as stored: id → time, only well-formed entries, the most recent MAX_REMOVED. */
export function readRemoved(raw: unknown): Record<string, number> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const ok = Object.entries(raw as Record<string, unknown>)
    .filter((e): e is [string, number] => e[0].length >= 1 && e[0].length <= MAX_ID && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REMOVED);
  return Object.fromEntries(ok);
}

/** A player removed after they were added (or restored) stays removed. */
export const isRemoved = (p: Player, removed: Record<string, number> | undefined) => (removed?.[p.id] ?? -1) >= (p.since ?? 0);

interface PlayersRead {
  profiles: Profiles;
  /** Entries that could not be used (a bad name, a duplicate id, past the limit): set aside one by one. */
  rejected: unknown[];
}

/** Read the stored list: migrated, its frame checked, then each player on its own. */
export function readPlayers(raw: unknown): Verdict<PlayersRead> {
  const m = migrate('profiles', raw);
  if (m.status !== 'ok') return m;
  const frame = checkProfilesFrame(m.value);
  if (!frame) return { status: 'damaged', reason: 'shape' };
  const list: Player[] = [];
  const rejected: unknown[] = [];
  const ids = new Set<string>();
  const removed = readRemoved(frame.removed);
  for (const item of frame.list) {
    const p = checkPlayer(item);
    // removed on purpose (and set aside then): not in the list, not set aside again
    if (p && isRemoved(p, removed)) continue;
    if (!p || ids.has(p.id) || list.length >= MAX_PLAYERS) rejected.push(item);
    else {
      ids.add(p.id);
      list.push(p);
    }
  }
  const current = typeof frame.current === 'string' && ids.has(frame.current) ? frame.current : (list[0]?.id ?? null);
  return { status: 'ok', from: m.from, problems: [], value: { profiles: { version: VERSION.profiles, list, current, ...(Object.keys(removed).length ? { removed } : {}) }, rejected } };
}
