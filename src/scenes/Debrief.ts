// The debrief: both towers, the choices and their effects, what the child now shows, questions for
// class and a tip for home; try again, "what if" from any choice, and a report to hand in.
import { app } from '../game/app';
import { CHILD_BLOCKS, responseOf, statuses } from '../model';
import { momentNumbers } from '../game/session';
import { blockLooks } from '../model/look';
import { signalBlocks, statusShort } from '../services/towerWords';
import { childName, t, tx } from '../services/i18n';
import type { Rect } from '../services/a11y';
import { effectsText, reportFileName, reportHtml } from '../game/report';
import { download } from '../ui/download';
import { assignmentPlay } from '../game/assignment';
import { TowerView, towerWidthFor } from '../ui/tower';
import { LABEL_FLOOR, towerNeedsH } from '../ui/towerLabels';
import { getTextScale, palette, TAP, textStyle } from '../ui/theme';
import { BaseScene } from './base';
import { measureText } from '../ui/measure';
import { failed } from '../services/failure';

type Tab = 'choices' | 'signals' | 'discuss' | 'whatif';
/** A parent gets the tip for home on the first tab; a student starts with the choices. */
const tabs = (): Tab[] => (app.settings.audience === 'parent' ? ['discuss', 'choices', 'signals', 'whatif'] : ['choices', 'signals', 'discuss', 'whatif']);

export class Debrief extends BaseScene {
  private tab: Tab = 'choices';

  constructor() {
    super('Debrief');
  }

  protected init2(data?: { tab?: Tab }) {
    this.tab = data?.tab ?? tabs()[0];
  }

  protected restartData() {
    return { tab: this.tab };
  }

  title() {
    // (with no level in play, build() goes on to the map)
    return app.view?.inPlay ? `${t('ui.debrief')}: ${tx(app.view!.level.title)}` : t('ui.debrief');
  }

  protected onEscape() {
    this.go('Menu', { from: 'Debrief' });
  }

  /** In an assignment the trainer decides whether "what if" (and trying again) is allowed. */
  private tabs(): Tab[] {
    return assignmentPlay.active && !assignmentPlay.assignment!.whatIf ? tabs().filter((x) => x !== 'whatif') : tabs();
  }

  protected onNumber(n: number) {
    const tabs = this.tabs();
    if (tabs[n - 1]) this.scene.restart({ tab: tabs[n - 1] });
  }

