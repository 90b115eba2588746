// An age range on a button of its own starts with a capital ("Pasgeboren – 3 maanden"), in both
// languages; the age alone stays lower case, as it sits inside a sentence ("Noor is pasgeboren").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { ageLabel, ageRange, setLang, setLocales } from '../../src/services/i18n';

const content = loadFromDisk();

beforeAll(() => {
  // (i18n marks the page's language: node has no page)
  (globalThis as unknown as { document: unknown }).document ??= { documentElement: {} };
  setLocales(content.locales);
});

describe('age ranges', () => {
  it('a newborn range starts with a capital, the age alone does not', () => {
    setLang('nl');
    expect(ageRange(0, 3)).toBe('Pasgeboren – 3 maanden');
    expect(ageLabel(0)).toBe('pasgeboren');
    setLang('en');
    expect(ageRange(0, 3)).toBe('Newborn – 3 months');
  });
  for (const lang of ['nl', 'en'] as const) {
    it(`every shipped level's range starts with a capital or a digit (${lang})`, () => {
      setLang(lang);
      for (const level of content.levels) {
        const range = ageRange(level.ageMonths[0], level.ageMonths[1]);
        expect(range, level.id).toMatch(/^[\p{Lu}\d]/u);
        expect(range, level.id).toContain(' – ');
      }
    });
  }
});
