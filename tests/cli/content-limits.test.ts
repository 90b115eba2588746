// The content check as a trainer who adapts content meets it: a missing handbook, no levels, a
// file the game would not load, texts too long for their card, clashing ids.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './run';

/** A copy of the shipped assets to break. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const sub of ['content', 'locales']) cpSync(join(ROOT, 'assets', sub), join(dir, sub), { recursive: true });
  return dir;
}
const check = (dir: string) => {
  const r = cli('content', ['--json', '--dir', dir]);
  return { ...r, out: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const level = (dir: string, id: string) => join(dir, 'content', 'levels', `${id}.yaml`);
const edit = (file: string, f: (d: any) => void) => {
  const d = parse(readFileSync(file, 'utf8'));
  f(d);
  writeFileSync(file, stringify(d));
};

describe('the content check reports what the game cannot use', () => {
  it('a missing handbook', () => {
    const dir = copy();
    rmSync(join(dir, 'content', 'handbook.yaml'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.out.errors).toContainEqual(expect.stringMatching(/handbook\.yaml: is missing/));
  });
  it('no levels at all', () => {
    const dir = copy();
    rmSync(join(dir, 'content', 'levels'), { recursive: true });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.out.errors).toContainEqual(expect.stringMatching(/has no level that can be played/));
  });
  it('a .yml file, which the game does not load', () => {
    const dir = copy();
    renameSync(level(dir, 'phase-5-creativity'), join(dir, 'content', 'levels', 'phase-5-creativity.yml'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.out.errors).toContainEqual(expect.stringMatching(/phase-5-creativity\.yml: is not loaded by the game: content files must end in \.yaml/));
    expect(r.out.levels.map((l: { id: string }) => l.id)).not.toContain('phase-5-creativity');
  });
  for (const [field, n] of [
    ['intro', 100_000],
    ['intro', 5_000],
    ['title', 500],
    ['tip', 2_000],
  ] as const) {
    it(`a ${n}-character ${field}: too long for its card`, () => {
      const dir = copy();
      edit(level(dir, 'phase-2-trust'), (d) => (d[field].nl = 'x'.repeat(n)));
      const r = check(dir);
      expect(r.status).toBe(1);
      expect(r.out.errors).toContainEqual(expect.stringMatching(new RegExp(`phase-2-trust\\.yaml: phase-2-trust: ${field}\\.nl: must be at most \\d+ characters`)));
      expect(r.out.levels.map((l: { id: string }) => l.id)).not.toContain('phase-2-trust');
    });
  }
  it('more scenarios than a level holds', () => {
    const dir = copy();
    edit(level(dir, 'phase-1-safety'), (d) => {
      const s = d.scenarios[0];
      d.scenarios = Array.from({ length: 21 }, (_, i) => ({ ...s, id: `s-${i}` }));
    });
    expect(check(dir).out.errors).toContainEqual(expect.stringMatching(/scenarios: must have at most 20 scenarios/));
  });
  it('a duplicate scenario id: the level is left out, as the game says, rather than half playable', () => {
    const dir = copy();
    edit(level(dir, 'phase-3-confidence'), (d) => (d.scenarios[1].id = d.scenarios[0].id));
    const r = check(dir);
    expect(r.out.errors).toContainEqual(expect.stringMatching(/is used by more than one scenario/));
    expect(r.out.levels.map((l: { id: string }) => l.id)).not.toContain('phase-3-confidence');
  });
  it('a folder that does not exist: exit 2 and one line', () => {
    const r = cli('content', ['--dir', join(tmpdir(), 'no-such-folder-here')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: --dir: .*: no such folder$/);
  });
});
