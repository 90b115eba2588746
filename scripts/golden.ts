// npm run -s golden: write the golden transcripts again (tests/golden/<level>.<policy>.txt), after
// a change of content or engine, then read the diff (git diff tests/golden) before committing it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError } from '../src/content/load';
import { loadFromDisk } from '../src/content/node';
import { goldenFiles } from '../src/game/golden';

const DIR = join(import.meta.dirname, '..', 'tests', 'golden');
const content = loadFromDisk();
if (content.errors.length) {
  console.error(`error: content has ${content.errors.length} error(s), first: ${formatError(content.errors[0])}`);
  process.exit(2);
}
const files = goldenFiles(content);
let changed = 0;
for (const [name, text] of files) {
  let old = '';
  try {
    old = readFileSync(join(DIR, name), 'utf8');
  } catch {
    // a new level or policy
  }
  if (old !== text) changed++, writeFileSync(join(DIR, name), text);
}
// transcripts of levels that are gone
const stale = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !files.has(f));
for (const f of stale) rmSync(join(DIR, f));
console.log(`${files.size} golden transcripts in tests/golden: ${changed} written, ${stale.length} removed`);
