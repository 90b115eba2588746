// One story per moment: every level played with every policy, and at every moment what the result
// card says (the lines the card code produces, in words) agrees with what the towers show (the
// statuses and looks the tower is drawn from); the debrief and the reports count moments as play
// does, and list every block the tower draws damaged. Written against the pure session and card
// code, not the browser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LevelT } from '../../src/content/schema';
import { cardLines, type CardLine } from '../../src/game/explain';
import { lastTurn, momentNumbers, momentOf, reduce, ruptureCount, type SessionAction } from '../../src/game/session';
import type { Progress } from '../../src/game/saves';
import {
  beatResponses,
  CAREGIVER_BLOCKS,
  CHILD_BLOCKS,
  nextBeat,
  NURTURED_BY,
  pick,
  POLICIES,
  seededRng,
  statuses,
  totalEffect,
  WARM_PATTERN_AT,
  type ChildStatus,
  type Policy,
  type TowerState,
} from '../../src/model';
import { blockLooks, DRAWN_DAMAGE, plainlySolid, type BlockLook } from '../../src/model/look';
import { describeEvent, setLang, setLocales, t } from '../../src/services/i18n';
import { signalBlocks, statusShort, statusText } from '../../src/services/towerWords';
import { CONTENT } from './harness';

const LEVELS = CONTENT.levels as LevelT[];
const SEEDS = [1, 2, 3];

beforeAll(() => {
  // i18n sets the page's language; in node there is no page
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
  setLocales(CONTENT.locales);
});

const empty = (): Progress => ({ version: 2, levels: {}, story: { next: null, carried: null }, inPlay: null }) as unknown as Progress;

/** One answered moment: everything the card and the towers are made from. */
interface Moment {
  level: LevelT;
  policy: Policy;
  at: string;
  kind: 'scenario' | 'repair';
  responseKind?: string;
  effects: Partial<Record<string, number>>;
  before: TowerState;
  after: TowerState;
  now: CardLine[];
  pattern: CardLine[];
  header: number;
  numbered: { n: number; repair: boolean };
  repairNext: boolean;
}

/** Play a level through the session reducer with a policy; the card as the scene builds it at every moment. */
function play(level: LevelT, policy: Policy, seed: number, progress = empty(), mode: 'single' | 'story' = 'single') {
  const rng = seededRng(seed);
  const act = (p: Progress, a: SessionAction) => {
    const out = reduce(p, a, LEVELS);
    expect(out.refused, `${level.id} ${a.type}`).toBeUndefined();
    return out;
  };
  let p = act(progress, { type: 'begin', level: level.id, mode, seed }).progress;
  const moments: Moment[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const ip = p.inPlay!;
    const beat = nextBeat(level, ip.choices);
    if (!beat) break;
    p = act(p, { type: 'advance', to: 'choose' }).progress;
    const list = beatResponses(beat);
    const response = list[pick(policy, list, rng)];
    const chosen = act(p, { type: 'choose', response: response.id });
    p = chosen.progress;
    const turn = chosen.turn!;
    // the card as the scene makes it: from the saved choices, as after a reload
    const last = lastTurn(level, p.inPlay!.start, p.inPlay!.choices)!;
    expect(last.after).toEqual(turn.after);
    expect(last.events).toEqual(turn.events);
    const { now, pattern } = cardLines(turn.events, response.effects, last.context);
    const choices = p.inPlay!.choices;
    moments.push({
      level,
      policy,
      at: `${level.id} ${policy} seed ${seed}, ${beat.kind} of moment ${beat.index + 1}`,
      kind: beat.kind,
      responseKind: 'kind' in response ? (response.kind as string) : undefined,
      effects: response.effects,
      before: turn.before,
      after: turn.after,
      now,
      pattern,
      header: momentOf(level, choices, 'result').n,
      numbered: momentNumbers(level, choices).at(-1)!,
      repairNext: !!last.context.repairNext,
    });
    p = act(p, { type: 'next' }).progress;
  }
  expect(p.inPlay!.step, `${level.id} ${policy}: played through`).toBe('debrief');
  return { progress: p, moments };
}

const isCracked = (s: ChildStatus) => s === 'cracked' || s === 'healing';

