// One composition root: only src/main.ts knows both the session and the scenes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
/** Modules a file loads at run time (static and dynamic imports; `import type` and `typeof import` left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) out.push(m[1]);
  for (const m of text.matchAll(/(?<!typeof\s)\bimport\('([^']+)'\)/g)) out.push(m[1]);
  return out;
}

describe('the composition root', () => {
  it('no file in src/game loads a scene', () => {
    for (const f of readdirSync(join(SRC, 'game'))) {
      expect(runtimeImports(join(SRC, 'game', f)).filter((m) => m.includes('scenes')), f).toEqual([]);
    }
  });
  it('main.ts registers the scenes and hands start-up what to load', () => {
    const main = runtimeImports(join(SRC, 'main.ts'));
    expect(main).toEqual(expect.arrayContaining(['./scenes', './scenes/rest', './scenes/art', './game/startup']));
  });
});
