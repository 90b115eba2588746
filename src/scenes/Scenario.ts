// The scenario scene: the setting drawn, the child's signal, 2-4 responses; after a pick the
// caregiver tower shifts, the child's tower answers, and a card says what happened and why.
import type { ResponseT, ScenarioT } from '../content/schema';
import { app } from '../game/app';
import { CHILD_BLOCKS, statuses, type ModelEvent, type TowerState } from '../model';
import { play } from '../services/audio';
import { ageLabel, caregiverName, childName, describeEvent, t, tx } from '../services/i18n';
import type { Rect } from '../services/a11y';
import { TowerView } from '../ui/tower';
import { isHighContrast, palette, textStyle } from '../ui/theme';
import type { Mood } from './art/figures';
import { BaseScene } from './base';
import { telling } from '../game/explain';

type Item =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; head?: boolean; scale?: number; color?: number }
  | { kind: 'button'; label: string; hint?: string; primary?: boolean; onClick: () => void; id?: string; secondary?: boolean };

interface LastChoice {
  response: ResponseT;
  events: ModelEvent[];
}


export class Scenario extends BaseScene {
  private tower!: TowerView;
  private last: LastChoice | undefined;
  private busy = false;
  private leaving = false;
  private responseButtons: (() => void)[] = [];
  /** Set right after a pick: the towers animate from here to the new state. */
  private animateFrom: TowerState | undefined;

  constructor() {
    super('Scenario');
  }

  title() {
    return tx(app.playingLevel().title);
  }

  protected init2(data?: { last?: LastChoice; animateFrom?: TowerState }) {
    this.last = data?.last;
    this.animateFrom = data?.animateFrom;
    this.busy = false;
    this.leaving = false;
    this.responseButtons = [];
  }

  protected restartData() {
    return { last: this.last };
  }

  protected onEscape() {
    this.go('Menu', { from: 'Scenario' });
  }

  protected onNumber(n: number) {
    if (!this.busy) this.responseButtons[n - 1]?.();
  }

  build() {
    const ip = app.inPlay;
    if (!ip) {
      this.go('Map');
      return;
    }
    const level = app.playingLevel();
    const run = app.run();
    const n = run.choices.length;
    const total = level.scenarios.length;
    const step = ip.step;
    // after a pick the scene still shows the moment just played
    const scenario = level.scenarios[Math.min(step === 'result' ? n - 1 : n, total - 1)];
    const { W, H } = this;
    const p = palette();

    const sub = step === 'intro' ? ageLabel(run.state.ageMonths) : `${t('ui.scenarioOf', { n: Math.min(n + (step === 'result' ? 0 : 1), total), total })} · ${ageLabel(run.state.ageMonths)}`;
    const hh = this.header(`${tx(level.title)}  ·  ${sub}`, { label: t('ui.menu'), onClick: () => this.onEscape() });
    const m = 12;
    let towerR: Rect;
    let artR: Rect;
    let cardR: Rect;
    if (this.portrait) {
      const th = Math.min(H * 0.3, 300);
      towerR = { x: m, y: hh + m, w: W - 2 * m, h: th };
      const ah = H < 700 ? 0 : H * 0.13;
      artR = { x: m, y: towerR.y + th + m, w: W - 2 * m, h: ah };
      const cy = artR.y + (ah ? ah + m : 0);
      cardR = { x: m, y: cy, w: W - 2 * m, h: H - cy - m };
    } else {
      const tw = Math.min(Math.max(W * 0.3, 280), 480);
      towerR = { x: m + 4, y: hh + m, w: tw, h: H - hh - 2 * m };
      const rx = tw + 2 * m + 12;
      const rw = W - rx - m;
      const ah = (H - hh) * (step === 'intro' ? 0.4 : 0.3);
      artR = { x: rx, y: hh + m, w: rw, h: ah };
      cardR = { x: rx, y: artR.y + ah + m, w: rw, h: H - artR.y - ah - 2 * m };
    }

    // the setting, drawn
    if (artR.h > 0) {
      const g = this.add.graphics();
      const place = step === 'intro' ? 'living' : scenario.place;
      const time = step === 'intro' ? 'day' : scenario.time;
      const { drawBackdrop, drawCaregiver, drawChild } = app.art!;
      drawBackdrop(g, place, time, artR.x, artR.y, artR.w, artR.h, { highContrast: isHighContrast() });
      const fg = this.add.graphics();
      const figH = artR.h * 0.62;
      const mood: Mood = step === 'result' && this.last ? moodOf(this.last.response) : 'calm';
      drawCaregiver(fg, step === 'intro' ? 'standing' : 'kneeling', artR.x + artR.w * 0.38, artR.y + artR.h * 0.94, figH);
      drawChild(fg, run.state.ageMonths, mood, artR.x + artR.w * 0.58, artR.y + artR.h * 0.94, figH * 0.55);
    }

    // the towers
    this.tower = this.towerPanel(towerR, { childName: level.child.name });

    // the card
    this.panel(cardR);
    const inner: Rect = { x: cardR.x + 16, y: cardR.y + 14, w: cardR.w - 32, h: cardR.h - 28 };
    if (step === 'intro') {
      this.tower.set(run.state);
      const lines: Item[] = [
        { kind: 'text', text: tx(level.title), head: true, bold: true, scale: 1.25 },
        { kind: 'text', text: tx(level.intro) },
      ];
      if (ip.mode === 'story' && level !== app.phases()[0]) {
        lines.push({ kind: 'text', text: t('ui.storyCarried', { name: level.child.name }), italic: true, color: p.inkSoft });
        // the intro is written for a well-raised child; say so when this child's base is not there
        const st = statuses(run.state);
        const weak = CHILD_BLOCKS.slice(0, CHILD_BLOCKS.indexOf(level.focus)).filter((_, i) => st[i] !== 'solid').map(childName);
        if (weak.length) lines.push({ kind: 'text', text: t('ui.storyWeak', { blocks: weak.join(', '), name: level.child.name }), bold: true, color: p.crack });
      }
      if (ip.mode === 'whatif') lines.push({ kind: 'text', text: t('ui.whatIfIntro'), italic: true, color: p.inkSoft });
      // (a student in an assignment has no use for a homework link)
      if (ip.mode !== 'assignment') lines.push({ kind: 'button', label: t('ui.copyLink'), id: 'copy-link', secondary: true, onClick: () => void this.copyLink(level.id) });
      lines.push({ kind: 'button', label: t('ui.start'), primary: true, id: 'start', onClick: () => void app.setStep('situation').then(() => this.scene.restart()) });
      this.card(inner, lines);
      this.story(lines.filter((l): l is Extract<Item, { kind: 'text' }> => l.kind === 'text').map((l) => l.text).join(' '));
      return;
    }
    if (step === 'result' && n > 0) {
      const lastScenario = level.scenarios[n - 1];
      this.result(inner, lastScenario, run.state);
      return;
    }
    this.tower.set(run.state);
    this.situation(inner, scenario, step === 'choose');
  }