  build() {
    if (!app.view?.inPlay) {
      this.go('Map');
      return;
    }
    const { W, H, S } = this;
    const p = palette();
    const level = app.view!.level;
    const run = app.view!.run;
    const original = app.view!.originalEnd;
    const hh = this.header(this.title(), { label: t('ui.menu'), onClick: () => this.onEscape() }, { readAloud: true });
    const m = 12;
    // the towers as wide and tall as their labels need at this text size (ui/towerLabels.ts): where
    // that leaves too little beside them, they stand above the rest, as on a phone held upright
    // (and the two compared towers one above the other where they do not fit side by side)
    const look = this.towerLook(original ? S * 0.8 : S);
    const needW = towerWidthFor(this, look.labelMin ?? 0, look.careShare);
    const needH = towerNeedsH(Math.max(LABEL_FLOOR, look.labelMin ?? 0));
    // (on a projector the towers take more of the width: their labels are read from the back of the room)
    const besideW = this.projector ? Math.min(W * (original ? 0.56 : 0.36), original ? 1200 : 760) : Math.min(Math.max(W * (original ? 0.46 : 0.3), 280), original ? 760 : 460);
    const wantW = original ? 2 * needW + 10 : needW;
    const portrait = this.portrait || wantW > Math.max(besideW, W * 0.5);
    const towersW = portrait ? W - 2 * m : Math.max(besideW, wantW);
    const sideBySide = !original || 2 * needW + 10 <= towersW;
    const capH = S * 1.6;
    const towersH = portrait ? Math.max(this.portraitTowerH(280), original ? (sideBySide ? needH + capH : 2 * (needH + capH)) : needH) : H - hh - 2 * m;
    const tr: Rect = { x: m, y: hh + m, w: towersW, h: towersH };
    if (original) {
      this.panel(tr, p.panel);
      const half = sideBySide ? (tr.w - 30) / 2 : tr.w - 20;
      const tall = sideBySide ? tr.h : tr.h / 2;
      const at = (k: number): Rect => (sideBySide ? { x: tr.x + 10 + k * (half + 10), y: tr.y, w: half, h: tall } : { x: tr.x + 10, y: tr.y + k * tall, w: half, h: tall });
      [original, run.state].forEach((state, k) => {
        const r = at(k);
        const caption = t(k ? 'ui.whatIf' : 'ui.firstTime');
        this.text(r.x + r.w / 2, r.y + 6, caption, { bold: true, size: S * 0.8 }).setOrigin(0.5, 0);
        new TowerView(
          this,
          { x: r.x, y: r.y + capH, w: r.w, h: r.h - S * 2 },
          { childName: level.child.name, caption, reducedMotion: k ? app.settings.reducedMotion : true, size: S * 0.8, ...look },
        ).set(state);
      });
    } else {
      this.towerPanel(tr, { childName: level.child.name }).set(run.state);
    }

    const cx = portrait ? m : tr.x + tr.w + m;
    const cy = portrait ? tr.y + tr.h + m : hh + m;
    const cw = W - cx - m;
    const ch = H - cy - m;
    this.panel({ x: cx, y: cy, w: cw, h: ch });
    // tabs
    const tabH = Math.max(TAP, S * 2.1);
    const parent = app.settings.audience === 'parent';
    const tabs = this.tabs();
    if (!tabs.includes(this.tab)) this.tab = tabs[0];
    const tabLabel = (tab: Tab) => t(`debrief.tab.${tab === 'discuss' && parent ? 'home' : tab}`);
    // the tabs in one row, or in two where one row would take their labels below 16 px (a phone)
    const tabSize = Math.max(portrait ? 16 : 0, S * (portrait ? 0.72 : 0.82));
    const oneRowW = (cw - 32 - (tabs.length - 1) * 8) / tabs.length;
    // (on a wide screen: in two rows too where one row cannot hold every label at this size, not even in widths to match them)
    const labelW = tabs.map((tab) => measureText(this, tabLabel(tab), { size: tabSize }).width + 2 * Math.round(tabSize * 0.6) + 2);
    const twoRows = portrait ? tabs.some((tab) => measureText(this, tabLabel(tab), { size: tabSize }).width + tabSize * 1.2 > oneRowW) : labelW.reduce((a, b) => a + b, 0) > oneRowW * tabs.length;
    const perRow = twoRows ? Math.ceil(tabs.length / 2) : tabs.length;
    const tabW = (cw - 32 - (perRow - 1) * 8) / perRow;
    // the key's number where a tab has room for it beside its name
    // (not where the numbers would take the room the labels need to keep their size)
    const hints = !portrait && tabW >= S * 5.5 && (perRow < tabs.length || labelW.reduce((a, b) => a + b, 0) + tabs.length * tabSize * 1.6 <= oneRowW * tabs.length);
    // one row whose labels would shrink in equal widths (a phone on its side, text at 150%): each
    // tab as wide as its label, the rest shared, so all keep the same size
    const need = labelW.map((lw) => lw + (hints ? tabSize * 1.6 : 0));
    const spare = cw - 32 - (tabs.length - 1) * 8 - need.reduce((a, b) => a + b, 0);
    const uneven = perRow === tabs.length && need.some((n) => n > tabW) && spare >= 0;
    const tabWs = need.map((n) => (uneven ? n + spare / tabs.length : tabW));
    const tabXs = tabWs.map((_, i) => cx + 16 + tabWs.slice(0, i).reduce((a, b) => a + b + 8, 0));
    tabs.forEach((tab, i) => {
      this.button({
        rect: { x: uneven ? tabXs[i] : cx + 16 + (i % perRow) * (tabW + 8), y: cy + 14 + Math.floor(i / perRow) * (tabH + 8), w: tabWs[i], h: tabH },
        label: tabLabel(tab),
        hint: hints ? String(i + 1) : undefined,
        pressed: this.tab === tab,
        align: 'center',
        size: tabSize,
        id: `tab-${tab}`,
        onClick: () => this.scene.restart({ tab }),
      });
    });
    const tabsH = Math.ceil(tabs.length / perRow) * (tabH + 8) - 8;
    // actions at the bottom; below what the tab shows where that needs more room (a small
    // window: the page grows and scrolls to them, src/ui/page.ts), never over it
    const actH = Math.max(TAP, S * 2.3);
    const bodyY = cy + 14 + tabsH + 14;
    const foot = cy + ch - actH - 14;
    const used = this[this.tab]({ x: cx + 20, y: bodyY, w: cw - 40, h: foot - bodyY - 12 });
    const actY = Math.max(foot, used + 12);
    const phases = app.phases();
    // where the level stands on this screen: a second press of "play again" is refused, not played twice
    const here = app.view!.at;
    const nextPhase = app.view?.inPlay.mode === 'story' ? phases[phases.indexOf(level) + 1] : undefined;
    // playing the level again: a new attempt, in an assignment only where the trainer allows it
    const tryAgain: [string, () => void, boolean] = [
      t('ui.tryAgain'),
      () =>
        void app
          .tryAgain(here)
          .then((out) => !out.refused && this.go('Scenario'))
          .catch(failed),
      false,
    ];
    const actions: [string, () => void, boolean][] = assignmentPlay.active
      ? [
          // an assignment: on to this level's questions (playing again, a new attempt, only where the trainer allows it)
          ...((assignmentPlay.assignment!.replays ?? assignmentPlay.assignment!.whatIf) ? [tryAgain] : []),
          [t('trainer.reflect.go'), () => this.go('Reflect', { level: level.id }), true],
        ]
      : [
          tryAgain,
          [t('ui.report'), () => download(reportFileName(), reportHtml(), 'text/html'), false],
          nextPhase
            ? [
                t('ui.nextPhase'),
                () =>
                  void app
                    .begin(nextPhase.id, 'story')
                    .then(() => this.go('Scenario'))
                    .catch(failed),
                true,
              ]
            : [
                t('ui.levels'),
                () =>
                  void app
                    .leaveLevel()
                    .then(() => this.go('Map'))
                    .catch(failed),
                true,
              ],
        ];
    const aw = (cw - 32 - (actions.length - 1) * 8) / actions.length;
    actions.forEach(([label, go, primary], i) => {
      this.button({ rect: { x: cx + 16 + i * (aw + 8), y: actY, w: aw, h: actH }, label, onClick: go, align: 'center', primary, size: S * (portrait ? 0.78 : 0.9) }, primary);
    });
  }

