// Choices that must be read (content-guide.md, issue 16): measures of whether a player who does not
// read could still find the best answer by its length or its style, and a scan for effects that
// disagree with their own feedback. The content tests hold the numbers; `npm run -s content --
// --readability` prints them per level.
import { LANGS, REPAIR_MOVES, type Lang, type LevelT, type RepairResponseT, type ResponseT } from './schema';
import type { PerLang } from './langs';

type AnyResponse = ResponseT | RepairResponseT;

const total = (r: { effects: Partial<Record<string, number | undefined>> }) => Object.values(r.effects).reduce<number>((a, b) => a + (b ?? 0), 0);

const len = (r: AnyResponse, lang: Lang) => [...(r.text[lang] ?? '')].length;

/** Words that show a caregiver kneeling or crouching to the child's height. */
// words a third language has not been given yet count nothing (PerLang: optional)
const KNEEL: PerLang<RegExp> = { nl: /kniel|door (je|de) knie|hurk|ooghoogte/i, en: /kneel|crouch|squat|eye level/i };
/** A quoted feeling label ("Balen, hè", "Spannend, hè?", "You're sad"). Word edges are Unicode
 * letters, so "hè?" counts (a plain \b does not see "è" as part of a word). */
const word = (alts: string) => `(?<!\\p{L})(${alts})(?!\\p{L})`;
const FEELING: PerLang<RegExp> = {
  nl: new RegExp(`“[^”]*${word('hè|balen|boos|verdrietig|bang|spannend|schrik|moe|jammer|frustrerend|gemeen|eng')}[^”]*”`, 'iu'),
  en: new RegExp(`“[^”]*${word('isn’t it|annoying|angry|sad|scared|scary|frightening|fright|tired|frustrating|mean|upset')}[^”]*”`, 'iu'),
};
/** Feedback openers that give the verdict away when every poor answer starts with one. */
const VERDICT_OPENER = /^(heel )?(begrijpelijk|gewoon|menselijk|herkenbaar)\b/i;

interface LangFigures {
  scenarios: number;
  /** Scenarios in which a best-scoring answer is also the longest. */
  bestLongest: number;
  /**
   * Where the (first) best answer sits when the answers are sorted by length: bestRank[k] counts
   * the scenarios in which it is the (k+1)-th longest; bestShortest those in which it is the
   * shortest. "Always the second longest" must not win either.
   */
  bestRank: number[];
  bestShortest: number;
  /** Per scenario, the best answers' mean length over the others' mean length; and their median. */
  ratios: number[];
  medianBestRatio: number;
  repairMoments: number;
  /** Repair moments in which a repairing answer is the longest. */
  repairLongest: number;
  /** Where the repairing answer sits by length in each repair moment (0 = the longest). */
  repairRank: number[];
  /** Best answers / other answers that kneel, or quote a feeling label. */
  kneel: [best: number, others: number];
  feeling: [best: number, others: number];
}

interface LevelFigures {
  level: string;
  lang: Record<Lang, LangFigures>;
  /** Scenarios with two answers of the same best total that move different blocks. */
  equalGood: string[];
  /** Best answers tagged calms-later: the child does not calm at once. */
  calmsLater: string[];
  /** Feedback texts (Dutch) that open with a verdict word. */
  verdictOpeners: number;
  /** Rule breaks: each says which response and why. */
  problems: string[];
}

