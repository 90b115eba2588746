// Two tabs write the same saves: before a write, the stored record is re-read and merged with this
// tab's, so neither loses the other's work. Pure.
import { isRemoved, readRemoved } from './players';
import { VERSION, type Player, type Profiles, type Progress } from './saves';

/**
 * Every player of both lists (a union by id, stored order first), less those removed in either
 * tab after they were added; this tab's current player stays current here while still listed.
 * Nothing is cut at the limit here: the limit is kept when a player is added (App.addProfile),
 * so a player another tab added is never silently dropped.
 */
export function mergePlayers(stored: Profiles | undefined, mine: Profiles): Profiles {
  const removed: Record<string, number> = { ...(stored?.removed ?? {}) };
  for (const [id, at] of Object.entries(mine.removed ?? {})) removed[id] = Math.max(removed[id] ?? 0, at);
  const byId = new Map<string, Player>();
  for (const p of [...(stored?.list ?? []), ...mine.list]) {
    const had = byId.get(p.id);
    // the later restore wins (its time decides against a removal)
    if (!had || (p.since ?? 0) > (had.since ?? 0)) byId.set(p.id, p);
  }
  const list = [...byId.values()].filter((p) => !isRemoved(p, removed));
  const current = list.some((p) => p.id === mine.current) ? mine.current : (list[0]?.id ?? null);
  const kept = readRemoved(removed);
  return { version: VERSION.profiles, list, current, ...(Object.keys(kept).length ? { removed: kept } : {}) };
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
