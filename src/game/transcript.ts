// Golden transcripts: a level played by a balance policy, written down as what the game says and
// shows at every moment (the choice, the engine's events, the result card's lines in words, the
// towers) and at the debrief. tests/golden holds one per level and policy; a test compares them, so
// any change of meaning is a reviewed diff (`npm run -s golden` writes them again). Pure, no
// Phaser: the card lines come from explain.ts and the words from the locale files, as in the game.
// The caller loads the locale texts first (setLocales); the words are Dutch, the game's first language.
import type { LevelT, RepairResponseT, ResponseT } from '../content/schema';
import {
  CAREGIVER_BLOCKS,
  CHILD_BLOCKS,
  beatResponses,
  chooseById,
  nextBeat,
  normalizeState,
  pick,
  seededRng,
  startLevel,
  statuses,
  type Choice,
  type LevelRun,
  type Policy,
  type TowerState,
} from '../model';
import { describeEvent, t } from '../services/i18n';
import { signalBlocks, statusText } from '../services/towerWords';
import { cardLines } from './explain';
import type { InPlay } from './saves';
import { momentNumbers, ruptureCount } from './session';

/** The seed of every golden run: the random policy's picks and every policy's tie-breaks. */
const GOLDEN_SEED = 1;

const f2 = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);
const effectsText = (e: Partial<Record<string, number>>) =>
  CAREGIVER_BLOCKS.filter((id) => e[id])
    .map((id) => `${id} ${e[id]! > 0 ? '+' : ''}${e[id]}`)
    .join(', ') || 'no effect';

/** The towers in numbers, one line each: what the drawing is made from. */
function towers(s: TowerState): string[] {
  const st = statuses(s);
  const child = CHILD_BLOCKS.map((id, i) => {
    const extra = [s.ruptures[i] > 0.0005 ? `rupture ${f2(s.ruptures[i])}` : '', s.scars[i] > 0.0005 ? `scar ${f2(s.scars[i])}` : ''].filter(Boolean).join(' ');
    return `${id} ${st[i]} ${f2(s.growth[i])}/${f2(s.cracks[i])}${extra ? ` ${extra}` : ''}`;
  });
  const care = CAREGIVER_BLOCKS.map((id, i) => `${id} ${f2(s.strength[i])}${s.leaning[i] ? ' leans' : ''}${s.attitude[i] > 0.0005 ? ` (+${f2(s.attitude[i])} unshown)` : ''}`);
  return [`  child: ${child.join(' | ')}`, `  caregiver: ${care.join(' | ')}`];
}

/** Play a level with a policy from its own start and write down what the game says and shows. */
export function transcript(level: LevelT, policy: Policy, seed = GOLDEN_SEED): string {
  const rng = seededRng(seed);
  const out: string[] = [`# ${level.id}, policy ${policy}, seed ${seed}`, `# regenerate: npm run -s golden`, ''];
  let run: LevelRun = startLevel(level);
  out.push(`Start at ${f2(run.state.ageMonths)} months`, ...towers(run.state), '');
  for (let beat = nextBeat(level, run.choices); beat; beat = nextBeat(level, run.choices)) {
    const list = beatResponses(beat) as readonly (ResponseT | RepairResponseT)[];
    const response = list[pick(policy, list, rng)];
    const before = run;
    const r = chooseById(level, run, response.id);
    run = r.run;
    const n = momentNumbers(level, run.choices).at(-1)!;
    const kind = 'kind' in response && response.kind ? ` [${response.kind}]` : '';
    const context = { before: before.state, after: run.state, repairNext: nextBeat(level, run.choices)?.kind === 'repair', kind: 'kind' in response ? response.kind : undefined };
    const { now, pattern } = cardLines(r.events, response.effects, context);
    out.push(`## Moment ${n.n} of ${level.scenarios.length}${n.repair ? ' (repair moment)' : ''}: ${beat.scenario.id}`);
    out.push(`choice: ${response.id}${kind} (${effectsText(response.effects)})`, `age after: ${f2(run.state.ageMonths)} months`);
    out.push(`events: ${r.events.map((e) => `${e.key}:${'block' in e ? e.block : e.caregiver}`).join(' ') || '(none)'}`);
    out.push(t('card.now'), ...now.map((l) => `  • ${describeEvent(l)}`));
    if (pattern.length) out.push(t('card.pattern', { name: level.child.name }), ...pattern.map((l) => `  • ${describeEvent(l)}`));
    out.push(...towers(run.state), '');
  }
  const ip: Pick<InPlay, 'start' | 'choices'> = { start: run.start, choices: run.choices as Choice[] };
  const { ruptures, repairs } = ruptureCount(level, ip);
  const end = normalizeState(run.state);
  out.push('## Debrief', t('debrief.ruptures', { r: ruptures, h: repairs }));
  CHILD_BLOCKS.forEach((id, i) => out.push(`  ${id}: ${statusText(end, i)}`));
  out.push(
    `  signals: ${
      signalBlocks(end)
        .map((i) => CHILD_BLOCKS[i])
        .join(', ') || '(none)'
    }`,
    ...towers(end),
    '',
  );
  return out.join('\n');
}
