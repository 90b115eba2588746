// The lecturer's guide (assets/content/guide.yaml): it covers every level and every debrief
// question in both languages, and the check names file, item and field when it falls behind the levels.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatError, loadContent } from '../../src/content/load';
import { contentFiles, loadFromDisk } from '../../src/content/node';
import { INTERACTION_SKILLS, LANGS } from '../../src/content/schema';

const content = loadFromDisk();
const guide = content.guide!;

describe('the shipped guide', () => {
  it('loads without errors and with every text in both languages', () => {
    expect(content.errors.map(formatError)).toEqual([]);
    expect(guide).toBeDefined();
    expect(content.missing.filter((m) => m.includes('guide.yaml'))).toEqual([]);
  });

  it('has an entry for every level, with 2-4 learning outcomes', () => {
    expect(guide.levels.map((l) => l.level).sort()).toEqual(content.levels.map((l) => l.id).sort());
    for (const entry of guide.levels) {
      expect(entry.outcomes.length, entry.level).toBeGreaterThanOrEqual(2);
      expect(entry.outcomes.length, entry.level).toBeLessThanOrEqual(4);
    }
  });

  it('answers every debrief question of every level, with misconceptions, in Dutch and English', () => {
    for (const level of content.levels) {
      const entry = guide.levels.find((l) => l.level === level.id)!;
      expect(entry.questions.map((q) => q.question).sort(), level.id).toEqual(level.questions.map((_, i) => i + 1));
      for (const q of entry.questions) {
        for (const lang of LANGS) {
          expect(q.answer[lang]?.length ?? 0, `${level.id} question ${q.question} ${lang}`).toBeGreaterThan(200);
          expect(
            q.misconceptions.every((m) => !!m[lang]),
            `${level.id} question ${q.question} ${lang}`,
          ).toBe(true);
        }
        // the cue ties the indication to the question as it is written now
        expect(level.questions[q.question - 1].nl!.toLowerCase()).toContain(q.cue.toLowerCase());
      }
    }
  });

  it('describes all six interaction skills once, and every level names skills with examples', () => {
    expect(guide.skills.map((s) => s.id).sort()).toEqual([...INTERACTION_SKILLS].sort());
    for (const entry of guide.levels) expect(entry.skills.flatMap((s) => s.examples).length, entry.level).toBeGreaterThanOrEqual(3);
    // across the game each skill shows up somewhere
    const used = new Set(guide.levels.flatMap((l) => l.skills.map((s) => s.skill)));
    expect([...used].sort()).toEqual([...INTERACTION_SKILLS].sort());
  });

  it('has a three-level rubric with a descriptor per level for each criterion', () => {
    expect(guide.rubric.levels).toHaveLength(3);
    for (const c of guide.rubric.criteria) expect(c.descriptors, c.id).toHaveLength(3);
  });

  it('has a 50- and a 100-minute lesson plan that run overview → class → what-if → discussion', () => {
    expect(guide.lessons.map((l) => l.minutes).sort((a, b) => a - b)).toEqual([50, 100]);
    for (const lesson of guide.lessons) {
      expect(
        lesson.steps.reduce((a, s) => a + s.minutes, 0),
        lesson.id,
      ).toBe(lesson.minutes);
      const core = lesson.steps.map((s) => s.stage).filter((s) => ['overview', 'class', 'what-if', 'discussion'].includes(s));
      expect(core, lesson.id).toEqual(['overview', 'class', 'what-if', 'discussion']);
      for (const lang of LANGS) expect(lesson.homework[lang], lesson.id).toBeTruthy();
    }
  });

  it('asks a critical question that calls the model a practice model and points to the game’s own choices', () => {
    expect(guide.critical.question.nl).toMatch(/praktijkmodel/);
    expect(guide.critical.question.en).toMatch(/practice model/);
    expect(guide.critical.body.nl).toMatch(/Keuzes van dit spel/);
    expect(guide.critical.body.en).toMatch(/own choices/);
  });

  it('lists the references the issue asks for, in APA order, the source marked undated', () => {
    const apa = guide.references.map((r) => r.apa.en!);
    for (const author of [
      'Bowlby, J. (1982)',
      'Ainsworth, M. D. S.',
      'Tronick, E. Z. (1989)',
      'Powell, B., Cooper, G., Hoffman, K., & Marvin, B. (2014)',
      'Dozier, M.',
      'Van IJzendoorn, M. H., & Juffer, F. (2006)',
      'Riksen-Walraven, J. M. A. (2004)',
      'Gordon, T.',
      'Main, M., & Hesse, E. (1990)',
    ]) {
      expect(
        apa.some((a) => a.startsWith(author)),
        author,
      ).toBe(true);
    }
    expect(guide.references.find((r) => r.id === 'bakker-van-zeil')!.apa.nl).toMatch(/^Bakker-van Zeil, T\. \(z\.j\.\)/);
    expect(apa.find((a) => a.startsWith('Bowlby'))).toMatch(/Original work published 1969/);
    const sortKey = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '');
    expect(apa.map(sortKey)).toEqual([...apa.map(sortKey)].sort());
  });

  it('says “spel” in Dutch, never “game”', () => {
    const dutch: string[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) k === 'nl' && typeof v === 'string' ? dutch.push(v) : walk(v);
    };
    walk(guide);
    expect(dutch.filter((t) => /\bgame\b/i.test(t))).toEqual([]);
  });
});

