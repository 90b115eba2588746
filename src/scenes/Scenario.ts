// The scenario scene: the setting drawn, the child's signal, 2-4 responses; after a pick the
// caregiver tower shifts, the child's tower answers, and a card says what happened and why.
import type { RepairResponseT, ResponseT } from '../content/schema';
import { app } from '../game/app';
import { CHILD_BLOCKS, statuses, type ModelEvent, type TowerState } from '../model';
import { play } from '../services/audio';
import { ageLabel, childName, describeEvent, t, tx } from '../services/i18n';
import { a11yRoot, addNote, setBusy, type Rect } from '../services/a11y';
import { describeTowers, TowerView } from '../ui/tower';
import { getTextScale, isHighContrast, palette, textStyle } from '../ui/theme';
import { poseFor, reactionMood, totalEffect, type Mood, type Pose } from './art/pose';
import { sceneFor } from './art/cues';
import { BaseScene } from './base';
import { art } from './drawings';
import { cardLines } from '../game/explain';
import { plainIntro } from '../game/plain';
import type { At, PlayBeat } from '../game/session';
import { routeFor } from '../game/route';
import { measureText } from '../ui/measure';
import { failed } from '../services/failure';

type Item =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; head?: boolean; scale?: number; color?: number; say?: boolean }
  | { kind: 'button'; label: string; hint?: string; primary?: boolean; onClick: () => void; id?: string; secondary?: boolean; aside?: string };

/** No text on a card below this many CSS px at 100% text size (more with larger text): what a phone reads comfortably. */
const CARD_MIN = 14;

type TextItem = Extract<Item, { kind: 'text' }>;
/** Where a card's room comes from: beside the drawing, without it, or with the towers folded behind a button too. */
type Room = 'art' | 'plain' | 'folded';
/** What a card shows: its items, what the story says, its smallest text, whether all of it fits (no pages, nothing left out); the keys 1-4; a result's events. */
interface CardPlan {
  items: Item[];
  story: string;
  min: number;
  full: boolean;
  numbers?: (() => void)[];
  events?: ModelEvent[];
}

export class Scenario extends BaseScene {
  private tower: TowerView | undefined;
  /** Where the level stood when this screen was built: sent with every action, so a second press is refused as stale. */
  private at: At | undefined;
  private responseButtons: (() => void)[] = [];
  /** Set right after a pick: the towers animate from here to the new state. */
  private animateFrom: TowerState | undefined;
  /** The result card shows the theory layer ("Meer uitleg") beside the plain one. */
  private theory = false;
  /** Where the card does not fit on one page at a readable size: which page is shown. */
  private page = 0;
  /** During the choice on a short screen: the towers folded away were opened to be looked at. */
  private towersOpen = false;
  /** The responses on screen (read aloud after the story), numbered as their keys. */
  private spokenResponses: string[] = [];

  constructor() {
    super('Scenario');
  }

  title() {
    // (with no level in play, build() goes on to the map)
    const view = app.view;
    return view ? tx(view.level.title) : t('ui.levels');
  }

  protected init2(data?: { animateFrom?: TowerState; theory?: boolean; page?: number; towers?: boolean }) {
    this.page = data?.page ?? 0;
    this.towersOpen = data?.towers ?? false;
    this.animateFrom = data?.animateFrom;
    // a student sees the theory at once; anyone can open or close it on the card. The level's intro
    // is plain words first for a parent only: a homework link's reader (not asked yet) is most
    // likely a student, and a trainer copies the link from under the full intro
    this.theory = data?.theory ?? (app.view?.inPlay.step === 'intro' ? app.settings.audience !== 'parent' : app.settings.audience === 'student');
    this.responseButtons = [];
    this.spokenResponses = [];
  }

  /** What "Voorlezen" reads: the story, then the responses shown with their numbers. */
  private readText() {
    const story = a11yRoot().querySelector('#a11y-story')?.textContent ?? '';
    return [story, ...this.spokenResponses].join(' ');
  }

  protected restartData() {
    return { theory: this.theory, page: this.page, towers: this.towersOpen };
  }

  protected onEscape() {
    this.go('Menu', { from: 'Scenario' });
  }

  protected onNumber(n: number) {
    this.responseButtons[n - 1]?.();
  }

