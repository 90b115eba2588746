import { describe, expect, it } from 'vitest';
import { ChoiceError, choose, levelStart, monthsPerScenario, replay, startLevel, statuses, wellRaised, type LevelLike } from '../../src/model';

const level: LevelLike = {
  id: 'demo',
  focus: 'safety',
  ageMonths: [0, 3],
  start: { preset: 'newborn' },
  scenarios: [0, 1, 2].map((i) => ({
    id: `s${i}`,
    responses: [
      { id: 'good', effects: { caring: 3 } },
      { id: 'poor', effects: { caring: -2 } },
    ],
  })),
};

describe('playing a level', () => {
  it("spreads the level's months over its scenarios", () => {
    expect(monthsPerScenario(level)).toBe(1);
  });

  it('each choice moves the tower and the age, and is logged', () => {
    let run = startLevel(level);
    const r = choose(level, run, 0);
    run = r.run;
    expect(run.state.ageMonths).toBe(1);
    expect(run.state.growth[0]).toBeGreaterThan(0);
    expect(run.choices).toEqual([{ scenario: 's0', response: 'good' }]);
    expect(r.events.map((e) => e.key)).toContain('grew');
  });

  it('a saved run replays to the same tower', () => {
    let run = startLevel(level);
    for (const i of [0, 1, 0]) run = choose(level, run, i).run;
    const again = replay(level, run.start, run.choices);
    expect(again.state).toEqual(run.state);
  });

  it('what-if: a branch from an earlier choice differs from the original', () => {
    let run = startLevel(level);
    for (const i of [0, 0, 0]) run = choose(level, run, i).run;
    const branch = choose(level, replay(level, run.start, run.choices.slice(0, 1)), 1).run;
    expect(branch.state.growth[0]).toBeLessThan(replay(level, run.start, run.choices.slice(0, 2)).state.growth[0]);
  });

  it('refuses a choice that does not exist, and a replay that does not fit', () => {
    expect(() => choose(level, startLevel(level), 5)).toThrow(ChoiceError);
    expect(() => replay(level, levelStart(level), [{ scenario: 'zz', response: 'good' }])).toThrow(ChoiceError);
  });

  it('story mode carries the tower over; a level on its own starts from its own start', () => {
    const carried = { ...wellRaised(3), cracks: [0.5, 0, 0, 0, 0] };
    const next: LevelLike = { ...level, id: 'next', ageMonths: [3, 9], start: { preset: 'well-raised' } };
    expect(startLevel(next, carried).state.cracks[0]).toBe(0.5);
    expect(startLevel(next).state.cracks[0]).toBe(0);
    expect(statuses(startLevel(next).state)[0]).toBe('solid');
  });

  it('a start with overrides lays them over the preset', () => {
    const foster: LevelLike = { ...level, ageMonths: [30, 42], start: { preset: 'newborn', child: { safety: { growth: 0.5, cracks: 0.6 } } } };
    const s = levelStart(foster);
    expect(s.ageMonths).toBe(30);
    expect(s.growth[0]).toBe(0.5);
    expect(s.cracks[0]).toBe(0.6);
    expect(statuses(s)[0]).toBe('cracked');
  });
});
