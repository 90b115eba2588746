// The session's rules: what comes next, repair moments, the debrief, unlocks, story carry-over,
// what-if, response order and impossible actions.
import { describe, expect, it } from 'vitest';
import { demoLevel, playActions } from '../fixtures/levels';
import { loadFromDisk } from '../../src/content/node';
import { emptyProgress } from '../../src/game/defaults';
import { responseOrder } from '../../src/game/order';
import { currentBeat, mapState, momentOf, recommended, reduce, runOf, shownResponses, type SessionAction } from '../../src/game/session';
import type { Progress } from '../../src/game/saves';
import { statuses, totalEffect } from '../../src/model';

/** Three small levels (tests/fixtures/levels.ts): the second scenario of each has a repair moment. */
const levels = [demoLevel(), demoLevel({ id: 'next', order: 2 }), demoLevel({ id: 'story-b', order: 3, kind: 'repair' })];
const demo = levels[0];

const play = (p: Progress, ...actions: SessionAction[]) => playActions(p, levels, ...actions);

const begin = (level = 'demo', mode: 'story' | 'single' = 'single'): SessionAction => ({ type: 'begin', level, mode, seed: 7 });
const pick = (response: string): SessionAction[] => [{ type: 'advance', to: 'situation' }, { type: 'choose', response }, { type: 'next' }];

