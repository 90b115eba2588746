// What a camera that will not start means for the lecturer (src/services/camera.ts): each of the
// browser's reasons becomes one of the typed problems class mode has plain words for.
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../src/services/camera';
import { loadFromDisk } from '../../src/content/node';

const err = (name: string) => Object.assign(new Error('x'), { name });

describe('a camera that will not start', () => {
  it("is refused, missing, busy or failed, by the browser's reason", () => {
    expect(problemOf(err('NotAllowedError'))).toBe('refused');
    expect(problemOf(err('SecurityError'))).toBe('refused');
    expect(problemOf(err('NotFoundError'))).toBe('missing');
    expect(problemOf(err('OverconstrainedError'))).toBe('missing');
    expect(problemOf(err('NotReadableError'))).toBe('busy');
    expect(problemOf(err('AbortError'))).toBe('busy');
    expect(problemOf(err('TypeError'))).toBe('failed');
    expect(problemOf(null)).toBe('failed');
  });

  it('has plain words for every problem in both languages', () => {
    const { locales } = loadFromDisk();
    for (const lang of ['nl', 'en']) for (const p of ['refused', 'missing', 'busy', 'unsupported', 'failed']) expect(locales[lang]![`answerCards.camera.${p}`], `${lang} ${p}`).toMatch(/\w/);
  });
});
