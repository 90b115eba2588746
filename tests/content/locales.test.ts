// Every text the game asks for exists in every language: a new engine event, status or interface
// key without its words would show as the raw key ("event.newKey") on a card.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langNameKey, LANGS } from '../../src/content/langs';
import { parseYaml } from '../../src/content/yamlText';
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, type ChildStatus } from '../../src/model';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function flatten(node: unknown, prefix: string, out: Record<string, string>) {
  if (typeof node === 'string') out[prefix] = node;
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const locale = (l: string) => flatten(parseYaml(readFileSync(join(ROOT, 'assets', 'locales', `${l}.yaml`), 'utf8')), '', {});

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.ts$/.test(f) ? [p] : [];
  });

/** The quoted words in every `key: …` of a file (an event or card line's key, written out). */
function keysIn(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  // `key: 'a' | 'b'`, `key: x ? 'a' : 'b'`, and a key chosen beforehand (`const repairedKey = … 'a' : 'b'`)
  const exprs = [...text.matchAll(/\bkey:\s*([^,;}\n]+)/g), ...text.matchAll(/\b(?:const|let)\s+\w+Key\s*=\s*([^;\n]+)/g)];
  return exprs.flatMap((m) => [...m[1].matchAll(/'([a-zA-Z]+)'/g)].map((q) => q[1]));
}

// written out so that tsc fails here when the model gains a status, and this test then asks for its words
const STATUSES = Object.keys({ locked: 1, growing: 1, solid: 1, wobbly: 1, cracked: 1, healing: 1 } satisfies Record<ChildStatus, 1>);

/** Every interface key named literally in src: t('…'), tIn(lang, '…'), a key in a constant. */
function literalKeys(): string[] {
  const out = new Set<string>();
  for (const f of filesUnder(SRC).filter((f) => !f.includes('/vendor/'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\bt(?:In)?\((?:[\w.]+,\s*)?(['"`])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\1/g)) out.add(m[2]);
  }
  return [...out];
}

function wantedKeys(): string[] {
  const events = new Set([...keysIn('model/events.ts'), ...keysIn('game/explain.ts')]);
  return [
    ...literalKeys(),
    ...[...events].map((k) => `event.${k}`),
    ...STATUSES.flatMap((s) => [`status.${s}`, `status.short.${s}`]),
    'status.smallCrack',
    'status.hairline',
    'status.short.smallCrack',
    'status.short.hairline',
    ...CHILD_BLOCKS.flatMap((id) => ['name', 'redLetter', 'signals', 'description'].map((p) => `blocks.child.${id}.${p}`)),
    ...CAREGIVER_BLOCKS.flatMap((id) => ['name', 'redLetter'].map((p) => `blocks.caregiver.${id}.${p}`)),
    // each language's name in the language picker, in every language
    ...LANGS.map(langNameKey),
  ];
}

describe('every text in every language', () => {
  it('finds the keys it checks (the scan itself works)', () => {
    const keys = wantedKeys();
    expect(keys.length).toBeGreaterThan(300);
    expect(keys).toEqual(expect.arrayContaining(['event.caregiverUp', 'event.weakBelow', 'event.caregiverDrift', 'status.short.locked', 'ui.report', 'settings.langNl']));
  });
  for (const lang of LANGS) {
    it(`${lang}: every engine event, status and interface key has a text`, () => {
      const have = locale(lang);
      expect(
        wantedKeys()
          .filter((k) => !have[k]?.trim())
          .sort(),
      ).toEqual([]);
    });
  }
});