  build() {
    // the level in play as it stands, worked out once (game/view.ts)
    const view = app.view;
    if (!view) {
      this.go('Map');
      return;
    }
    this.at = view.at;
    const { level, run, step } = view;
    // after a pick the scene still shows the beat just answered
    const beat = view.beat;
    if (!beat) {
      this.go('Map');
      return;
    }
    const scenario = beat.scenario;
    const { n, total } = view.moment;
    const moment = `${t('ui.scenarioOf', { n, total })}${beat.kind === 'repair' ? ` · ${t('card.repairMoment')}` : ''}`;
    const { W, H } = this;

    // the child's age during a moment is the one its text gives (the engine's clock runs in steps between them)
    const sub = step === 'intro' ? ageLabel(run.state.ageMonths) : moment;
    // read aloud: the card's story, and during the choice the responses too
    const hh = this.header(`${tx(level.title)}  ·  ${sub}`, { label: t('ui.menu'), onClick: () => this.onEscape() }, { readAloud: () => this.readText() });
    const m = 12;
    // folded away, the towers are one button: a strip on the left (a phone on its side) or a row on top
    const foldSize = Math.max(CARD_MIN * getTextScale(), this.S * 0.9);
    const foldLabel = t('card.showTowers');
    const layout = (room: Room): { towerR: Rect; artR: Rect; cardR: Rect } => {
      const withArt = room === 'art';
      if (this.portrait) {
        const th = room === 'folded' ? this.measure(foldLabel, W - 2 * m, foldSize) : this.portraitTowerH(300);
        const towerR = { x: m, y: hh + m, w: W - 2 * m, h: th };
        // with larger text the drawing gives its room to the words, so they can grow on a phone too
        const ah = !withArt || H < 700 || getTextScale() > 1.2 ? 0 : H * 0.13;
        const artR = { x: m, y: towerR.y + th + m, w: W - 2 * m, h: ah };
        const cy = artR.y + (ah ? ah + m : 0);
        return { towerR, artR, cardR: { x: m, y: cy, w: W - 2 * m, h: H - cy - m } };
      }
      // the strip is as wide as the button's longest word needs
      const longest = Math.max(...foldLabel.split(' ').map((w) => measureText(this, w, { size: foldSize, bold: true }).width));
      // (on a projector the towers are wider: their labels are read from the back of the room)
      const tw = room === 'folded' ? Math.ceil(longest + Math.round(foldSize * 0.6) * 2 + 8) : this.projector ? Math.min(W * 0.36, 800) : Math.min(Math.max(W * 0.3, 280), 480);
      const towerR = { x: m + 4, y: hh + m, w: tw, h: H - hh - 2 * m };
      const rx = tw + 2 * m + 12;
      const rw = W - rx - m;
      // a phone on its side keeps its height for the text (as a phone upright does under 700 px)
      const ah = !withArt || H < 480 ? 0 : (H - hh) * (step === 'intro' ? 0.4 : 0.3);
      const artR = { x: rx, y: hh + m, w: rw, h: ah };
      return { towerR, artR, cardR: { x: rx, y: artR.y + ah + m, w: rw, h: H - artR.y - ah - 2 * m } };
    };
    const innerOf = (c: Rect): Rect => ({ x: c.x + 16, y: c.y + 14, w: c.w - 32, h: c.h - 28 });
    // the card's words come first: where they do not fit at a readable size, the drawing gives its
    // room; during the choice the towers then give theirs too (folded behind a button); what still
    // does not fit goes over pages (intro, result)
    const isResult = step === 'result' && run.choices.length > 0;
    const plan = (r: Rect): CardPlan => (step === 'intro' ? this.introCard(r) : isResult ? this.resultCard(r) : this.choiceCard(r, beat, step === 'choose'));
    // (the intro's too on a screen held on its side, where it then takes fewer pages; upright, its towers stay)
    const rooms: Room[] = isResult || this.towersOpen || (step === 'intro' && this.portrait) ? ['art', 'plain'] : ['art', 'plain', 'folded'];
    let room = rooms[0];
    let { towerR, artR, cardR } = layout(room);
    let card = plan(innerOf(cardR));
    for (const next of rooms.slice(1)) {
      if (card.full) break;
      room = next;
      ({ towerR, artR, cardR } = layout(room));
      card = plan(innerOf(cardR));
    }

    // the setting, drawn
    if (artR.h > 0) {
      const g = this.add.graphics();
      const age = run.state.ageMonths;
      // the figures match the moment: the content's pose hint, else what its words name (on your
      // lap, in the bath, at the washbasin), else place, time and age; mood from the reaction
      const { place, time, pose } =
        step === 'intro' ? { place: 'living' as const, time: 'day' as const, pose: poseFor('living', 'day', age) } : sceneFor(scenario, beat.kind, scenario.repair, age, level.child.name);
      const { drawBackdrop, drawFigures } = art();
      drawBackdrop(g, place, time, artR.x, artR.y, artR.w, artR.h, { highContrast: isHighContrast() });
      const answered = step === 'result' ? view.last?.response : undefined;
      const mood: Mood = answered ? moodOf(answered, pose, age) : pose.mood;
      drawFigures(this.add.graphics(), pose, mood, age, artR.x, artR.y, artR.w, artR.h, { highContrast: isHighContrast(), child: level.child.name });
    }

    // the towers, or (folded during the choice) the button that shows them; the accessible layer keeps them either way
    if (room === 'folded') {
      this.tower = undefined;
      this.button({ rect: towerR, label: foldLabel, id: 'towers-show', size: foldSize, align: 'center', onClick: () => this.scene.restart({ towers: true }) });
      describeTowers(run.state, level.child.name);
    } else this.tower = this.towerPanel(towerR, { childName: level.child.name });

    // the card
    this.panel(cardR);
    const inner = innerOf(cardR);
    if (isResult && card.events) {
      this.result(inner, run.state, { ...card, events: card.events });
      return;
    }
    this.tower?.set(run.state);
    this.card(inner, card.items, card.min);
    this.story(card.story);
    this.responseButtons = card.numbers ?? [];
    this.spokenResponses = card.items.flatMap((it) => (it.kind === 'button' && it.id?.startsWith('response-') ? [`${it.hint}. ${it.label}`] : []));
  }

