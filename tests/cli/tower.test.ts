import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'tower-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const EXAMPLE = {
  startAgeMonths: 0,
  start: { child: { safety: { growth: 0.4, cracks: 0.6 } } },
  turns: [{ months: 1, repeat: 12, caregiver: { caring: 2, giving: 1 } }],
};

describe('npm run tower', () => {
  it('plays the example plan: repeats expanded, every block and caregiver named', () => {
    const r = cli('tower', [file('ok.json', JSON.stringify(EXAMPLE))]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.timeline).toHaveLength(12);
    expect(out.final.ageMonths).toBe(12);
    expect(Object.keys(out.final.child)).toEqual(['safety', 'trust', 'confidence', 'autonomy', 'creativity']);
    expect(Object.keys(out.final.caregiver)).toEqual(['caring', 'giving', 'supporting', 'firmness', 'trusting']);
    expect(out.final.child.safety).toEqual({ growth: expect.any(Number), cracks: expect.any(Number), rupture: expect.any(Number), scar: expect.any(Number), status: expect.any(String) });
    // the cracked base heals under this care, and the events say so
    expect(out.timeline[0].child.safety.status).toBe('cracked');
    expect(out.final.child.safety.status).toBe('solid');
    expect(out.events).toContainEqual(expect.objectContaining({ key: 'healed', block: 'safety' }));
    expect(out.final.caregiver.supporting.strength).toBe(0);
  });

  it('is byte-identical on a second run', () => {
    const p = file('det.json', JSON.stringify(EXAMPLE));
    expect(cli('tower', [p]).stdout).toBe(cli('tower', [p]).stdout);
  });

  it('reads standard input with -', () => {
    const r = cli('tower', ['-'], JSON.stringify({ turns: [{ months: 2, caregiver: { caring: 3 } }] }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).final.ageMonths).toBe(2);
  });

  it('a repair move with "closes" closes only those blocks\' ruptures', () => {
    const torn = { months: 0, caregiver: { caring: -2, firmness: -2 } };
    const plan = (repair: object) =>
      JSON.stringify({
        startAgeMonths: 24,
        start: { child: { safety: { growth: 1 }, trust: { growth: 1 }, confidence: { growth: 1 }, autonomy: { growth: 0.5 } } },
        turns: [torn, { months: 0, repair: true, ...repair }],
      });
    const repaired = (text: string) => {
      const r = cli('tower', ['-'], text);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout)
        .events.filter((e: { turn: number; key: string }) => e.turn === 1 && e.key === 'repaired')
        .map((e: { block: string }) => e.block);
    };
    expect(repaired(plan({ closes: ['firmness'] }))).toEqual(['autonomy']);
    expect(repaired(plan({}))).toEqual(['safety', 'autonomy']);
  });

  const bad: [string, string, RegExp][] = [
    ['unreadable JSON', '{"turns": [', /not valid JSON/],
    ['an unknown caregiver block', JSON.stringify({ turns: [{ months: 1, caregiver: { carng: 1 } }] }), /turns\[0\]\.caregiver\.carng: unknown caregiver block/],
    ['an unknown child block', JSON.stringify({ start: { child: { safty: { growth: 1 } } }, turns: [] }), /start\.child\.safty: unknown child block/],
    ['an effect outside -3..+3', JSON.stringify({ turns: [{ months: 1, caregiver: { caring: 4 } }] }), /turns\[0\]\.caregiver\.caring: is 4, must be from -3 to 3/],
    ['a fractional effect', JSON.stringify({ turns: [{ months: 1, caregiver: { caring: 1.5 } }] }), /caring: must be a whole number/],
    ['negative months', JSON.stringify({ turns: [{ months: -1 }] }), /turns\[0\]\.months: must be a number of months, 0 or more/],
    ['growth above 1', JSON.stringify({ start: { child: { trust: { growth: 2 } } }, turns: [] }), /start\.child\.trust\.growth: is 2, must be from 0 to 1/],
    ['a missing turns list', JSON.stringify({}), /turns: must be a list/],
    ['closes that is not a list', JSON.stringify({ turns: [{ months: 1, repair: true, closes: 'firmness' }] }), /turns\[0\]\.closes: must be a list of caregiver block ids/],
    ['an unknown block in closes', JSON.stringify({ turns: [{ months: 1, repair: true, closes: ['firmness', 'autonomy'] }] }), /turns\[0\]\.closes\[1\]: unknown caregiver block/],
    ['closes without a repair move', JSON.stringify({ turns: [{ months: 1, closes: ['caring'] }] }), /turns\[0\]\.closes: only goes with "repair": true/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what}: exit 2, one line naming the field, nothing on stdout`, () => {
      const r = cli('tower', [file('bad.json', text)]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }

  it('rejects a missing file', () => {
    const r = cli('tower', [join(dir, 'nope.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read the file/);
  });
});
