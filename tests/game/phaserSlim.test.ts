// The built game takes only the parts of Phaser that src/vendor/phaser.cjs names. TypeScript sees
// the whole of Phaser, so a new `this.add.image(…)` or `new Phaser.GameObjects.Sprite` would compile
// and then fail in the built game only: this test names what is missing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const SLIM = readFileSync(join(SRC, 'vendor', 'phaser.cjs'), 'utf8');
const CONST = readFileSync(join(ROOT, 'node_modules', 'phaser', 'src', 'const.js'), 'utf8');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'cli' ? [] : tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}
const code = tsFiles(SRC).map((f) => ({ f: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8') }));

/** The namespace the slim entry builds, with every module it requires standing in as "present". */
function slimNamespace(): Record<string, unknown> {
  const present: object = new Proxy(
    function extend(_deep: boolean, target: object) {
      return target;
    },
    { get: (t, k) => (k === 'prototype' ? Reflect.get(t, k) : present), has: () => true },
  );
  const module = { exports: {} as Record<string, unknown> };
  new Function('require', 'module', SLIM)(() => present, module);
  return module.exports;
}

/** `Phaser.A.B` used as a value: made, tested with instanceof, extended, called, or a constant read. */
function valueUses(): { path: string; where: string }[] {
  const out: { path: string; where: string }[] = [];
  for (const { f, text } of code) {
    for (const m of text.matchAll(/(new|instanceof|extends)\s+Phaser\.([\w.]+)|Phaser\.([\w.]+)\(|Phaser\.((?:\w+\.)*[A-Z][A-Z_]+)\b(?!\.)|Phaser\.([\w.]+)\.prototype\b/g)) {
      out.push({ path: m[2] ?? m[3] ?? m[4] ?? m[5], where: f });
    }
  }
  return out;
}

describe('the slim Phaser of the built game', () => {
  const ns = slimNamespace();
  const uses = valueUses();

  it('finds the uses it checks (the scan is not empty)', () => {
    // the game makes Graphics and Texts, extends Phaser.Scene and starts a Phaser.Game
    expect(uses.map((u) => u.path)).toEqual(expect.arrayContaining(['Scene', 'Game', 'GameObjects.Text', 'GameObjects.Graphics', 'AUTO']));
  });

  it('holds every part of Phaser that src/ uses as a value', () => {
    const missing = uses.filter(({ path }) => {
      const parts = path.split('.');
      // a constant of Phaser's own (Phaser.AUTO) comes from const.js
      if (parts.length === 1 && /^[A-Z_]+$/.test(parts[0])) return !new RegExp(`^\\s+${parts[0]}:`, 'm').test(CONST);
      let at: unknown = ns;
      for (const p of parts) {
        if (at === null || (typeof at !== 'object' && typeof at !== 'function') || !(p in (at as object))) return true;
        at = (at as Record<string, unknown>)[p];
      }
      return false;
    });
    expect(
      missing.map((m) => `Phaser.${m.path} (${m.where})`),
      'add them to src/vendor/phaser.cjs',
    ).toEqual([]);
  });

  it('registers a factory for every kind of game object the scenes add or make', () => {
    const kinds = new Set<string>();
    for (const { text } of code) for (const m of text.matchAll(/\.(add|make)\.(\w+)\(/g)) kinds.add(`${m[1]}:${m[2]}`);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    const missing = [...kinds].filter((k) => {
      const [how, kind] = k.split(':');
      const file = `${kind[0].toUpperCase()}${kind.slice(1)}${how === 'add' ? 'Factory' : 'Creator'}`;
      return !SLIM.includes(`/${file}')`);
    });
    expect(missing, 'require their Factory (add) or Creator (make) in src/vendor/phaser.cjs').toEqual([]);
  });

  it('would notice a part that is missing', () => {
    // the check itself: Image is not in the slim build
    expect('Image' in (ns.GameObjects as object)).toBe(false);
  });
});