  /** No card text below this: 14 px times the text size, or on a projector the body size itself (32 px at 1920x1080). */
  private cardMin() {
    return this.projector ? this.S : CARD_MIN * getTextScale();
  }

  /** The level's intro; over pages of whole sentences where it does not fit at a readable size, "Beginnen" on every page. */
  private introCard(r: Rect): CardPlan {
    const ip = app.view!.inPlay;
    const level = app.view!.level;
    const run = app.view!.run;
    const p = palette();
    const min = this.cardMin();
    // plain words first (a parent, or anyone who has not said they study): who the child is and how
    // to play; the level's own intro, with the model's terms, behind "Meer uitleg"
    const plain = !this.theory;
    const texts: TextItem[] = [
      { kind: 'text', text: tx(level.title), head: true, bold: true, scale: 1.25 },
      { kind: 'text', text: plain ? plainIntro(level, run.state) : tx(level.intro) },
    ];
    if (ip.mode === 'story' && level !== app.phases()[0]) {
      texts.push({ kind: 'text', text: t('ui.storyCarried', { name: level.child.name }), italic: true, color: p.inkSoft });
      // the intro is written for a well-raised child; say so when this child's base is not there
      const st = statuses(run.state);
      const weak = CHILD_BLOCKS.slice(0, CHILD_BLOCKS.indexOf(level.focus))
        .filter((_, i) => st[i] !== 'solid')
        .map(childName);
      if (weak.length) texts.push({ kind: 'text', text: t('ui.storyWeak', { blocks: weak.join(', '), name: level.child.name }), bold: true, color: p.crack });
    }
    if (ip.mode === 'whatif') texts.push({ kind: 'text', text: t('ui.whatIfIntro'), italic: true, color: p.inkSoft });
    // the card's one secondary button: "Meer uitleg" under the plain words; under the full intro the
    // homework link for a student or trainer (not in an assignment), for a parent "Minder uitleg"
    const parent = app.settings.audience === 'parent';
    const toggle = (theory: boolean): Item => ({
      kind: 'button',
      label: t(theory ? 'card.theory' : 'card.lessTheory'),
      id: 'theory',
      secondary: true,
      onClick: () => this.scene.restart({ theory, page: 0, towers: this.towersOpen }),
    });
    const link: Item[] = plain
      ? [toggle(true)]
      : !parent && ip.mode !== 'assignment'
        ? [{ kind: 'button', label: t('ui.copyLink'), id: 'copy-link', secondary: true, onClick: () => void this.copyLink(level.id).catch(failed) }]
        : app.settings.audience !== 'student'
          ? [toggle(false)]
          : [];
    const start: Item = { kind: 'button', label: t('ui.start'), primary: true, id: 'start', onClick: () => this.toStep('situation') };
    const said = (items: TextItem[]) => items.map((l) => l.text).join(' ');
    const whole = [...texts, ...link, start];
    if (this.cardFits(r, whole, min)) return { items: whole, story: said(texts), min, full: true };
    // pages: "Terug" from the second, "Lees verder" on all but the last (which has the homework link)
    const back: Item = { kind: 'button', label: t('ui.back'), id: 'card-back', onClick: () => this.scene.restart({ page: this.page - 1, theory: this.theory, towers: this.towersOpen }) };
    const more: Item = {
      kind: 'button',
      label: t('card.more'),
      id: 'card-more',
      secondary: true,
      onClick: () => this.scene.restart({ page: this.page + 1, theory: this.theory, towers: this.towersOpen }),
    };
    // (each page measured with the wider of its two secondary buttons: the homework link may need a row of its own)
    const wider = link[0]?.kind === 'button' && link[0].label.length > (more as { label: string }).label.length ? link[0] : more;
    const pages = this.sentencePages(texts, (page, i) => this.cardFits(r, [...this.sizingTop(i > 0 ? back : undefined), ...page, wider, start], min));
    const k = Math.min(this.page, pages.length - 1);
    const last = k === pages.length - 1;
    const items: Item[] = [...this.pageTop(k, pages.length, k > 0 ? back : undefined), ...pages[k], ...(last ? link : [more]), start];
    return { items, story: said(pages[k]), min, full: false };
  }