/** Every way a card line could contradict the towers at the end of its turn; [] when it agrees. */
function disagreements(m: Moment): string[] {
  const out: string[] = [];
  const end = blockLooks(m.after);
  const st = statuses(m.after);
  const say = (l: CardLine) => describeEvent(l);
  for (const l of m.now) {
    if (l.caregiver) {
      const i = CAREGIVER_BLOCKS.indexOf(l.caregiver);
      const from = m.before.strength[i];
      const to = m.after.strength[i];
      const text = say(l);
      // the words against the bar: "sterker" only when it rose, "zwakker" only when it fell, "blijft sterk" only when it is strong
      if (/wordt sterker/.test(text) && !(to > from)) out.push(`"${text}" but the bar went ${from.toFixed(2)} → ${to.toFixed(2)}`);
      if (/wordt zwakker/.test(text) && !(to < from)) out.push(`"${text}" but the bar went ${from.toFixed(2)} → ${to.toFixed(2)}`);
      if (/blijft sterk/.test(text) && !(to >= WARM_PATTERN_AT)) out.push(`"${text}" but the bar is at ${to.toFixed(2)}`);
      if (/blijft zwak/.test(text) && !(to < WARM_PATTERN_AT)) out.push(`"${text}" but the bar is at ${to.toFixed(2)}`);
    }
    if (l.key === 'repaired' || l.key === 'repairedLate') {
      // one meaning of "herstel": only a repair answer in a repair moment repairs
      if (m.kind !== 'repair' || (m.responseKind !== 'repair' && m.responseKind !== 'repair-later')) out.push(`"${say(l)}" after a ${m.kind} answer of kind ${m.responseKind}`);
    }
    if (l.key === 'ruptureRepairable' && !m.repairNext) out.push(`"${say(l)}" but no repair moment follows`);
  }
  // the decay is said where it shows: a bar that sank noticeably has its own line or the drift line
  const drift = m.now.some((l) => l.key === 'caregiverDrift');
  CAREGIVER_BLOCKS.forEach((id, i) => {
    const fell = m.after.strength[i] - m.before.strength[i] <= -0.05;
    const said = m.now.some((l) => l.caregiver === id && l.key === 'caregiverDown');
    if (fell && !said && !drift) out.push(`bar ${id} sank ${m.before.strength[i].toFixed(2)} → ${m.after.strength[i].toFixed(2)} and the card does not say why`);
  });
  for (const l of m.pattern) {
    if (!l.block) continue;
    const i = CHILD_BLOCKS.indexOf(l.block);
    const look: BlockLook = end[i];
    const text = say(l);
    const wrong = (why: string) => out.push(`"${text}" but the tower shows ${l.block} ${look.status}${look.smallCrack ? ' with a small crack' : ''} (${why})`);
    switch (l.key) {
      case 'solid':
      case 'solidOnEarlier':
        if (look.status !== 'solid') wrong('not solid');
        break;
      case 'cracked':
        if (!isCracked(look.status)) wrong('not cracked');
        break;
      case 'crackingMore':
        if (!isCracked(look.status)) wrong('not cracked');
        break;
      case 'cracking':
        if (plainlySolid(look) || !(m.after.cracks[i] > m.before.cracks[i])) wrong('no crack drawn');
        break;
      case 'healed':
        if (isCracked(look.status) || look.smallCrack) wrong('still damaged');
        break;
      case 'healedSmallCrack':
      case 'healingSmall':
        if (isCracked(look.status) || !look.smallCrack) wrong('no small crack');
        break;
      case 'smallCrackGone':
        if (isCracked(look.status) || look.smallCrack) wrong('still damaged');
        break;
      case 'mending':
      case 'healing':
        if (look.status !== 'healing') wrong('not healing');
        break;
      case 'healingSlow':
      case 'mendingStops':
        if (look.status !== 'cracked') wrong('not cracked');
        break;
      case 'wobbly':
        if (look.status !== 'wobbly') wrong('not wobbly');
        break;
      case 'steady':
        if (look.status === 'wobbly') wrong('wobbly');
        break;
      case 'waits':
        if (look.status !== 'locked') wrong('not locked');
        break;
      case 'unlocked':
        if (look.status === 'locked') wrong('locked');
        break;
      case 'grew':
      case 'grewOnEarlier':
      case 'grewOnEarlierPlain':
        if (look.status === 'locked' || !(m.after.growth[i] > m.before.growth[i])) wrong('did not grow');
        break;
      case 'healWaits':
        if (!isCracked(look.status) || !st.slice(0, i).some(isCracked)) wrong('nothing cracked beneath');
        break;
    }
    // a poor answer never reads as building the child's blocks (nor as reaching the level's goal):
    // only a block whose own caregiver block it fed is said to grow on it
    const fed = (m.effects[NURTURED_BY[l.block]] ?? 0) > 0;
    if ((l.key === 'grew' || l.key === 'solid') && totalEffect(m.effects) <= 0 && !fed) out.push(`"${text}" after a poor answer (${JSON.stringify(m.effects)})`);
    if ((l.key === 'grew' || l.key === 'solid') && (m.effects[NURTURED_BY[l.block]] ?? 0) < 0) out.push(`"${text}" after an answer that hurt it (${JSON.stringify(m.effects)})`);
  }
  // the tower's own words: the check mark and "staat stevig" alone only on a block drawn without a crack
  end.forEach((look, i) => {
    const words = statusText(m.after, i);
    const drawnDamage = isCracked(look.status) || m.after.cracks[i] > DRAWN_DAMAGE;
    if (drawnDamage && !/barst|heelt/.test(words)) out.push(`${CHILD_BLOCKS[i]} is drawn with a crack but reads "${words}"`);
    if (drawnDamage && !/barst|heelt/.test(statusShort(look))) out.push(`${CHILD_BLOCKS[i]} is drawn with a crack but its short label reads "${statusShort(look)}"`);
    // (a fresh hairline is not a crack: "staat stevig, met een haarscheurtje" keeps its check mark)
    if (plainlySolid(look) !== (words.startsWith(t('status.solid')) && !/barst/.test(words))) out.push(`${CHILD_BLOCKS[i]}: check mark ${plainlySolid(look)} beside "${words}"`);
  });
  return out;
}

