// Nothing a player made is overwritten without a copy (issue 22): a progress file that replaces a
// player, a homework link over a story in progress, the player limit and removing a player.
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/trainer/text';
import { cleanAnswer, whysGiven } from '../../src/trainer/record';
import { importProgress } from '../../src/game/transfer';
import { MAX_PLAYERS } from '../../src/game/saves';
import { answer, asideKeys, boot } from './harness';
import { PROGRESS } from './fixtures';

const aside = (map: Map<string, unknown>) => asideKeys(map).map((k) => ({ key: k, ...(map.get(k) as { from: string; reason: string; data: unknown }) }));

describe('case 3: a progress file that replaces a player keeps a copy', () => {
  it('the replaced progress is set aside, and restoring it brings the story back with every finished level', async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    const id = app.currentProfile().id;
    await app.newStory();
    await answer(app);
    await answer(app);
    const before = structuredClone(app.progress);
    const file = structuredClone(PROGRESS['1-idle']);
    const read = importProgress(JSON.stringify({ format: 'bouwstenen-progress', version: 1, player: { name: 'Speler 1' }, progress: file }));
    if (!read.ok) throw new Error('fixture did not load');
    await app.replaceProgress(id, read.progress);
    expect(app.progress.inPlay).toBeNull();
    expect(app.progress.levels['phase-1-safety']?.done).toBe(true);
    const kept = aside(map);
    expect(kept).toEqual([expect.objectContaining({ from: `progress:${id}`, reason: 'import' })]);
    expect((kept[0].data as typeof before).inPlay?.choices).toHaveLength(2);
    await app.restoreSavedGame(kept[0].key);
    expect(app.progress.inPlay?.choices).toEqual(before.inPlay!.choices);
    // the level the file brought stays finished after the restore
    expect(app.progress.levels['phase-1-safety']?.done).toBe(true);
  });
});

describe('case 4: a homework link never silently replaces a story level in progress', () => {
  it('the story in progress is set aside before the homework level starts, and can be restored', async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    await app.newStory();
    await answer(app);
    const story = structuredClone(app.progress.inPlay!);
    expect(await app.keepBeforeLink('phase-3-confidence')).toBe('phase-1-safety');
    await app.begin('phase-3-confidence', 'single');
    const kept = aside(map);
    expect(kept).toEqual([expect.objectContaining({ reason: 'link' })]);
    await app.restoreSavedGame(kept[0].key);
    expect(app.progress.inPlay).toEqual(story);
  });
  it('nothing is set aside when there is nothing to lose: no level in play, or the same homework under way', async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    expect(await app.keepBeforeLink('phase-2-trust')).toBeNull();
    await app.begin('phase-2-trust', 'single');
    await answer(app);
    expect(await app.keepBeforeLink('phase-2-trust')).toBeNull();
    expect(asideKeys(map)).toEqual([]);
  });
});

