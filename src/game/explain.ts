// Which of a turn's engine events are worth putting into words, most telling first.
import type { ModelEvent } from '../model';

// What this response did now (a rupture, a repair) comes before what the months did, except a
// block that cracks or heals: that is the biggest news of a turn.
const ORDER: ModelEvent['key'][] = [
  'cracked', 'healed', 'mending', 'mendingStops', 'rupture', 'repaired', 'hardened', 'unmet', 'weakBelow',
  'wobbly', 'steady', 'solid', 'unlocked', 'healWaits', 'waits', 'cracking', 'healing', 'grew',
];

/**
 * Child-block events, one per block, most telling first. Over several months a "waits" goes
 * stale: it is dropped once its block moved after all, or the block it waited for came right.
 */
export function telling(events: ModelEvent[], max = 4): ModelEvent[] {
  const stale = new Set<ModelEvent>();
  const cameRight = new Set<string>();
  const moved = new Set<string>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.key === 'solid' || e.key === 'healed') cameRight.add(e.block);
    if (e.key === 'grew' || e.key === 'unlocked' || e.key === 'healing' || e.key === 'mending') moved.add(e.block);
    if ((e.key === 'waits' || e.key === 'healWaits') && (moved.has(e.block) || cameRight.has(e.below))) stale.add(e);
  }
  const seen = new Set<string>();
  return events
    .filter((e) => ORDER.includes(e.key) && !stale.has(e))
    .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key))
    .filter((e) => {
      const block = 'block' in e ? e.block : '';
      if (seen.has(block)) return false;
      seen.add(block);
      return true;
    })
    .slice(0, max);
}
