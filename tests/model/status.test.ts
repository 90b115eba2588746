import { describe, expect, it } from 'vitest';
import { CRACKED_AT, GROWN_GROWTH, SOLID_GROWTH, statuses, type TowerState } from '../../src/model';

const tower = (growth: number[], cracks = [0, 0, 0, 0, 0]): TowerState => ({
  ageMonths: 12, growth, cracks, strength: [0, 0, 0, 0, 0], ruptures: [0, 0, 0, 0, 0], leaning: [false, false, false, false, false],
});

describe('status of a child block', () => {
  it('a newborn: the foundation is growing and every block above it is locked', () => {
    expect(statuses(tower([0, 0, 0, 0, 0]))).toEqual(['growing', 'locked', 'locked', 'locked', 'locked']);
  });

  it('is solid from SOLID_GROWTH on, and the block above opens', () => {
    expect(statuses(tower([SOLID_GROWTH, 0, 0, 0, 0]))).toEqual(['solid', 'growing', 'locked', 'locked', 'locked']);
    expect(statuses(tower([SOLID_GROWTH - 0.01, 0, 0, 0, 0]))[0]).toBe('growing');
  });

  it('is cracked from CRACKED_AT on, whatever its growth; a hairline crack is not yet cracked', () => {
    expect(statuses(tower([1, 1, 0, 0, 0], [CRACKED_AT, 0, 0, 0, 0]))[0]).toBe('cracked');
    expect(statuses(tower([1, 1, 0, 0, 0], [CRACKED_AT - 0.01, 0, 0, 0, 0]))[0]).toBe('solid');
  });

  it('a grown block above a crack wobbles; an ungrown one is locked', () => {
    const st = statuses(tower([1, 1, GROWN_GROWTH, GROWN_GROWTH - 0.01, 0], [0, CRACKED_AT, 0, 0, 0]));
    expect(st).toEqual(['solid', 'cracked', 'wobbly', 'locked', 'locked']);
  });

  it('precedence: cracked before wobbly before locked', () => {
    // block 3 is cracked itself and rests on a crack: cracked wins
    expect(statuses(tower([1, 1, 1, 1, 1], [0.5, 0, 0.5, 0, 0]))).toEqual(['cracked', 'wobbly', 'cracked', 'wobbly', 'wobbly']);
  });

  it('a block beneath that is only growing locks the blocks above it', () => {
    expect(statuses(tower([1, 0.5, 0.9, 0.9, 0.9]))).toEqual(['solid', 'growing', 'locked', 'locked', 'locked']);
  });
});