export const median = (xs: number[]) => {
  if (!xs.length) return 1;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const best = (rs: readonly AnyResponse[]) => {
  const top = Math.max(...rs.map(total));
  return rs.filter((r) => total(r) === top);
};

function langFigures(level: LevelT, lang: Lang): LangFigures {
  let bestLongest = 0;
  let bestShortest = 0;
  const bestRank: number[] = [];
  let repairLongest = 0;
  let repairMoments = 0;
  const repairRank: number[] = [];
  const ratios: number[] = [];
  const kneel: [number, number] = [0, 0];
  const feeling: [number, number] = [0, 0];
  for (const s of level.scenarios) {
    const top = best(s.responses);
    const others = s.responses.filter((r) => !top.includes(r));
    const longest = Math.max(...s.responses.map((r) => len(r, lang)));
    if (top.some((r) => len(r, lang) === longest)) bestLongest++;
    const byLength = [...s.responses].sort((a, b) => len(b, lang) - len(a, lang));
    const rank = byLength.indexOf(top[0]);
    bestRank[rank] = (bestRank[rank] ?? 0) + 1;
    if (rank === byLength.length - 1) bestShortest++;
    if (others.length) {
      const mean = (rs: AnyResponse[]) => rs.reduce((a, r) => a + len(r, lang), 0) / rs.length;
      ratios.push(mean(top) / mean(others));
    }
    for (const r of s.responses) {
      const side = top.includes(r) ? 0 : 1;
      if (KNEEL[lang]?.test(r.text[lang] ?? '')) kneel[side]++;
      if (FEELING[lang]?.test(r.text[lang] ?? '')) feeling[side]++;
    }
    if (s.repair) {
      repairMoments++;
      const rs = s.repair.responses;
      const longestRepair = Math.max(...rs.map((r) => len(r, lang)));
      if (rs.some((r) => REPAIR_MOVES.includes(r.kind) && len(r, lang) === longestRepair)) repairLongest++;
      const byLength = [...rs].sort((a, b) => len(b, lang) - len(a, lang));
      const rank = byLength.findIndex((r) => r.kind === 'repair');
      repairRank[rank] = (repairRank[rank] ?? 0) + 1;
    }
  }
  for (let k = 0; k < bestRank.length; k++) bestRank[k] ??= 0;
  for (let k = 0; k < repairRank.length; k++) repairRank[k] ??= 0;
  return { scenarios: level.scenarios.length, bestLongest, bestRank, bestShortest, ratios, medianBestRatio: median(ratios), repairMoments, repairLongest, repairRank, kneel, feeling };
}

/** Words in Dutch feedback that describe care going wrong: such a response earns no plus on caring. */
const NOT_CARING = /verstij|ondergaat|ondergaan|geeft (het )?op|ontregel|spanning mee|neemt (jouw |je )?spanning over/i;
/** A reaction in which the child pushes the parent away: that response earns no plus on giving. */
const PUSHES_AWAY = /duwt (je|jou|jouw hand|je hand) weg|duwt je van zich af/i;

function problems(level: LevelT): string[] {
  const out: string[] = [];
  const all: { where: string; r: AnyResponse }[] = level.scenarios.flatMap((s) => [
    ...s.responses.map((r) => ({ where: `${s.id}/${r.id}`, r: r as AnyResponse })),
    ...(s.repair?.responses ?? []).map((r) => ({ where: `${s.id}/repair/${r.id}`, r: r as AnyResponse })),
  ]);
  for (const { where, r } of all) {
    const tags = r.tags ?? [];
    const e = r.effects;
    if (tags.includes('rejecting-limit') && (e.firmness ?? 0) > -1) out.push(`${where}: a rejecting limit must score firmness -1 or below (grenzen stellen zonder af te wijzen)`);
    if (tags.includes('vague-limit') && (e.firmness ?? 0) > -1) out.push(`${where}: a vague limit must score firmness -1 or below`);
    if ((tags.includes('frightening') || tags.includes('rejecting-limit') || tags.includes('delay')) && Object.values(e).some((x) => (x ?? 0) > 0)) {
      out.push(`${where}: tagged ${tags.join(', ')}, so it earns no plus anywhere`);
    }
    if ((e.caring ?? 0) > 0 && NOT_CARING.test(r.feedback.nl ?? ''))
      out.push(`${where}: caring +${e.caring}, but its feedback describes care going wrong (${(r.feedback.nl ?? '').match(NOT_CARING)![0]})`);
    if ((e.giving ?? 0) > 0 && PUSHES_AWAY.test(r.reaction.nl ?? '')) out.push(`${where}: giving +${e.giving}, but the child pushes the parent away`);
  }
  // frightening the child weighs at least as much as a delay in the same level
  const delays = all.filter((x) => x.r.tags?.includes('delay')).map((x) => total(x.r));
  if (delays.length) {
    const mildestDelay = Math.min(...delays);
    for (const { where, r } of all) {
      if (r.tags?.includes('frightening') && total(r) > mildestDelay) out.push(`${where}: frightening (total ${total(r)}) weighs less than a delay in this level (total ${mildestDelay})`);
    }
  }
  // a best answer tagged calms-later must be a best answer
  for (const s of level.scenarios) {
    const top = best(s.responses);
    for (const r of s.responses) if (r.tags?.includes('calms-later') && !top.includes(r)) out.push(`${s.id}/${r.id}: tagged calms-later, but it is not a best answer`);
  }
  return out;
}

export function levelFigures(level: LevelT): LevelFigures {
  const lang = Object.fromEntries(LANGS.map((l) => [l, langFigures(level, l)])) as Record<Lang, LangFigures>;
  const equalGood = level.scenarios
    .filter((s) => {
      const top = best(s.responses);
      if (top.length < 2 || total(top[0]) <= 0) return false;
      const blocks = top.map((r) =>
        Object.entries(r.effects)
          .filter(([, v]) => (v ?? 0) > 0)
          .map(([k]) => k)
          .sort()
          .join('+'),
      );
      return new Set(blocks).size > 1;
    })
    .map((s) => s.id);
  const calmsLater = level.scenarios.flatMap((s) => s.responses.filter((r) => r.tags?.includes('calms-later')).map((r) => `${s.id}/${r.id}`));
  const feedbacks = level.scenarios.flatMap((s) => [...s.responses, ...(s.repair?.responses ?? [])]).map((r) => r.feedback.nl ?? '');
  return { level: level.id, lang, equalGood, calmsLater, verdictOpeners: feedbacks.filter((f) => VERDICT_OPENER.test(f)).length, problems: problems(level) };
}
