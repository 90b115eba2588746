// Which of a turn's engine events are worth putting into words, most telling first.
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, NURTURED_BY, WARM_PATTERN_AT, type CaregiverId, type ChildId, type ModelEvent, type TowerState } from '../model';
import { blockLooks, type BlockLook } from '../model/look';

// What this response did now (a rupture, a repair) comes before what the months did, except a
// block that cracks or heals: that is the biggest news of a turn.
const ORDER: ModelEvent['key'][] = [
  'cracked',
  'healed',
  'mending',
  'mendingStops',
  'wobbly',
  'steady',
  'solid',
  'unlocked',
  'unmet',
  'weakBelow',
  'cracking',
  'healing',
  'grew',
  'hardened',
  'healWaits',
  'waits',
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
 * A caregiver bar moved this much or more over a turn: the card says it rose or fell. (Less is a
 * pixel or two on the tower: the card says the block stays where it is.)
 */
const BAR_MOVES = 0.02;

/** What the card needs beyond the events: the towers before and after the turn, and what comes next. */
export interface TurnContext {
  before: TowerState;
  after: TowerState;
  /** A repair moment follows this answer (the same day): a rupture can still be made right. */
  repairNext?: boolean;
  /** The answer's kind in a repair moment (repair, repair-later, move-on, …). */
  kind?: string;
}

/**
 * How a caregiver block the response named stands after the turn, in the words the bar bears out:
 * it rose (up), stayed strong though the months took back what the response gave (holds), rose too
 * little to make up for the months (tooLittle), fell (down), or stayed weak (staysLow).
 */
function caregiverKey(e: number, i: number, turn?: TurnContext): string {
  if (!turn) return e > 0 ? 'caregiverUp' : 'caregiverDown';
  const from = turn.before.strength[i];
  const to = turn.after.strength[i];
  if (e > 0) return to - from >= BAR_MOVES ? 'caregiverUp' : to >= WARM_PATTERN_AT ? 'caregiverHolds' : 'caregiverTooLittle';
  return to - from <= -BAR_MOVES ? 'caregiverDown' : 'caregiverStaysLow';
}

/**
 * Keep an event only where the tower at the end of the turn still bears it out: over several months
 * a block can wobble and steady again, or crack and start to heal; the card says where it ended.
 */
function stillTrue(e: ModelEvent, end: readonly BlockLook[]): boolean {
  if (!('block' in e)) return true;
  const look = end[CHILD_BLOCKS.indexOf(e.block)];
  const cracked = look.status === 'cracked' || look.status === 'healing';
  switch (e.key) {
    case 'cracked':
      return cracked;
    case 'healed':
      return !cracked;
    case 'mending':
      return look.status === 'healing';
    case 'mendingStops':
      return look.status === 'cracked';
    case 'wobbly':
      return look.status === 'wobbly';
    case 'steady':
      return look.status !== 'wobbly';
    case 'solid':
      return look.status === 'solid';
    case 'unlocked':
      return look.status !== 'locked';
    case 'waits':
      return look.status === 'locked';
    case 'healWaits':
      return cracked;
    case 'grew':
      return look.status !== 'locked';
    // damage that grew but stays below what the tower draws (a block drawn whole) is not said
    case 'cracking':
      return cracked || look.smallCrack || look.status !== 'solid';
    default:
      return true;
  }
}

/** An amount or status line worded after how the block looks at the end (cracked, a small crack drawn, or whole). */
function worded(e: ModelEvent, end: readonly BlockLook[], start: readonly BlockLook[]): CardLine {
  const line = e as CardLine;
  if (!('block' in e)) return line;
  const i = CHILD_BLOCKS.indexOf(e.block);
  const look = end[i];
  const cracked = look.status === 'cracked' || look.status === 'healing';
  const wasCracked = start[i].status === 'cracked' || start[i].status === 'healing';
  if (e.key === 'cracking') return { key: cracked && wasCracked ? 'crackingMore' : 'cracking', block: e.block };
  if (e.key === 'healing') {
    if (look.status === 'healing') return { key: 'healing', block: e.block };
    if (cracked) return { key: 'healingSlow', block: e.block };
    return { key: look.smallCrack ? 'healingSmall' : 'smallCrackGone', block: e.block };
  }
  if (e.key === 'healed' && look.smallCrack) return { key: 'healedSmallCrack', block: e.block };
  return line;
}

/**
 * The result card's two parts: what this response did now (the caregiver blocks it moved, a
 * rupture, a repair) and where the child's pattern stands. Given the towers before and after the
 * turn (`turn`), every line says what the towers show: a caregiver bar said to grow stronger did
 * grow, a block said to be solid is drawn solid, and where the months took back what a response
 * gave, one line says so. A poor response never reads as growth of its own block: growth there is
 * said to rest on what came before.
 */
export function cardLines(events: ModelEvent[], effects: Partial<Record<CaregiverId, number>>, turn?: TurnContext): { now: CardLine[]; pattern: CardLine[] } {
  const now: CardLine[] = [];
  let drift = false;
  CAREGIVER_BLOCKS.forEach((id, i) => {
    const e = effects[id];
    if (e) {
      const key = caregiverKey(e, i, turn);
      now.push({ key, caregiver: id });
      if (key === 'caregiverHolds' || key === 'caregiverTooLittle') drift = true;
    } else if (turn && turn.after.strength[i] - turn.before.strength[i] <= -BAR_MOVES && !events.some((x) => x.key === 'repaired' && x.block === CHILD_BLOCKS[i])) {
      // a bar the response left alone sank with the months
      drift = true;
    }
  });
  const repairedKey = turn?.kind === 'repair-later' ? 'repairedLate' : 'repaired';
  for (const e of events) {
    if (!NOW_KEYS.has(e.key)) continue;
    if (e.key === 'rupture') now.push({ key: turn?.repairNext ? 'ruptureRepairable' : 'rupture', block: e.block });
    else if (e.key === 'repaired') now.push({ key: repairedKey, block: e.block });
    else now.push(e as CardLine);
  }
  if (drift) now.push({ key: 'caregiverDrift' });
  const fed = new Set(CHILD_BLOCKS.filter((b) => (effects[NURTURED_BY[b]] ?? 0) > 0));
  const hurt = new Set(CHILD_BLOCKS.filter((b) => (effects[NURTURED_BY[b]] ?? 0) < 0));
  const torn = new Set(events.flatMap((e) => (e.key === 'rupture' ? [e.block] : [])));
  // a response that gave nothing, or hurt more than it gave, adds nothing to growth this turn
  const poor = Object.values(effects).reduce<number>((a, b) => a + (b ?? 0), 0) <= 0;
  const end = turn ? blockLooks(turn.after) : undefined;
  const start = turn ? blockLooks(turn.before) : undefined;
  const pattern = telling(end ? events.filter((e) => stillTrue(e, end)) : events).map((e): CardLine => {
    const line = end && start ? worded(e, end, start) : (e as CardLine);
    if (e.key === 'grew' || e.key === 'solid') {
      const onEarlier = hurt.has(e.block) || (poor && !fed.has(e.block));
      if (onEarlier) {
        if (e.key === 'solid') return { key: 'solidOnEarlier', block: e.block };
        return { key: hurt.has(e.block) && torn.has(e.block) ? 'grewOnEarlier' : 'grewOnEarlierPlain', block: e.block };
      }
    }
    return line;
  });
  return { now, pattern };
}
