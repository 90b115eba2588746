// One view of the level in play, computed once per change (after boardgame.io's playerView and
// ink's currentChoices): the level, the step, the beat on screen and its answers in the order
// shown, the last turn with what the engine said, ruptures and repairs, what comes next. The
// choices are walked through the engine once; scenes render from this and index nothing themselves.
import type { LevelT, RepairResponseT, ResponseT } from '../content/schema';
import { ChoiceError, chooseById, nextBeat, normalizeState, replay, responseOf, type LevelRun, type ModelEvent, type TowerState } from '../model';
import type { TurnContext } from './explain';
import type { InPlay, Step } from './saves';
import { atOf, findLevel, lastBeat, momentOf, seedOf, shownResponses, type At, type Mode, type PlayBeat, type Turn } from './session';

/** The last answered turn, as the result card tells it. */
export interface LastTurn extends Turn {
  context: TurnContext;
  response: ResponseT | RepairResponseT;
}

export interface PlayView {
  level: LevelT;
  inPlay: InPlay;
  mode: Mode;
  step: Step;
  /** Where the level stands: sent with the screen's actions, so a second press is refused. */
  at: At;
  /** The run after every choice: the towers now. */
  run: LevelRun;
  /** What comes next: the beat to answer, or null when the level is played through (the debrief). */
  next: PlayBeat | null;
  /** The beat on screen: on the result card the one just answered, else the one to answer. */
  beat: PlayBeat | null;
  /** The answers of the beat to answer, in the order shown (shuffled by the run's seed). */
  shown: (ResponseT | RepairResponseT)[];
  /** The last turn: its choice, the towers before and after, its events. Null before the first choice. */
  last: LastTurn | null;
  /** "Moment n of N". */
  moment: { n: number; total: number };
  /** Choices after which the engine said `rupture`, and after which `repaired`. */
  ruptures: { ruptures: number; repairs: number };
  /** A what-if on its debrief: the tower at the end of the original run, to compare. */
  originalEnd: TowerState | null;
}

/** The view of the level in play, or null when none is (or its level is not in the content). */
export function playView(levels: readonly LevelT[], ip: InPlay | null): PlayView | null {
  if (!ip) return null;
  const level = findLevel(levels, ip.level);
  if (!level) return null;
  // one walk through the choices: the towers after each, the last turn's events, ruptures and repairs
  const start = normalizeState(ip.start);
  let run: LevelRun = { level: level.id, start, state: start, choices: [] };
  let before = start;
  let events: ModelEvent[] = [];
  let ruptures = 0;
  let repairs = 0;
  for (const c of ip.choices) {
    const beat = nextBeat(level, run.choices);
    if (!beat || beat.scenario.id !== c.scenario || (beat.kind === 'repair') !== !!c.repair) throw new ChoiceError(`choice for ${c.scenario} does not fit level ${level.id}`);
    before = run.state;
    const r = chooseById(level, run, c.response);
    run = r.run;
    events = r.events;
    if (events.some((e) => e.key === 'rupture')) ruptures++;
    if (events.some((e) => e.key === 'repaired')) repairs++;
  }
  const next = nextBeat(level, ip.choices);
  const choice = ip.choices.at(-1);
  const response = choice ? responseOf(level, choice) : undefined;
  const context: TurnContext = { before, after: run.state, repairNext: next?.kind === 'repair', kind: response && 'kind' in response && typeof response.kind === 'string' ? response.kind : undefined };
  const last: LastTurn | null = choice && response ? { choice, before, after: run.state, events, response, context } : null;
  const answered = lastBeat(level, ip.choices);
  return {
    level,
    inPlay: ip,
    mode: ip.mode,
    step: ip.step,
    at: atOf(ip),
    run,
    next,
    beat: (ip.step === 'result' ? answered : next) ?? answered,
    shown: next ? shownResponses(next, seedOf(ip)) : [],
    last,
    moment: momentOf(level, ip.choices, ip.step),
    ruptures: { ruptures, repairs },
    originalEnd: ip.original && ip.step === 'debrief' ? replay(level, start, ip.original).state : null,
  };
}
