// A parent's intro to a level in plain words: who the child is, which block grows and how to play.
// The level's own `introPlain` when its writers gave one; else worded from the level's child, age
// and focus (and, in a repair story, the blocks that start cracked). The full intro, with the
// model's terms and sources, stays one tap away ("Meer uitleg").
import type { LevelT } from '../content/schema';
import { CHILD_BLOCKS, statuses, type TowerState } from '../model';
import { ageLabel, childName, t, tx } from '../services/i18n';

const lower = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

export function plainIntro(level: LevelT, start: TowerState): string {
  if (level.introPlain) return tx(level.introPlain);
  const name = level.child.name;
  const words = { name, age: ageLabel(level.ageMonths[0]), block: lower(childName(level.focus)), plain: t(`blocks.child.${level.focus}.plain`) };
  // a repair story: the blocks that start cracked, and that repair starts at the lowest
  const st = statuses(start);
  const cracked = level.kind === 'repair' ? CHILD_BLOCKS.filter((_, i) => st[i] === 'cracked' || st[i] === 'healing').map((id) => lower(childName(id))) : [];
  const blocks = cracked.length > 1 ? `${cracked.slice(0, -1).join(', ')}${t('card.and')}${cracked.at(-1)}` : cracked[0];
  const who = blocks ? t('card.introPlainRepair', { ...words, blocks }) : t('card.introPlain', words);
  return `${who} ${t('card.introPlainHowRepair', { name })}`;
}
