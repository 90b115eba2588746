// What the towers say in words: a block's status line, its short form, a caregiver block's value,
// and which blocks show signals. Pure (no Phaser): the tower drawing, the screen-reader text, the
// debrief and the report all read these, from the same look the tower is drawn from (model/look).
import { CHILD_BLOCKS, lowestCrackedBelow, lowestNotSolidBelow, statuses, type ChildStatus, type TowerState } from '../model';
import { blockLooks, showsDamage, type BlockLook } from '../model/look';
import { childName, childRedLetter, t } from './i18n';

/** The status in words, as it stands in a block: "wacht op …", "gebarsten: Angst", "staat stevig, met een barstje". */
export function statusText(s: TowerState, i: number, st: readonly ChildStatus[] = statuses(s), look: BlockLook = blockLooks(s, st)[i]): string {
  const status = st[i];
  const id = CHILD_BLOCKS[i];
  let base: string;
  if (status === 'locked') base = t('status.locked', { below: childName(CHILD_BLOCKS[Math.max(0, lowestNotSolidBelow(st, i))]) });
  else if (status === 'wobbly') base = t('status.wobbly', { below: childName(CHILD_BLOCKS[Math.max(0, lowestCrackedBelow(st, i))]) });
  else if (status === 'cracked' || status === 'healing') base = t(`status.${status}`, { redLetter: childRedLetter(id) });
  else base = t(`status.${status}`);
  return withMarks(base, look, 'status');
}

/** The status in one or two words, for a small block, a list or a report. */
export function statusShort(look: BlockLook): string {
  return withMarks(t(`status.short.${look.status}`), look, 'status.short');
}

/** A crack drawn on a block that is not cracked is named; so is a fresh hairline. */
function withMarks(base: string, look: BlockLook, prefix: 'status' | 'status.short'): string {
  // (a wobbly block already names the crack it rests on: its own small crack is left to the drawing)
  if (look.smallCrack && (look.status !== 'wobbly' || prefix === 'status.short')) return t(`${prefix}.smallCrack`, { status: base });
  if (look.hairline && look.status !== 'cracked' && look.status !== 'healing') return t(`${prefix}.hairline`, { status: base });
  return base;
}

/** The blocks the debrief lists under "what you can see": every block the tower draws with damage or a wobble. */
export function signalBlocks(s: TowerState): number[] {
  return blockLooks(s).flatMap((look, i) => (showsDamage(look) ? [i] : []));
}
