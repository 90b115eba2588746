// Fresh settings and progress: no schema library needed to make these at start-up.
import type { Progress, Settings } from './saves';
import type { Lang } from '../content/langs';

export const emptyProgress = (): Progress => ({ version: 2, levels: {}, story: { next: null, carried: null }, inPlay: null });

export const defaultSettings = (lang: Lang, reducedMotion: boolean): Settings => ({
  version: 2,
  lang,
  textScale: 1,
  reducedMotion,
  motion: 'system',
  highContrast: false,
  music: 0.5,
  sfx: 0.8,
  muted: false,
});
