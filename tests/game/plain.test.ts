// A parent's first words in a level are plain: who the child is, which block grows and how to play,
// in both languages, without the model's terms or its sources (those stay behind "Meer uitleg").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { plainIntro } from '../../src/game/plain';
import { levelStart } from '../../src/model';
import { setLang, setLocales } from '../../src/services/i18n';

const content = loadFromDisk();
const THEORY = /bron|source|model|ik-besef|sense of self|schijnzelfstandigheid|pseudo-independence|rode letter|red letter|\*/i;

beforeAll(() => {
  // (i18n marks the page's language: node has no page)
  (globalThis as unknown as { document: unknown }).document ??= { documentElement: {} };
  setLocales(content.locales);
});

describe("a parent's intro to a level", () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`is short and plain in every shipped level (${lang})`, () => {
      setLang(lang);
      for (const level of content.levels) {
        const text = plainIntro(level, levelStart(level));
        expect(text, level.id).toContain(level.child.name);
        expect(text.length, level.id).toBeLessThanOrEqual(400);
        expect(text.length, `${level.id}: shorter than the full intro`).toBeLessThan((lang === 'nl' ? level.intro.nl : level.intro.en)!.length);
        expect(text, level.id).not.toMatch(THEORY);
        expect(text, `${level.id}: every placeholder filled`).not.toMatch(/[{}]/);
      }
    });
  }

  it('names the cracked blocks in a repair story', () => {
    setLang('nl');
    const foster = content.levels.find((l) => l.id === 'repair-foster')!;
    expect(plainIntro(foster, levelStart(foster))).toMatch(/barsten in basisveiligheid en toevertrouwen/);
  });

  it("is the level's own plain intro where its writers gave one", () => {
    setLang('nl');
    const level = { ...content.levels[0], introPlain: { nl: 'Eigen woorden.', en: 'Own words.' } };
    expect(plainIntro(level, levelStart(level))).toBe('Eigen woorden.');
  });
});
