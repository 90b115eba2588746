// Class mode's reducer: the phases of a moment, refused actions, counting hands, camera card
// reads (a card read twice counts once, its latest letter wins), the tie rule, repair moments,
// opening one moment, and the class results file.
import { describe, expect, it } from 'vitest';
import { demoLevel } from '../fixtures/levels';
import { loadFromDisk } from '../../src/content/node';
import { classBeat, lettered, majority, momentNumber, reduce, revealView, startClass, whatIfOf, emptyRound, LETTERS, type ClassAction, type ClassState, type Letter } from '../../src/class/vote';
import { buildClassFile, classRecord, looksLikeClassFile, parseClassFile } from '../../src/class/results';

/** Three scenarios (s0, s1, s2); the second has a repair moment after its poor response: make it right or move on. */
const demo = demoLevel({ title: 'Demo', plainIds: true, explainAway: false });
const levels = [demo];

function start(from?: { scenario: string; repair?: boolean }): ClassState {
  const r = startClass(levels, { level: 'demo', seed: 11, ...(from ? { from } : {}) });
  if ('error' in r) throw new Error(r.error);
  return r.state;
}

function run(s: ClassState, ...actions: ClassAction[]): ClassState {
  for (const a of actions) {
    const out = reduce(s, a, levels);
    expect(out.error, `${a.type}: ${out.error}`).toBeUndefined();
    s = out.state;
  }
  return s;
}

/** The letter a response has in the current beat. */
function letterOf(s: ClassState, id: string): Letter {
  return lettered(classBeat(demo, s)!, s.seed).find((o) => o.response.id === id)!.letter;
}
const hands = (counts: Partial<Record<Letter, number>>): ClassAction => ({ type: 'hands', counts });
const one = (l: Letter, n: number) => hands({ [l]: n });

/** One moment, all the way round, with the class choosing `id` in both votes. */
function moment(s: ClassState, id: string): ClassState {
  const l = letterOf(s, id);
  return run(s, { type: 'next' }, one(l, 20), { type: 'next' }, { type: 'next' }, { type: 'next' }, one(l, 25), { type: 'next' }, { type: 'next' });
}

