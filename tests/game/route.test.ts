// Where the player goes: one pure selector (src/game/route.ts) for the title's "carry on", a
// homework link and an assignment, and one reading of the link that says whether there is one.
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/game/defaults';
import { readLink } from '../../src/game/link';
import { opensWithLink, routeFor } from '../../src/game/route';
import type { InPlay, Progress } from '../../src/game/saves';
import type { AssignmentRecord } from '../../src/trainer/record';

const start = { ageMonths: 0, growth: [0, 0, 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [0, 0, 0, 0, 0], ruptures: [0, 0, 0, 0, 0] };
const inPlay = (level: string, step: InPlay['step'], mode: InPlay['mode'] = 'single'): InPlay => ({ level, mode, seed: 1, start, choices: [], step });
const progress = (ip: InPlay | null, next: string | null = null): Progress => ({ ...emptyProgress(), story: { next, carried: null }, inPlay: ip });

function record(levels: { id: string; finished?: boolean; reflected?: boolean }[], assigned = ['a', 'b']): AssignmentRecord {
  return {
    assignment: { levels: assigned },
    levels: levels.map((l) => ({ id: l.id, ...(l.finished ? { finishedAt: '2026-12-01' } : {}), ...(l.reflected ? { reflectedAt: '2026-12-01' } : {}) })),
  } as unknown as AssignmentRecord;
}

describe('routeFor: where the player carries on', () => {
  it('the level in play: its debrief once played through, else the scenario', () => {
    expect(routeFor(progress(inPlay('a', 'debrief')))).toEqual({ key: 'Debrief' });
    for (const step of ['intro', 'situation', 'choose', 'result'] as const) expect(routeFor(progress(inPlay('a', step)))).toEqual({ key: 'Scenario' });
  });
  it("nothing in play: the story's next level is begun, else the map", () => {
    expect(routeFor(progress(null, 'phase-2'))).toEqual({ key: 'Scenario', begin: { level: 'phase-2', mode: 'story' } });
    expect(routeFor(progress(null))).toEqual({ key: 'Map' });
  });
  it('an assignment: the level in play unless handed in, then questions, then the next level, then done', () => {
    expect(routeFor(progress(inPlay('a', 'result', 'assignment')), record([]))).toEqual({ key: 'Scenario' });
    expect(routeFor(progress(inPlay('a', 'debrief', 'assignment')), record([{ id: 'a', finished: true }]))).toEqual({ key: 'Debrief' });
    // handed in on another computer: not played again; the next level is begun
    expect(routeFor(progress(inPlay('a', 'result', 'assignment')), record([{ id: 'a', finished: true, reflected: true }]))).toEqual({ key: 'Scenario', begin: { level: 'b', mode: 'assignment' } });
    expect(routeFor(progress(null), record([{ id: 'a', finished: true }]))).toEqual({ key: 'Reflect', data: { level: 'a' } });
    expect(
      routeFor(
        progress(null),
        record([
          { id: 'a', finished: true, reflected: true },
          { id: 'b', finished: true, reflected: true },
        ]),
      ),
    ).toEqual({ key: 'AssignmentDone' });
    // a level in play that is not in the assignment is not shown
    expect(routeFor(progress(inPlay('x', 'choose')), record([]))).toEqual({ key: 'Scenario', begin: { level: 'a', mode: 'assignment' } });
  });
});

describe('a link: homework, assignment or none, read in one place', () => {
  it('an assignment in the address or in the page of a SCORM package', () => {
    expect(readLink('?a=XYZ').assignment).toBe('XYZ');
    expect(readLink('', 'FROM-META').assignment).toBe('FROM-META');
    expect(readLink('?a=XYZ', 'FROM-META').assignment).toBe('XYZ');
    expect(readLink('?level=phase-1-safety').assignment).toBeNull();
  });
  it('a page opened with a link starts with the loading bar, any other with the title', () => {
    expect(opensWithLink(readLink(''))).toBe(false);
    expect(opensWithLink(readLink('?lang=en'))).toBe(false);
    expect(opensWithLink(readLink('?level=phase-1-safety'))).toBe(true);
    expect(opensWithLink(readLink('?level=Bad!'))).toBe(true);
    expect(opensWithLink(readLink('?a='))).toBe(true);
    expect(opensWithLink(readLink('', ''))).toBe(true);
  });
});
