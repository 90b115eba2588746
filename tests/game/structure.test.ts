// Layers as a table (docs/architecture.md): each folder of src may import only the folders its row
// names, at run time and as types. One composition root: only src/main.ts knows both the session
// and the scenes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** What each folder of src may import at run time (`types`: only as types). `phaser`: may load Phaser. */
export const LAYERS: Record<string, { runtime: string[]; types?: string[]; phaser?: boolean }> = {
  model: { runtime: [] },
  content: { runtime: ['model'] },
  services: { runtime: ['content', 'model'] },
  // (and the language list: data only, so that links and records check languages as the game does)
  trainer: { runtime: ['content/langs'], types: ['model', 'content'] },
  game: { runtime: ['model', 'content', 'services', 'trainer'] },
  // class mode's pure vote state sits beside the session
  class: { runtime: ['model', 'content', 'services', 'trainer', 'game'] },
  ui: { runtime: ['model', 'services'], phaser: true },
  scenes: { runtime: ['model', 'content', 'services', 'trainer', 'game', 'class', 'ui'], phaser: true },
  // the command-line tools run in node: the pure half only (and the drawings' cue report)
  cli: { runtime: ['model', 'content', 'services', 'trainer', 'game', 'scenes/art/cues'] },
};

export interface Import {
  spec: string;
  type: boolean;
}

/** Every module a file names: static and dynamic imports and re-exports, each marked type-only or not. */
export function importsOf(source: string): Import[] {
  // comments out (a line comment only where it starts a line or follows code after a space)
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  const out: Import[] = [];
  const clause = /^\s*(import|export)\s+(type\s+)?((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*\s+as\s+[\w$]+|\*|[\w$]+))\s+from\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(clause)) {
    const named = /^\{([^}]*)\}$/.exec(m[3].trim());
    const allTypes =
      named !== null &&
      named[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    out.push({ spec: m[4], type: Boolean(m[2]) || allTypes });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ spec: m[1], type: false });
  for (const m of text.matchAll(/(\btypeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[2], type: Boolean(m[1]) });
  return out;
}

/** The layer a module belongs to: a folder of src (or `scenes/art/cues` style path for an exception), 'phaser', or null (a package or a file outside src). */
function layerOf(from: string, spec: string): { layer: string; path: string } | null {
  if (spec === 'phaser' || spec.startsWith('phaser/') || spec.startsWith('phaser-src/')) return { layer: 'phaser', path: spec };
  if (!spec.startsWith('.')) return null;
  const rel = relative(SRC, resolve(dirname(from), spec));
  if (rel.startsWith('..')) return null;
  const parts = rel.split('/');
  return { layer: parts.length > 1 ? parts[0] : '(root)', path: rel.replace(/\.ts$/, '') };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.ts$/.test(f) ? [p] : [];
  });

/** Every import that breaks the table, as "file: runtime|type → target". */
export function layerBreaks(files: { file: string; source: string }[]): string[] {
  const breaks: string[] = [];
  for (const { file, source } of files) {
    const own = relative(SRC, file).split('/')[0];
    const rule = LAYERS[own];
    if (!rule) continue;
    for (const imp of importsOf(source)) {
      const to = layerOf(file, imp.spec);
      if (!to || to.layer === own) continue;
      const allowed = (list: string[] = []) => list.some((l) => to.layer === l || to.path === l);
      const ok = to.layer === 'phaser' ? rule.phaser === true : allowed(rule.runtime) || (imp.type && allowed(rule.types));
      if (!ok) breaks.push(`${relative(SRC, file)}: ${imp.type ? 'type' : 'runtime'} → ${to.path}`);
    }
  }
  return breaks;
}

const srcFiles = () =>
  filesUnder(SRC)
    .filter((f) => !f.includes('/vendor/'))
    .map((file) => ({ file, source: readFileSync(file, 'utf8') }));

describe('layers as a table', () => {
  it('every folder of src has a row (a new folder needs its place in the table)', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory() && f !== 'vendor');
    expect(folders.filter((f) => !LAYERS[f])).toEqual([]);
  });
  it('no import breaks the table, at run time or as a type', () => {
    expect(layerBreaks(srcFiles())).toEqual([]);
  });
  it('src/game never reaches Phaser, not even through what it imports', () => {
    const seen = new Set<string>();
    const reaches: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of importsOf(readFileSync(file, 'utf8'))) {
        const to = layerOf(file, imp.spec);
        if (to?.layer === 'phaser') reaches.push(relative(SRC, file));
        else if (to && imp.spec.startsWith('.')) {
          const p = resolve(dirname(file), imp.spec);
          const target = [p, `${p}.ts`, join(p, 'index.ts')].find((c) => {
            try {
              return statSync(c).isFile();
            } catch {
              return false;
            }
          });
          if (target) walk(target);
        }
      }
    };
    for (const dir of ['game', 'class']) if (existsSync(join(SRC, dir))) for (const f of filesUnder(join(SRC, dir))) walk(f);
    expect(reaches).toEqual([]);
  });
  it('the check itself sees a bad import, typed or not, on one line or several', () => {
    const file = join(SRC, 'game', 'planted.ts');
    const source = [
      "import { a } from '../ui/theme';",
      "import type { B } from '../scenes/base';",
      'import {\n  type C,\n  type D,\n} from "../ui/tower";',
      "export * from '../scenes/art';",
      "let x: typeof import('../scenes/art');",
      "const y = () => import('../ui/fit');",
      "import Phaser from 'phaser';",
      "import { ok } from '../model';",
      "// import { no } from '../ui/commented';",
    ].join('\n');
    expect(layerBreaks([{ file, source }])).toEqual([
      'game/planted.ts: runtime → ui/theme',
      'game/planted.ts: type → scenes/base',
      'game/planted.ts: type → ui/tower',
      'game/planted.ts: runtime → scenes/art',
      'game/planted.ts: runtime → phaser',
      'game/planted.ts: type → scenes/art',
      'game/planted.ts: runtime → ui/fit',
    ]);
    // types-only rows: trainer may name the model's types, not load it
    const trainer = join(SRC, 'trainer', 'planted.ts');
    expect(layerBreaks([{ file: trainer, source: "import type { A } from '../model';\nimport { b } from '../model/look';" }])).toEqual(['trainer/planted.ts: runtime → model/look']);
  });
});

describe('the composition root', () => {
  it('main.ts registers the scenes and hands start-up what to load', () => {
    const main = importsOf(readFileSync(join(SRC, 'main.ts'), 'utf8'))
      .filter((i) => !i.type)
      .map((i) => i.spec);
    expect(main).toEqual(expect.arrayContaining(['./scenes', './scenes/rest', './scenes/art', './game/startup']));
  });
});