describe('the session reducer', () => {
  it('walks intro → situation → result → next scenario → debrief, and records the level', () => {
    let p = play(emptyProgress(), begin());
    expect(p.inPlay?.step).toBe('intro');
    p = play(p, { type: 'advance', to: 'situation' });
    const out = reduce(p, { type: 'choose', response: 'good' }, levels);
    expect(out.progress.inPlay?.step).toBe('result');
    expect(out.turn?.choice).toEqual({ scenario: 'demo-s0', response: 'good' });
    expect(out.turn!.after.growth[0]).toBeGreaterThan(out.turn!.before.growth[0]);
    p = play(out.progress, { type: 'next' });
    expect(p.inPlay?.step).toBe('situation');
    p = play(p, { type: 'choose', response: 'good' }, { type: 'next' }, { type: 'choose', response: 'good' }, { type: 'next' });
    expect(p.inPlay?.step).toBe('debrief');
    expect(p.levels.demo).toEqual({ done: true, focusStatus: statuses(runOf(levels, p.inPlay!).state)[0], plays: 1 });
  });

  it('a poor response with a repair moment leads to that moment, then to the next scenario', () => {
    let p = play(emptyProgress(), begin(), ...pick('good'));
    p = play(p, { type: 'choose', response: 'poor' }, { type: 'next' });
    const beat = currentBeat(demo, p.inPlay!.choices)!;
    expect(beat.kind).toBe('repair');
    expect(beat.scenario.id).toBe('demo-s1');
    expect(momentOf(demo, p.inPlay!.choices, 'situation')).toEqual({ n: 2, total: 3 });
    const out = reduce(p, { type: 'choose', response: 'make-right' }, levels);
    expect(out.turn?.choice).toEqual({ scenario: 'demo-s1', response: 'make-right', repair: true });
    p = play(out.progress, { type: 'next' });
    expect(currentBeat(demo, p.inPlay!.choices)).toMatchObject({ kind: 'scenario', index: 2 });
  });

  it('a response that opens a repair moment takes no time; the repair carries the months', () => {
    let p = play(emptyProgress(), begin(), ...pick('good'));
    const age1 = runOf(levels, p.inPlay!).state.ageMonths;
    p = play(p, { type: 'choose', response: 'poor' });
    expect(runOf(levels, p.inPlay!).state.ageMonths).toBe(age1);
    p = play(p, { type: 'next' }, { type: 'choose', response: 'move-on' });
    expect(runOf(levels, p.inPlay!).state.ageMonths).toBe(age1 + 1);
  });

  it('a level ends at the same age on every path', () => {
    const ages = [
      ['good', 'good', 'good'],
      ['poor', 'poor', 'poor'],
    ].map((path) => {
      let p = play(emptyProgress(), begin());
      for (const r of path) {
        p = play(p, ...pick(r));
        if (currentBeat(demo, p.inPlay!.choices)?.kind === 'repair') p = play(p, { type: 'choose', response: 'explain' }, { type: 'next' });
      }
      expect(p.inPlay?.step).toBe('debrief');
      return runOf(levels, p.inPlay!).state.ageMonths;
    });
    expect(ages[0]).toBe(3);
    expect(ages[1]).toBe(3);
  });

  it('an impossible action changes nothing and says why', () => {
    const p = play(emptyProgress(), begin(), { type: 'advance', to: 'situation' });
    for (const a of [{ type: 'choose', response: 'nope' }, { type: 'next' }, { type: 'whatIf', from: 0 }, { type: 'begin', level: 'gone', mode: 'single', seed: 1 }] as SessionAction[]) {
      const out = reduce(p, a, levels);
      expect(out.refused).toBeTruthy();
      expect(out.progress).toBe(p);
    }
    expect(reduce(emptyProgress(), { type: 'next' }, levels).refused?.reason).toBe('noLevel');
  });

  it('cannot choose twice in one result (a double click)', () => {
    const p = play(emptyProgress(), begin(), { type: 'advance', to: 'situation' }, { type: 'choose', response: 'good' });
    expect(reduce(p, { type: 'choose', response: 'good' }, levels).refused).toMatchObject({ reason: 'wrongStep', detail: expect.stringMatching(/result/) });
  });

  it('story mode carries the tower on to the next phase; a single level does not', () => {
    let p = play(emptyProgress(), { type: 'newStory', seed: 3 });
    expect(p.story.next).toBe('demo');
    for (let i = 0; i < 3; i++) p = play(p, ...pick('good'));
    expect(p.story.next).toBe('next');
    const carried = p.story.carried!;
    p = play(p, begin('next', 'story'));
    expect(p.inPlay!.start.growth).toEqual(carried.growth);
    p = play(p, begin('next', 'single'));
    expect(p.inPlay!.start.growth[0]).toBe(0);
  });

  it('what-if replays from a moment, keeps the seed and the original, and does not count as played', () => {
    let p = play(emptyProgress(), begin());
    for (const r of ['good', 'poor']) p = play(p, ...pick(r));
    p = play(p, { type: 'choose', response: 'make-right' }, { type: 'next' }, { type: 'choose', response: 'good' }, { type: 'next' });
    const original = p.inPlay!.choices;
    expect(original).toHaveLength(4);
    p = play(p, { type: 'whatIf', from: 1 });
    expect(p.inPlay).toMatchObject({ mode: 'whatif', seed: 7, choices: original.slice(0, 1), original });
    for (let i = 0; i < 2; i++) p = play(p, ...pick('good'));
    expect(p.inPlay!.step).toBe('debrief');
    expect(p.levels.demo.plays).toBe(1);
    // a what-if of a what-if still compares with the first run
    p = play(p, { type: 'whatIf', from: 0 });
    expect(p.inPlay!.original).toEqual(original);
  });

  it('every level is open from the start; the first phase is recommended, then the next undone one', () => {
    let p = emptyProgress();
    for (const l of levels) expect(mapState(p, l)).toBe('open');
    expect(recommended(levels, p)).toBe('demo');
    p = play(p, begin('demo'));
    for (let i = 0; i < 3; i++) p = play(p, ...pick('good'));
    expect(mapState(p, demo)).toBe('done');
    expect(recommended(levels, p)).toBe('next');
  });

  it('a save from before shuffling (no seed) still plays, with a stable order', () => {
    const p = play(emptyProgress(), begin());
    const { seed: _drop, ...old } = p.inPlay!;
    const legacy = { ...p, inPlay: old as typeof p.inPlay };
    const a = reduce(legacy, { type: 'advance', to: 'situation' }, levels);
    expect(a.refused).toBeUndefined();
    expect(reduce(a.progress, { type: 'choose', response: 'poor' }, levels).turn?.choice.response).toBe('poor');
  });
});