describe('the content check holds the guide to the levels', () => {
  // parsed once: each case changes a copy of the guide
  const shipped = contentFiles().map((file) => ({ path: file.path, data: parse(file.text!) as unknown }));
  /** The shipped content with the guide changed by `f`. */
  const loadWith = (f: (g: any) => void) =>
    loadContent(
      shipped.map((file) => {
        if (!file.path.endsWith('guide.yaml')) return file;
        const g = structuredClone(file.data);
        f(g);
        return { path: file.path, data: g };
      }),
    );
  /** The errors that name guide.yaml. */
  const withGuide = (f: (g: any) => void) => loadWith(f).errors.filter((e) => e.file.endsWith('guide.yaml'));
  const entry = (g: any, id: string) => g.levels.find((l: any) => l.level === id);

  it('accepts the shipped guide', () => {
    expect(withGuide(() => {})).toEqual([]);
  });

  it('a level without an entry', () => {
    const errors = withGuide((g) => (g.levels = g.levels.filter((l: any) => l.level !== 'phase-3-confidence')));
    expect(errors).toContainEqual(expect.objectContaining({ item: 'phase-3-confidence', field: 'levels', message: expect.stringMatching(/has no entry/) }));
  });

  it('a debrief question without an answer indication, and one the level does not ask', () => {
    const errors = withGuide((g) => {
      const e = entry(g, 'phase-2-trust');
      e.questions = e.questions.filter((q: any) => q.question !== 2);
      entry(g, 'phase-1-safety').questions[2].question = 4;
    });
    expect(errors).toContainEqual(expect.objectContaining({ item: 'phase-2-trust/question-2', field: 'questions', message: expect.stringMatching(/has no answer indication/) }));
    expect(errors).toContainEqual(expect.objectContaining({ item: 'phase-1-safety/question-4', field: 'question', message: 'names question 4, but level phase-1-safety has 3' }));
  });

  it('a question rewritten since its indication was written', () => {
    const errors = withGuide((g) => (entry(g, 'phase-4-autonomy').questions[1].cue = 'time-out'));
    expect(errors.map(formatError)).toContainEqual(
      expect.stringMatching(/^content\/guide\.yaml: phase-4-autonomy\/question-2: cue: "time-out" is not in question 2 of level phase-4-autonomy any more/),
    );
  });

  it('an example that is no response, or not a best answer', () => {
    const errors = withGuide((g) => {
      entry(g, 'phase-1-safety').skills[0].examples = ['night-feed/no-such', 'night-feed/dummy', 'no-scene/feed-now', 'evening-crying/crying-works'];
    });
    const item = 'phase-1-safety/sensitive-responsiveness';
    expect(errors).toContainEqual(expect.objectContaining({ item, field: 'examples', message: 'names "night-feed/no-such": scenario night-feed has no response "no-such"' }));
    expect(errors).toContainEqual(
      expect.objectContaining({ item, message: expect.stringMatching(/"night-feed\/dummy", which is not a best answer of its scenario \(its effects add up to -1, the best to 3\)/) }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ item, message: expect.stringMatching(/has no scenario "no-scene"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ item, message: expect.stringMatching(/repair-moment option of kind explain-away/) }));
  });

  it('schema problems name the item and field: outcomes, a missing translation, an unknown skill, a rubric of two', () => {
    const c = loadWith((g) => {
      entry(g, 'phase-5-creativity').outcomes = [entry(g, 'phase-5-creativity').outcomes[0]];
      delete entry(g, 'repair-foster').questions[0].answer.en;
      entry(g, 'repair-adoption').skills[0].skill = 'empathy';
      g.rubric.levels.pop();
    });
    const errors = c.errors.map(formatError);
    expect(errors).toContainEqual('content/guide.yaml: phase-5-creativity: levels[phase-5-creativity].outcomes: must have 2 to 4 learning outcomes');
    expect(errors).toContainEqual(
      expect.stringMatching(/^content\/guide\.yaml: repair-adoption\/empathy: levels\[repair-adoption\]\.skills\[empathy\]\.skill: must be one of: sensitive-responsiveness/),
    );
    expect(errors).toContainEqual('content/guide.yaml: rubric.levels: must have exactly 3 rubric levels');
    // the missing translation alone would be reported, not fatal: here the other errors make the guide unusable
    expect(c.guide).toBeUndefined();
    const onlyMissing = loadWith((g) => delete entry(g, 'repair-foster').questions[0].answer.en);
    expect(onlyMissing.errors).toEqual([]);
    expect(onlyMissing.missing).toContain('content/guide.yaml#levels[repair-foster].questions[question-1].answer.en');
  });

  it('lesson steps that do not add up, a skill left undescribed', () => {
    const errors = withGuide((g) => {
      g.lessons[0].steps[0].minutes += 5;
      g.skills[5].id = g.skills[0].id;
    });
    expect(errors).toContainEqual(expect.objectContaining({ item: 'lesson-50', field: 'steps', message: 'add up to 55 minutes, but the lesson takes 50' }));
    expect(errors).toContainEqual(expect.objectContaining({ item: 'guiding-interactions', field: 'skills', message: expect.stringMatching(/is not described/) }));
    expect(errors).toContainEqual(expect.objectContaining({ item: 'sensitive-responsiveness', message: 'is described more than once' }));
  });
});

describe('a copy of the content without its guide', () => {
  it('is reported by the content check, as a missing handbook is', async () => {
    const { cpSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { ASSETS } = await import('../../src/content/node');
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    for (const sub of ['content', 'locales']) cpSync(join(ASSETS, sub), join(dir, sub), { recursive: true });
    rmSync(join(dir, 'content', 'guide.yaml'));
    expect(loadFromDisk(dir).errors.map(formatError)).toEqual(['content/guide.yaml: is missing: the game needs its guide for lecturers']);
    rmSync(dir, { recursive: true });
  });
});
