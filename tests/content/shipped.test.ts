// The content that ships: valid, complete in both languages, and as the content issue asks.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/content/load';
import { loadFromDisk } from '../../src/content/node';
import { CHILD_BLOCKS } from '../../src/model';

const content = loadFromDisk();

describe('shipped content', () => {
  it('has no schema errors', () => {
    expect(content.errors.map(formatError)).toEqual([]);
  });

  it('has every text in both languages', () => {
    expect(content.missing).toEqual([]);
  });

  it('has one level per age phase, in order, and two repair stories', () => {
    const phases = content.levels.filter((l) => l.kind === 'phase');
    expect(phases.map((l) => l.focus)).toEqual([...CHILD_BLOCKS]);
    expect(phases.map((l) => l.ageMonths)).toEqual([
      [0, 3],
      [3, 9],
      [9, 18],
      [18, 36],
      [36, 60],
    ]);
    const repair = content.levels.filter((l) => l.kind === 'repair');
    expect(repair).toHaveLength(2);
    for (const l of repair) expect(l.focus).toBe('safety');
  });

  it('has at least 8 scenarios per level with 3-4 responses, intro, three questions and a tip', () => {
    for (const l of content.levels) {
      expect(l.scenarios.length, l.id).toBeGreaterThanOrEqual(8);
      expect(l.questions, l.id).toHaveLength(3);
      for (const s of l.scenarios) expect(s.responses.length, `${l.id}/${s.id}`).toBeGreaterThanOrEqual(3);
    }
    expect(content.levels.reduce((n, l) => n + l.scenarios.length, 0)).toBeGreaterThanOrEqual(56);
  });

  it('has ids unique across the game', () => {
    const ids = content.levels.flatMap((l) => l.scenarios.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps most responses to one or two caregiver blocks', () => {
    const responses = content.levels.flatMap((l) => l.scenarios.flatMap((s) => s.responses));
    const touching = (r: (typeof responses)[number]) => Object.values(r.effects).filter((x) => x).length;
    const small = responses.filter((r) => touching(r) <= 2).length;
    expect(small / responses.length).toBeGreaterThan(0.75);
  });

  it('has the handbook and interface text in both languages', () => {
    expect(content.handbook?.sections.length).toBeGreaterThan(3);
    expect(Object.keys(content.locales).sort()).toEqual(['en', 'nl']);
    for (const id of CHILD_BLOCKS) {
      expect(content.locales.nl[`blocks.child.${id}.name`]).toBeTruthy();
      expect(content.locales.en[`blocks.child.${id}.redLetter`]).toBeTruthy();
    }
  });
});
