// Issue 22, case 8: the class overview reads every file on its own. A deeply nested file, a file
// with far more than an assignment holds, or anything else wrong gives that file its own verdict
// with why; it never throws (which dropped the valid files read with it) and never takes seconds
// (a hang fails on the test's time limit; the figures are in npm run bench:limits).
import { describe, expect, it } from 'vitest';
import { buildResults, nestsDeeper, parseResults, RESULTS_LIMITS } from '../../src/trainer/results';
import { overview } from '../../src/trainer/overview';
import { level, record } from './fixtures';

/** A results file with the right checksum around `results`, as a hostile tool could make one. */
async function wrap(results: unknown) {
  return buildResults(results as never);
}

/** A file of 1.2 MB that passes every check of the old reader: thousands of levels, each a new chart. */
function crafted() {
  const levels = Array.from({ length: 1300 }, (_, i) => level([[`s${i}`, `r${i}`]], { id: `l${i}`, title: `Level ${i}`, questions: [{ question: `Q${i}?`, answer: `answer ${i}` }] }));
  return record('Mallory', levels);
}

describe('a results file is read on its own, whatever it holds', () => {
  it('a deeply nested file: refused with why, at once, without throwing', async () => {
    const deep = `{"format":"bouwstenen-results","version":1,"checksum":"x","results":{"student":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
    await expect(parseResults(deep)).resolves.toEqual({ ok: false, error: { code: 'tooDeep', depth: RESULTS_LIMITS.depth } });
  });
  it('depth is counted outside strings only', () => {
    expect(nestsDeeper(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[' }), 3)).toBe(false);
    expect(nestsDeeper(JSON.stringify({ a: '\\"[[[[' }), 3)).toBe(false);
    expect(nestsDeeper('[[[[]]]]', 3)).toBe(true);
  });
  it('far more levels, moments or questions than an assignment has: refused with where', async () => {
    const text = await wrap(crafted());
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = await parseResults(text);
    expect(r).toEqual({ ok: false, error: { code: 'tooMany', field: 'levels', max: RESULTS_LIMITS.levels } });
    const many = record('M', [level(Array.from({ length: 201 }, (_, i) => [`s${i}`, 'a'] as [string, string]))]);
    expect(await parseResults(await wrap(many))).toMatchObject({ ok: false, error: { code: 'tooMany', field: 'levels[0].choices' } });
  });
  it('a field of the wrong type deep inside: the field is named, nothing is thrown', async () => {
    const r = record('Z', [level([['s1', 'a']])]);
    (r.levels[0].end as unknown as { status: unknown }).status = [{ not: 'text' }];
    expect(await parseResults(await wrap(r))).toMatchObject({ ok: false, error: { code: 'fields', field: 'levels[0].end' } });
  });
  it('the largest file the limits allow is read, and 30 of them make an overview', async () => {
    const levels = Array.from({ length: RESULTS_LIMITS.levels }, (_, i) =>
      level(
        Array.from({ length: 60 }, (_, j) => [`s${j}`, `r${j % 4}`] as [string, string]),
        {
          id: `l${i}`,
          questions: Array.from({ length: RESULTS_LIMITS.questions }, (_, q) => ({ question: `Q${q}?`, answer: 'a'.repeat(200) })),
        },
      ),
    );
    const file = await parseResults(await wrap(record('Big', levels)));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const class30 = Array.from({ length: 30 }, (_, i) => ({ ...file.file, checksum: String(i), results: { ...file.file.results, student: { name: `Big ${i}` } } }));
    const o = overview(class30);
    expect(o.students).toHaveLength(30);
  });
});
