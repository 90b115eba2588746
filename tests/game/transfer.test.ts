// Progress files: what goes out comes back the same, and every kind of bad file is refused with a
// reason that names what is wrong.
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/game/defaults';
import type { Progress } from '../../src/game/saves';
import { cleanName } from '../../src/trainer/text';
import { exportFileName, exportProgress, importProgress, MAX_TRANSFER_BYTES, TRANSFER_FORMAT, TRANSFER_VERSION } from '../../src/game/transfer';

const tower = { ageMonths: 9, growth: [1, 0.8, 0.2, 0, 0], cracks: [0, 0.1, 0, 0, 0], strength: [1, 0.9, 0.3, 0, 0] };
const played = (): Progress => ({
  version: 2,
  levels: { 'phase-1-safety': { done: true, focusStatus: 'solid', plays: 2 }, 'phase-2-trust': { done: false, focusStatus: 'growing', plays: 1 } },
  story: { next: 'phase-2-trust', carried: tower },
  inPlay: {
    level: 'phase-2-trust',
    mode: 'story',
    seed: 42,
    start: tower,
    step: 'choose',
    choices: [
      { scenario: 'trust-1', response: 'warm' },
      { scenario: 'trust-2', response: 'later', repair: true },
    ],
  },
});
const file = (o: Record<string, unknown>) => JSON.stringify({ format: TRANSFER_FORMAT, version: 1, exported: '2026-11-30T12:00:00Z', player: { name: 'Sam' }, progress: emptyProgress(), ...o });

describe('progress files', () => {
  it('round trip: a played progress with a level in play comes back equal, with the name', () => {
    const text = exportProgress('Anna de Vries', played(), new Date('2026-11-30T12:00:00Z'));
    const back = importProgress(text);
    expect(back).toEqual({ ok: true, name: 'Anna de Vries', progress: played() });
    const raw = JSON.parse(text);
    expect(raw).toMatchObject({ format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exported: '2026-11-30T12:00:00.000Z', player: { name: 'Anna de Vries' } });
  });

  it("a progress saved by an older version of the game is brought up to today's shape", () => {
    const old = { version: 1, levels: { 'phase-1-safety': { done: true, focusStatus: 'solid', plays: 1 } }, story: { next: null, carried: null }, inPlay: null };
    const back = importProgress(file({ progress: old }));
    expect(back).toMatchObject({ ok: true, progress: { version: 2, levels: old.levels } });
  });

  it('bad JSON is refused as not a file of ours to read', () => {
    expect(importProgress('{"format": "bouwstenen-progress", ')).toEqual({ ok: false, error: { key: 'notJson' } });
    expect(importProgress('')).toMatchObject({ ok: false, error: { key: 'notJson' } });
  });

  it('JSON of something else (another game, a plain save, an array) is refused', () => {
    expect(importProgress(JSON.stringify(played()))).toMatchObject({ ok: false, error: { key: 'notOurs' } });
    expect(importProgress('[1,2,3]')).toMatchObject({ ok: false, error: { key: 'notOurs' } });
    expect(importProgress('null')).toMatchObject({ ok: false, error: { key: 'notOurs' } });
    expect(importProgress(file({ version: 'one' }))).toMatchObject({ ok: false, error: { key: 'notOurs' } });
  });

  it('a file from a newer game is refused and its version named, not half-read', () => {
    expect(importProgress(file({ version: TRANSFER_VERSION + 1 }))).toEqual({ ok: false, error: { key: 'newer', params: { version: TRANSFER_VERSION + 1 } } });
  });

  it('a huge file is refused before it is parsed', () => {
    const huge = file({ padding: 'x'.repeat(MAX_TRANSFER_BYTES) });
    expect(importProgress(huge)).toMatchObject({ ok: false, error: { key: 'tooBig' } });
    // the size the browser reports counts even when the text is not read yet
    expect(importProgress('{}', 50 * 1024 * 1024)).toMatchObject({ ok: false, error: { key: 'tooBig', params: { kb: 51200 } } });
  });

  it('a damaged progress is refused, naming the field', () => {
    const bad = { ...played(), levels: { 'phase-1-safety': { done: 'yes', focusStatus: 'solid', plays: 2 } } };
    expect(importProgress(file({ progress: bad }))).toEqual({ ok: false, error: { key: 'badProgress', params: { field: 'levels.phase-1-safety.done' } } });
    const tower4 = { ...played(), story: { next: null, carried: { ...tower, growth: [1, 1, 1, 1] } } };
    expect(importProgress(file({ progress: tower4 }))).toMatchObject({ ok: false, error: { params: { field: 'story.carried.growth' } } });
    expect(importProgress(file({ progress: undefined }))).toMatchObject({ ok: false, error: { key: 'badProgress' } });
  });

  it('a file without a name is refused', () => {
    expect(importProgress(file({ player: { name: '   ' } }))).toMatchObject({ ok: false, error: { key: 'noName' } });
    expect(importProgress(file({ player: {} }))).toMatchObject({ ok: false, error: { key: 'noName' } });
  });

  it('HTML in the name stays plain text: kept as written, never turned into markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const back = importProgress(exportProgress(name, emptyProgress()));
    expect(back).toMatchObject({ ok: true, name });
    // the file name keeps only safe characters
    expect(exportFileName(name, new Date('2026-11-30T12:00:00Z'))).toBe('bouwstenen-img-src-x-onerror-alert-1-2026-11-30.json');
  });

  it('names are cleaned: control characters out, spaces folded, at most 40 characters', () => {
    expect(cleanName('  Anna\n\u0000de\u202eVries  ', 'player')).toBe('Anna de Vries');
    expect(cleanName('x'.repeat(60), 'player')).toHaveLength(40);
    expect(exportFileName('Zoë Çelik', new Date('2026-01-02T00:00:00Z'))).toBe('bouwstenen-zoe-celik-2026-01-02.json');
    expect(exportFileName('🙂', new Date('2026-01-02T00:00:00Z'))).toBe('bouwstenen-speler-2026-01-02.json');
  });
});