  /**
   * The moment: the setting and the signal; the responses too when they fit, else behind one more
   * button ("Wat doe je?"). The responses always stay together on one card (a player compares them).
   */
  private choiceCard(r: Rect, beat: PlayBeat, forceChoose: boolean): CardPlan {
    const p = palette();
    const min = this.cardMin();
    const { setting, signal } = beat.kind === 'repair' ? beat.scenario.repair! : beat.scenario;
    const signalItem: Item = { kind: 'text', text: tx(signal), bold: true, color: p.accent };
    const reading: Item[] = [
      ...(beat.kind === 'repair' ? [{ kind: 'text', text: t('card.repairMoment'), bold: true, head: true, color: p.inkSoft } as Item] : []),
      { kind: 'text', text: tx(setting) },
      signalItem,
    ];
    // the order shown is shuffled by the run's seed; keys 1-4 follow it
    const shown = app.view!.shown;
    const responses: Item[] = shown.map((resp, i) => ({
      kind: 'button',
      label: tx(resp.text),
      hint: String(i + 1),
      id: `response-${resp.id}`,
      onClick: () => void this.pick(resp.id).catch(failed),
    }));
    const numbers = shown.map((resp) => () => void this.pick(resp.id).catch(failed));
    const head: Item = { kind: 'text', text: t('ui.choose'), bold: true, head: true };
    const both: Item[] = [...reading, head, ...responses];
    const lead = `${beat.kind === 'repair' ? `${t('card.repairMoment')}. ` : ''}${tx(setting)} ${tx(signal)}`;
    if (this.towersOpen && forceChoose) {
      // the towers opened from the choice: the signal, and the way back to the responses (1-4 still choose)
      const back: Item = { kind: 'button', label: t('card.backToChoice'), primary: true, id: 'towers-hide', onClick: () => this.scene.restart({ towers: false }) };
      return { items: [signalItem, back], story: lead, min, full: true, numbers };
    }
    if (this.fits(r, both, 0.8) && this.cardFits(r, both, min)) return { items: both, story: `${lead} ${t('ui.choose')}`, min, full: true, numbers };
    if (!forceChoose) {
      const items = [...reading, { kind: 'button', label: t('ui.choose'), primary: true, id: 'choose', onClick: () => this.toStep('choose') } as Item];
      const full = this.cardFits(r, items, min);
      // (where even the last room is too small at this text size: the readable floor, 14 px)
      return {
        items,
        story: lead,
        min: full ? min : CARD_MIN,
        full,
        numbers: shown.map(
          (resp) => () =>
            void app
              .setStep('choose')
              .then(() => this.pick(resp.id))
              .catch(failed),
        ),
      };
    }
    // the choice: the responses, with the signal and the question where they fit
    for (const items of [
      [signalItem, head, ...responses],
      [signalItem, ...responses],
    ]) {
      if (this.cardFits(r, items, min)) return { items, story: lead, min, full: true, numbers };
    }
    // where even the room of the towers is not enough at this text size: the readable floor
    return { items: [signalItem, ...responses], story: lead, min: CARD_MIN, full: false, numbers };
  }

