import { describe, expect, it } from 'vitest';
import { check } from '../../src/trainer/assignment';
import { FNV_OFFSET, fnv1a } from '../../src/trainer/hash';
import { seedFor } from '../../src/game/seed';
import { responseOrder } from '../../src/game/order';

// The one FNV-1a: seeds, link checks and resume data depend on its exact output.
describe('fnv1a', () => {
  it('gives the published 32-bit FNV-1a values', () => {
    expect(fnv1a('')).toBe(FNV_OFFSET);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('starts from a given basis, and stays a whole number 0..2^32-1', () => {
    expect(fnv1a('', 7)).toBe(7);
    expect(fnv1a('x', -1)).toBe(fnv1a('x', 0xffffffff));
    for (const s of ['', 'Zoë 👩‍👧', 'x'.repeat(1000)]) {
      const h = fnv1a(s, FNV_OFFSET ^ 123456);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });

  it('keeps the seeds, checks and orders saves and links already carry', () => {
    expect(seedFor('phase-1-safety')).toBe(fnv1a('phase-1-safety'));
    expect(check('foobar')).toBe((0xbf9cf968).toString(36));
    // orders as computed before the hashes were made one (a change here reorders answers in old saves)
    expect(responseOrder(seedFor('phase-1-safety'), 's1', 4)).toEqual([2, 0, 3, 1]);
    expect(responseOrder(99, 'phase-1-safety:s2', 5)).toEqual([0, 1, 3, 4, 2]);
  });
});