describe('one story per moment', () => {
  for (const policy of POLICIES) {
    it(`${policy}: in every level, at every moment, the card says what the towers show`, () => {
      const problems: string[] = [];
      let moments = 0;
      for (const level of LEVELS) {
        for (const seed of SEEDS) {
          const { progress, moments: ms } = play(level, policy, seed);
          moments += ms.length;
          for (const m of ms) for (const d of disagreements(m)) problems.push(`${m.at}: ${d}`);
          // play and debrief count the same moments: each scenario once, a repair moment under the one before it
          expect(
            ms.map((m) => m.header),
            `${level.id}: the header's numbers`,
          ).toEqual(ms.map((m) => m.numbered.n));
          const numbered = ms.filter((m) => !m.numbered.repair).map((m) => m.numbered.n);
          expect(numbered).toEqual(level.scenarios.map((_, i) => i + 1));
          // at the debrief, the signals list every block the tower draws with damage
          const ip = progress.inPlay!;
          const end = lastTurn(level, ip.start, ip.choices)!.after;
          const listed = signalBlocks(end);
          blockLooks(end).forEach((look, i) => {
            if (isCracked(look.status) || look.status === 'wobbly' || end.cracks[i] > DRAWN_DAMAGE) expect(listed, `${level.id} ${policy}: signals of ${CHILD_BLOCKS[i]}`).toContain(i);
          });
          // "n keer herstel" counts exactly the repair answers given in repair moments
          const repairs = ms.filter((m) => m.kind === 'repair' && (m.responseKind === 'repair' || m.responseKind === 'repair-later')).length;
          expect(ruptureCount(level, ip).repairs, `${level.id} ${policy}: repairs counted`).toBe(repairs);
        }
      }
      expect(moments).toBeGreaterThan(LEVELS.length * SEEDS.length * 8);
      expect(problems).toEqual([]);
    });
  }

  it('a story carried through the five phases agrees too, with the best and the worst caregiver', () => {
    const problems: string[] = [];
    for (const policy of ['attuned', 'worst', 'good-enough'] as const) {
      let p = empty();
      for (const level of LEVELS.filter((l) => l.kind === 'phase')) {
        p = { ...p, story: { ...p.story, next: level.id } };
        const r = play(level, policy, 5, p, 'story');
        for (const m of r.moments) for (const d of disagreements(m)) problems.push(`story: ${m.at}: ${d}`);
        p = r.progress;
      }
    }
    expect(problems).toEqual([]);
  });

  it('"herstel" means one thing: coming back to a rupture; a crack that mends over the months "heelt"', () => {
    for (const [lang, word] of [
      ['nl', /herstel/i],
      ['en', /\brepair/i],
    ] as const) {
      const uses = Object.entries(CONTENT.locales[lang])
        .filter(([, v]) => word.test(v))
        .map(([k]) => k);
      expect(uses.length, lang).toBeGreaterThan(3);
      // only texts about ruptures and their repair use it
      expect(
        uses.filter((k) => !/rupture|repair|hardened/i.test(k)),
        lang,
      ).toEqual([]);
    }
    const healing = Object.keys(CONTENT.locales.nl).filter((k) => /^(status\.(short\.)?healing|event\.(healing|healed|healWaits|mending|mendingStops|smallCrackGone|healedSmallCrack))/.test(k));
    expect(healing.length).toBeGreaterThan(6);
    for (const k of healing) expect(CONTENT.locales.nl[k], k).not.toMatch(/herstel/i);
  });

  it('says the same in English: the words the checks read exist in both languages', () => {
    setLang('en');
    try {
      for (const key of [
        'caregiverUp',
        'caregiverHolds',
        'caregiverTooLittle',
        'caregiverDown',
        'caregiverStaysLow',
        'caregiverDrift',
        'healingSlow',
        'healedSmallCrack',
        'ruptureRepairable',
        'repairedLate',
        'solidOnEarlier',
        'grewOnEarlierPlain',
        'crackingMore',
        'smallCrackGone',
        'healingSmall',
      ]) {
        expect(t(`event.${key}`), key).not.toBe(`event.${key}`);
        expect(CONTENT.locales.en[`event.${key}`], key).toBeTruthy();
      }
      expect(t('status.smallCrack', { status: 'solid' })).toBe('solid, with a small crack');
    } finally {
      setLang('nl');
    }
  });
});
