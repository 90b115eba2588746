import { describe, expect, it } from 'vitest';
import { buildResults, canonical, MAX_RESULTS_BYTES, parseResults, sha256 } from '../../src/trainer/results';
import { fileStem } from '../../src/trainer/record';
import { level, record } from './fixtures';

const rec = record('Anna <b>de</b> Vries', [
  level([
    ['s1', 'r1'],
    ['s2', 'r2'],
  ]),
]);

describe('results files', () => {
  it('round-trip with a SHA-256 checksum of the body', async () => {
    const text = await buildResults(rec);
    const r = await parseResults(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      // version 2: every level counts its attempts, the record carries its score
      expect(r.file.version).toBe(2);
      expect(r.file.results).toEqual({ ...rec, levels: rec.levels.map((l) => ({ ...l, attempts: 1 })), score: { mode: 'completion', raw: 0, status: 'incomplete' } });
      expect(r.file.checksum).toBe(await sha256(canonical(r.file.results)));
      expect(r.file.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('the checksum does not depend on key order or spacing', async () => {
    const text = await buildResults(rec);
    const parsed = JSON.parse(text);
    const reordered = { results: parsed.results, checksum: parsed.checksum, version: 1, format: parsed.format };
    expect((await parseResults(JSON.stringify(reordered))).ok).toBe(true);
  });

  it('says a file is not JSON', async () => {
    expect(await parseResults('<html>hello</html>')).toEqual({ ok: false, error: { code: 'notJson' } });
    const text = await buildResults(rec);
    expect(await parseResults(text.slice(0, text.length / 2))).toEqual({ ok: false, error: { code: 'notJson' } });
  });

  it('says a JSON file is not a results file', async () => {
    expect(await parseResults('{"name":"x"}')).toEqual({ ok: false, error: { code: 'notResults' } });
    expect(await parseResults('[1,2]')).toEqual({ ok: false, error: { code: 'notResults' } });
  });

  it('catches a damaged or edited body by its checksum', async () => {
    const text = await buildResults(rec);
    const edited = text.replace('"r1"', '"r3"');
    expect(edited).not.toBe(text);
    expect(await parseResults(edited)).toEqual({ ok: false, error: { code: 'checksum' } });
  });

  it('names another version', async () => {
    const parsed = JSON.parse(await buildResults(rec));
    parsed.version = 3;
    expect(await parseResults(JSON.stringify(parsed))).toEqual({ ok: false, error: { code: 'otherVersion', version: 3 } });
  });

  it('reads a version 1 file as version 2: one attempt per level, focus is the model, the score as the platform would get it', async () => {
    const old = { ...rec, assignment: { ...rec.assignment, score: 'focus' }, levels: [{ ...rec.levels[0], reflectedAt: '2026-11-30T10:20:00Z' }] };
    const v1 = { format: 'bouwstenen-results', version: 1, checksum: await sha256(canonical(old)), results: old };
    const r = await parseResults(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toMatchObject({ version: 2, migratedFrom: 1 });
    expect(r.file.results.assignment.score).toBe('model');
    expect(r.file.results.levels[0].attempts).toBe(1);
    // the fixture's focus block (safety) stands solid: the model counts the level in full
    expect(r.file.results.score).toEqual({ mode: 'model', raw: 100, status: 'passed' });
    // a damaged version 1 file is still caught by its own checksum
    expect(await parseResults(JSON.stringify({ ...v1, checksum: '0'.repeat(64) }))).toEqual({ ok: false, error: { code: 'checksum' } });
  });

  it("keeps a replayed level's first attempt beside the last, and checks its shape", async () => {
    const first = { choices: rec.levels[0].choices, end: rec.levels[0].end, ruptures: 2, repairs: 0, seconds: 300 };
    const replayed = { ...rec, levels: [{ ...rec.levels[0], attempts: 3, first }] };
    const r = await parseResults(await buildResults(replayed));
    expect(r.ok && r.file.results.levels[0]).toMatchObject({ attempts: 3, first: { ruptures: 2, seconds: 300 } });
    for (const [bad, field] of [
      [{ attempts: 0 }, 'levels[0].attempts'],
      [{ attempts: 1.5 }, 'levels[0].attempts'],
      [{ first: { ...first, end: {} } }, 'levels[0].first'],
      [{ first: { ...first, choices: [{}] } }, 'levels[0].first.choices[0]'],
    ] as const) {
      const body = { ...rec, levels: [{ ...rec.levels[0], ...bad }] };
      const file = { format: 'bouwstenen-results', version: 2, checksum: await sha256(canonical(body)), results: body };
      expect(await parseResults(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'fields', field } });
    }
  });

  it('refuses a huge file before reading it', async () => {
    expect(await parseResults('{}', MAX_RESULTS_BYTES + 1)).toEqual({ ok: false, error: { code: 'tooBig', bytes: MAX_RESULTS_BYTES + 1 } });
  });

  it('names a field of the wrong shape even with a matching checksum', async () => {
    const bad = { ...rec, levels: [{ ...rec.levels[0], end: { growth: [1] } }] };
    const file = { format: 'bouwstenen-results', version: 1, checksum: await sha256(canonical(bad)), results: bad };
    expect(await parseResults(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'fields', field: 'levels[0].end' } });
  });

  it('accepts a byte order mark in front', async () => {
    expect((await parseResults('\uFEFF' + (await buildResults(rec)))).ok).toBe(true);
  });

  it('is named after the student, the levels and the date, in safe characters', () => {
    expect(fileStem(record('Anna <b>de</b> Vriés', []), new Date('2026-12-01T10:00:00Z'))).toBe('bouwstenen-Anna-b-de-b-Vries-phase-1-safety-2026-12-01');
    expect(fileStem(record('../../etc', []), new Date('2026-12-01T10:00:00Z'))).toBe('bouwstenen-etc-phase-1-safety-2026-12-01');
  });
});