describe('class mode: the phases of a moment', () => {
  it('show → vote1 → spread1 → discuss → vote2 → reveal → the next moment', () => {
    let s = start();
    expect(s.phase).toBe('show');
    const phases: string[] = [s.phase];
    const good = letterOf(s, 'good');
    for (const a of [{ type: 'next' }, hands({ [good]: 10, [letterOf(s, 'poor')]: 14 }), { type: 'next' }, { type: 'next' }, { type: 'next' }, one(good, 24), { type: 'next' }] as ClassAction[]) {
      s = run(s, a);
      if (phases.at(-1) !== s.phase) phases.push(s.phase);
    }
    expect(phases).toEqual(['show', 'vote1', 'spread1', 'discuss', 'vote2', 'reveal']);
    const view = revealView(demo, s)!;
    expect(view.response.id).toBe('good');
    expect(view.by).toBe('majority');
    expect(view.after.growth[0]).toBeGreaterThan(view.before.growth[0]);
    // nobody chose another answer in vote 2; the first vote's 14 for "poor" makes it the what-if
    expect(view.whatIf?.response.id).toBe('poor');
    s = run(s, { type: 'next' });
    expect(s.phase).toBe('show');
    expect(s.moments).toHaveLength(1);
    expect(s.moments[0]).toMatchObject({ scenario: 's0', repair: false, played: good, by: 'majority', whatIf: letterOf({ ...s, choices: [] }, 'poor') });
    expect(classBeat(demo, s)!.scenario.id).toBe('s1');
    expect(s.first).toEqual(emptyRound());
  });

  it('answers are A–D in the seeded order the game shows', () => {
    const s = start();
    const shown = lettered(classBeat(demo, s)!, s.seed);
    expect(shown.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    expect(new Set(shown.map((o) => o.response.id))).toEqual(new Set(['good', 'poor', 'meh']));
    // a different seed may give another order, the same seed always the same
    expect(lettered(classBeat(demo, s)!, 11).map((o) => o.response.id)).toEqual(shown.map((o) => o.response.id));
  });

  it('refuses what does not fit, leaving the state unchanged with a reason', () => {
    const s = start();
    const refused: [ClassState, ClassAction][] = [
      [s, hands({ A: 3 })], // no vote open while the moment is shown
      [s, { type: 'pick', letter: 'A' }], // picking is for the reveal
      [s, { type: 'back' }], // nothing before the first phase
      [run(s, { type: 'next' }), { type: 'next' }], // no votes yet
      [run(s, { type: 'next' }), hands({ D: 1 })], // three answers: no D
      [run(s, { type: 'next' }), hands({ A: -1 })],
      [run(s, { type: 'next' }), hands({ A: 2.5 })],
      [run(s, { type: 'next' }), { type: 'majority', letter: 'D' }],
      [run(s, { type: 'next' }), { type: 'cards', reads: [{ card: 0, letter: 'A' }] }],
      [run(s, { type: 'next' }), { type: 'cards', reads: [{ card: 3, letter: 'E' as Letter }] }],
      [run(s, { type: 'next' }), { type: 'cards', reads: 'A' as unknown as [] }],
      [run(s, { type: 'finish' }), { type: 'next' }],
    ];
    for (const [state, action] of refused) {
      const out = reduce(state, action, levels);
      expect(out.error, JSON.stringify(action)).toBeTruthy();
      expect(out.state).toBe(state);
    }
    expect(startClass(levels, { level: 'nope', seed: 1 })).toHaveProperty('error');
    expect(startClass(levels, { level: 'demo', seed: 1, from: { scenario: 's0', repair: true } })).toHaveProperty('error');
    expect(startClass(levels, { level: 'demo', seed: 1, from: { scenario: 'nope' } })).toHaveProperty('error');
  });

  it('back goes one phase back within a moment, and a vote is kept', () => {
    let s = run(start(), { type: 'next' }, one('B', 3), { type: 'next' });
    expect(s.phase).toBe('spread1');
    s = run(s, { type: 'back' });
    expect(s.phase).toBe('vote1');
    expect(s.first.counts.B).toBe(3);
    s = run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }, one('A', 4), { type: 'next' }, { type: 'pick', letter: 'C' }, { type: 'back' });
    expect(s.phase).toBe('vote2');
    expect(s.pick).toBeNull();
  });

  it('the discussion timer is set within its bounds', () => {
    let s = start();
    expect(s.discussSeconds).toBe(120);
    s = run(s, { type: 'timer', seconds: 90 });
    expect(s.discussSeconds).toBe(90);
    expect(run(s, { type: 'timer', seconds: 5 }).discussSeconds).toBe(15);
    expect(run(s, { type: 'timer', seconds: 5000 }).discussSeconds).toBe(600);
  });
});