  /** "Pagina n van m" on a card of pages: on the canvas, and said in the accessible layer. */
  private counter(k: number, n: number): TextItem {
    return { kind: 'text', text: t('card.page', { n: k + 1, total: n }), color: palette().inkSoft, scale: 0.7, say: true };
  }

  /** The top of page k of n: the counter, beside the back button where the page has one. */
  private pageTop(k: number, n: number, back?: Item): Item[] {
    const c = this.counter(k, n);
    return back?.kind === 'button' ? [{ ...back, aside: c.text }] : [c];
  }

  /** A page's top as pages are measured: with the widest counter ("Pagina 99 van 99"), so every page is measured alike. */
  private sizingTop(back?: Item): Item[] {
    return this.pageTop(98, 99, back);
  }

  /**
   * Texts over pages of whole sentences, each page as full as `fits` lets it be (a sentence longer
   * than a page gets one of its own); each piece keeps the look of the text it comes from.
   */
  private sentencePages(texts: TextItem[], fits: (page: TextItem[], index: number) => boolean): TextItem[][] {
    const pages: { n: number; text: string }[][] = [[]];
    const asItems = (pg: { n: number; text: string }[]): TextItem[] => pg.map((x) => ({ ...texts[x.n], text: x.text }));
    texts.forEach((text, n) => {
      for (const sentence of text.text.split(/(?<=[.!?…])\s+/)) {
        const cur = pages[pages.length - 1];
        const tail = cur.at(-1);
        const grown = tail && tail.n === n ? [...cur.slice(0, -1), { n, text: `${tail.text} ${sentence}` }] : [...cur, { n, text: sentence }];
        if (cur.length && !fits(asItems(grown), pages.length - 1)) pages.push([{ n, text: sentence }]);
        else pages[pages.length - 1] = grown;
      }
    });
    return pages.map(asItems);
  }

  /** On to the next step, once: a second Enter (or tap) before the new card is up is refused as stale. */
  private toStep(step: 'situation' | 'choose') {
    void app
      .setStep(step, this.at)
      .then((out) => {
        if (!out.refused) this.scene.restart({});
      })
      .catch(failed);
  }

  private async pick(responseId: string) {
    const turn = await app.choose(responseId, this.at);
    if (!turn) return;
    // the result card reads the turn from the view; only where the towers animate from comes along
    this.scene.restart({ animateFrom: turn.before });
  }