  /**
   * Lines of text, shrunk until they fit (not below `min`, 12 px times the text size unless told:
   * then they run on, and the page grows). A parent reads at 16 px or more, so the larger text
   * setting is never undone by shrinking. Returns their foot.
   */
  private lines(r: Rect, items: { text: string; bold?: boolean; color?: number; gapAfter?: boolean }[], min = 12): number {
    min = Math.max(min * getTextScale(), app.settings.audience === 'parent' ? 16 : 0);
    let size = Math.max(min, this.S * 0.95);
    const measure = () => {
      let h = 0;
      for (const it of items) {
        h += measureText(this, it.text, { size, width: r.w, bold: it.bold }).height + size * (it.gapAfter ? 0.9 : 0.35);
      }
      return h;
    };
    while (measure() > r.h && size > min) size = Math.max(min, size * 0.93);
    let y = r.y;
    let foot = y;
    for (const it of items) {
      const tt = this.add.text(r.x, y, it.text, textStyle({ size, width: r.w, bold: it.bold, color: it.color }));
      foot = y + tt.height;
      y += tt.height + size * (it.gapAfter ? 0.9 : 0.35);
    }
    this.story(items.map((i) => i.text).join('\n'));
    return foot;
  }

  private fitsAt(texts: string[], size: number, r: Rect) {
    let h = 0;
    for (const text of texts) {
      h += measureText(this, text, { size, width: r.w }).height + size * 0.35;
    }
    return h <= r.h;
  }

