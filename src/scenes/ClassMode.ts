// Class mode ("In de klas"): the lecturer plays a level with the whole class on the projector.
// Per moment the class votes (A–D), sees the spread when the lecturer shows it, talks it over
// with a neighbour against a visible timer, votes again; then the tower plays the majority's
// answer (or the lecturer's pick), the why is shown large and the most chosen other answer beside
// it as a what-if. The class debrief sets the two votes side by side and saves a class results
// file for the class overview. The rules live in src/class/vote.ts (a pure reducer); this scene
// draws it: the words as a page of large HTML (readable from the back of the room, every control a
// real button), the tower on the canvas. Keys: space, →, PageDown = on; ←, PageUp = back;
// A–D = one hand more (Shift: one less); 1–4 = the majority (in a vote) or the answer to play (in
// the reveal); ↑/↓ = 30 s more or less for the discussion; Esc = stop.
import { app } from '../game/app';
import { download } from '../ui/download';
import { t, tx } from '../services/i18n';
import { announce } from '../services/a11y';
import { classBeat, lettered, LETTERS, leaders, momentNumber, reduce, revealView, startClass, total, type ClassAction, type ClassStart, type ClassState, type Letter, type Round } from '../class/vote';
import { buildClassFile, classFileName, classRecord, type ClassMoment } from '../class/results';
import { el, openSheet, wordCap } from '../ui/sheet';
import { getTextScale } from '../ui/theme';
import { openCardSheet } from './answerCards';
import { BaseScene } from './base';
import type { Route, Routes } from './routes';
import { failed } from '../services/failure';
import { read, save } from '../services/store';

// ---- where votes come from: the seam for the camera ------------------------------------------

type CardRead = { card: number; letter: Letter };

/**
 * A way for votes to come in. Counting hands is built in and needs nothing. The camera (printed
 * answer cards) plugs in with `registerVoteSource`: `start` gets a callback for the cards read and
 * a place on screen for its preview, and resolves to a stop function; it rejects when the camera
 * is refused or missing, and class mode then says so once and counts hands.
 */
interface VoteSource {
  id: 'hands' | 'cards';
  /** Its name on the setup screen. */
  label: () => string;
  start?: (onReads: (reads: CardRead[]) => void, preview: HTMLElement) => Promise<() => void>;
}

const HANDS: VoteSource = { id: 'hands', label: () => t('classmode.hands') };
const sources: VoteSource[] = [HANDS];
export function registerVoteSource(s: VoteSource) {
  const i = sources.findIndex((x) => x.id === s.id);
  if (i >= 0) sources[i] = s;
  else sources.push(s);
}

// ---- the session, kept for this visit (a resize or a trip to the guide keeps the lesson) -------

let session: ClassState | null = null;

// ---- the lesson kept across a reload: its start and the actions taken, replayed through the reducer
// (what a stored log says is checked again, action by action, so a damaged one cannot half-build a lesson)
const LESSON_KEY = 'class-lesson';
const MAX_ACTIONS = 20_000;
let lessonLog: { start: ClassStart; actions: ClassAction[] } | null = null;
let triedRestore = false;
function keepLesson() {
  void save(LESSON_KEY, lessonLog && lessonLog.actions.length <= MAX_ACTIONS ? lessonLog : null).catch(failed);
}
function begin(start: ClassStart): { state: ClassState } | { error: string } {
  const r = startClass(app.content.levels, start);
  lessonLog = 'state' in r ? { start, actions: [] } : lessonLog;
  if ('state' in r) keepLesson();
  return r;
}
/** The lesson a reload interrupted, rebuilt from its log; null when there is none or it does not replay. */
function replayLesson(stored: unknown, levels: Parameters<typeof startClass>[0]): { state: ClassState; log: { start: ClassStart; actions: ClassAction[] } } | null {
  if (!stored || typeof stored !== 'object') return null;
  const { start, actions } = stored as { start?: unknown; actions?: unknown };
  if (!start || typeof start !== 'object' || !Array.isArray(actions) || actions.length > MAX_ACTIONS) return null;
  try {
    const r = startClass(levels, start as ClassStart);
    if (!('state' in r)) return null;
    let state = r.state;
    const kept: ClassAction[] = [];
    for (const a of actions) {
      if (!a || typeof a !== 'object' || typeof (a as { type?: unknown }).type !== 'string') return null;
      const out = reduce(state, a as ClassAction, levels);
      if (out.error) continue;
      state = out.state;
      kept.push(a as ClassAction);
    }
    return { state, log: { start: start as ClassStart, actions: kept } };
  } catch {
    return null;
  }
}
/** The source the lecturer chose; hands by default, and after a refused camera. */
let sourceId: VoteSource['id'] = 'hands';
let cameraNoticeShown = false;
/** When the discussion began (performance.now), and whether this moment's reveal animated yet. */
let discussFrom = 0;
let animatedFor = '';

