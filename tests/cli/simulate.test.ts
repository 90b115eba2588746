import { describe, expect, it } from 'vitest';
import { cli } from './run';

describe('npm run simulate', () => {
  it('prints per level and policy the mean growth and cracks and solid/cracked shares', () => {
    const r = cli('simulate', ['--level', 'all', '--policy', 'attuned', '--runs', '20', '--seed', '3', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.length).toBeGreaterThan(0);
    for (const res of out.results) {
      expect(res.policy).toBe('attuned');
      expect(res.runs).toBe(20);
      for (const b of Object.values(res.blocks) as { meanGrowth: number; solid: number; cracked: number }[]) {
        expect(b.solid + b.cracked).toBeLessThanOrEqual(1);
        expect(b.meanGrowth).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('is byte-identical for the same seed', () => {
    const args = ['--level', 'all', '--policy', 'random', '--runs', '30', '--seed', '7', '--json'];
    expect(cli('simulate', args).stdout).toBe(cli('simulate', args).stdout);
  });

  const bad: [string[], RegExp][] = [
    [['--policy', 'kind'], /--policy: unknown policy "kind"/],
    [['--level', 'nope'], /--level: unknown level "nope"/],
    [['--runs', '-3'], /--runs: "-3" must be a whole number/],
    [['--seed', 'x'], /--seed: "x" must be a whole number/],
    [['--colour'], /--colour: unknown option/],
    [['--lang', 'fr'], /--lang: "fr" must be nl or en/],
  ];
  for (const [args, message] of bad) {
    it(`rejects ${args.join(' ')} with exit 2 and one line`, () => {
      const r = cli('simulate', args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  }
});
