// The player list. Ids are never reused (random, so two tabs or a lost list cannot hand a new
// player someone else's progress); the list is checked player by player, so one bad entry is set
// aside on its own; and progress is only read under the id it was saved under.
import { checkPlayer, checkProfilesFrame, MAX_NAME, MAX_PLAYERS, VERSION, type Player, type Profiles } from './saves';
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

/** A name as typed: trimmed, one line, at most MAX_NAME characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

export interface PlayersRead {
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
  for (const item of frame.list) {
    const p = checkPlayer(item);
    if (!p || ids.has(p.id) || list.length >= MAX_PLAYERS) rejected.push(item);
    else {
      ids.add(p.id);
      list.push(p);
    }
  }
  const current = typeof frame.current === 'string' && ids.has(frame.current) ? frame.current : (list[0]?.id ?? null);
  return { status: 'ok', from: m.from, problems: [], value: { profiles: { version: VERSION.profiles, list, current }, rejected } };
}