  private choices(r: Rect): number {
    const level = app.view!.level;
    const run = app.view!.run;
    // numbered as in play: a repair moment is labelled as part of the moment before it, not counted
    const numbers = momentNumbers(level, run.choices);
    const full = run.choices.map((c, i): Choice => {
      const resp = responseOf(level, c)!;
      return { mark: numbers[i].repair ? `↺ ${t('card.repairMoment')}:` : `${numbers[i].n}.`, text: tx(resp.text), effects: effectsText(resp.effects) };
    });
    const { ruptures, repairs } = app.view!.ruptures;
    const counts = t('debrief.ruptures', { r: ruptures, h: repairs });
    // on a small screen each choice gets one line (the start of the response and its effects, as
    // much as the line really holds at the size lines() starts with); the room left below gives
    // choices a second line, from the first choice down
    const roomy = this.fitsAt([counts, t('debrief.choicesIntro'), ...full.map(whole)], this.S * 0.8, r);
    const head = [
      { text: counts, bold: true },
      { text: t('debrief.choicesIntro'), bold: true, gapAfter: true },
    ];
    const said = [counts, t('debrief.choicesIntro'), ...full.map((c) => `${c.mark} ${c.text} (${c.effects})`)].join('\n');
    const size = this.S * 0.95;
    const heightOf = (s: string) => measureText(this, s, { size, width: r.w }).height;
    const clip = (c: Choice, maxLines: number) => {
      const room = heightOf(Array.from({ length: maxLines }, () => 'X').join('\n'));
      const fits = (s: string) => (maxLines === 1 ? measureText(this, s, { size }).width <= r.w - 4 : heightOf(s) <= room);
      return { text: roomy ? whole(c) : (clipChoice(c, fits) ?? shortest(c)) };
    };
    const items = full.map((c) => clip(c, 1));
    const headH = heightOf(counts) + heightOf(t('debrief.choicesIntro')) + size * 1.25;
    const rowH = heightOf('X') + size * 0.35;
    // a wide, short panel (a phone on its side): one line each would shrink the text below what a
    // phone reads well, so the choices take two columns
    if (!roomy && headH + items.length * rowH > r.h && r.w >= this.S * 30) {
      const foot = this.columns(r, head, full, size);
      this.story(said);
      return foot;
    }
    if (!roomy) {
      const gap = size * 0.35;
      let used = headH + items.reduce((h, it) => h + heightOf(it.text) + gap, 0);
      full.forEach((c, i) => {
        const two = clip(c, 2);
        const more = heightOf(two.text) - heightOf(items[i].text);
        if (more > 0 && used + more <= r.h) {
          items[i] = two;
          used += more;
        }
      });
    }
    const foot = this.lines(r, [...head, ...items]);
    this.story(said);
    return foot;
  }

  /**
   * Heading lines across the panel, then the choices one line each in two columns: the start of
   * each response (at least ten letters) and its effects, shrunk together until they fit.
   */
  private columns(r: Rect, head: { text: string; bold?: boolean; gapAfter?: boolean }[], full: Choice[], start: number): number {
    const colW = (r.w - this.S) / 2;
    const per = Math.ceil(full.length / 2);
    const lineAt = (c: Choice, size: number) => clipChoice(c, (s) => measureText(this, s, { size }).width <= colW - 4);
    const headAt = (size: number) => head.reduce((h, it) => h + measureText(this, it.text, { size, width: r.w, bold: it.bold }).height + size * (it.gapAfter ? 0.9 : 0.35), 0);
    const rowAt = (size: number) => measureText(this, 'X', { size }).height + size * 0.35;
    let size = start;
    let lines = full.map((c) => lineAt(c, size));
    while (size > 10 && (lines.some((l) => l === null) || headAt(size) + per * rowAt(size) > r.h)) {
      size = Math.max(10, size * 0.93);
      lines = full.map((c) => lineAt(c, size));
    }
    let y = r.y;
    for (const it of head) y += this.add.text(r.x, y, it.text, textStyle({ size, width: r.w, bold: it.bold })).height + size * (it.gapAfter ? 0.9 : 0.35);
    lines.forEach((line, i) => {
      const col = i < per ? 0 : 1;
      // the effects alone, should even ten letters not fit at the smallest size
      const text = line ?? `${full[i].mark} (${full[i].effects})`;
      this.add.text(r.x + col * (colW + this.S), y + (i % per) * rowAt(size), text, textStyle({ size, width: colW }));
    });
    return y + per * rowAt(size);
  }

  private signals(r: Rect): number {
    const level = app.view!.level;
    const s = app.view!.run.state;
    const st = statuses(s);
    const looks = blockLooks(s, st);
    const p = palette();
    const items: { text: string; bold?: boolean; color?: number; gapAfter?: boolean }[] = [];
    // every block the tower draws with a crack or a wobble, a small crack too: the words follow the drawing
    for (const i of signalBlocks(s)) {
      const id = CHILD_BLOCKS[i];
      const mild = looks[i].smallCrack && st[i] !== 'wobbly';
      items.push({ text: `${childName(id)} — ${statusShort(looks[i])}`, bold: true, color: p.crack });
      items.push({ text: `${t(mild ? 'debrief.signalsMild' : 'debrief.signalsOf', { name: level.child.name })} ${t(`blocks.child.${id}.signals`)}.`, gapAfter: true });
    }
    const focus = CHILD_BLOCKS.indexOf(level.focus);
    const weak = items.length > 0;
    if (!weak) items.push({ text: t(st[focus] === 'solid' ? 'debrief.noWeakSolid' : 'debrief.noWeakGrowing', { name: level.child.name, block: childName(level.focus) }), gapAfter: true });
    // the model's description is for class; a parent reads where to go with a worry instead
    if (app.settings.audience !== 'parent') items.push({ text: `${childName(level.focus)}: ${t(`blocks.child.${level.focus}.description`)}`, color: p.inkSoft, gapAfter: true });
    // signals are no diagnosis: said with every list of them, with where to go for help
    items.push({ text: t('debrief.notDiagnosis'), bold: true }, { text: t('debrief.help') });
    return this.lines(r, [{ text: t('debrief.signalsIntro', { name: level.child.name }), bold: true, gapAfter: true }, ...items]);
  }

