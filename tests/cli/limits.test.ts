import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, playPlan, PLAN_LIMITS } from '../../src/model/plan';
import { cli, ROOT } from './run';

const turns = (n: number, t: object) => JSON.stringify({ turns: Array.from({ length: n }, () => t) });

describe('plan limits: a clear error and exit 2, at once', () => {
  const bad: [string, string, RegExp][] = [
    ['months: 1e16 in one turn', JSON.stringify({ turns: [{ months: 1e16 }] }), /turns\[0\]\.months: is 10000000000000000, at most 240 in one turn/],
    ['100 turns of repeat 100000', turns(100, { months: 1, repeat: 100000, caregiver: { caring: 1 } }), /turns\[0\]\.repeat: must be a whole number from 1 to 10000/],
    ['repeats that add up past the limit', turns(3, { months: 0.01, repeat: 5000 }), /turns\[2\]\.repeat: brings the plan past 10000 turns/],
    ['months that add up past a lifetime', turns(10, { months: 200 }), /turns\[6\]: brings the plan past 1200 months/],
    ['a start age of 1e16', JSON.stringify({ startAgeMonths: 1e16, turns: [] }), /startAgeMonths: must be a number of months from 0 to 240/],
    ['more turns than the limit', turns(PLAN_LIMITS.turns + 1, {}), /turns: has 10001 turns, at most 10000/],
  ];
  for (const [what, text, message] of bad) {
    // (how fast: npm run bench:limits)
    it(`${what}: refused`, () => {
      expect(() => parsePlan(JSON.parse(text))).toThrow(message);
    });
  }
  it('the CLI says it in one line, no stack trace', () => {
    const r = cli('tower', ['-'], bad[1][1]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: turns\[0\]\.repeat/)]);
  });
  // a second or two; forever would fail on the test's time limit (the figure: npm run bench:limits)
  it('the largest plan allowed plays to its end', () => {
    const plan = parsePlan(JSON.parse(turns(1, { months: 0.12, repeat: PLAN_LIMITS.turns, caregiver: { caring: 1 } })));
    // (one view per turn, and the start)
    expect(playPlan(plan).timeline.length).toBeGreaterThanOrEqual(PLAN_LIMITS.turns);
  });
});

describe('pipes closed early', () => {
  for (const tool of ['tower', 'simulate', 'content'] as const) {
    it(`${tool} | head ends quietly`, () => {
      const args = tool === 'tower' ? ['-'] : tool === 'simulate' ? ['--runs', '50', '--json'] : ['--json'];
      const input = tool === 'tower' ? JSON.stringify({ turns: [{ months: 0.1, repeat: 5000, caregiver: { caring: 1 } }] }) : '';
      const cmd = `${join(ROOT, 'node_modules', '.bin', 'tsx')} ${join(ROOT, 'src', 'cli', `${tool}.ts`)} ${args.join(' ')} | head -c 20`;
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', cmd], { input, encoding: 'utf8', cwd: ROOT });
      expect(r.stderr).not.toMatch(/EPIPE|at .*:\d+/);
      expect(r.stdout).toHaveLength(20);
      expect(r.status).toBe(0);
    });
  }
});