describe('class mode: votes', () => {
  const voting = () => run(start(), { type: 'next' });

  it('counting hands replaces the counts; only the majority is a vote too', () => {
    let s = run(voting(), hands({ A: 3, B: 5 }), hands({ A: 4, C: 1 }));
    expect(s.first.counts).toEqual({ A: 4, B: 0, C: 1, D: 0 });
    expect(majority(s.first)).toBe('A');
    s = run(s, { type: 'majority', letter: 'C' });
    expect(s.first.source).toBe('majority');
    expect(majority(s.first)).toBe('C');
    s = run(s, { type: 'clear' });
    expect(reduce(s, { type: 'next' }, levels).error).toBeTruthy();
  });

  it('cards: a card read twice counts once, its latest letter wins; reads add up across frames', () => {
    let s = run(voting(), {
      type: 'cards',
      reads: [
        { card: 1, letter: 'A' },
        { card: 2, letter: 'B' },
        { card: 1, letter: 'A' },
      ],
    });
    expect(s.first.counts).toEqual({ A: 1, B: 1, C: 0, D: 0 });
    s = run(s, {
      type: 'cards',
      reads: [
        { card: 3, letter: 'B' },
        { card: 1, letter: 'C' },
      ],
    });
    expect(s.first.counts).toEqual({ A: 0, B: 2, C: 1, D: 0 });
    expect(Object.keys(s.first.reads)).toHaveLength(3);
    // a D on a three-answer moment is a card held the wrong way: the card's earlier read goes too
    s = run(s, { type: 'cards', reads: [{ card: 2, letter: 'D' }] });
    expect(s.first.counts).toEqual({ A: 0, B: 1, C: 1, D: 0 });
    // hands after cards replace them
    s = run(s, hands({ A: 7 }));
    expect(s.first).toMatchObject({ source: 'hands', counts: { A: 7, B: 0, C: 0, D: 0 }, reads: {} });
    s = run(s, { type: 'cards', reads: [{ card: 9, letter: 'B' }] });
    expect(s.first.counts).toEqual({ A: 0, B: 1, C: 0, D: 0 });
  });

  it('30 cards, one shown twice, one changing its letter: the tally is exact', () => {
    const reads = Array.from({ length: 30 }, (_, i) => ({ card: i + 1, letter: LETTERS[i % 3] }));
    let s = run(voting(), { type: 'cards', reads: [...reads, { card: 5, letter: reads[4].letter }] });
    expect(s.first.counts).toEqual({ A: 10, B: 10, C: 10, D: 0 });
    s = run(s, { type: 'cards', reads: [{ card: 1, letter: 'B' }] });
    expect(s.first.counts).toEqual({ A: 9, B: 11, C: 10, D: 0 });
  });

  it('the second vote is its own round', () => {
    const s = run(voting(), one('A', 5), { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(s.phase).toBe('vote2');
    expect(s.second).toEqual(emptyRound());
    expect(reduce(s, { type: 'next' }, levels).error).toBeTruthy();
    expect(run(s, one('B', 5)).first.counts.A).toBe(5);
  });
});

describe('class mode: the tie rule', () => {
  it('a tie in the second vote has no majority: the reveal waits for the lecturer to pick', () => {
    let s = run(start(), { type: 'next' }, hands({ A: 4, B: 4 }), { type: 'next' }, { type: 'next' }, { type: 'next' }, hands({ A: 6, B: 6, C: 1 }), { type: 'next' });
    expect(s.phase).toBe('reveal');
    expect(majority(s.second)).toBeNull();
    expect(revealView(demo, s)).toBeNull();
    const out = reduce(s, { type: 'next' }, levels);
    expect(out.error).toMatch(/tie/);
    expect(out.state).toBe(s);
    s = run(s, { type: 'pick', letter: 'B' });
    const view = revealView(demo, s)!;
    expect(view).toMatchObject({ letter: 'B', by: 'lecturer' });
    // the what-if: the most chosen other answer, A (6), not C (1)
    expect(view.whatIf?.letter).toBe('A');
    s = run(s, { type: 'next' });
    expect(s.moments[0]).toMatchObject({ played: 'B', by: 'lecturer', whatIf: 'A' });
  });

  it('the lecturer may override a clear majority', () => {
    const s = run(start(), { type: 'next' }, one('A', 9), { type: 'next' }, { type: 'next' }, { type: 'next' }, hands({ A: 9, B: 1 }), { type: 'next' }, { type: 'pick', letter: 'C' });
    expect(revealView(demo, s)).toMatchObject({ letter: 'C', by: 'lecturer' });
    expect(revealView(demo, s)!.whatIf?.letter).toBe('A');
  });

  it('what-if order: second vote, then first vote, then the earlier letter; none when nobody chose another', () => {
    const r = (counts: Partial<Record<Letter, number>>) => ({ ...emptyRound(), source: 'hands' as const, counts: { A: 0, B: 0, C: 0, D: 0, ...counts } });
    expect(whatIfOf(r({ B: 2 }), r({ A: 5, B: 1, C: 1 }), 'A', 3)).toBe('B');
    expect(whatIfOf(r({ C: 3 }), r({ A: 5, B: 1, C: 1 }), 'A', 3)).toBe('C');
    expect(whatIfOf(r({}), r({ A: 5, B: 1, C: 1 }), 'A', 3)).toBe('B');
    expect(whatIfOf(r({ A: 3 }), r({ A: 5 }), 'A', 3)).toBeNull();
  });
});

describe('class mode: the level, repair moments, an opened moment', () => {
  it('a poor answer opens the repair moment, voted on the same way; then the next scenario; then the debrief', () => {
    let s = moment(start(), 'good');
    expect(momentNumber(demo, s)).toEqual({ n: 2, total: 3, repair: false });
    s = moment(s, 'poor');
    expect(classBeat(demo, s)).toMatchObject({ kind: 'repair', index: 1 });
    expect(momentNumber(demo, s)).toEqual({ n: 2, total: 3, repair: true });
    expect(lettered(classBeat(demo, s)!, s.seed)).toHaveLength(2);
    s = moment(s, 'make-right');
    expect(classBeat(demo, s)).toMatchObject({ kind: 'scenario', index: 2 });
    s = moment(s, 'meh');
    expect(s.phase).toBe('debrief');
    expect(s.moments.map((m) => `${m.scenario}${m.repair ? '+' : ''}`)).toEqual(['s0', 's1', 's1+', 's2']);
    expect(s.choices.map((c) => c.response)).toEqual(['good', 'poor', 'make-right', 'meh']);
  });

  it('finish ends early with the moments so far', () => {
    const s = run(moment(start(), 'good'), { type: 'next' }, one('A', 2), { type: 'finish' });
    expect(s.phase).toBe('debrief');
    expect(s.moments).toHaveLength(1);
  });

  it('opening one moment: the moments before are played with care, and the session ends after it', () => {
    let s = start({ scenario: 's2' });
    expect(s.choices.map((c) => c.response)).toEqual(['good', 'good']);
    expect(momentNumber(demo, s)).toEqual({ n: 1, total: 1, repair: false });
    s = moment(s, 'poor');
    expect(s.phase).toBe('debrief');
    expect(s.moments).toHaveLength(1);
  });

  it('opening a repair moment: after the poor answer that opens it; the next scenario is not played', () => {
    let s = start({ scenario: 's1', repair: true });
    expect(classBeat(demo, s)).toMatchObject({ kind: 'repair', index: 1 });
    s = moment(s, 'move-on');
    expect(s.phase).toBe('debrief');
    // opening the scenario itself: its repair moment follows a poor answer, then the session ends
    s = moment(moment(start({ scenario: 's1' }), 'poor'), 'make-right');
    expect(s.phase).toBe('debrief');
    expect(s.moments.map((m) => m.repair)).toEqual([false, true]);
  });

  it('plays every shipped level through by class vote', () => {
    const { levels: shipped } = loadFromDisk();
    expect(shipped.length).toBeGreaterThan(0);
    for (const level of shipped) {
      let r = startClass(shipped, { level: level.id, seed: 3 });
      if ('error' in r) throw new Error(r.error);
      let s = r.state;
      for (let i = 0; i < 60 && s.phase !== 'debrief'; i++) {
        for (const a of [{ type: 'next' }, { type: 'majority', letter: 'B' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, hands({ A: 3, B: 10 }), { type: 'next' }] as ClassAction[]) {
          const out = reduce(s, a, shipped);
          expect(out.error, `${level.id} ${a.type}`).toBeUndefined();
          s = out.state;
        }
        expect(revealView(level, s)?.letter).toBe('B');
        s = reduce(s, { type: 'next' }, shipped).state;
      }
      expect(s.phase, level.id).toBe('debrief');
      expect(s.moments.length).toBeGreaterThanOrEqual(level.scenarios.length);
    }
  });
});

describe('the class results file', () => {
  it('round-trips with its checksum, counts only, and is told apart by its first bytes', async () => {
    let s = moment(start(), 'good');
    s = run(
      s,
      { type: 'next' },
      { type: 'majority', letter: 'A' },
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      hands({ A: 3, B: 3 }),
      { type: 'next' },
      { type: 'pick', letter: 'B' },
      { type: 'next' },
    );
    const rec = classRecord(demo, s, 'en', '2026-12-07T10:00:00.000Z');
    expect(rec.levelTitle).toBe('Demo (en)');
    expect(rec.questions).toEqual(['q1 (en)', 'q2 (en)']);
    expect(rec.moments).toHaveLength(2);
    expect(rec.moments[0].first.counts).toMatchObject({ [letterOf(start(), 'good')]: 20 });
    expect(rec.moments[1]).toMatchObject({ scenario: 's1', first: { counts: null, majority: 'A' }, second: { counts: { A: 3, B: 3 }, majority: null }, played: 'B', by: 'lecturer' });
    expect(rec.moments[1].options.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    const text = await buildClassFile(rec);
    expect(looksLikeClassFile(text.slice(0, 80))).toBe(true);
    expect(looksLikeClassFile('{"format":"bouwstenen-results"')).toBe(false);
    const back = await parseClassFile(text);
    expect(back.ok && back.file.results).toEqual(rec);
    const edited = text.replace('"Demo (en)"', '"Other"');
    expect(await parseClassFile(edited)).toEqual({ ok: false, error: 'checksum' });
    expect(await parseClassFile('{')).toEqual({ ok: false, error: 'notJson' });
    expect(await parseClassFile('{"format":"x"}')).toEqual({ ok: false, error: 'notClass' });
  });
});

describe('src/class stays pure', () => {
  it('imports no Phaser, no scenes, no ui and touches no DOM', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '..', '..', 'src', 'class');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/from '(phaser|\.\.\/scenes[^']*|\.\.\/ui[^']*)'/);
      expect(src, f).not.toMatch(/\b(document|window)\./);
    }
  });
});
