// Two tabs write the same saves: before a write, the stored record is re-read and merged with this
// tab's, so neither loses the other's work. Pure.
import { MAX_PLAYERS, VERSION, type Profiles, type Progress } from './saves';

/** Every player of both lists (a union by id, stored order first); this tab's current player stays current here. */
export function mergePlayers(stored: Profiles | undefined, mine: Profiles): Profiles {
  if (!stored) return mine;
  const list = [...stored.list];
  const ids = new Set(list.map((p) => p.id));
  for (const p of mine.list) if (!ids.has(p.id) && list.length < MAX_PLAYERS) list.push(p);
  return { version: VERSION.profiles, list, current: mine.current };
}

/**
 * A level finished in either tab stays finished (plays: the higher count); the story and the level
 * in play are this tab's, since this tab is the one acting.
 */
export function mergeProgress(stored: Progress | undefined, mine: Progress): Progress {
  if (!stored) return mine;
  const levels = { ...stored.levels };
  for (const [id, m] of Object.entries(mine.levels)) {
    const s = levels[id];
    if (!s) levels[id] = m;
    else {
      const focusStatus = m.done || !s.done ? m.focusStatus : s.focusStatus;
      levels[id] = { done: s.done || m.done, focusStatus, plays: Math.max(s.plays, m.plays) };
    }
  }
  return { ...mine, levels };
}