const STYLE = `
#a11y .sheet.klas { line-height: 1.3; padding: .5em .8em 1em; }
#a11y .sheet.klas h2 { font-size: 1.05em; margin: .2em 0 .3em; }
#a11y .sheet.klas p { margin: .25em 0; }
#a11y .sheet.klas .situation { font-size: .95em; }
#a11y .sheet.klas .signal { font-weight: bold; }
#a11y .sheet.klas .answers { display: grid; grid-template-columns: 1fr 1fr; gap: .35em .6em; margin: .4em 0; list-style: none; padding: 0; }
#a11y .sheet.klas .answer { border: 2px solid var(--line); border-radius: 14px; padding: .3em .5em; display: grid; grid-template-columns: 1.6em 1fr; gap: .1em .4em; background: var(--field); }
#a11y .sheet.klas .answer.lead { border-color: var(--accent); border-width: 4px; }
#a11y .sheet.klas .letter { font: bold 1.25em/1.1 Nunito, sans-serif; color: var(--accent); }
#a11y .sheet.klas .answer .text { font-size: 1em; }
#a11y .sheet.klas .tally { grid-column: 1 / -1; display: flex; align-items: center; flex-wrap: wrap; gap: .2em .4em; font-size: .7em; }
#a11y .sheet.klas .tally button { margin: 0; padding: .1em .7em; min-width: 2.4em; }
#a11y .sheet.klas .tally .n { font: bold 1.4em Nunito, sans-serif; min-width: 1.6em; text-align: center; }
#a11y .sheet.klas .spread { grid-column: 1 / -1; display: grid; grid-template-columns: 1fr 5.5em; gap: .4em; align-items: center; font-size: .8em; }
#a11y .sheet.klas .spread .bar { height: .9em; background: var(--accent); border-radius: 4px; min-width: 3px; }
#a11y .sheet.klas .bottom { display: flex; flex-wrap: wrap; align-items: center; gap: .2em .5em; font-size: .7em; margin-top: .3em; }
#a11y .sheet.klas .bottom button { margin: .2em 0; }
#a11y .sheet.klas button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); }
#a11y .sheet.klas .status { font-weight: bold; }
#a11y .sheet.klas .timer { font: bold 4.5em/1 Nunito, sans-serif; text-align: center; margin: .2em 0; color: var(--ink); font-variant-numeric: tabular-nums; }
#a11y .sheet.klas .timer.up { color: var(--crack); }
#a11y .sheet.klas .ask { font-size: 1.1em; text-align: center; margin: .4em auto; max-width: 30em; }
#a11y .sheet.klas .center { text-align: center; }
#a11y .sheet.klas .reveal { display: grid; grid-template-columns: 3fr 2fr; gap: .8em; }
#a11y .sheet.klas .reveal .why { font-size: 1em; }
#a11y .sheet.klas .reveal .whatif { border-left: 4px dashed var(--soft); padding-left: .6em; font-size: .8em; color: var(--ink); }
#a11y .sheet.klas .reveal .whatif h3 { margin-top: 0; font-size: 1.25em; }
#a11y .sheet.klas .played { font: bold 1.05em Nunito, sans-serif; color: var(--accent); }
#a11y .sheet.klas .small { font-size: .8em; }
#a11y .sheet.klas .pickrow { font-size: .7em; }
#a11y .sheet table.moves { font-size: .62em; }
#a11y .sheet .klas-moments table.moves { font-size: .9em; }
#a11y .sheet.klas h3 { font-size: .8em; margin: .8em 0 .2em; }
#a11y .sheet table.moves tbody th { font-weight: normal; background: none; }
#a11y .sheet table.moves tr.chosen th, #a11y .sheet table.moves tr.chosen td { font-weight: bold; background: var(--tint); }
#a11y .sheet table.moves { table-layout: fixed; }
#a11y .sheet table.moves thead th:not(:first-child) { width: 7.5em; }
#a11y .sheet table.moves td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
#a11y .sheet.klas .levels { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: .3em .6em; }
#a11y .sheet.klas .levels button { margin: 0; text-align: left; width: 100%; height: 100%; }
#a11y .sheet.klas .setup { font-size: .75em; }
#a11y .sheet.klas .setup select { max-width: 14em; }
@media (max-width: 700px) { #a11y .sheet.klas .setup { font-size: 1em; } #a11y .sheet.klas .levels { grid-template-columns: 1fr; } }
#a11y .sheet.klas .preview video { max-width: 100%; max-height: 30vh; }
`;
let styled = false;
/** Class mode's styles (the class overview's tables of class votes use them too). */
export function ensureClassStyle() {
  if (styled) return;
  styled = true;
  document.head.append(el('style', { id: 'klas-style' }, STYLE));
}

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.max(0, Math.floor(s % 60))).padStart(2, '0')}`;

export class ClassMode extends BaseScene {
  /** Where class mode was opened from (with that screen's data). */
  private back: Route = { key: 'Title' };
  private sheet: HTMLElement | undefined;
  private stopSource: (() => void) | undefined;
  private onKeys = (e: KeyboardEvent) => this.keys(e);
  /** Where the camera says it is on and how many cards it sees: the same element through every redraw of the page. */
  private preview: HTMLElement | undefined;
  private previewEl() {
    this.preview ??= el('div', { class: 'preview', id: 'class-preview', role: 'status' });
    return this.preview;
  }

  constructor() {
    super('ClassMode');
  }

  protected init2(data?: Routes['ClassMode']) {
    if (data?.back) this.back = data.back;
    // opened on one moment (from the class overview): a new session there
    if (data?.level) {
      const r = begin({ level: data.level, seed: seedNow(), ...(data.scenario ? { from: { scenario: data.scenario, repair: !!data.repair } } : {}) });
      session = 'state' in r ? r.state : session;
      animatedFor = '';
    }
  }

  protected restartData(): Routes['ClassMode'] {
    return { back: this.back };
  }

  title() {
    return t('classmode.title');
  }

  protected onEscape() {
    // in a session: back to the setup (the lesson is kept); on the setup: where class mode was opened from
    if (session && this.sheet?.dataset.view === 'session') {
      this.showSetup = true;
      this.scene.restart(this.restartData());
    } else this.goTo(this.back);
  }

  private showSetup = false;

  protected onNumber(n: number) {
    const s = session;
    if (!s || this.sheet?.dataset.view !== 'session') return;
    const letter = LETTERS[n - 1];
    if (s.phase === 'vote1' || s.phase === 'vote2') this.dispatch({ type: 'majority', letter });
    else if (s.phase === 'reveal') this.dispatch({ type: 'pick', letter });
  }

  build() {
    ensureClassStyle();
    window.addEventListener('keydown', this.onKeys);
    this.preview = undefined;
    this.events.once('shutdown', () => {
      window.removeEventListener('keydown', this.onKeys);
      this.stopSource?.();
      this.stopSource = undefined;
    });
    const level = session ? app.content.levels.find((l) => l.id === session!.level) : undefined;
    const inSession = !!session && !!level && !this.showSetup;
    const num = inSession ? momentNumber(level!, session!) : null;
    const head = !inSession
      ? t('classmode.title')
      : session!.phase === 'debrief'
        ? `${tx(level!.title)} · ${t('classmode.phase.debrief')}`
        : `${tx(level!.title)} · ${num!.repair ? t('classmode.repairMoment', { n: num!.n }) : t('classmode.moment', { n: num!.n, total: num!.total })} · ${t(`classmode.phase.${session!.phase}`)}`;
    const hh = this.header(head, { label: inSession ? t('classmode.stop') : t('ui.back'), onClick: () => this.onEscape() });
    const m = this.W < 600 ? 6 : 12;
    // the tower beside the reveal
    const reveal = inSession && session!.phase === 'reveal' ? revealView(level!, session!) : null;
    const towerW = reveal && !this.portrait ? Math.round(this.W * 0.27) : 0;
    if (reveal && towerW) {
      const tower = this.towerPanel({ x: m, y: hh + m, w: towerW - m, h: this.H - hh - 2 * m }, { childName: level!.child.name, size: this.B * 0.6 });
      const key = `${session!.choices.length}:${reveal.letter}`;
      if (animatedFor === key) tower.set(reveal.after);
      else {
        animatedFor = key;
        tower.set(reveal.before);
        this.time.delayedCall(300, () => void tower.animate(reveal.after, 1800).catch(failed));
      }
    }
    const sheet = openSheet({ x: m + towerW, y: hh + m, w: this.W - 2 * m - towerW, h: this.H - hh - 2 * m }, head);
    sheet.classList.add('klas');
    sheet.dataset.view = inSession ? 'session' : 'setup';
    sheet.style.fontSize = `${this.B}px`;
    this.sheet = sheet;
    this.render();
    this.showSetup = false;
  }

  /** Body text for the projector: 40 px on a 1920×1080 screen, 32 px on 1280×720, never under 18. */
  private get B() {
    // (on a narrow phone no larger than lets a long word fit a line: ui/sheet.ts)
    return Math.round(Math.min(Math.max(18, Math.min(40, this.W / 40, this.H / 22.5)) * getTextScale(), wordCap(this.W - 12)));
  }

  /** Draw the page for the state (again after a vote changes: counts update in place, focus stays). */
  private render() {
    const sheet = this.sheet!;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.id;
    sheet.replaceChildren();
    const s = session;
    const level = s ? app.content.levels.find((l) => l.id === s.level) : undefined;
    if (sheet.dataset.view === 'setup' || !s || !level) this.setup(sheet);
    else if (s.phase === 'debrief') this.debrief(sheet, s);
    else this.moment(sheet, s);
    if (focused) sheet.querySelector<HTMLElement>(`[data-id="${focused}"]`)?.focus({ preventScroll: true });
    this.fit(sheet);
  }

  /** Long texts on a small projector: make the page's type smaller until it fits, not under 70%. */
  private fit(sheet: HTMLElement) {
    if (sheet.dataset.view !== 'session' || session?.phase === 'debrief') return;
    let size = this.B;
    const min = Math.max(16, this.B * 0.7);
    while (sheet.scrollHeight > sheet.clientHeight + 1 && size > min) {
      size = Math.max(min, size - 2);
      sheet.style.fontSize = `${size}px`;
    }
  }

  private btn(label: string, onClick: () => void, o: { id?: string; primary?: boolean; name?: string } = {}) {
    const b = el('button', { type: 'button', ...(o.id ? { 'data-id': o.id, id: o.id } : {}), ...(o.primary ? { class: 'primary' } : {}), ...(o.name ? { 'aria-label': o.name } : {}) }, label);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      if (!this.inputClosed()) onClick();
    });
    return b;
  }

  // ---- the setup: a level, the discussion time, how votes come in ------------------------------

  private setup(sheet: HTMLElement) {
    const levels = [...app.content.levels].sort((a, b) => a.order - b.order);
    const wrap = el('div', { class: 'setup' });
    wrap.append(el('p', {}, t('classmode.intro')), el('p', { class: 'privacy' }, t('classmode.privacy')));
    // after a reload: the lesson in progress comes back from its log (once per visit)
    if (!session && !triedRestore) {
      triedRestore = true;
      void read(LESSON_KEY)
        .then((stored) => {
          const r = replayLesson(stored, app.content.levels);
          if (!r || session || !this.scene.isActive()) return;
          session = r.state;
          lessonLog = r.log;
          animatedFor = '';
          this.showSetup = true;
          this.scene.restart(this.restartData());
        })
        .catch(failed);
    }
    const current = session && app.content.levels.find((l) => l.id === session!.level);
    if (current) wrap.append(this.btn(t('classmode.resume', { level: tx(current.title) }), () => this.scene.restart(this.restartData()), { id: 'class-resume', primary: true }));
    const time = el('select', { id: 'class-time' });
    for (const sec of [60, 90, 120, 180, 240, 300]) time.append(el('option', { value: String(sec) }, fmt(sec)));
    time.value = String(session?.discussSeconds ?? 120);
    const src = el('select', { id: 'class-source' });
    for (const s of sources) src.append(el('option', { value: s.id }, s.label()));
    src.value = sourceId;
    src.addEventListener('change', () => (sourceId = src.value === 'cards' ? 'cards' : 'hands'));
    const guide = this.btn(t('guide.open'), () => this.go('Guide', { back: { key: 'ClassMode', data: this.restartData() } }), { id: 'class-guide' });
    // the answer cards the camera reads, to print (a page of its own in a new tab)
    const cards = this.btn(t('answerCards.open'), () => openCardSheet() === 'downloaded' && this.toast(t('answerCards.popupBlocked')), { id: 'class-cards' });
    wrap.append(
      el(
        'div',
        { class: 'cols' },
        el('div', {}, el('label', { for: 'class-time' }, t('classmode.discussTime')), time),
        el('div', {}, el('label', { for: 'class-source' }, t('classmode.voteWith')), src),
      ),
      el('p', { class: 'soft' }, t('classmode.keys')),
      guide,
      cards,
      el('h2', {}, t('classmode.pickLevel')),
    );
    const list = el('div', { class: 'levels', role: 'list' });
    for (const level of levels) {
      list.append(
        el(
          'div',
          { role: 'listitem' },
          this.btn(
            tx(level.title),
            () => {
              const r = begin({ level: level.id, seed: seedNow(), discussSeconds: Number(time.value) });
              if ('error' in r) return this.toast(r.error);
              session = r.state;
              animatedFor = '';
              this.scene.restart(this.restartData());
            },
            { id: `class-level-${level.id}` },
          ),
        ),
      );
    }
    wrap.append(list);
    sheet.append(wrap);
    this.story(t('classmode.intro'));
  }

  // ---- one moment ------------------------------------------------------------------------------

  private moment(sheet: HTMLElement, s: ClassState) {
    const level = app.content.levels.find((l) => l.id === s.level)!;
    const beat = classBeat(level, s)!;
    const options = lettered(beat, s.seed);
    const repair = beat.kind === 'repair';
    const setting = tx(repair ? beat.scenario.repair!.setting : beat.scenario.setting);
    const signal = tx(repair ? beat.scenario.repair!.signal : beat.scenario.signal);
    const phase = s.phase;
    const round: Round | null = phase === 'vote1' || phase === 'spread1' ? s.first : phase === 'vote2' || phase === 'reveal' ? s.second : null;
    const voting = phase === 'vote1' || phase === 'vote2';
    const spread = phase === 'spread1' ? s.first : null;
    const n = round ? total(round) : 0;

    if (phase === 'discuss') {
      this.discuss(sheet, s);
      this.story(`${t('classmode.phase.discuss')}. ${t('classmode.discussAsk')}`);
      return;
    }
    if (phase === 'reveal') {
      this.reveal(sheet, s);
      return;
    }

    sheet.append(el('p', { class: 'situation' }, repair ? `${t('classmode.later')} ${setting} ` : `${setting} `, el('span', { class: 'signal' }, signal)));
    const lead = spread ? leaders(spread) : [];
    const list = el('ul', { class: 'answers', 'aria-label': t(`classmode.phase.${phase}`) });
    for (const o of options) {
      const item = el(
        'li',
        { class: `answer${lead.includes(o.letter) ? ' lead' : ''}` },
        el('span', { class: 'letter', 'aria-hidden': 'true' }, o.letter),
        el('span', { class: 'text' }, el('span', { class: 'sr-only' }, `${o.letter}: `), tx(o.response.text)),
      );
      if (voting && round && sourceId === 'hands') item.append(this.tally(o.letter, round));
      if (spread) item.append(this.spreadRow(o.letter, spread));
      list.append(item);
    }
    sheet.append(list);

    const bottom = el('div', { class: 'bottom' });
    const status = el('p', { class: 'status', role: 'status', id: 'class-status' });
    if (voting && round) {
      status.textContent =
        round.source === 'majority'
          ? t('classmode.majorityOnly', { letter: round.majority! })
          : n === 0
            ? t('classmode.noVotes')
            : round.source === 'cards'
              ? t(n === 1 ? 'classmode.votedCardsOne' : 'classmode.votedCards', { n })
              : t(n === 1 ? 'classmode.votedOne' : 'classmode.voted', { n });
      bottom.append(status);
      // hands were up for all to see, and the lecturer sees the counts typed; cards stay hidden until shown
      if (sourceId === 'cards') bottom.append(el('span', { class: 'soft' }, t('classmode.hidden')), this.previewEl());
    }
    if (phase === 'show' && s.moments.length) bottom.append(this.btn(t('classmode.finish'), () => this.dispatch({ type: 'finish' }), { id: 'class-finish' }));
    if (phase === 'vote1' || phase === 'vote2' || phase === 'spread1') bottom.append(this.btn(t('classmode.back'), () => this.dispatch({ type: 'back' }), { id: 'class-back' }));
    if (voting && round?.source) bottom.append(this.btn(t('classmode.clear'), () => this.dispatch({ type: 'clear' }), { id: 'class-clear' }));
    bottom.append(this.btn(t(`classmode.go.${phase}`), () => this.dispatch({ type: 'next' }), { id: 'class-next', primary: true }));
    sheet.append(bottom);
    this.story(`${setting} ${signal} ${options.map((o) => `${o.letter}: ${tx(o.response.text)}`).join(' ')}`);
    if (voting) this.startSource();
  }

  /** Counting hands for one answer: − count + and "majority". */
  private tally(letter: Letter, round: Round) {
    const c = round.source === 'hands' || round.source === 'cards' ? round.counts[letter] : 0;
    const set = (d: number) => {
      const counts = round.source === 'hands' ? { ...round.counts } : { A: 0, B: 0, C: 0, D: 0 };
      counts[letter] = Math.max(0, counts[letter] + d);
      this.dispatch({ type: 'hands', counts });
    };
    return el(
      'div',
      { class: 'tally' },
      this.btn('−', () => set(-1), { id: `minus-${letter}`, name: t('classmode.minus', { letter }) }),
      el('span', { class: 'n', 'aria-label': t('classmode.count', { letter, n: c }) }, String(c)),
      this.btn('+', () => set(1), { id: `plus-${letter}`, name: t('classmode.plus', { letter }) }),
      this.btn(t('classmode.majority', { letter }), () => this.dispatch({ type: 'majority', letter }), { id: `majority-${letter}` }),
    );
  }

  private spreadRow(letter: Letter, r: Round) {
    if (r.source === 'majority')
      return el(
        'div',
        { class: 'spread' },
        el('span', { class: 'bar', style: `width:${r.majority === letter ? 100 : 0}%` }),
        el('span', {}, r.majority === letter ? t('classmode.majority', { letter }) : ''),
      );
    const all = total(r);
    const pct = all ? Math.round((r.counts[letter] / all) * 100) : 0;
    return el('div', { class: 'spread' }, el('span', { class: 'bar', style: `width:${pct}%`, 'aria-hidden': 'true' }), el('span', {}, `${r.counts[letter]} · ${pct}%`));
  }

  // ---- the discussion, with its timer ----------------------------------------------------------

  private discuss(sheet: HTMLElement, s: ClassState) {
    if (!discussFrom) discussFrom = performance.now();
    const left = () => Math.max(0, s.discussSeconds - (performance.now() - discussFrom) / 1000);
    const timer = el('p', { class: 'timer', id: 'class-timer', role: 'timer', 'aria-live': 'off' }, fmt(Math.ceil(left())));
    sheet.append(
      el('h2', { class: 'center' }, t('classmode.phase.discuss')),
      timer,
      el('p', { class: 'ask' }, t('classmode.discussAsk')),
      el(
        'div',
        { class: 'bottom', style: 'justify-content:center' },
        this.btn(t('classmode.less'), () => this.dispatch({ type: 'timer', seconds: s.discussSeconds - 30 }), { id: 'class-less' }),
        this.btn(t('classmode.more'), () => this.dispatch({ type: 'timer', seconds: s.discussSeconds + 30 }), { id: 'class-more' }),
        this.btn(t('classmode.back'), () => this.dispatch({ type: 'back' }), { id: 'class-back' }),
        this.btn(t('classmode.go.discuss'), () => this.dispatch({ type: 'next' }), { id: 'class-next', primary: true }),
      ),
    );
    let said = false;
    const tick = () => {
      if (!timer.isConnected) return;
      const l = left();
      timer.textContent = l > 0 ? fmt(Math.ceil(l)) : t('classmode.timeUp');
      timer.classList.toggle('up', l <= 0);
      if (l <= 0 && !said) {
        said = true;
        announce(t('classmode.timeUp'));
      }
      if (l > 0) this.time.delayedCall(250, tick);
    };
    tick();
  }

  // ---- the reveal: the answer played, its why, and the what-if beside it ----------------------

  private reveal(sheet: HTMLElement, s: ClassState) {
    const level = app.content.levels.find((l) => l.id === s.level)!;
    const beat = classBeat(level, s)!;
    const options = lettered(beat, s.seed);
    const view = revealView(level, s);
    const pickRow = el(
      'div',
      { class: 'bottom pickrow' },
      ...options.map((o) => this.btn(t('classmode.pick', { letter: o.letter }), () => this.dispatch({ type: 'pick', letter: o.letter }), { id: `pick-${o.letter}` })),
    );
    if (!view) {
      // a tie: the lecturer picks
      sheet.append(el('p', { class: 'status', role: 'status', id: 'class-status' }, t('classmode.tie')));
      const list = el('ul', { class: 'answers' });
      for (const o of options)
        list.append(
          el(
            'li',
            { class: `answer${leaders(s.second).includes(o.letter) ? ' lead' : ''}` },
            el('span', { class: 'letter', 'aria-hidden': 'true' }, o.letter),
            el('span', { class: 'text' }, el('span', { class: 'sr-only' }, `${o.letter}: `), tx(o.response.text)),
            this.spreadRow(o.letter, s.second),
          ),
        );
      sheet.append(
        list,
        pickRow,
        el(
          'div',
          { class: 'bottom' },
          this.btn(t('classmode.back'), () => this.dispatch({ type: 'back' }), { id: 'class-back' }),
        ),
      );
      this.story(t('classmode.tie'));
      return;
    }
    const who = view.by === 'lecturer' ? t('classmode.byLecturer', { letter: view.letter }) : t('classmode.byClass', { letter: view.letter });
    const r = view.response;
    const votes = el('p', { class: 'small', id: 'class-second' }, el('strong', {}, `${t('classmode.secondVote')}: `), options.map((o) => `${o.letter} ${countText(s.second, o.letter)}`).join(' · '));
    const main = el(
      'div',
      {},
      el('p', { class: 'played', id: 'class-played' }, who),
      el('p', { class: 'small' }, tx(r.text)),
      el('p', { class: 'small' }, el('strong', {}, `${t('classmode.child')}: `), tx(r.reaction)),
      el('h2', {}, t('classmode.why')),
      el('p', { class: 'why' }, tx(r.feedback)),
      votes,
    );
    const w = view.whatIf;
    const side = el(
      'aside',
      { class: 'whatif', 'aria-label': w ? t('classmode.whatIf', { letter: w.letter }) : t('classmode.whatIfNone') },
      ...(w
        ? [
            el('h3', {}, t('classmode.whatIf', { letter: w.letter })),
            el('p', { class: 'soft' }, t('classmode.whatIfVotes', { n: countText(s.second, w.letter) })),
            el('p', {}, tx(w.response.text)),
            el('p', {}, el('strong', {}, `${t('classmode.child')}: `), tx(w.response.reaction)),
            // beside the why, the what-if's plain words (shorter) where it has them
            el('p', {}, tx(w.response.plain ?? w.response.feedback)),
          ]
        : [el('p', {}, t('classmode.whatIfNone'))]),
    );
    const last = !this.hasNext(s, view.letter);
    sheet.append(
      el('div', { class: 'reveal' }, main, side),
      pickRow,
      el(
        'div',
        { class: 'bottom' },
        this.btn(t('classmode.back'), () => this.dispatch({ type: 'back' }), { id: 'class-back' }),
        this.btn(t(last ? 'classmode.go.last' : 'classmode.go.reveal'), () => this.dispatch({ type: 'next' }), { id: 'class-next', primary: true }),
      ),
    );
    this.story(`${who}. ${tx(r.text)} ${tx(r.reaction)} ${t('classmode.why')}: ${tx(r.feedback)}${w ? ` ${t('classmode.whatIf', { letter: w.letter })}: ${tx(w.response.text)}` : ''}`);
  }

  /** Whether another moment follows the reveal when `letter` is played. */
  private hasNext(s: ClassState, letter: Letter): boolean {
    const out = reduce({ ...s, pick: letter }, { type: 'next' }, app.content.levels);
    return !out.error && out.state.phase !== 'debrief';
  }

  // ---- the class debrief -----------------------------------------------------------------------

  private debrief(sheet: HTMLElement, s: ClassState) {
    const level = app.content.levels.find((l) => l.id === s.level)!;
    const record = classRecord(level, s, app.settings.lang, new Date().toISOString());
    sheet.append(el('p', {}, t('classmode.debriefIntro')));
    if (!record.moments.length) sheet.append(el('p', { class: 'soft' }, t('classmode.noMoments')));
    record.moments.forEach((m, i) => sheet.append(...momentTable(m, i)));
    sheet.append(el('h2', {}, t('classmode.questions')), el('ol', {}, ...record.questions.map((q) => el('li', {}, q))));
    const save = this.btn(
      t('classmode.save'),
      () =>
        void buildClassFile({ ...record, at: new Date().toISOString() })
          .then((text) => {
            download(classFileName(record), text, 'application/json');
            announce(t('classmode.saved'));
          })
          .catch(failed),
      { id: 'class-save', primary: true },
    );
    sheet.append(
      el('p', { class: 'soft' }, t('classmode.saveHint')),
      el(
        'div',
        {},
        save,
        this.btn(t('guide.open'), () => this.go('Guide', { back: { key: 'ClassMode', data: this.restartData() } }), { id: 'class-guide' }),
        this.btn(
          t('classmode.again'),
          () => {
            session = null;
            lessonLog = null;
            keepLesson();
            this.scene.restart(this.restartData());
          },
          { id: 'class-again' },
        ),
      ),
    );
    this.story(`${t('classmode.phase.debrief')}. ${t('classmode.debriefIntro')}`);
  }

  // ---- actions and keys ------------------------------------------------------------------------

  private dispatch(a: ClassAction) {
    const s = session;
    if (!s) return;
    const out = reduce(s, a, app.content.levels);
    if (out.error) {
      // say why, in the lecturer's words where there are some
      const said = /no votes/.test(out.error) ? t('classmode.noVotes') : /tie/.test(out.error) ? t('classmode.tie') : null;
      if (said) {
        announce(said);
        const st = this.sheet?.querySelector('#class-status');
        if (st) st.textContent = said;
        else this.toast(said);
      }
      return;
    }
    session = out.state;
    if (lessonLog) {
      lessonLog.actions.push(a);
      keepLesson();
    }
    // counting again with the camera: it passes on only cards it has not passed on, so start it afresh
    if (a.type === 'clear') {
      this.stopSource?.();
      this.stopSource = undefined;
    }
    if (out.state.phase === 'discuss' && s.phase !== 'discuss') discussFrom = performance.now();
    // a vote counted (or a new length for the discussion, the timer counting on): the page only
    const samePage = out.state.phase === s.phase && out.state.choices.length === s.choices.length && out.state.pick === s.pick;
    if (samePage) this.render();
    else {
      if (s.phase === 'vote1' || s.phase === 'vote2') {
        this.stopSource?.();
        this.stopSource = undefined;
      }
      this.scene.restart(this.restartData());
    }
  }

  /** Start the chosen vote source for a vote (the camera); a refused camera says so once, then hands. */
  private startSource() {
    if (sourceId === 'hands' || this.stopSource) return;
    const src = sources.find((x) => x.id === sourceId);
    const preview = this.sheet?.querySelector<HTMLElement>('#class-preview');
    if (!src?.start || !preview) return this.fallBack();
    // until it has started, stopping means: stop it as soon as it has
    let stopped = false;
    let stop: (() => void) | undefined;
    this.stopSource = () => {
      stopped = true;
      stop?.();
    };
    src
      .start((reads) => {
        if (!stopped) this.dispatch({ type: 'cards', reads });
      }, preview)
      .then(
        (s) => {
          stop = s;
          if (stopped || !this.scene.isActive()) s();
        },
        (e: unknown) => {
          if (!stopped) this.fallBack(e instanceof Error && e.message ? e.message : undefined);
        },
      );
  }

  /**
   * Back to counting hands, saying why once: the source's own plain words when it gives them (the
   * camera's say what happened and offer counting hands, in full), else the general notice.
   */
  private fallBack(why?: string) {
    this.stopSource = undefined;
    sourceId = 'hands';
    if (!cameraNoticeShown) {
      cameraNoticeShown = true;
      this.toast(why || t('classmode.cameraRefused'));
    }
    if (this.scene.isActive()) this.render();
  }

  private keys(e: KeyboardEvent) {
    if (this.inputClosed() || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    const s = session;
    if (!s || this.sheet?.dataset.view !== 'session') return;
    const onButton = tag === 'BUTTON';
    const k = e.key;
    if (k === 'PageDown' || k === 'ArrowRight' || (k === ' ' && !onButton) || (k === 'Enter' && !onButton)) {
      e.preventDefault();
      this.dispatch({ type: 'next' });
    } else if (k === 'PageUp' || k === 'ArrowLeft') {
      e.preventDefault();
      this.dispatch({ type: 'back' });
    } else if ((k === 'ArrowUp' || k === 'ArrowDown') && s.phase === 'discuss') {
      e.preventDefault();
      this.dispatch({ type: 'timer', seconds: s.discussSeconds + (k === 'ArrowUp' ? 30 : -30) });
    } else if (/^[a-d]$/i.test(k)) {
      const letter = k.toUpperCase() as Letter;
      if (s.phase === 'vote1' || s.phase === 'vote2') {
        const r = s.phase === 'vote1' ? s.first : s.second;
        const counts = r.source === 'hands' ? { ...r.counts } : { A: 0, B: 0, C: 0, D: 0 };
        counts[letter] = Math.max(0, counts[letter] + (e.shiftKey ? -1 : 1));
        this.dispatch({ type: 'hands', counts });
      } else if (s.phase === 'reveal') this.dispatch({ type: 'pick', letter });
    }
  }
}

/** One moment of a class session: each answer with its first and second vote side by side (the debrief, the class overview). */
export function momentTable(m: ClassMoment, i: number): HTMLElement[] {
  const label = m.repair ? t('classmode.later') : `${i + 1}.`;
  const cell = (v: ClassMoment['first'], l: Letter) => (v.counts ? String(v.counts[l]) : v.majority === l ? t('classmode.majority', { letter: l }) : '–');
  return [
    el('h3', {}, `${label} ${m.setting}`),
    el(
      'table',
      { class: 'moves' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, t('classmode.answer')),
          el('th', { scope: 'col' }, t('classmode.first')),
          el('th', { scope: 'col' }, t('classmode.second')),
          el('th', { scope: 'col' }, t('classmode.played')),
        ),
      ),
      el(
        'tbody',
        {},
        ...m.options.map((o) =>
          el(
            'tr',
            o.letter === m.played ? { class: 'chosen' } : {},
            el('th', { scope: 'row' }, `${o.letter}. ${o.text}`),
            el('td', { class: 'num' }, cell(m.first, o.letter)),
            el('td', { class: 'num' }, cell(m.second, o.letter)),
            el('td', {}, o.letter === m.played ? `✓ ${t('classmode.playedMark')}${m.by === 'lecturer' ? ` (${t('classmode.byLecturer', { letter: o.letter })})` : ''}` : ''),
          ),
        ),
      ),
    ),
  ];
}

const countText = (r: Round, l: Letter) => (r.source === 'majority' ? (r.majority === l ? t('classmode.majority', { letter: l }) : '–') : String(r.counts[l]));

/** A seed for the answers' order: new for each lesson. */
const seedNow = () => Math.floor(Math.random() * 0xffffffff);
