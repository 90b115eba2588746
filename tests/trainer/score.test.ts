// The score a platform gets: completion, the model (repairs credited as the engine credits them),
// reflection (answers that say something); incomplete until every level is handed in.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { CHILD_BLOCKS, choose, nextBeat, POLICIES, startLevel, statuses, type Choice } from '../../src/model';
import { answerOf, type Player } from '../fixtures/players';
import { seededRng } from '../../src/model/random';
import { BLOCK_ORDER, meaningful, modelCredit, PASS_MARK, scoreOf } from '../../src/trainer/score';
import { assignment, level, record } from './fixtures';

const content = loadFromDisk();
/** Play a level as a player of tests/fixtures/players.ts. */
function play(levelId: string, player: Player) {
  const l = content.levels.find((x) => x.id === levelId)!;
  const rng = seededRng(1);
  let run = startLevel(l);
  for (let beat = nextBeat(l, run.choices); beat; beat = nextBeat(l, run.choices)) run = choose(l, run, Math.max(0, answerOf(player, beat, rng))).run;
  return { focus: l.focus, end: { ...run.state, status: statuses(run.state) }, choices: run.choices as Choice[] };
}

describe('the model score', () => {
  it("reads the blocks in the model's order", () => expect(BLOCK_ORDER).toEqual(CHILD_BLOCKS));

  it('a student who ruptured and repaired every time scores as well as an attuned one; clicking the longest answer does not pay', () => {
    for (const l of content.levels) {
      const credit = (p: Player) => modelCredit(play(l.id, p));
      expect(credit('attuned'), l.id).toBe(1);
      expect(credit('rupture-repair'), l.id).toBe(1);
      expect(credit('rupture-repair'), l.id).toBeGreaterThan(credit('longest'));
      expect(credit('worst'), l.id).toBeLessThan(PASS_MARK / 100);
    }
    expect(POLICIES).toContain('longest');
  });
});

describe('the reflection score', () => {
  it('"ok" and a few letters do not count; a real sentence does', () => {
    for (const s of ['ok', 'OK!!', '', '   ', 'ja ja ja ja', 'asdfasdfasdfasdfasdfasdf']) expect(meaningful(s), s).toBe(false);
    expect(meaningful('Ik pakte haar op omdat ze echt honger had.')).toBe(true);
  });

  it('counts the share of questions and whys that say something, for levels handed in', () => {
    const good = 'Omdat het kind troost zocht en ik rust wilde geven.';
    const l = level(
      [
        ['s1', 'r1'],
        ['s2', 'r2'],
        ['s3', 'r3'],
      ],
      {
        reflectedAt: '2026-11-30T10:20:00Z',
        questions: [
          { question: 'Q1', answer: good },
          { question: 'Q2', answer: 'ok' },
        ],
      },
    );
    l.choices[0].why = good;
    l.choices[1].why = 'ok';
    const r = record('A', [l], { assignment: assignment({ score: 'reflection' }) });
    // 1 of 2 answers, 1 of 2 whys
    expect(scoreOf(r)).toEqual({ mode: 'reflection', raw: 50, status: 'completed' });
    l.choices[1].why = good;
    l.questions[1].answer = good;
    expect(scoreOf(r)).toEqual({ mode: 'reflection', raw: 100, status: 'passed' });
  });
});

describe('status and score together', () => {
  it('incomplete until every level is handed in, with the score so far (never 0 after a level handed in)', () => {
    const a = assignment({ levels: ['phase-1-safety', 'phase-2-trust'], score: 'completion' });
    const one = level([['s1', 'r1']], { reflectedAt: '2026-11-30T10:20:00Z' });
    expect(scoreOf(record('A', [], { assignment: a }))).toEqual({ mode: 'completion', raw: 0, status: 'incomplete' });
    expect(scoreOf(record('A', [one], { assignment: a }))).toEqual({ mode: 'completion', raw: 50, status: 'incomplete' });
    // played but not handed in counts nothing yet
    const played = level([['s1', 'r1']], { id: 'phase-2-trust' });
    expect(scoreOf(record('A', [one, played], { assignment: a })).raw).toBe(50);
    const both = [one, { ...played, reflectedAt: '2026-11-30T11:00:00Z' }];
    expect(scoreOf(record('A', both, { assignment: a }))).toEqual({ mode: 'completion', raw: 100, status: 'completed' });
    expect(scoreOf(record('A', both, { assignment: { ...a, score: 'model' } }))).toMatchObject({ raw: 100, status: 'passed' });
  });
});
