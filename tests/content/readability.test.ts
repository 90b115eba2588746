// Choices that must be read (issue 16): across the shipped game, length and style must not give the
// best answer away, every level has more than one good answer and an answer that calms later, and
// no effect disagrees with its own feedback. The figures come from src/content/readability.ts, the
// same code `npm run -s content -- --readability` prints.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { levelFigures, median } from '../../src/content/readability';
import { LANGS, type LevelT } from '../../src/content/schema';

const { levels, handbook } = loadFromDisk();
const figures = levels.map(levelFigures);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each(LANGS.map((l) => [l] as const))('across the game, in %s', (lang) => {
  const f = figures.map((x) => x.lang[lang]);

  it('the best answer is the longest in at most a third of scenarios', () => {
    expect(sum(f.map((x) => x.bestLongest))).toBeLessThanOrEqual(sum(f.map((x) => x.scenarios)) / 3);
  });

  it('no length rank gives the best answer away (“always the second longest” must not win either)', () => {
    const n = sum(f.map((x) => x.scenarios));
    const ranks = f.reduce<number[]>((acc, x) => (x.bestRank.forEach((c, k) => (acc[k] = (acc[k] ?? 0) + c)), acc), []);
    for (const [k, c] of ranks.entries()) expect(c / n, `best answer is the ${k + 1}. longest in ${c} of ${n} scenarios`).toBeLessThanOrEqual(0.4);
    expect(sum(f.map((x) => x.bestShortest)) / n, 'best answer is the shortest').toBeLessThanOrEqual(0.4);
  });

  it('the best answers are about as long as the others (median ratio 0.8–1.2)', () => {
    const m = median(f.flatMap((x) => x.ratios));
    expect(m).toBeGreaterThanOrEqual(0.8);
    expect(m).toBeLessThanOrEqual(1.2);
  });

  it('a repairing answer is the longest in at most half of the repair moments', () => {
    expect(sum(f.map((x) => x.repairLongest))).toBeLessThanOrEqual(sum(f.map((x) => x.repairMoments)) / 2);
  });

  it('no length rank gives the repairing answer away', () => {
    const n = sum(f.map((x) => x.repairMoments));
    const ranks = f.reduce<number[]>((acc, x) => (x.repairRank.forEach((c, k) => (acc[k] = (acc[k] ?? 0) + c)), acc), []);
    for (const [k, c] of ranks.entries()) expect(c / n, `the repair is the ${k + 1}. longest in ${c} of ${n} repair moments`).toBeLessThanOrEqual(0.5);
  });

  it('kneeling and quoted feeling labels are no sign of the best answer', () => {
    // per answer: the share of best answers that kneel is no higher than the share of the others
    const answers = (side: 0 | 1) =>
      sum(
        levels.map((l) =>
          sum(
            l.scenarios.map((s) => {
              const top = Math.max(...s.responses.map((r) => sum(Object.values(r.effects).map((v) => v ?? 0))));
              return s.responses.filter((r) => (sum(Object.values(r.effects).map((v) => v ?? 0)) === top) === (side === 0)).length;
            }),
          ),
        ),
      );
    const [bestN, othersN] = [answers(0), answers(1)];
    for (const key of ['kneel', 'feeling'] as const) {
      const best = sum(f.map((x) => x[key][0]));
      const others = sum(f.map((x) => x[key][1]));
      expect(best / bestN, `${key}: ${best}/${bestN} best against ${others}/${othersN} others`).toBeLessThanOrEqual(others / othersN + 0.05);
    }
  });
});

describe.each(figures.map((f, i) => [f.level, f, levels[i]] as const))('level %s', (_id, f, level: LevelT) => {
  it('has a scenario with two equally good answers on different blocks', () => {
    expect(f.equalGood.length).toBeGreaterThanOrEqual(1);
  });

  it('has a best answer that does not calm the child at once', () => {
    expect(f.calmsLater.length).toBeGreaterThanOrEqual(1);
  });

  it('has no effect that disagrees with its tags or its own feedback', () => {
    expect(f.problems).toEqual([]);
  });

  it('does not let the first word of the feedback be the verdict', () => {
    expect(f.verdictOpeners).toBeLessThanOrEqual(3);
  });

  it('says where rupture and repair come from once at most, not in every feedback', () => {
    const texts = level.scenarios.flatMap((s) => [...s.responses, ...(s.repair?.responses ?? [])]).flatMap((r) => [r.feedback.nl ?? '', r.plain?.nl ?? '']);
    expect(texts.filter((t) => /Tronick/.test(t)).length).toBeLessThanOrEqual(1);
  });
});

describe('the game as a whole', () => {
  const allResponses = levels.flatMap((l) => l.scenarios.flatMap((s) => [...s.responses, ...(s.repair?.responses ?? [])]));
  const dutch = allResponses.flatMap((r) => [r.text.nl, r.feedback.nl, r.plain?.nl, r.reaction.nl]).filter((t): t is string => !!t);

  it('teaches over-repair and repair the next day at least three times each', () => {
    const kinds = levels.flatMap((l) => l.scenarios.flatMap((s) => (s.repair?.responses ?? []).map((r) => r.kind)));
    expect(kinds.filter((k) => k === 'over-repair').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'repair-later').length).toBeGreaterThanOrEqual(3);
  });

  it('uses block names as words, not as labels stuck on a sentence', () => {
    expect(dutch.filter((t) => /Dat is zorgen voor\.|Dat kost geven\./.test(t))).toEqual([]);
  });

  it('says “spel” in Dutch, never “game”', () => {
    const handbookNl = handbook ? handbook.sections.flatMap((s) => [s.title.nl ?? '', s.body.nl ?? '']) : [];
    const levelNl = levels.flatMap((l) => [l.title.nl ?? '', l.intro.nl ?? '', l.tip?.nl ?? '', ...l.questions.map((q) => q.nl ?? '')]);
    expect([...dutch, ...handbookNl, ...levelNl].filter((t) => /\bgame\b/i.test(t))).toEqual([]);
  });
});
