import { describe, expect, it } from 'vitest';
import { cli } from './run';

describe('npm run content', () => {
  it('prints every level with its counts and nothing missing or wrong', () => {
    const r = cli('content', ['--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual([]);
    expect(out.levels.map((l: { id: string }) => l.id)).toEqual([
      'phase-1-safety',
      'phase-2-trust',
      'phase-3-confidence',
      'phase-4-autonomy',
      'phase-5-creativity',
      'repair-foster',
      'repair-adoption',
    ]);
    for (const l of out.levels) {
      expect(l).toEqual({ id: expect.any(String), ageMonths: [expect.any(Number), expect.any(Number)], scenarios: expect.any(Number), responses: expect.any(Number), missing: [] });
      expect(l.responses).toBeGreaterThanOrEqual(l.scenarios * 3);
    }
  });

  it('rejects an unknown option with exit 2 and one line', () => {
    const r = cli('content', ['--yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('error: --yaml: unknown option (expected --json, --readability, --drawings, --dir)');
  });
});

describe('npm run content -- --readability', () => {
  it('adds per level and language whether the best answer can be found by its length', () => {
    const r = cli('content', ['--json', '--readability']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.readability.length).toBe(out.levels.length);
    for (const f of out.readability) {
      for (const lang of ['nl', 'en']) {
        expect(f.lang[lang].bestLongest).toBeLessThanOrEqual(f.lang[lang].scenarios);
        expect(f.lang[lang].ratios.length).toBeGreaterThan(0);
      }
      expect(Array.isArray(f.problems)).toBe(true);
    }
  });
});
