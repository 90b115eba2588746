import { describe, expect, it } from 'vitest';
import { telling } from '../../src/game/explain';
import { ATTUNED_MONTH, newborn, step, type ModelEvent } from '../../src/model';

describe('the events put into words', () => {
  it('over several months, a block waits for the block that is still not solid at the end', () => {
    let s = newborn();
    const events: ModelEvent[] = [];
    for (let m = 0; m < 6; m++) {
      const r = step(s, ATTUNED_MONTH);
      s = r.state;
      events.push(...r.events);
    }
    const said = telling(events);
    expect(said).toContainEqual({ key: 'solid', block: 'safety' });
    // safety came right along the way: nothing may still say it waits for safety
    expect(said.filter((e) => 'below' in e && e.below === 'safety')).toEqual([]);
    expect(said).toContainEqual({ key: 'waits', block: 'confidence', below: 'trust' });
  });

  it('says at most one thing per block, the most telling first', () => {
    const said = telling([
      { key: 'grew', block: 'safety', amount: 0.1 },
      { key: 'cracked', block: 'safety' },
      { key: 'waits', block: 'trust', below: 'safety' },
    ]);
    expect(said).toEqual([
      { key: 'cracked', block: 'safety' },
      { key: 'waits', block: 'trust', below: 'safety' },
    ]);
  });

  it('says growth before waiting, and that blocks wait only once', () => {
    const said = telling([
      { key: 'waits', block: 'trust', below: 'safety' },
      { key: 'waits', block: 'confidence', below: 'safety' },
      { key: 'grew', block: 'safety', amount: 0.1 },
    ]);
    expect(said).toEqual([
      { key: 'grew', block: 'safety', amount: 0.1 },
      { key: 'waits', block: 'trust', below: 'safety' },
    ]);
  });
});
