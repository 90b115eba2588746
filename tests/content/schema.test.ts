import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/content/load';
import { loadYaml as loadContent } from '../../src/content/node';

const LEVEL = `
id: test-level
order: 1
kind: phase
focus: safety
child: { name: Noor, pronoun: she }
ageMonths: [0, 3]
start: { preset: newborn }
title: { nl: "Titel", en: "Title" }
intro: { nl: "Intro", en: "Intro" }
questions:
  - { nl: "Vraag?", en: "Question?" }
tip: { nl: "Tip", en: "Tip" }
scenarios:
  - id: night-feed
    place: nursery
    time: night
    setting: { nl: "Nacht", en: "Night" }
    signal: { nl: "Huilt", en: "Cries" }
    responses:
      - id: pick-up
        text: { nl: "Oppakken", en: "Pick up" }
        effects: { caring: 2 }
        reaction: { nl: "Rustig", en: "Calm" }
        feedback: { nl: "Goed", en: "Good" }
      - id: wait
        text: { nl: "Wachten", en: "Wait" }
        effects: { caring: -1 }
        reaction: { nl: "Huilt", en: "Cries" }
        feedback: { nl: "Hmm", en: "Hmm" }
`;

const load = (text: string, path = 'content/levels/test-level.yaml') => loadContent([{ path, text }]);

describe('content schema', () => {
  it('accepts a valid level', () => {
    const c = load(LEVEL);
    expect(c.errors).toEqual([]);
    expect(c.missing).toEqual([]);
    expect(c.levels[0].scenarios[0].responses[0].effects).toEqual({ caring: 2 });
    expect(c.levels[0].scenarios[0].time).toBe('night');
  });

  it('accepts an optional pose hint for the drawing', () => {
    const c = load(LEVEL.replace('    time: night\n', '    time: night\n    pose: { child: cot, caregiver: standing, mood: crying }\n'));
    expect(c.errors).toEqual([]);
    expect(c.levels[0].scenarios[0].pose).toEqual({ child: 'cot', caregiver: 'standing', mood: 'crying' });
  });

  const broken: [string, string, { item: string; field: string; message: RegExp }][] = [
    [
      'an unknown caregiver block',
      LEVEL.replace('{ caring: 2 }', '{ carng: 2 }'),
      { item: 'test-level/night-feed/pick-up', field: 'scenarios[night-feed].responses[pick-up].effects.carng', message: /caregiver blocks/ },
    ],
    [
      'an effect outside -3..+3',
      LEVEL.replace('{ caring: 2 }', '{ caring: 5 }'),
      { item: 'test-level/night-feed/pick-up', field: 'scenarios[night-feed].responses[pick-up].effects.caring', message: /3 or less/ },
    ],
    [
      'an unknown pose',
      LEVEL.replace('    time: night\n', '    time: night\n    pose: { child: flying }\n'),
      { item: 'test-level/night-feed', field: 'scenarios[night-feed].pose.child', message: /must be one of/ },
    ],
    [
      'a child in arms with a kneeling caregiver',
      LEVEL.replace('    time: night\n', '    time: night\n    pose: { child: arms, caregiver: kneeling }\n'),
      { item: 'test-level/night-feed', field: 'scenarios[night-feed].pose', message: /caregiver: holding/ },
    ],
    ['an unknown place', LEVEL.replace('place: nursery', 'place: moon'), { item: 'test-level/night-feed', field: 'scenarios[night-feed].place', message: /must be one of/ }],
    [
      'a missing feedback',
      LEVEL.replace('        feedback: { nl: "Goed", en: "Good" }\n', ''),
      { item: 'test-level/night-feed/pick-up', field: 'scenarios[night-feed].responses[pick-up].feedback', message: /is missing/ },
    ],
    [
      'an empty text',
      LEVEL.replace('signal: { nl: "Huilt", en: "Cries" }', 'signal: { nl: "", en: "Cries" }'),
      { item: 'test-level/night-feed', field: 'scenarios[night-feed].signal.nl', message: /must not be empty/ },
    ],
    ['an age range that ends before it starts', LEVEL.replace('ageMonths: [0, 3]', 'ageMonths: [3, 0]'), { item: 'test-level', field: 'ageMonths', message: /must end after it starts/ }],
    [
      'a response that moves nothing',
      LEVEL.replace('{ caring: -1 }', '{ caring: 0 }'),
      { item: 'test-level/night-feed/wait', field: 'scenarios[night-feed].responses[wait].effects', message: /at least one caregiver block/ },
    ],
    ['a misspelt field', LEVEL.replace('signal:', 'signaal:'), { item: 'test-level/night-feed', field: 'scenarios[night-feed].signaal', message: /not a known field/ }],
  ];
  for (const [what, text, want] of broken) {
    it(`names file, item and field for ${what}`, () => {
      const c = load(text);
      expect(c.levels).toEqual([]);
      expect(c.errors).toContainEqual({ file: 'content/levels/test-level.yaml', item: want.item, field: want.field, message: expect.stringMatching(want.message) });
    });
  }

  it('reports YAML that does not parse, with the file', () => {
    const c = load('id: [unclosed');
    expect(c.errors[0].file).toBe('content/levels/test-level.yaml');
    expect(formatError(c.errors[0])).toMatch(/^content\/levels\/test-level\.yaml: not valid YAML/);
  });

  it('requires the file name to match the level id', () => {
    const c = load(LEVEL, 'content/levels/other.yaml');
    expect(c.errors).toContainEqual(expect.objectContaining({ file: 'content/levels/other.yaml', field: 'id', message: expect.stringMatching(/file name/) }));
  });

  it('finds duplicate scenario and response ids', () => {
    const twice = LEVEL.replace('id: wait', 'id: pick-up');
    expect(load(twice).errors).toContainEqual(expect.objectContaining({ item: 'test-level/night-feed/pick-up', field: 'id' }));
    const other = LEVEL.replace('id: test-level', 'id: test-two').replace('order: 1', 'order: 2');
    const c = loadContent([
      { path: 'content/levels/test-level.yaml', text: LEVEL },
      { path: 'content/levels/test-two.yaml', text: other },
    ]);
    expect(c.errors).toContainEqual(expect.objectContaining({ item: 'test-two/night-feed', field: 'id', message: expect.stringMatching(/test-level/) }));
  });

  it('lists a text missing in one language as missing, not as an error', () => {
    const c = load(LEVEL.replace('tip: { nl: "Tip", en: "Tip" }', 'tip: { nl: "Tip" }'));
    expect(c.errors).toEqual([]);
    expect(c.missing).toEqual(['content/levels/test-level.yaml#tip.en']);
  });

  it('lists locale keys present in one language only', () => {
    const c = loadContent([
      { path: 'locales/nl.yaml', text: 'title: Bouwstenen\nmenu: { play: Spelen, quit: Stoppen }' },
      { path: 'locales/en.yaml', text: 'title: Building blocks\nmenu: { play: Play }' },
    ]);
    expect(c.missing).toEqual(['locales/en.yaml#menu.quit']);
    expect(c.locales.nl['menu.play']).toBe('Spelen');
  });
});
