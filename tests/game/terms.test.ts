// Writers mark a block's name used as a word with stars (*zorgen voor*); players must never see
// the stars, on the canvas, in the screen-reader layer or in a report.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { markTerms, tx } from '../../src/services/i18n';

describe('marked terms', () => {
  it('show as a quoted term, and leave other text alone', () => {
    expect(markTerms('Zo zorg je voor haar (*zorgen voor*): ze ontspant.')).toBe('Zo zorg je voor haar (‘zorgen voor’): ze ontspant.');
    expect(markTerms('*geven* en *nemen*')).toBe('‘geven’ en ‘nemen’');
    expect(markTerms('3 * 4 = 12')).toBe('3 * 4 = 12');
  });

  it('leave no star in any shipped level text, in either language', () => {
    const { levels } = loadFromDisk();
    const stars: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (typeof o.nl === 'string' && typeof o.en === 'string') {
        for (const lang of ['nl', 'en'] as const) {
          const shown = lang === 'nl' ? tx({ nl: o.nl, en: o.en }) : markTerms(o.en);
          if (shown.includes('*')) stars.push(`${path}.${lang}`);
        }
        return;
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    for (const l of levels) walk(l, l.id);
    expect(stars).toEqual([]);
  });
});