  /**
   * The result card: what this response did now, where the child stands, and why. The theory
   * layer comes beside the plain words. Where that does not fit at a readable size (a phone), the
   * card has two pages, what happened and why, and on the second the theory takes the plain
   * words' place, its button going back to them ("Kort uitgelegd"). "Verder" is on every page, so
   * Enter goes on as everywhere: through the pages first (what happened, then the why), and from the
   * last page on to the next moment, so the why is never skipped. `full`: the whole card fits on one page at that size.
   */
  private resultCard(r: Rect): CardPlan & { events: ModelEvent[] } {
    // the last turn, one source: its response, what the engine said, the towers before and after
    // (the card's words follow what the towers show)
    const { level, last: turn } = app.view!;
    const { response, events } = turn!;
    const { now, pattern } = cardLines(events, response.effects, turn!.context);
    const p = palette();
    const line = (l: (typeof now)[number]) => `• ${describeEvent(l)}`;
    const min = this.cardMin();
    const restart = (o: { theory?: boolean; page?: number }) => this.scene.restart({ theory: this.theory, page: this.page, ...o });
    const happened: Item[] = [
      { kind: 'text', text: `${t('ui.reaction', { name: level.child.name })}: ${tx(response.reaction)}`, italic: true },
      { kind: 'text', text: t('card.now'), bold: true, scale: 0.85, color: p.inkSoft },
      ...now.map((l): Item => ({ kind: 'text', text: line(l), bold: true, scale: 0.92 })),
      ...(pattern.length
        ? [
            { kind: 'text', text: t('card.pattern', { name: level.child.name }), bold: true, scale: 0.85, color: p.inkSoft } as Item,
            ...pattern.map((l): Item => ({ kind: 'text', text: line(l), scale: 0.92 })),
          ]
        : []),
    ];
    const saidHappened = `${tx(response.reaction)} ${[t('card.now'), ...now.map(describeEvent), ...(pattern.length ? [t('card.pattern', { name: level.child.name }), ...pattern.map(describeEvent)] : [])].join(' ')}`;
    const next: Item = { kind: 'button', label: t('ui.next'), primary: true, id: 'next', onClick: () => void this.next().catch(failed) };
    const back: Item = { kind: 'button', label: t('ui.back'), id: 'card-back', onClick: () => restart({ page: this.page - 1 }) };
    // "Verder" on a page before the last: the next page of this card (the why comes before the next moment)
    const onward: Item = { ...next, onClick: () => restart({ page: this.page + 1 }) };
    // what happened, over as many pages as it needs at a readable size (one, but for a long reaction at 150%)
    const happenedPages: Item[][] = [[]];
    for (const it of happened) {
      const cur = happenedPages[happenedPages.length - 1];
      const top = this.sizingTop(happenedPages.length > 1 ? back : undefined);
      // (measured as laid out: "Verder" alone at the foot)
      if (cur.length && !this.cardFits(r, [...top, ...cur, it, next], min)) happenedPages.push([it]);
      else cur.push(it);
    }
    const whyPage = happenedPages.length;
    const why = (compact: boolean) => {
      const explain = !response.plain ? [tx(response.feedback)] : !this.theory ? [tx(response.plain)] : compact ? [tx(response.feedback)] : [tx(response.plain), tx(response.feedback)];
      const items = explain.map((text): Item => ({ kind: 'text', text }));
      if (response.plain) {
        const label = t(!this.theory ? 'card.theory' : compact ? 'card.short' : 'card.lessTheory');
        // on a card of pages the toggle stays on the page of the words it changes
        items.push({ kind: 'button', label, id: 'theory', secondary: true, onClick: () => restart({ theory: !this.theory, page: whyPage }) });
      }
      return { items, said: explain.join(' ') };
    };
    const one = why(false);
    const whole = [...happened, ...one.items, next];
    if (this.cardFits(r, whole, min)) return { items: whole, story: `${saidHappened} ${one.said}`, events, min, full: true };
    // the why: on one page when it fits, the theory alone when plain words and theory together do
    // not, and over more pages (whole sentences) when even that does not fit at a readable size
    const whyBack: Item = this.page === whyPage ? { kind: 'button', label: t('card.happened'), id: 'card-happened', onClick: () => restart({ page: 0 }) } : back;
    // (measured with the longer of its two back buttons, so the count of pages is the same on every page)
    const happenedBack: Item = { kind: 'button', label: t('card.happened'), id: 'card-happened', onClick: () => {} };
    const fitsPage = (texts: Item[], toggle: Item[]) => this.cardFits(r, [...this.sizingTop(happenedBack), ...texts, ...toggle, next], min);
    let w = one;
    if (
      this.theory &&
      response.plain &&
      !fitsPage(
        one.items.filter((i) => i.kind === 'text'),
        [],
      )
    )
      w = why(true);
    const texts = w.items.filter((i): i is TextItem => i.kind === 'text');
    const toggle = w.items.filter((i) => i.kind === 'button');
    // (a page before the last has "Verder" alone; the last the theory toggle beside it)
    const pages = this.sentencePages(texts, (page) => fitsPage(page, toggle));
    const total = whyPage + pages.length;
    if (this.page < whyPage) {
      const k = this.page;
      const shown = happenedPages[k];
      const last = k === whyPage - 1;
      const items = [...this.pageTop(k, total, k > 0 ? back : undefined), ...shown, onward];
      return {
        items,
        story:
          k === 0 && last
            ? saidHappened
            : shown
                .filter((i): i is TextItem => i.kind === 'text')
                .map((i) => i.text)
                .join(' '),
        events,
        min,
        full: false,
      };
    }
    const k = Math.min(this.page - whyPage, pages.length - 1);
    const shown = pages[k];
    const items: Item[] = [...this.pageTop(whyPage + k, total, whyBack), ...shown, ...(k === pages.length - 1 ? [...toggle, next] : [onward])];
    return { items, story: shown.map((x) => x.text).join(' '), events, min, full: false };
  }

