// The scenario scene: the setting drawn, the child's signal, 2-4 responses; after a pick the
// caregiver tower shifts, the child's tower answers, and a card says what happened and why.
import type { RepairResponseT, ResponseT } from '../content/schema';
import { app } from '../game/app';
import { CHILD_BLOCKS, statuses, type ModelEvent, type TowerState } from '../model';
import { play } from '../services/audio';
import { ageLabel, childName, describeEvent, t, tx } from '../services/i18n';
import { a11yRoot, addNote, setBusy, type Rect } from '../services/a11y';
import { describeTowers, TowerView, towerWidthFor } from '../ui/tower';
import { LABEL_FLOOR, towerTightH } from '../ui/towerLabels';
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
import {
  cardMin,
  chooseRoom,
  foldSize,
  introPlan,
  introRoom,
  momentPlan,
  placeInCard,
  resultPlan,
  type CardEnv,
  type CardPlan as LayoutPlan,
  type CardScreen,
  type Item,
  type Placed,
  type Room,
  type TextItem,
} from '../ui/cardLayout';
import { failed } from '../services/failure';

/** What a card shows (src/ui/cardLayout.ts), and for a result the events it tells. */
type CardPlan = LayoutPlan & { events?: ModelEvent[] };

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

    // the child's age during a moment is the one its text gives (the engine's clock runs in steps between them)
    const sub = step === 'intro' ? ageLabel(run.state.ageMonths) : moment;
    // read aloud: the card's story, and during the choice the responses too
    const hh = this.header(`${tx(level.title)}  ·  ${sub}`, { label: t('ui.menu'), onClick: () => this.onEscape() }, { readAloud: () => this.readText() });
    // the card's words come first: where they do not fit at a readable size, the drawing gives its
    // room; during the choice the towers then give theirs too (folded behind a button); what still
    // does not fit goes over pages (intro, result) (src/ui/cardLayout.ts)
    const screen = this.cardScreen(hh);
    const fold = { label: t('card.showTowers'), size: foldSize(screen) };
    const isResult = step === 'result' && run.choices.length > 0;
    const plan = (r: Rect): CardPlan => (isResult ? this.resultCard(r) : this.choiceCard(r, beat, step === 'choose'));
    // (the intro chooses by its count of pages: cardLayout's introRoom)
    const rooms: Room[] = isResult || this.towersOpen ? ['art', 'plain'] : ['art', 'plain', 'folded'];
    const {
      room,
      towerR,
      artR,
      cardR: roomR,
      card,
    } = step === 'intro' ? introRoom(screen, this.env.measure, fold, this.towersOpen, (r) => this.introCard(r)) : chooseRoom(screen, this.env.measure, rooms, fold, false, plan);
    // (where even the smallest readable text does not fit, the card grows and the page with it)
    const { cardR, placed } = placeInCard(this.env, roomR, card.items, card.min);

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
      this.button({ rect: towerR, label: fold.label, id: 'towers-show', size: fold.size, align: 'center', onClick: () => this.scene.restart({ towers: true }) });
      describeTowers(run.state, level.child.name);
    } else this.tower = this.towerPanel(towerR, { childName: level.child.name });

    // the card (grown past the screen, the page grows to hold it: base.ts overflow())
    this.panel(cardR);
    this.drawnBottom = cardR.y + cardR.h + 4;
    if (isResult && card.events) {
      this.result(placed, run.state, { ...card, events: card.events });
      return;
    }
    this.tower?.set(run.state);
    this.drawCard(placed);
    this.story(card.story);
    this.responseButtons = card.numbers ?? [];
    this.spokenResponses = card.items.flatMap((it) => (it.kind === 'button' && it.id?.startsWith('response-') ? [`${it.hint}. ${it.label}`] : []));
  }

  /** The screen as the card layout sees it (`top`: the header's height). */
  private cardScreen(top: number): CardScreen {
    const look = this.towerLook(this.S);
    return {
      W: this.W,
      H: this.H,
      textScale: getTextScale(),
      projector: this.projector,
      top,
      viewH: this.viewH,
      towerW: towerWidthFor(this, look.labelMin ?? 0, look.careShare),
      towerH: towerTightH(Math.max(LABEL_FLOOR, look.labelMin ?? 0)),
    };
  }

  /** Text measured as this scene draws it, for the card layout. */
  private get env(): CardEnv {
    return { S: this.S, measure: (text, o) => measureText(this, text, o) };
  }

  /** No card text below this: 14 px times the text size, or on a projector the body size itself (32 px at 1920x1080). */
  private cardMin() {
    return cardMin(this.cardScreen(0));
  }

  /** The level's intro; over pages of whole sentences where it does not fit at a readable size, "Beginnen" on every page. */
  private introCard(r: Rect): CardPlan & { pages: number } {
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
    // pages: "Terug" from the second, "Lees verder" on all but the last (which has the homework link)
    const back: Item = { kind: 'button', label: t('ui.back'), id: 'card-back', onClick: () => this.scene.restart({ page: this.page - 1, theory: this.theory, towers: this.towersOpen }) };
    const more: Item = {
      kind: 'button',
      label: t('card.more'),
      id: 'card-more',
      secondary: true,
      onClick: () => this.scene.restart({ page: this.page + 1, theory: this.theory, towers: this.towersOpen }),
    };
    return introPlan(this.env, r, min, { texts, link, start, back, more, counter: (i, m) => this.counter(i, m) }, this.page);
  }

  /**
   * The moment: the setting and the signal; the responses too when they fit, else behind one more
   * button ("Wat doe je?"). The responses always stay together on one card (a player compares them).
   */
  private choiceCard(r: Rect, beat: PlayBeat, forceChoose: boolean): CardPlan {
    const p = palette();
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
    const lead = `${beat.kind === 'repair' ? `${t('card.repairMoment')}. ` : ''}${tx(setting)} ${tx(signal)}`;
    return momentPlan(
      this.env,
      r,
      this.cardMin(),
      {
        reading,
        signal: signalItem,
        head: { kind: 'text', text: t('ui.choose'), bold: true, head: true },
        responses,
        choose: { kind: 'button', label: t('ui.choose'), primary: true, id: 'choose', onClick: () => this.toStep('choose') },
        backToChoice: { kind: 'button', label: t('card.backToChoice'), primary: true, id: 'towers-hide', onClick: () => this.scene.restart({ towers: false }) },
        numbers: shown.map((resp) => () => void this.pick(resp.id).catch(failed)),
        numbersFromSituation: shown.map(
          (resp) => () =>
            void app
              .setStep('choose')
              .then(() => this.pick(resp.id))
              .catch(failed),
        ),
        story: { lead, withQuestion: `${lead} ${t('ui.choose')}` },
      },
      { forceChoose, towersOpen: this.towersOpen },
    );
  }

  /** "Pagina n van m" on a card of pages: on the canvas, and said in the accessible layer. */
  private counter(k: number, n: number): TextItem {
    return { kind: 'text', text: t('card.page', { n: k + 1, total: n }), color: palette().inkSoft, scale: 0.7, say: true };
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
    const why = (compact: boolean, whyPage: number) => {
      const explain = !response.plain ? [tx(response.feedback)] : !this.theory ? [tx(response.plain)] : compact ? [tx(response.feedback)] : [tx(response.plain), tx(response.feedback)];
      const items = explain.map((text): Item => ({ kind: 'text', text }));
      if (response.plain) {
        const label = t(!this.theory ? 'card.theory' : compact ? 'card.short' : 'card.lessTheory');
        // on a card of pages the toggle stays on the page of the words it changes
        items.push({ kind: 'button', label, id: 'theory', secondary: true, onClick: () => restart({ theory: !this.theory, page: whyPage }) });
      }
      return { items, said: explain.join(' ') };
    };
    const plan = resultPlan(
      this.env,
      r,
      min,
      {
        happened,
        saidHappened,
        why,
        canCompact: this.theory && !!response.plain,
        next,
        // "Verder" on a page before the last: the next page of this card (the why comes before the next moment)
        onward: { ...next, onClick: () => restart({ page: this.page + 1 }) },
        back: { kind: 'button', label: t('ui.back'), id: 'card-back', onClick: () => restart({ page: this.page - 1 }) },
        toHappened: { kind: 'button', label: t('card.happened'), id: 'card-happened', onClick: () => restart({ page: 0 }) },
        counter: (k, n) => this.counter(k, n),
      },
      this.page,
    );
    return { ...plan, events };
  }

  /** After a pick: the towers answer, then the card says what this response did and where the child stands. */
  private result(placed: Placed[], state: TowerState, card: CardPlan & { events: ModelEvent[] }) {
    const tower = this.tower!;
    const { events } = card;
    this.drawCard(placed);
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

  // ---- the card: what src/ui/cardLayout.ts placed, drawn ----------------------------------

  private drawCard(placed: Placed[]) {
    for (const pl of placed) {
      if (pl.kind === 'text') {
        const it = pl.item;
        if (it.say) addNote(it.text);
        this.add.text(pl.x, pl.y, it.text, textStyle({ size: pl.size, width: pl.w, bold: it.bold, italic: it.italic, head: it.head, color: it.color }));
      } else if (pl.kind === 'note') {
        addNote(pl.text);
        this.add.text(pl.x, pl.y, pl.text, textStyle({ size: pl.size, color: palette().inkSoft })).setOrigin(0, pl.originY);
      } else {
        const it = pl.item;
        this.button({ rect: pl.rect, label: it.label, hint: pl.hint, onClick: it.onClick, primary: pl.primary || undefined, size: pl.size, id: it.id, align: pl.align }, pl.primary);
      }
    }
  }
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
