// Whatever JSON sits in any save slot, the loader never throws, and each slot ends up loaded
// (in today's shape), kept untouched (a newer version), or set aside with its data kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlayers } from '../../src/game/players';
import { readProgress, readSettings } from '../../src/game/migrate';
import { asideKeys, boot, CONTENT } from './harness';
import { PROFILES, PROGRESS, SETTINGS } from './fixtures';

const SLOTS = ['settings', 'profiles', 'progress:p1', 'progress:p2'] as const;

/** Arbitrary JSON, and near misses of real saves (one field replaced by arbitrary JSON). */
const nearMiss = (base: Record<string, unknown>) => fc.tuple(fc.constantFrom(...Object.keys(base)), fc.jsonValue()).map(([k, v]) => ({ ...structuredClone(base), [k]: v }));
const slotValue = fc.oneof(
  fc.jsonValue(),
  nearMiss(SETTINGS[1]),
  nearMiss(SETTINGS[2]),
  nearMiss(PROFILES[1]),
  nearMiss(PROFILES[2]),
  nearMiss(PROGRESS['1-idle']),
  nearMiss(PROGRESS['1-playing']),
  nearMiss(PROGRESS['2-playing']),
  fc.constantFrom<unknown>(...Object.values(SETTINGS), ...Object.values(PROFILES), ...Object.values(PROGRESS)),
);

const readerFor = (slot: string) => (slot === 'settings' ? readSettings : slot === 'profiles' ? readPlayers : (raw: unknown) => readProgress(raw, CONTENT));

describe('the loader over arbitrary JSON in every slot', () => {
  it('never throws; every slot loads, migrates, stays untouched (newer) or is set aside', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record(Object.fromEntries(SLOTS.map((s) => [s, fc.option(slotValue, { nil: undefined })])) as Record<(typeof SLOTS)[number], fc.Arbitrary<unknown>>), async (slots) => {
        const map = new Map<string, unknown>();
        for (const [k, v] of Object.entries(slots)) if (v !== undefined && v !== null) map.set(k, structuredClone(v));
        const before = structuredClone(map);
        const { app } = await boot(map);
        expect(app.currentProfile()).toBeDefined();
        const aside = asideKeys(map).map((k) => map.get(k) as { from: string; data: unknown });
        for (const [slot, raw] of before) {
          const verdict = readerFor(slot)(structuredClone(raw));
          const now = map.get(slot);
          // progress is read only under the current player's own id; any other is left as it is
          if (slot.startsWith('progress:') && slot !== `progress:${app.currentProfile().id}`) {
            expect(now).toEqual(raw);
            continue;
          }
          if (verdict.status === 'newer') expect(now).toEqual(raw);
          else if (verdict.status === 'damaged') expect(aside.some((a) => a.from === slot && JSON.stringify(a.data) === JSON.stringify(raw))).toBe(true);
          else {
            // loaded: what is stored now reads as today's shape with nothing to mend
            const again = readerFor(slot)(structuredClone(now));
            expect(again.status).toBe('ok');
            if (again.status === 'ok') expect(again.problems).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