describe('case 9: the player limit says so, and a removed player can come back', () => {
  const full = () => ({
    version: 2,
    list: Array.from({ length: MAX_PLAYERS }, (_, i) => ({ id: `p-${String(i).padStart(10, '0')}`, name: `Speler ${i + 1}` })),
    current: 'p-0000000000',
  });
  it('the 201st player is refused with a reason, and the current player and list stay as they were', async () => {
    const map = new Map<string, unknown>([['profiles', full()]]);
    const { app } = await boot(map);
    expect(app.playersFull).toBe(true);
    expect(await app.addProfile('Nummer 201')).toBe('full');
    expect(app.profiles.list).toHaveLength(MAX_PLAYERS);
    expect(app.currentProfile().id).toBe('p-0000000000');
    expect(app.profiles.current).toBe('p-0000000000');
  });
  it("removing a player sets them aside; another tab's older list does not bring them back; restoring does, with their progress", async () => {
    const map = new Map<string, unknown>([
      ['profiles', full()],
      ['progress:p-0000000007', structuredClone(PROGRESS['1-idle'])],
    ]);
    const a = await boot(map);
    const b = await boot(map);
    expect(await a.app.removeProfile('p-0000000007')).toBe(true);
    expect(a.app.playersFull).toBe(false);
    expect(aside(map)).toEqual([expect.objectContaining({ from: 'profiles', reason: 'removed', data: { id: 'p-0000000007', name: 'Speler 8' } })]);
    // tab b still lists the removed player and saves its list: the union must not bring them back
    expect(b.app.profiles.list.some((p) => p.id === 'p-0000000007')).toBe(true);
    await b.app.selectProfile('p-0000000001');
    const c = await boot(map);
    expect(c.app.profiles.list.some((p) => p.id === 'p-0000000007')).toBe(false);
    // there is room again: a new player is added
    expect(await c.app.addProfile('Nieuw')).toBe('added');
    expect(c.app.playersFull).toBe(true);
    // full again: restoring says so instead of dropping someone
    const key = asideKeys(map)[0];
    expect(await c.app.restoreSavedGame(key)).toBe('full');
    await c.app.removeProfile(c.app.currentProfile().id);
    expect(await c.app.restoreSavedGame(key)).toBe('added');
    // the restore wins over the earlier removal, in this tab and in the older one
    await b.app.selectProfile('p-0000000002');
    const d = await boot(map);
    expect(d.app.profiles.list.some((p) => p.id === 'p-0000000007')).toBe(true);
    await d.app.selectProfile('p-0000000007');
    expect(d.app.progress.levels['phase-1-safety']?.done).toBe(true);
  });
  it('the last player cannot be removed', async () => {
    const { app } = await boot(new Map());
    expect(await app.removeProfile(app.currentProfile().id)).toBe(false);
    expect(app.profiles.list).toHaveLength(1);
  });
  it('removing the player in play switches to another player and their own progress', async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    const first = app.currentProfile().id;
    await app.addProfile('Twee');
    await app.begin('phase-2-trust', 'single');
    await answer(app);
    await app.removeProfile(app.currentProfile().id);
    expect(app.currentProfile().id).toBe(first);
    expect(app.progress.inPlay).toBeNull();
  });
});

describe('case 10: names made only of invisible characters are refused', () => {
  const invisible = ['\u200b\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u3164', '\u115f\u1160', ' \u200e\u200f ', '\u2800', '\u{e0041}\u{e0042}', '\u202e\u202d', '\ufe0f'];
  it('one cleaning for every way in: typed, from a file, restored', async () => {
    for (const s of invisible) {
      expect(cleanName(s, 'player'), JSON.stringify(s)).toBe('');
      const r = importProgress(JSON.stringify({ format: 'bouwstenen-progress', version: 1, player: { name: s }, progress: PROGRESS['1-idle'] }));
      expect(r.ok ? 'loaded' : r.error.key).toBe('noName');
    }
    const { app } = await boot(new Map());
    for (const s of invisible) expect(await app.addProfile(s)).toBe('empty');
    expect(app.profiles.list).toHaveLength(1);
  });
  it('answers and whys of only invisible characters count as not given', () => {
    for (const s of invisible) {
      expect(cleanAnswer(`${s}\n${s}`)).toBe('');
      expect(whysGiven({ choices: [{ why: s }, { why: s }] } as never)).toBe(0);
    }
    expect(cleanAnswer('  Ik dacht\r\nna.\u0007 ')).toBe('Ik dacht\nna.');
  });
  it('visible names keep their letters, emoji joiners included', () => {
    expect(cleanName('  Anna\n\u0000de\u202eVries  ', 'player')).toBe('Anna de Vries');
    expect(cleanName('Zoë 👩‍👧', 'player')).toBe('Zoë 👩‍👧');
    expect(cleanName('\u200bBo\u200b', 'player')).toBe('Bo');
    expect(cleanName(42, 'player')).toBe('');
  });
});