  /** The setting and the signal; the responses too when they fit, else behind one more button. */
  private situation(r: Rect, scenario: ScenarioT, forceChoose: boolean) {
    const p = palette();
    const reading: Item[] = [
      { kind: 'text', text: tx(scenario.setting) },
      { kind: 'text', text: tx(scenario.signal), bold: true, color: p.accent },
    ];
    const responses: Item[] = scenario.responses.map((resp, i) => ({
      kind: 'button', label: tx(resp.text), hint: String(i + 1), id: `response-${resp.id}`, onClick: () => this.pick(i),
    }));
    const both: Item[] = [...reading, { kind: 'text', text: t('ui.choose'), bold: true, head: true }, ...responses];
    this.story(`${tx(scenario.setting)} ${tx(scenario.signal)}`);
    if (forceChoose || this.fits(r, both, 0.8)) {
      this.card(r, forceChoose && !this.fits(r, both, 0.8) ? [{ kind: 'text', text: tx(scenario.signal), bold: true, color: p.accent }, ...responses] : both);
      this.responseButtons = scenario.responses.map((_, i) => () => this.pick(i));
      return;
    }
    this.card(r, [...reading, { kind: 'button', label: t('ui.choose'), primary: true, id: 'choose', onClick: () => void app.setStep('choose').then(() => this.scene.restart()) }]);
    this.responseButtons = scenario.responses.map((_, i) => () => void app.setStep('choose').then(() => this.pick(i)));
  }

  private async pick(i: number) {
    if (this.busy) return;
    this.busy = true;
    const level = app.playingLevel();
    const scenario = level.scenarios[app.run().choices.length];
    const r = await app.choose(i);
    this.last = { response: scenario.responses[i], events: r.events };
    this.scene.restart({ last: this.last, animateFrom: r.before });
  }

