// The balance players: what each one picks, so the balance tables mean what they say.
import { describe, expect, it } from 'vitest';
import { GOOD_ENOUGH_BEST, pick, seededRng, type ResponseLike } from '../../src/model';

const r = (id: string, effects: ResponseLike['effects'], nl: string, kind?: string, en = nl): ResponseLike => ({ id, effects, text: { nl, en }, ...(kind ? { kind } : {}) });
const scene = [
  r('best', { caring: 2 }, 'Kort.'),
  r('mild', { caring: 1 }, 'Iets langer dan kort.', undefined, 'In English this one is the longest of all three.'),
  r('poor', { caring: -2 }, 'Een heel lang en zorgvuldig klinkend antwoord.', undefined, 'Short.'),
];

describe('balance policies', () => {
  it('longest picks the longest text in the language asked for, whatever its effects', () => {
    expect(pick('longest', scene, seededRng(1))).toBe(2);
    expect(pick('longest', scene, seededRng(1), { lang: 'en' })).toBe(1); // 'mild' has the longest English here
  });

  it('good-enough takes the best about 70% of the time and otherwise the mildest of the rest, never the worst', () => {
    const rng = seededRng(5);
    const n = 4000;
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) counts[pick('good-enough', scene, rng)]++;
    expect(counts[2]).toBe(0);
    expect(Math.abs(counts[0] / n - GOOD_ENOUGH_BEST)).toBeLessThan(0.03);
  });

  it('good-enough always takes the repair in a repair moment', () => {
    const moment = [r('move', {}, 'Doorgaan.', 'move-on'), r('fix', { giving: 1 }, 'Terugkomen.', 'repair'), r('explain', { giving: 2 }, 'Uitleggen.', 'explain-away')];
    const rng = seededRng(9);
    for (let i = 0; i < 50; i++) expect(pick('good-enough', moment, rng)).toBe(1);
  });
});
