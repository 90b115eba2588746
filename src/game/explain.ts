// Which of a turn's engine events are worth putting into words, most telling first.
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, NURTURED_BY, type CaregiverId, type ChildId, type ModelEvent } from '../model';

// What this response did now (a rupture, a repair) comes before what the months did, except a
// block that cracks or heals: that is the biggest news of a turn.
const ORDER: ModelEvent['key'][] = [
  'cracked', 'healed', 'mending', 'mendingStops', 'wobbly', 'steady', 'solid', 'unlocked', 'unmet', 'weakBelow',
  'cracking', 'healing', 'grew', 'hardened', 'healWaits', 'waits',
];

/**
 * Child-block events, one per block, most telling first; growth before waiting, and one "waits". Over several months a "waits" goes
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
  let waits = false;
  return events
    .filter((e) => ORDER.includes(e.key) && !stale.has(e))
    .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key))
    .filter((e) => {
      const block = 'block' in e ? e.block : '';
      if (seen.has(block)) return false;
      // blocks that wait all wait for the same thing: saying it once is enough
      if (e.key === 'waits') {
        if (waits) return false;
        waits = true;
      }
      seen.add(block);
      return true;
    })
    .slice(0, max);
}

/** A line on the result card: an event key (or a card key) with its block or caregiver block. */
export interface CardLine {
  key: string;
  block?: ChildId;
  caregiver?: CaregiverId;
  below?: ChildId;
}

/** Events that say what this response did at once, apart from the pattern over the months. */
const NOW_KEYS = new Set<string>(['rupture', 'repaired', 'caregiverLeans', 'caregiverRedLetter', 'caregiverRecovered']);

/**
 * The result card's two parts: what this response did now (the caregiver blocks it moved, a
 * rupture, a repair) and where the child's pattern stands. A poor response never reads as growth
 * of its own block: growth there is said to rest on what came before.
 */
export function cardLines(events: ModelEvent[], effects: Partial<Record<CaregiverId, number>>): { now: CardLine[]; pattern: CardLine[] } {
  const now: CardLine[] = [];
  for (const id of CAREGIVER_BLOCKS) {
    const e = effects[id];
    if (e) now.push({ key: e > 0 ? 'caregiverUp' : 'caregiverDown', caregiver: id });
  }
  for (const e of events) if (NOW_KEYS.has(e.key)) now.push(e as CardLine);
  const hurt = new Set(CHILD_BLOCKS.filter((b) => (effects[NURTURED_BY[b]] ?? 0) < 0));
  const pattern = telling(events).map((e): CardLine => {
    const line = e as CardLine;
    if ((e.key === 'grew' || e.key === 'solid') && hurt.has(e.block)) return { key: 'grewOnEarlier', block: e.block };
    return line;
  });
  return { now, pattern };
}
