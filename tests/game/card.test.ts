// The result card says what this response did now, apart from where the child's pattern stands,
// and a poor response never reads as growth of its own block.
import { describe, expect, it } from 'vitest';
import { cardLines } from '../../src/game/explain';
import { ATTUNED_MONTH, newborn, step, wellRaised } from '../../src/model';

describe('the result card', () => {
  it('after a poor caring response, safety growth is said to rest on earlier care, not on this response', () => {
    // a baby with good care behind her: one month of a poor caring response still lets safety grow
    const s = step(wellRaised(1), { effects: { caring: 3, giving: 2 }, months: 0 }).state;
    const r = step(s, { effects: { caring: -1 }, months: 1 });
    const grew = r.events.some((e) => e.key === 'grew' && e.block === 'safety');
    expect(grew, 'the setup must make safety grow this month').toBe(true);
    const { now, pattern } = cardLines(r.events, { caring: -1 });
    expect(now).toContainEqual({ key: 'caregiverDown', caregiver: 'caring' });
    expect(pattern.some((l) => l.key === 'grew' && l.block === 'safety')).toBe(false);
    expect(pattern).toContainEqual({ key: 'grewOnEarlier', block: 'safety' });
  });

  it('growth of a block whose caregiver block this response fed is said plainly', () => {
    const r = step(wellRaised(1), { effects: { caring: 2 }, months: 1 });
    const { now, pattern } = cardLines(r.events, { caring: 2 });
    expect(now).toEqual([{ key: 'caregiverUp', caregiver: 'caring' }]);
    expect(pattern.some((l) => l.key === 'grew' && l.block === 'safety')).toBe(true);
  });

  it('says a rupture and its repair as what this response did now, not as the pattern', () => {
    const baby = step(newborn(), ATTUNED_MONTH).state;
    const torn = step(baby, { effects: { caring: -2 }, months: 0 });
    const a = cardLines(torn.events, { caring: -2 });
    expect(a.now).toContainEqual({ key: 'rupture', block: 'safety' });
    expect(a.pattern.some((l) => l.key === 'rupture')).toBe(false);
    const mended = step(torn.state, { effects: { caring: 2 }, months: 1, repair: true });
    const b = cardLines(mended.events, { caring: 2 });
    expect(b.now).toContainEqual({ key: 'repaired', block: 'safety' });
    expect(b.pattern.some((l) => l.key === 'repaired')).toBe(false);
  });
});
