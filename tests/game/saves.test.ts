import { describe, expect, it, vi } from 'vitest';
import { readPlayers } from '../../src/game/players';
import { migrate, readProgress, readSettings } from '../../src/game/migrate';
import { VERSION } from '../../src/game/saves';
import { answer, asideKeys, boot, CONTENT, playThrough } from './harness';
import { PROFILES, PROGRESS, SETTINGS } from './fixtures';

describe('migration: every past shape loads as today', () => {
  for (const [n, raw] of Object.entries(SETTINGS)) {
    it(`settings version ${n}`, () => {
      const v = readSettings(structuredClone(raw));
      expect(v.status).toBe('ok');
      if (v.status === 'ok') expect(v.value).toMatchObject({ version: VERSION.settings, lang: raw.lang, textScale: raw.textScale });
    });
  }
  for (const [n, raw] of Object.entries(PROFILES)) {
    it(`players version ${n}`, () => {
      const v = readPlayers(structuredClone(raw));
      expect(v.status).toBe('ok');
      if (v.status === 'ok') {
        expect(v.value.profiles).toEqual({ version: VERSION.profiles, list: raw.list, current: raw.current });
        expect(v.value.rejected).toEqual([]);
      }
    });
  }
  for (const [n, raw] of Object.entries(PROGRESS)) {
    it(`progress ${n}`, () => {
      const v = readProgress(structuredClone(raw), CONTENT);
      expect(v.status).toBe('ok');
      if (v.status !== 'ok') return;
      expect(v.value.version).toBe(VERSION.progress);
      expect(v.problems).toEqual([]);
      expect(v.value.levels).toEqual(raw.levels);
      if (v.value.inPlay) {
        expect(v.value.inPlay.seed).toEqual(expect.any(Number));
        expect(v.value.inPlay.start.ruptures).toEqual([0, 0, 0, 0, 0]);
      }
      if (v.value.story.carried) expect(v.value.story.carried.ruptures).toHaveLength(5);
    });
  }
  it('a missing seed comes from the level id: the same every time', () => {
    const a = readProgress(structuredClone(PROGRESS['1-playing']), CONTENT);
    const b = readProgress(structuredClone(PROGRESS['1-playing']), CONTENT);
    expect(a.status === 'ok' && a.value.inPlay!.seed).toBe(b.status === 'ok' && b.value.inPlay!.seed);
  });
  it('a save from a newer version is told apart from a damaged one', () => {
    expect(migrate('progress', { ...PROGRESS['2-playing'], version: 3 })).toEqual({ status: 'newer', version: 3 });
    expect(migrate('progress', { levels: {} }).status).toBe('damaged');
    expect(migrate('settings', { version: 'x' }).status).toBe('damaged');
  });
  it('settings without a version are written back with one', async () => {
    const map = new Map<string, unknown>([['settings', SETTINGS[1]]]);
    const { app } = await boot(map);
    expect(app.settings.lang).toBe('en');
    expect(map.get('settings')).toMatchObject({ version: 2, lang: 'en' });
  });
  it("a version-1 game in play is written back in today's shape and plays on", async () => {
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[1]],
      ['progress:p2', PROGRESS['1-playing']],
    ]);
    const { app } = await boot(map);
    expect(app.currentProfile().name).toBe('Anna');
    expect(app.progress.inPlay?.level).toBe('phase-1-safety');
    expect(map.get('progress:p2')).toMatchObject({ version: 2, inPlay: { seed: expect.any(Number) } });
    expect(map.get('profiles')).toMatchObject({ version: 2 });
    await answer(app);
    expect(app.view!.run.choices).toHaveLength(1);
  });
});

describe('a save from a newer version', () => {
  it('is kept untouched while this version plays without it, and the player is told', async () => {
    const newer = { ...PROGRESS['2-playing'], version: 3, somethingNew: true };
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[2]],
      ['progress:p-0a1b2c3d4e', newer],
    ]);
    const { app } = await boot(map);
    expect(app.newerSaves).toEqual(['progress:p-0a1b2c3d4e']);
    expect(app.progress.inPlay).toBeNull();
    await app.begin('phase-1-safety', 'single');
    await answer(app);
    expect(map.get('progress:p-0a1b2c3d4e')).toEqual(newer);
    expect(asideKeys(map)).toEqual([]);
  });
  it('a newer player list stays untouched, and a new player never gets an old id', async () => {
    const newer = {
      version: 9,
      list: [
        { id: 'p1', name: 'A' },
        { id: 'p2', name: 'B' },
      ],
      current: 'p2',
    };
    const p2 = { ...PROGRESS['1-idle'], levels: { 'phase-1-safety': { done: true, focusStatus: 'solid', plays: 1 } } };
    const map = new Map<string, unknown>([
      ['profiles', newer],
      ['progress:p2', p2],
    ]);
    const { app } = await boot(map);
    await app.addProfile('Nieuw');
    expect(app.currentProfile().id).not.toMatch(/^p\d+$/);
    expect(app.progress.levels).toEqual({});
    expect(map.get('profiles')).toEqual(newer);
  });
});

