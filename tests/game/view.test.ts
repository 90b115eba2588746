// One view of the level in play (src/game/view.ts), worked out once per action: the engine walks
// the choices once per change however often the screens read the view, and the view says the
// same as the pieces it replaced (the beat, the answers shown, the last turn, ruptures).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from './harness';
import { lastTurn, ruptureCount, runOf, shownResponses, currentBeat, seedOf } from '../../src/game/session';

/** Turns the engine was taken through: every choice a replay walked, and every single choice made. */
const turns = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/model', async (original) => {
  const m = await original<typeof import('../../src/model')>();
  return {
    ...m,
    replay: (...a: Parameters<typeof m.replay>) => {
      turns.n += a[2].length;
      return m.replay(...a);
    },
    chooseById: (...a: Parameters<typeof m.chooseById>) => {
      turns.n++;
      return m.chooseById(...a);
    },
  };
});

afterEach(() => vi.restoreAllMocks());

/** What a screen does after an action: read the view, several times over (build, card, header, art). */
function render(app: Awaited<ReturnType<typeof boot>>['app']) {
  for (let i = 0; i < 5; i++) expect(app.view).not.toBeNull();
  return app.view!;
}

describe('the view of the level in play', () => {
  it('is worked out once per action: the choices are walked once, not once per read', async () => {
    const { app } = await boot(new Map());
    await app.begin('phase-2-trust', 'single');
    await app.setStep('situation');
    render(app);
    const counts: { action: string; before: number; choices: number; turns: number }[] = [];
    for (let i = 0; i < 40 && app.progress.inPlay!.step !== 'debrief'; i++) {
      const view = render(app);
      const before = app.progress.inPlay!.choices.length;
      turns.n = 0;
      if (view.step === 'result') await app.dispatch({ type: 'next', at: view.at });
      else await app.dispatch({ type: 'choose', response: view.shown.at(-1)!.id, at: view.at });
      render(app);
      const once = turns.n;
      // reading it again (a page turn, the header, the art) walks nothing
      render(app);
      render(app);
      expect(turns.n).toBe(once);
      counts.push({ action: view.step === 'result' ? 'next' : 'choose', before, choices: app.progress.inPlay!.choices.length, turns: once });
    }
    expect(app.progress.inPlay!.step).toBe('debrief');
    // per action: the view's one walk through the choices, the one choice the reducer makes, and the
    // save's check of the copy stored before it (migrate.ts replays a stored level in play to trust it)
    for (const c of counts) expect(c.turns, JSON.stringify(c)).toBeLessThanOrEqual(c.choices + 1 + c.before);
  });

  it('says what the pieces it replaced said: beat, answers shown, last turn, ruptures', async () => {
    const { app } = await boot(new Map());
    await app.begin('phase-3-confidence', 'single');
    await app.setStep('situation');
    for (let i = 0; i < 40 && app.progress.inPlay!.step !== 'debrief'; i++) {
      const ip = app.progress.inPlay!;
      const view = app.view!;
      const level = view.level;
      expect(view.run.state).toEqual(runOf([level], ip).state);
      const beat = currentBeat(level, ip.choices);
      expect(view.next).toEqual(beat);
      if (beat) expect(view.shown).toEqual(shownResponses(beat, seedOf(ip)));
      const old = lastTurn(level, ip.start, ip.choices);
      expect(view.last?.events ?? null).toEqual(old?.events ?? null);
      expect(view.last?.context ?? null).toEqual(old?.context ?? null);
      expect(view.last?.response ?? null).toEqual(old?.response ?? null);
      expect(view.ruptures).toEqual(ruptureCount(level, ip));
      if (view.step === 'result') await app.next(view.at);
      else await app.choose(view.shown[i % view.shown.length].id, view.at);
    }
    // the turn the reducer gave back is the one the view tells
    expect(app.progress.inPlay!.step).toBe('debrief');
  });
});