  /** After a pick: the towers answer, then the card says what this response did and where the child stands. */
  private result(r: Rect, state: TowerState, card: CardPlan & { events: ModelEvent[] }) {
    const tower = this.tower!;
    const { events } = card;
    this.card(r, card.items, card.min);
    this.story(card.story);
    const from = this.animateFrom;
    this.animateFrom = undefined;
    if (from) {
      tower.set(from);
      setBusy(true);
      this.time.delayedCall(250, () => {
        playFor(events);
        void tower
          .animate(state, 1600)
          .then(() => setBusy(false))
          .catch(failed);
      });
    } else tower.set(state);
  }

  /** For trainers: a link that opens this level on its own, to hand out as homework. */
  private async copyLink(id: string) {
    const url = new URL(location.href);
    url.search = `?level=${id}&lang=${app.settings.lang}`;
    try {
      await navigator.clipboard.writeText(url.toString());
      this.toast(t('ui.linkCopied', { url: url.toString() }));
    } catch {
      this.toast(t('ui.linkToCopy', { url: url.toString() }));
    }
  }

  private async next() {
    // a second press from this card is refused (stale): nothing more happens
    if ((await app.dispatch({ type: 'next', at: this.at })).refused) return;
    const place = routeFor(app.progress);
    if (place.key === 'Debrief') {
      play('done');
      this.go('Debrief');
      return;
    }
    this.scene.restart({});
  }

  // ---- the card: text and buttons, shrunk to fit -------------------------------------------

  /** A back button with the page counter beside it: the button's width, the counter's size, and whether both share a row. */
  private asideRow(r: Rect, it: Extract<Item, { kind: 'button' }>, size: number, min: number) {
    const cs = Math.max(min, size * 0.7);
    const bw = Math.min(r.w, measureText(this, it.label, { size }).width + size * 1.2 + 24);
    return { bw, cs, row: bw + 16 + measureText(this, it.aside ?? '', { size: cs }).width <= r.w };
  }

  private heights(r: Rect, items: Item[], size: number, min = 0): number[] {
    return items.map((it) => {
      if (it.kind === 'button' && it.aside) {
        const a = this.asideRow(r, it, size, min);
        return a.row ? this.measure(it.label, a.bw, size) : measureText(this, it.aside, { size: a.cs }).height + size * 0.6 + this.measure(it.label, r.w, size);
      }
      if (it.kind === 'button') return this.measure(it.label, r.w, size, !!it.hint);
      return measureText(this, it.text, { size: Math.max(min, size * (it.scale ?? 1)), width: r.w, bold: it.bold, head: it.head }).height;
    });
  }

  /**
   * A card's items as laid out: the secondary button shares the bottom row with the primary, or
   * where its label would not fit there on one line at `secSize` (large text on a narrow card), it
   * takes a row of its own just above.
   */
  private rows(r: Rect, all: Item[], secSize: number): { items: Item[]; secondary?: Extract<Item, { kind: 'button' }> } {
    const secondary = all.find((it) => it.kind === 'button' && it.secondary) as Extract<Item, { kind: 'button' }> | undefined;
    const items = all.filter((it) => it !== secondary);
    if (!secondary) return { items };
    const primary = items.findIndex((it) => it.kind === 'button' && it.primary);
    // (the room card() leaves it on a narrow card: 0.6 of the width, less the gap and its padding)
    const stack = primary >= 0 && measureText(this, secondary.label, { size: secSize }).width > r.w * 0.6 - 12 - secSize * 1.2;
    if (!stack) return { items, secondary };
    return { items: [...items.slice(0, primary), { ...secondary, secondary: false }, ...items.slice(primary)] };
  }

  /** Whether a card's items fit its room with no text below `min`. */
  private cardFits(r: Rect, all: Item[], min: number) {
    const { items } = this.rows(r, all, min);
    const hs = this.heights(r, items, min, min);
    return stackHeight(hs, min) <= r.h;
  }

  private fits(r: Rect, items: Item[], minScale: number) {
    const size = this.S * minScale;
    const hs = this.heights(r, items, size);
    return stackHeight(hs, size) <= r.h;
  }

