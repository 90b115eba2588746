// Which of a turn's engine events are worth putting into words, most telling first.
import type { ModelEvent } from '../model';

const ORDER: ModelEvent['key'][] = [
  'cracked', 'healed', 'wobbly', 'steady', 'solid', 'unlocked', 'healWaits', 'waits', 'cracking', 'healing', 'grew',
];

/** Child-block events, one per block and kind, a block's "waits" dropped once it grew after all. */
export function telling(events: ModelEvent[], max = 4): ModelEvent[] {
  const moved = new Set<string>(events.filter((e) => e.key === 'grew' || e.key === 'unlocked' || e.key === 'healing').map((e) => ('block' in e ? e.block : '')));
  const seen = new Set<string>();
  return events
    .filter((e) => ORDER.includes(e.key))
    .filter((e) => !((e.key === 'waits' || e.key === 'healWaits') && moved.has((e as { block: string }).block)))
    .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key))
    .filter((e) => {
      const block = 'block' in e ? e.block : '';
      if (seen.has(block)) return false;
      seen.add(block);
      return true;
    })
    .slice(0, max);
}