  /** After a pick: the towers answer, then the card says what happened and why. */
  private result(r: Rect, scenario: ScenarioT, state: TowerState) {
    const level = app.playingLevel();
    const last = this.last;
    const response = last?.response ?? scenario.responses.find((x) => x.id === app.run().choices.at(-1)?.response)!;
    const events = last?.events ?? [];
    const consequences = summarise(events, response);
    const items: Item[] = [
      { kind: 'text', text: `${t('ui.reaction', { name: level.child.name })}: ${tx(response.reaction)}`, italic: true },
      ...consequences.map((c): Item => ({ kind: 'text', text: `• ${c}`, bold: true, scale: 0.92 })),
      { kind: 'text', text: tx(response.feedback) },
      { kind: 'button', label: t('ui.next'), primary: true, id: 'next', onClick: () => void this.next() },
    ];
    this.card(r, items);
    this.story(`${tx(response.reaction)} ${consequences.join(' ')} ${tx(response.feedback)}`);
    const from = this.animateFrom;
    this.animateFrom = undefined;
    if (from && last) {
      this.tower.set(from);
      this.busy = true;
      this.time.delayedCall(250, () => {
        playFor(events);
        void this.tower.animate(state, 1600).then(() => (this.busy = false));
      });
    } else this.tower.set(state);
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
    if (this.leaving) return;
    this.leaving = true;
    const level = app.playingLevel();
    this.last = undefined;
    if (app.run().choices.length >= level.scenarios.length) {
      await app.finish();
      play('done');
      this.go('Debrief');
      return;
    }
    await app.setStep('situation');
    this.scene.restart({});
  }

  // ---- the card: text and buttons, shrunk to fit -------------------------------------------

  private heights(r: Rect, items: Item[], size: number): number[] {
    return items.map((it) => {
      if (it.kind === 'button') return this.measure(it.label, r.w, size, !!it.hint);
      const tt = this.make.text({ x: 0, y: 0, text: it.text, style: textStyle({ size: size * (it.scale ?? 1), width: r.w, bold: it.bold, head: it.head }) }, false);
      const h = tt.height;
      tt.destroy();
      return h;
    });
  }

  private fits(r: Rect, items: Item[], minScale: number) {
    const size = this.S * minScale;
    const hs = this.heights(r, items, size);
    return hs.reduce((a, b) => a + b, 0) + (items.length - 1) * size * 0.6 <= r.h;
  }

  private card(r: Rect, all: Item[]) {
    // a secondary button shares the bottom row with the primary one, on the left
    const secondary = all.find((it) => it.kind === 'button' && it.secondary) as Extract<Item, { kind: 'button' }> | undefined;
    const items = all.filter((it) => it !== secondary);
    let size = this.S;
    let hs = this.heights(r, items, size);
    const gap = () => size * 0.6;
    const total = () => hs.reduce((a, b) => a + b, 0) + (items.length - 1) * gap();
    while (total() > r.h && size > 11) {
      size *= 0.93;
      hs = this.heights(r, items, size);
    }
    let y = r.y;
    items.forEach((it, i) => {
      if (it.kind === 'text') {
        this.add.text(r.x, y, it.text, textStyle({ size: size * (it.scale ?? 1), width: r.w, bold: it.bold, italic: it.italic, head: it.head, color: it.color }));
      } else {
        // the primary button sits at the bottom right when there is room
        const w = it.primary ? Math.min(r.w, Math.max(200, it.label.length * size * 0.6 + 60)) : r.w;
        const x = it.primary ? r.x + r.w - w : r.x;
        const by = it.primary && i === items.length - 1 ? Math.max(y, r.y + r.h - hs[i]) : y;
        if (secondary && it.primary && x - r.x > 160) {
          const sw = Math.min(x - r.x - 12, secondary.label.length * size * 0.5 + 40);
          this.button({ rect: { x: r.x, y: by, w: sw, h: hs[i] }, label: secondary.label, onClick: secondary.onClick, size: size * 0.85, id: secondary.id, align: 'center' });
        }
        this.button({ rect: { x, y: by, w, h: hs[i] }, label: it.label, hint: it.hint, onClick: it.onClick, primary: it.primary, size, id: it.id, align: it.primary ? 'center' : 'left' }, !!it.primary);
      }
      y += hs[i] + gap();
    });
  }
}

function moodOf(r: ResponseT): Mood {
  const total = Object.values(r.effects).reduce<number>((a, b) => a + (b ?? 0), 0);
  return total > 0 ? 'happy' : total < -1 ? 'upset' : 'withdrawn';
}

/** The few consequences worth saying, in the model's words. */
function summarise(events: ModelEvent[], response: ResponseT): string[] {
  const out: string[] = [];
  for (const [id, e] of Object.entries(response.effects)) {
    if (!e) continue;
    out.push(t(e > 0 ? 'event.caregiverUp' : 'event.caregiverDown', { caregiver: caregiverName(id as never) }));
  }
  for (const e of telling(events, Math.max(1, 4 - out.length))) out.push(describeEvent(e));
  for (const e of events) if (e.key === 'caregiverRedLetter') out.push(describeEvent(e));
  return out;
}

function playFor(events: ModelEvent[]) {
  const has = (k: string) => events.some((e) => e.key === k);
  if (has('cracked') || has('cracking')) play('crack');
  else if (has('wobbly')) play('wobble');
  else if (has('healed') || has('healing')) play('heal');
  else if (has('grew') || has('solid')) play('grow');
}
