// Actions that can be refused honestly: an action carries where the level stood when it was
// issued, and a stale or impossible one comes back refused with its reason, the state unchanged.
// Changes reach the assignment (and through it SCORM) through a subscriber list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../src/game/defaults';
import { atOf, reduce, type SessionAction } from '../../src/game/session';
import type { Progress } from '../../src/game/saves';
import { boot, CONTENT } from './harness';
import { playActions } from '../fixtures/levels';

const levels = CONTENT.levels;
const level = 'phase-1-safety';

const play = (p: Progress, ...actions: SessionAction[]) => playActions(p, levels, ...actions);

/** A response of the level's first scenario (any will do). */
const firstResponse = levels.find((l) => l.id === level)!.scenarios[0].responses[0].id;

afterEach(() => vi.restoreAllMocks());

describe('the reducer refuses a stale or impossible action, with a typed reason', () => {
  it('an action issued from a screen the level has moved on from is refused as stale; nothing changes', () => {
    const p = play(emptyProgress(), { type: 'begin', level, mode: 'single', seed: 5 });
    const atIntro = atOf(p.inPlay!);
    const q = play(p, { type: 'advance', to: 'situation', at: atIntro });
    // the same Enter again, from the intro that is gone
    const out = reduce(q, { type: 'advance', to: 'situation', at: atIntro }, levels);
    expect(out.refused?.reason).toBe('stale');
    expect(out.progress).toBe(q);
    // from the screen on show it is taken
    expect(reduce(q, { type: 'choose', response: firstResponse, at: atOf(q.inPlay!) }, levels).refused).toBeUndefined();
  });

  it('a second choose from the same screen is refused (stale), and without a screen as impossible (wrong step)', () => {
    const p = play(emptyProgress(), { type: 'begin', level, mode: 'single', seed: 5 }, { type: 'advance', to: 'situation' });
    const at = atOf(p.inPlay!);
    const once = play(p, { type: 'choose', response: firstResponse, at });
    const twice = reduce(once, { type: 'choose', response: firstResponse, at }, levels);
    expect(twice.refused?.reason).toBe('stale');
    expect(twice.progress).toBe(once);
    expect(reduce(once, { type: 'choose', response: firstResponse }, levels).refused?.reason).toBe('wrongStep');
    expect(once.inPlay!.choices).toHaveLength(1);
  });

  it('every refusal has a reason: no level, unknown level, no such response, no such choice', () => {
    expect(reduce(emptyProgress(), { type: 'next' }, levels).refused?.reason).toBe('noLevel');
    expect(reduce(emptyProgress(), { type: 'begin', level: 'gone', mode: 'single', seed: 1 }, levels).refused?.reason).toBe('unknownLevel');
    const p = play(emptyProgress(), { type: 'begin', level, mode: 'single', seed: 5 }, { type: 'advance', to: 'situation' });
    expect(reduce(p, { type: 'choose', response: 'nope' }, levels).refused?.reason).toBe('unknownResponse');
    expect(reduce(p, { type: 'whatIf', from: 0 }, levels).refused?.reason).toBe('wrongStep');
  });
});

describe('App: refusals are returned and logged, changes reach every subscriber', () => {
  it('a double choose through the app: the second is refused, logged, saved nothing, told nobody', async () => {
    const { app } = await boot(new Map());
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await app.begin(level, 'single');
    await app.setStep('situation');
    const at = atOf(app.progress.inPlay!);
    const heard: string[] = [];
    app.subscribe((c) => void heard.push(c.action.type));
    const id = app.view!.shown[0].id;
    expect(await app.choose(id, at)).toBeDefined();
    const after = app.progress;
    const second = await app.dispatch({ type: 'choose', response: id, at });
    expect(second.refused?.reason).toBe('stale');
    expect(app.progress).toBe(after);
    expect(heard).toEqual(['choose']);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/refused choose \(stale\)/));
  });

  it('all subscribers hear of a change once it is saved; one that unsubscribed does not', async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    const a: string[] = [];
    const b: string[] = [];
    const stopA = app.subscribe((c) => void a.push(`${c.action.type}${c.finished ? ' finished' : ''}`));
    app.subscribe(async (c) => {
      // saved before anyone hears of it
      expect((map.get(app.progressKey) as Progress).inPlay?.step).toBe(c.progress.inPlay?.step);
      b.push(c.action.type);
    });
    await app.begin(level, 'single');
    stopA();
    await app.setStep('situation');
    expect(a).toEqual(['begin']);
    expect(b).toEqual(['begin', 'advance']);
    // finishing a level says so
    const finished: boolean[] = [];
    app.subscribe((c) => void finished.push(c.finished));
    while (app.progress.inPlay!.step !== 'debrief') {
      if (app.progress.inPlay!.step === 'result') await app.next();
      else await app.choose(app.view!.shown[0].id);
    }
    expect(finished.at(-1)).toBe(true);
    expect(finished.slice(0, -1).every((f) => !f)).toBe(true);
  });

  it("the platform's level in play (SCORM resume) goes through the reducer and ends as the old direct write did", async () => {
    const map = new Map<string, unknown>();
    const { app } = await boot(map);
    await app.begin(level, 'single');
    await app.setStep('situation');
    await app.choose(app.view!.shown[0].id);
    const theirs = structuredClone(app.progress.inPlay!);
    await app.leaveLevel();
    const before = app.progress;
    // the old path: progress = { ...progress, inPlay }, then saved
    const old = { ...before, inPlay: theirs };
    const out = await app.resume(theirs);
    expect(out.refused).toBeUndefined();
    expect(app.progress).toEqual(old);
    expect(map.get(app.progressKey)).toEqual(old);
    // a level this game does not have is refused, nothing written
    const gone = await app.resume({ ...theirs, level: 'gone' });
    expect(gone.refused?.reason).toBe('unknownLevel');
    expect(app.progress).toEqual(old);
  });
});
