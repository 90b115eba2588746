// The drawings, frozen: every backdrop (place × time of day, high contrast too, wide and narrow),
// every child pose with each caregiver pose at several ages and moods, and the picture of every
// shipped moment, drawn into a recording stand-in for Phaser's Graphics. Each picture's draw calls
// are hashed and compared with tests/game/art-hashes.json: a change that moves code around
// (src/scenes/art split by what it draws) changes no hash; a change to a picture changes only its
// own. After a change meant to alter pictures: ART_HASHES=write npx vitest run tests/game/art.test.ts,
// and say in the commit which hashes changed and why.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// the drawings name Phaser only for the Graphics type: nothing of it runs here
vi.mock('phaser', () => ({ default: {} }));

const { drawBackdrop, drawFigures } = await import('../../src/scenes/art');
const { sceneFor } = await import('../../src/scenes/art/cues');
const { poseFor } = await import('../../src/scenes/art/pose');
const { PLACES, TIMES, CHILD_POSES, CAREGIVER_POSES, MOODS } = await import('../../src/content/schema');
const { loadFromDisk } = await import('../../src/content/node');

type Graphics = Parameters<typeof drawBackdrop>[0];

/**
 * A Graphics that records each call and does nothing else: the method's name and its arguments
 * (each number's exact 64 bits) go into two 32-bit FNV-1a hashes, cheap enough for thousands of
 * pictures in a few seconds.
 */
function recorder(): { g: Graphics; digest: () => string; calls: () => number } {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  let n = 0;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const word = (w: number) => {
    h1 = Math.imul(h1 ^ w, 0x01000193);
    h2 = Math.imul(h2 ^ w, 0x5bd1e995) ^ (h2 >>> 15);
  };
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) word(s.charCodeAt(i));
  };
  const methods = new Map<string, (...args: unknown[]) => Graphics>();
  const g: Graphics = new Proxy({} as Graphics, {
    get(_t, name) {
      if (typeof name !== 'string') return undefined;
      let f = methods.get(name);
      if (!f) {
        f = (...args: unknown[]) => {
          n++;
          text(name);
          word(args.length);
          for (const a of args) {
            if (typeof a === 'number') {
              f64[0] = a;
              word(u32[0]);
              word(u32[1]);
            } else text(JSON.stringify(a) ?? 'undefined');
          }
          return g;
        };
        methods.set(name, f);
      }
      return f;
    },
  });
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return { g, digest: () => hex(h1) + hex(h2), calls: () => n };
}

/** Two rectangles the scenario scene draws into: a wide one (a desktop) and a narrow one (a phone upright). */
const RECTS = [
  { name: 'wide', x: 420, y: 70, w: 848, h: 199 },
  { name: 'tall', x: 12, y: 330, w: 366, h: 110 },
] as const;

const FILE = join(import.meta.dirname, 'art-hashes.json');

function pictures(): Record<string, string> {
  const out: Record<string, string> = {};
  // the backdrops: every place at every time of day
  for (const place of PLACES) {
    for (const time of TIMES) {
      for (const hc of [false, true]) {
        for (const r of RECTS) {
          const rec = recorder();
          drawBackdrop(rec.g, place, time, r.x, r.y, r.w, r.h, { highContrast: hc });
          out[`backdrop ${place} ${time}${hc ? ' hc' : ''} ${r.name}`] = rec.digest();
        }
      }
    }
  }
  // the figures: each child pose with each caregiver pose, at ages from a newborn to a preschooler,
  // calm and crying (every mood at one pose); a pose a child is too young or old for is drawn once, as what it becomes
  for (const child of CHILD_POSES) {
    for (const caregiver of CAREGIVER_POSES) {
      for (const age of [1, 8, 20, 50]) {
        for (const mood of child === 'standing' && caregiver === 'standing' ? MOODS : (['calm', 'crying'] as const)) {
          const pose = poseFor('living', 'day', age, { child, caregiver });
          const key = `figures ${pose.child}+${pose.caregiver} ${age}m ${mood}`;
          if (key in out) continue;
          const rec = recorder();
          drawFigures(rec.g, pose, mood, age, RECTS[0].x, RECTS[0].y, RECTS[0].w, RECTS[0].h, { child: age < 30 ? 'Noor' : 'Milan' });
          out[key] = rec.digest();
        }
      }
    }
  }
  // every shipped moment as the scenario scene draws it (backdrop and figures, both children)
  for (const level of loadFromDisk().levels) {
    const step = (level.ageMonths[1] - level.ageMonths[0]) / Math.max(1, level.scenarios.length);
    level.scenarios.forEach((s, i) => {
      const age = level.ageMonths[0] + i * step;
      for (const kind of s.repair ? (['scenario', 'repair'] as const) : (['scenario'] as const)) {
        const { place, time, pose } = sceneFor(s, kind, s.repair, age, level.child.name);
        for (const r of RECTS) {
          const rec = recorder();
          drawBackdrop(rec.g, place, time, r.x, r.y, r.w, r.h, { highContrast: false });
          drawFigures(rec.g, pose, pose.mood, age, r.x, r.y, r.w, r.h, { highContrast: false, child: level.child.name });
          out[`moment ${level.id} ${s.id}${kind === 'repair' ? ' (repair)' : ''} ${r.name}`] = rec.digest();
        }
      }
    });
  }
  return out;
}

describe('the drawings, frozen', () => {
  it('draws every backdrop, pose and shipped moment exactly as frozen in art-hashes.json', () => {
    const now = pictures();
    if (process.env.ART_HASHES === 'write') writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    const frozen = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
    const changed = Object.keys({ ...frozen, ...now }).filter((k) => frozen[k] !== now[k]);
    expect(changed, 'pictures drawn differently from the frozen ones (see the header of this file)').toEqual([]);
  });

  it('records real drawing: a picture is hundreds of calls, and pictures differ', () => {
    const a = recorder();
    drawBackdrop(a.g, 'kitchen', 'day', 0, 0, 800, 200);
    const b = recorder();
    drawBackdrop(b.g, 'kitchen', 'night', 0, 0, 800, 200);
    expect(a.calls()).toBeGreaterThan(100);
    expect(a.digest()).not.toBe(b.digest());
  });
});
