// Where the golden transcripts live and what they hold: one file per level and balance policy.
// The script (`npm run -s golden`) writes them; tests/golden/golden.test.ts compares them.
import type { Content } from '../content/load';
import { POLICIES } from '../model';
import { setLocales } from '../services/i18n';
import { transcript } from './transcript';

/** Every golden transcript by file name (`<level>.<policy>.txt`), from today's content and engine. */
export function goldenFiles(content: Content): Map<string, string> {
  setLocales(content.locales);
  const out = new Map<string, string>();
  for (const level of content.levels) for (const policy of POLICIES) out.set(`${level.id}.${policy}.txt`, transcript(level, policy));
  return out;
}