describe('set-aside saves', () => {
  it('a second damaged save gets a new key: the first is never overwritten', async () => {
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[1]],
      ['progress:p2', { version: 1, levels: 'first' }],
      ['set-aside:progress:p2:1', 'from an older game'],
    ]);
    await boot(map);
    map.set('progress:p2', { version: 1, levels: 'second' });
    await boot(map);
    const keys = asideKeys(map);
    expect(keys).toHaveLength(3);
    const datas = keys.map((k) => map.get(k)).map((r) => (r as { data?: unknown }).data ?? r);
    expect(datas).toEqual(expect.arrayContaining(['from an older game', { version: 1, levels: 'first' }, { version: 1, levels: 'second' }]));
  });
  it('keys are never reused, even after one is deleted', async () => {
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[1]],
      ['progress:p2', { version: 1, levels: 'first' }],
    ]);
    const { app } = await boot(map);
    const [first] = asideKeys(map);
    await app.deleteSavedGame(first);
    expect(asideKeys(map)).toEqual([]);
    map.set('progress:p2', { version: 1, levels: 'second' });
    await boot(map);
    expect(asideKeys(map)).toHaveLength(1);
    expect(asideKeys(map)[0]).not.toBe(first);
  });
  it('can be listed, exported, restored (what was there is set aside in turn) and deleted', async () => {
    const good = structuredClone(PROGRESS['1-idle']);
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[1]],
      ['progress:p2', good],
    ]);
    const { store } = await boot(map);
    await store.setAside('progress:p2', good, 'inconsistent');
    const { app } = await boot(map);
    await app.begin('phase-3-confidence', 'single');
    const list = await app.savedGames();
    expect(list).toEqual([expect.objectContaining({ from: 'progress:p2', reason: 'inconsistent' })]);
    expect(JSON.parse((await app.exportSavedGame(list[0].key))!)).toMatchObject({ from: 'progress:p2', data: good });
    await app.restoreSavedGame(list[0].key);
    expect(app.progress.levels['phase-1-safety']?.done).toBe(true);
    expect(app.progress.inPlay).toBeNull();
    const after = await app.savedGames();
    expect(after).toEqual([expect.objectContaining({ from: 'progress:p2', reason: 'replaced' })]);
    await app.deleteSavedGame(after[0].key);
    expect(await app.savedGames()).toEqual([]);
  });
});

describe('players never swap progress', () => {
  const name41 = 'x'.repeat(41);
  it("one bad name sets aside that player alone; a new player gets a fresh id and no one's progress", async () => {
    const list = {
      version: 1,
      list: [
        { id: 'p1', name: 'Speler 1' },
        { id: 'p2', name: name41 },
      ],
      current: 'p1',
    };
    const done = { ...PROGRESS['1-idle'] };
    const map = new Map<string, unknown>([
      ['profiles', list],
      ['progress:p2', done],
    ]);
    const { app } = await boot(map);
    expect(app.profiles.list.map((p) => p.id)).toEqual(['p1']);
    expect(asideKeys(map)).toHaveLength(1);
    expect((map.get(asideKeys(map)[0]) as { reason: string }).reason).toBe('player');
    await app.addProfile('Nieuw');
    const id = app.currentProfile().id;
    expect(id).not.toBe('p2');
    expect(app.progress.levels).toEqual({});
    // p2's progress is still where it was, and comes back with p2
    expect(map.get('progress:p2')).toEqual(done);
    await app.restoreSavedGame(asideKeys(map)[0]);
    expect(app.profiles.list.map((p) => p.id)).toContain('p2');
    await app.selectProfile('p2');
    expect(app.progress.levels['phase-1-safety']?.done).toBe(true);
  });
  it('duplicate ids: the second is set aside, not merged into the first', async () => {
    const list = {
      version: 2,
      list: [
        { id: 'p1', name: 'A' },
        { id: 'p1', name: 'B' },
      ],
      current: 'p1',
    };
    const { app } = await boot(new Map([['profiles', list]]));
    expect(app.profiles.list).toEqual([{ id: 'p1', name: 'A' }]);
  });
  it('names are cut to 40 characters and kept on one line', async () => {
    const { app } = await boot(new Map());
    await app.addProfile(`  ${'y'.repeat(10_000)}\n`);
    expect(app.currentProfile().name).toBe('y'.repeat(40));
  });
  it('ids are never reused across many players', async () => {
    const { app } = await boot(new Map());
    for (let i = 0; i < 30; i++) await app.addProfile(`P${i}`);
    expect(new Set(app.profiles.list.map((p) => p.id)).size).toBe(31);
  });
});