describe('the order responses are shown in', () => {
  it('is a permutation, the same for the same seed, and different across seeds', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const o = responseOrder(seed, 'scenario:x', 4);
      expect([...o].sort()).toEqual([0, 1, 2, 3]);
      expect(responseOrder(seed, 'scenario:x', 4)).toEqual(o);
      orders.add(o.join(''));
    }
    expect(orders.size).toBeGreaterThan(20);
  });

  it('puts the attuned response first in about one in n beats over the shipped levels, not always', () => {
    const { levels: shipped } = loadFromDisk();
    let first = 0;
    let beats = 0;
    let expected = 0;
    for (let seed = 1; seed <= 20; seed++) {
      for (const l of shipped) {
        for (const [index, s] of l.scenarios.entries()) {
          const total = (r: { effects: Partial<Record<string, number>> }) => totalEffect(r.effects);
          const best = Math.max(...s.responses.map(total));
          const shown = shownResponses({ kind: 'scenario', scenario: s, index }, seed);
          if (total(shown[0]) === best) first++;
          expected += s.responses.filter((r) => total(r) === best).length / s.responses.length;
          beats++;
        }
      }
    }
    expect(beats).toBeGreaterThan(1000);
    // within 20% of chance, far from "always first"
    expect(first / beats).toBeGreaterThan((expected / beats) * 0.8);
    expect(first / beats).toBeLessThan((expected / beats) * 1.2);
  });
});

describe('a repair moment in a shipped level', () => {
  it('closes the ruptures of the moment it comes back to, not one an earlier scene left', () => {
    const { levels: shipped } = loadFromDisk();
    const step = (p: Progress, a: SessionAction) => {
      const out = reduce(p, a, shipped);
      expect(out.refused, `${a.type}: ${out.refused?.detail}`).toBeUndefined();
      return out;
    };
    // phase 4: the first two scenes answered well, so they open no repair moment
    let p = step(emptyProgress(), { type: 'begin', level: 'phase-4-autonomy', mode: 'single', seed: 3 }).progress;
    p = step(p, { type: 'advance', to: 'situation' }).progress;
    let out = step(p, { type: 'choose', response: 'you-first-then-me' });
    p = step(out.progress, { type: 'next' }).progress;
    out = step(p, { type: 'choose', response: 'stop-hand-i-message' });
    p = step(out.progress, { type: 'next' }).progress;
    // putting the coat on for her takes over her "ikke zelf": a fresh rupture on confidence only
    out = step(p, { type: 'choose', response: 'put-it-on-her' });
    expect(out.turn!.events.filter((e) => e.key === 'rupture').map((e) => 'block' in e && e.block)).toEqual(['confidence']);
    p = step(out.progress, { type: 'next' }).progress;
    expect(currentBeat(shipped.find((l) => l.id === 'phase-4-autonomy')!, p.inPlay!.choices)?.kind).toBe('scenario');
    // the next scene: threatening to leave hurts caring, giving and firmness, and opens the repair moment
    out = step(p, { type: 'choose', response: 'threaten-to-leave' });
    const torn = out.turn!.after;
    expect(torn.ruptures[2]).toBeGreaterThan(0); // confidence's rupture is still fresh
    expect(out.turn!.events.filter((e) => e.key === 'rupture').map((e) => 'block' in e && e.block)).toEqual(['safety', 'trust', 'autonomy']);
    p = step(out.progress, { type: 'next' }).progress;
    expect(currentBeat(shipped.find((l) => l.id === 'phase-4-autonomy')!, p.inPlay!.choices)?.kind).toBe('repair');
    // the repair: "I'll never go without you" speaks of the threat only, and closes only its ruptures
    out = step(p, { type: 'choose', response: 'not-going-without-you' });
    expect(out.turn!.choice).toEqual({ scenario: 'checkout-lolly-tantrum', response: 'not-going-without-you', repair: true });
    const repaired = out.turn!.events.filter((e) => e.key === 'repaired').map((e) => 'block' in e && e.block);
    expect(repaired).toEqual(['safety', 'trust', 'autonomy']);
    // confidence's rupture was left open: it hardens over the months the repair moment carries
    expect(out.turn!.events).toContainEqual({ key: 'hardened', block: 'confidence' });
    // a reload replays the same choices to the same tower
    expect(runOf(shipped, out.progress.inPlay!).state).toEqual(out.turn!.after);
  });
});
