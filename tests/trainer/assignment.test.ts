import { describe, expect, it } from 'vitest';
import { assignmentUrl, check, decodeAssignment, encodeAssignment, fromBase64Url, MAX_PARAM, toBase64Url } from '../../src/trainer/assignment';
import { assignment, LEVELS } from './fixtures';

const wire = (o: unknown, version = 1) => {
  const json = JSON.stringify(o);
  return `${version}.${toBase64Url(json)}.${check(json)}`;
};

describe('assignment links', () => {
  it('round-trips every field, with non-Latin text in the note', () => {
    const a = assignment({
      levels: ['phase-2-trust', 'repair-foster'],
      lang: 'en',
      note: 'Lees eerst § 3 — “ikke zelf!” 😀',
      due: '2026-12-14',
      whatIf: true,
      seed: 424242,
      score: 'model',
      replays: false,
    });
    const p = encodeAssignment(a);
    expect(p).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeAssignment(p, LEVELS)).toEqual({ ok: true, assignment: a });
  });

  it('is compact: a one-level assignment stays short', () => {
    expect(encodeAssignment(assignment()).length).toBeLessThan(100);
    expect(new URL(assignmentUrl('https://x.nl/game/index.html?level=a#b', assignment())).search).toMatch(/^\?a=1\./);
  });

  it('says a link is empty', () => {
    expect(decodeAssignment('', LEVELS)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(decodeAssignment(null, LEVELS)).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a link that is far too long', () => {
    const r = decodeAssignment('1.' + 'A'.repeat(MAX_PARAM), LEVELS);
    expect(r).toMatchObject({ ok: false, error: { code: 'tooLong' } });
  });

  it('finds a truncated link damaged, wherever it was cut', () => {
    const p = encodeAssignment(assignment({ note: 'Een notitie voor de klas' }));
    for (let cut = 3; cut < p.length; cut += 3) {
      const r = decodeAssignment(p.slice(0, cut), LEVELS);
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (!r.ok) expect(['damaged', 'format']).toContain(r.error.code);
    }
  });

  it('finds a hand-edited link damaged (one character changed)', () => {
    const p = encodeAssignment(assignment());
    const i = 8;
    const edited = p.slice(0, i) + (p[i] === 'A' ? 'B' : 'A') + p.slice(i + 1);
    expect(decodeAssignment(edited, LEVELS)).toEqual({ ok: false, error: { code: 'damaged' } });
  });

  it('says what is wrong with a link that is not an assignment at all', () => {
    expect(decodeAssignment('hello', LEVELS)).toEqual({ ok: false, error: { code: 'format' } });
    expect(decodeAssignment('1.!!!.x', LEVELS)).toMatchObject({ ok: false });
  });

  it('recognises a link from a newer game', () => {
    expect(decodeAssignment(wire({ i: 'abcd2345' }, 2), LEVELS)).toEqual({ ok: false, error: { code: 'newer', version: 2 } });
  });

  it('names an unknown level', () => {
    expect(decodeAssignment(wire({ i: 'abcd2345', l: ['phase-9-magic'], g: 'nl' }), LEVELS)).toEqual({ ok: false, error: { code: 'unknownLevel', id: 'phase-9-magic' } });
  });

  it('names the field that does not fit (a correctly re-checked hand edit)', () => {
    expect(decodeAssignment(wire({ i: 'abcd2345', l: [], g: 'nl' }), LEVELS)).toMatchObject({ error: { code: 'fields', field: 'levels' } });
    expect(decodeAssignment(wire({ i: 'abcd2345', l: ['phase-1-safety'], g: 'fr' }), LEVELS)).toMatchObject({ error: { code: 'fields', field: 'lang' } });
    expect(decodeAssignment(wire({ i: 'x', l: ['phase-1-safety'], g: 'nl' }), LEVELS)).toMatchObject({ error: { code: 'fields', field: 'id' } });
    expect(decodeAssignment(wire({ i: 'abcd2345', l: ['phase-1-safety'], g: 'nl', d: 'tomorrow' }), LEVELS)).toMatchObject({ error: { code: 'fields', field: 'due' } });
    expect(decodeAssignment(wire([1, 2]), LEVELS)).toMatchObject({ error: { code: 'fields', field: 'assignment' } });
  });

  it('keeps HTML in a note as plain text (it is only ever shown as text)', () => {
    const note = '<script>alert(1)</script>';
    const r = decodeAssignment(encodeAssignment(assignment({ note })), LEVELS);
    expect(r.ok && r.assignment.note).toBe(note);
  });

  it('base64url refuses characters outside its alphabet and invalid UTF-8', () => {
    expect(() => fromBase64Url('ab+c')).toThrow();
    expect(() => fromBase64Url('_w')).toThrow();
  });
});

describe('the README example', () => {
  it('decodes', () => {
    expect(decodeAssignment('1.eyJpIjoiYWJjZDIzNDUiLCJsIjpbInBoYXNlLTEtc2FmZXR5Il0sImciOiJubCJ9.hx3fmh', LEVELS)).toEqual({
      ok: true,
      assignment: { id: 'abcd2345', levels: ['phase-1-safety'], lang: 'nl', whatIf: false, score: 'completion', replays: false },
    });
  });
});