describe('inconsistent saves are mended and the original kept', () => {
  const withIp = (ip: object, story: { next: string | null; carried: null } = { next: null, carried: null }) => ({
    ...PROGRESS['2-playing'],
    story,
    inPlay: { ...PROGRESS['2-playing'].inPlay, ...ip },
  });
  const open = async (progress: unknown) => {
    const map = new Map<string, unknown>([
      ['profiles', PROFILES[2]],
      ['progress:p-0a1b2c3d4e', progress],
    ]);
    const { app } = await boot(map);
    return { app, map };
  };
  it('step "result" with no choices opens at the intro', async () => {
    const { app, map } = await open(withIp({ step: 'result' }));
    expect(app.progress.inPlay?.step).toBe('intro');
    expect(asideKeys(map)).toHaveLength(1);
  });
  it('a debrief before the level is played opens at the intro', async () => {
    const { app } = await open(withIp({ step: 'debrief' }));
    expect(app.progress.inPlay?.step).toBe('intro');
  });
  it('a next story level that is gone: continue goes to the map instead of throwing', async () => {
    const { app, map } = await open(withIp({}, { next: 'phase-9-gone', carried: null }));
    expect(app.progress.story.next).toBeNull();
    expect((map.get(asideKeys(map)[0]) as { reason: string }).reason).toBe('inconsistent');
  });
  it('a level in play that is gone is set aside, not dropped silently', async () => {
    const { app, map } = await open(withIp({ level: 'phase-9-gone' }));
    expect(app.progress.inPlay).toBeNull();
    expect((map.get(asideKeys(map)[0]) as { data: { inPlay: { level: string } } }).data.inPlay.level).toBe('phase-9-gone');
  });
  it('choices that do not fit the level are set aside', async () => {
    const { app } = await open(withIp({ choices: [{ scenario: 'nope', response: 'nope' }], step: 'result' }));
    expect(app.progress.inPlay).toBeNull();
  });
  it('a finished run asked to show a new moment shows its last result', async () => {
    const level = CONTENT.levels.find((l) => l.id === 'phase-2-trust')!;
    const choices = level.scenarios.map((s) => ({ scenario: s.id, response: s.responses.find((r) => !s.repair?.after.includes(r.id))!.id }));
    const { app } = await open(withIp({ choices, step: 'choose' }));
    expect(app.progress.inPlay?.step).toBe('result');
  });
  it('numbers out of range are not trusted', async () => {
    const { app, map } = await open({ ...PROGRESS['2-playing'], levels: { 'phase-1-safety': { done: true, focusStatus: 'solid', plays: 1e300 } } });
    expect(app.progress.levels).toEqual({});
    expect(asideKeys(map)).toHaveLength(1);
  });
});

describe('two tabs over one storage', () => {
  it('an older tab that starts a new story keeps the level the other tab just finished', async () => {
    const map = new Map<string, unknown>();
    const a = await boot(map);
    const b = await boot(map);
    await a.app.begin('phase-1-safety', 'single');
    await playThrough(a.app);
    expect(map.get(`progress:${a.app.currentProfile().id}`)).toMatchObject({ levels: { 'phase-1-safety': { done: true } } });
    await b.app.newStory();
    expect(map.get(`progress:${b.app.currentProfile().id}`)).toMatchObject({ levels: { 'phase-1-safety': { done: true } }, inPlay: { level: 'phase-1-safety' } });
  });
  it('two tabs that each add a player keep both', async () => {
    const map = new Map<string, unknown>();
    const a = await boot(map);
    const b = await boot(map);
    await a.app.addProfile('Anna');
    await b.app.addProfile('Bert');
    const c = await boot(map);
    expect(c.app.profiles.list.map((p) => p.name).sort()).toEqual(['Anna', 'Bert', 'Speler 1']);
    expect(new Set(c.app.profiles.list.map((p) => p.id)).size).toBe(3);
  });
});

describe('storage that never answers', () => {
  it('after a short wait the game plays from memory and says so', async () => {
    const store = await import('../../src/services/store');
    // the game's clock, not the machine's: it gives up at the 200 ms it was told, not later
    vi.useFakeTimers();
    let done = false;
    const init = store.initStore({ backend: () => new Promise(() => {}), waitMs: 200 }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await init;
    vi.useRealTimers();
    expect(done).toBe(true);
    expect(store.storageProblem()).toBe('unavailable');
    await store.save('k', 1);
    expect(await store.read('k')).toBe(1);
  });
});