  private discuss(r: Rect): number {
    const level = app.view!.level;
    const questions = [{ text: t('debrief.questions'), bold: true, gapAfter: false }, ...level.questions.map((q, i) => ({ text: `${i + 1}. ${tx(q)}` }))];
    const tip = [{ text: t('debrief.tip'), bold: true }, { text: tx(level.tip) }];
    // a parent gets the tip for home alone (at 16 px or more, as all a parent reads here); the questions are for class
    if (app.settings.audience === 'parent') return this.lines(r, tip);
    return this.lines(r, [...questions, { text: '' }, ...tip]);
  }

  private whatif(r: Rect): number {
    const level = app.view!.level;
    const here = app.view!.at;
    // one button per scenario (a repair moment belongs to its scenario), replaying from its choice
    const choices = (app.view!.inPlay.original ?? app.view!.run.choices).map((c, at) => ({ ...c, at })).filter((c) => !c.repair);
    const intro = this.text(r.x, r.y, t('debrief.whatIfIntro'), { bold: true, size: this.S * 0.9, width: r.w });
    const top = r.y + Math.max(this.S * 2.4, intro.height + this.S * 0.5);
    const n = choices.length;
    const cols = n > 5 && r.w > 500 ? 2 : 1;
    const rowsN = Math.ceil(n / cols);
    // the labels at the size the text setting asks for (WCAG 1.4.4): a short screen gets no
    // smaller letters, the page grows and scrolls to the moments instead
    const size = this.S * 0.75;
    const bh = Math.max(TAP, size * 2.4, Math.min(this.S * 2, (r.h - (top - r.y)) / rowsN - 6));
    const bw = (r.w - (cols - 1) * 8) / cols;
    // one line per moment: as much of the setting as fits at that size (measured, so it never shrinks)
    const textW = bw - 2 * Math.round(size * 0.6) - 2;
    const fits = (label: string) => measureText(this, label, { size }).width <= textW;
    choices.forEach((c, i) => {
      const s = level.scenarios.find((x) => x.id === c.scenario)!;
      const setting = tx(s.setting);
      const from = t('debrief.fromMoment', { n: level.scenarios.indexOf(s) + 1 });
      const cut = (n: number) => (n >= setting.length ? setting : `${setting.slice(0, n).trimEnd()}…`);
      // the most letters that fit (at least eight)
      let [lo, hi] = [8, setting.length];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(`${from}: ${cut(mid)}`)) lo = mid;
        else hi = mid - 1;
      }
      const short = cut(lo);
      const col = Math.floor(i / rowsN);
      const row = i % rowsN;
      this.button({
        rect: { x: r.x + col * (bw + 8), y: top + row * (bh + 6), w: bw, h: bh },
        label: `${from}: ${short}`,
        size,
        id: `whatif-${i + 1}`,
        onClick: () =>
          void app
            .whatIf(c.at, here)
            .then((out) => !out.refused && this.go('Scenario'))
            .catch(failed),
      });
    });
    this.story(t('debrief.whatIfIntro'));
    return top + rowsN * (bh + 6) - 6;
  }
}

/** One answer in the debrief's list: its moment's number (or the repair moment's label), the response and what it did. */
interface Choice {
  mark: string;
  text: string;
  effects: string;
}

const whole = (c: Choice) => `${c.mark} ${c.text}  (${c.effects})`;
/** The shortest a clipped choice gets: ten letters of the response, and its effects. */
const shortest = (c: Choice) => `${c.mark} ${c.text.slice(0, 10).trimEnd()}…  (${c.effects})`;

/**
 * A choice as it fits (`fits` says what the room holds): whole, or as much of the response as
 * fits with "…" and its effects; null when not even ten letters do.
 */
function clipChoice(c: Choice, fits: (s: string) => boolean): string | null {
  if (fits(whole(c))) return whole(c);
  const at = (k: number) => `${c.mark} ${c.text.slice(0, k).trimEnd()}…  (${c.effects})`;
  if (!fits(at(10))) return null;
  let lo = 10;
  let hi = c.text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(at(mid))) lo = mid;
    else hi = mid - 1;
  }
  return at(lo);
}