  /** `min`: no text smaller than this; the result card keeps to a size a phone reads (else it shrinks to 11 as before). */
  private card(r: Rect, all: Item[], min = 11) {
    // a secondary button shares the bottom row with the primary one, on the left (or has a row of its own)
    const { items, secondary } = this.rows(r, all, Math.max(min, this.S * 0.85));
    let size = this.S;
    let hs = this.heights(r, items, size, min);
    const gap = () => size * 0.6;
    const total = () => stackHeight(hs, size);
    while (total() > r.h && size > min) {
      size = Math.max(min, size * 0.93);
      hs = this.heights(r, items, size, min);
    }
    // shrunk, it may have given up more than it had to (a step is 7%): take back what still fits
    if (size < this.S && total() <= r.h) {
      let lo = size;
      let hi = Math.min(this.S, size / 0.93);
      for (let k = 0; k < 4; k++) {
        const mid = (lo + hi) / 2;
        const h = this.heights(r, items, mid, min);
        if (stackHeight(h, mid) <= r.h) lo = mid;
        else hi = mid;
      }
      size = lo;
      hs = this.heights(r, items, size, min);
    }
    let y = r.y;
    items.forEach((it, i) => {
      if (it.kind === 'text') {
        if (it.say) addNote(it.text);
        this.add.text(r.x, y, it.text, textStyle({ size: Math.max(min, size * (it.scale ?? 1)), width: r.w, bold: it.bold, italic: it.italic, head: it.head, color: it.color }));
      } else if (it.aside) {
        // "Terug" with "Pagina n van m" beside it, or above it where the two do not share a row
        const a = this.asideRow(r, it, size, min);
        addNote(it.aside);
        const note = this.add.text(r.x + (a.row ? a.bw + 16 : 0), a.row ? y + hs[i] / 2 : y, it.aside, textStyle({ size: a.cs, color: palette().inkSoft })).setOrigin(0, a.row ? 0.5 : 0);
        const bh = a.row ? hs[i] : hs[i] - note.height - size * 0.6;
        this.button({ rect: { x: r.x, y: y + hs[i] - bh, w: a.row ? a.bw : r.w, h: bh }, label: it.label, onClick: it.onClick, size, id: it.id, align: a.row ? 'center' : 'left' });
      } else {
        // the primary button sits at the bottom right when there is room
        let w = it.primary ? Math.min(r.w, Math.max(200, it.label.length * size * 0.6 + 60)) : r.w;
        // on a narrow card the two share the row, so the secondary is never lost; it gets the room its label needs at its size
        const narrow = !!secondary && !!it.primary && r.w - w < 172;
        const secSize = Math.max(min, size * 0.85);
        if (narrow) w = Math.max(r.w * 0.4, r.w - Math.max(172, measureText(this, secondary!.label, { size: secSize }).width + secSize * 1.2 + 20));
        const x = it.primary ? r.x + r.w - w : r.x;
        const by = it.primary && i === items.length - 1 ? Math.max(y, r.y + r.h - hs[i]) : y;
        if (secondary && it.primary) {
          const sw = narrow ? x - r.x - 12 : Math.min(x - r.x - 12, secondary.label.length * size * 0.5 + 40);
          this.button({ rect: { x: r.x, y: by, w: sw, h: hs[i] }, label: secondary.label, onClick: secondary.onClick, size: secSize, id: secondary.id, align: 'center' });
        }
        this.button(
          { rect: { x, y: by, w, h: hs[i] }, label: it.label, hint: it.hint, onClick: it.onClick, primary: it.primary, size, id: it.id, align: it.primary ? 'center' : 'left' },
          !!it.primary,
        );
      }
      y += hs[i] + gap();
    });
  }
}

/** A card's items stacked: their heights and a gap of 0.6 × the text size between each two. */
function stackHeight(hs: number[], size: number) {
  return hs.reduce((a, b) => a + b, 0) + (hs.length - 1) * size * 0.6;
}

function moodOf(r: ResponseT | RepairResponseT, pose: Pose, ageMonths: number): Mood {
  return reactionMood(totalEffect(r.effects), pose, ageMonths);
}

function playFor(events: ModelEvent[]) {
  const has = (k: string) => events.some((e) => e.key === k);
  if (has('cracked') || has('cracking')) play('crack');
  else if (has('wobbly')) play('wobble');
  else if (has('healed') || has('healing')) play('heal');
  else if (has('grew') || has('solid')) play('grow');
}
