import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/game/link';

describe('link parameters are bounded', () => {
  it('a homework link as a trainer makes it', () => {
    expect(readLink('?level=phase-2-trust&lang=en')).toEqual({ level: 'phase-2-trust', badLevel: null, lang: 'en', assignment: null });
  });
  for (const n of [12_000, 100_000, 1_000_000]) {
    // (how fast: npm run bench:limits)
    it(`a ${n}-character level id is refused and cut short for the notice`, () => {
      const l = readLink(`?level=${'a'.repeat(n)}`);
      expect(l.level).toBeNull();
      expect(l.badLevel!.length).toBeLessThanOrEqual(41);
    });
  }
  it('ids with other characters, or markup, are not level ids', () => {
    expect(readLink('?level=<img src=x onerror=alert(1)>').level).toBeNull();
    expect(readLink('?level=Phase-1').level).toBeNull();
    expect(readLink('?lang=de').lang).toBeNull();
  });
});
