import { describe, expect, it } from 'vitest';
import { CRACKED_AT, GROWN_GROWTH, SOLID_GROWTH, WARM_PATTERN_AT, statuses, type TowerState } from '../../src/model';

const tower = (growth: number[], cracks = [0, 0, 0, 0, 0]): TowerState => ({
  ageMonths: 12,
  growth,
  cracks,
  strength: [0, 0, 0, 0, 0],
  ruptures: [0, 0, 0, 0, 0],
  leaning: [false, false, false, false, false],
  attitude: [0, 0, 0, 0, 0],
  scars: [0, 0, 0, 0, 0],
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

  it('healing: a cracked block with nothing cracked beneath, under warm care that mends it now', () => {
    const warm = (strength: number[], growth: number[], cracks: number[], ruptures = [0, 0, 0, 0, 0]): TowerState => ({
      ageMonths: 12,
      growth,
      cracks,
      strength,
      ruptures,
      leaning: [false, false, false, false, false],
      attitude: [0, 0, 0, 0, 0],
      scars: [0, 0, 0, 0, 0],
    });
    // warm care on a cracked base block: healing; the grown block above still wobbles (it is still cracked)
    expect(statuses(warm([0.6, 0, 0, 0, 0], [1, 0.5, 0, 0, 0], [0.5, 0, 0, 0, 0]))).toEqual(['healing', 'wobbly', 'locked', 'locked', 'locked']);
    // care below the warm pattern mends it too, slowly: still cracked
    expect(statuses(warm([WARM_PATTERN_AT - 0.01, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0.5, 0, 0, 0, 0]))[0]).toBe('cracked');
    // an open rupture that hardens faster than the care mends: cracked
    expect(statuses(warm([0.6, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0.5, 0, 0, 0, 0], [0.5, 0, 0, 0, 0]))[0]).toBe('cracked');
    // precedence: a cracked block beneath wins over warm care: cracked, not healing
    expect(statuses(warm([0, 0.9, 0, 0, 0], [1, 1, 0, 0, 0], [0.5, 0.5, 0, 0, 0]))).toEqual(['cracked', 'cracked', 'locked', 'locked', 'locked']);
  });
});
