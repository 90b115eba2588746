// The model explorer: a sandbox for class. Five caregiver sliders set the care each month; the
// engine runs live, so a trainer can show what "warm but vague" or "anxious" care does over time.
import { CAREGIVER_BLOCKS, fromSpec, newborn, step, type CaregiverId, type ModelEvent, type TowerState } from '../model';
import { addRange } from '../services/a11y';
import { play } from '../services/audio';
import { ageLabel, caregiverName, describeEvent, t } from '../services/i18n';
import { TowerView } from '../ui/tower';
import { CAREGIVER_COLOURS, getTextScale, palette, shade, TAP } from '../ui/theme';
import { fitBlock, fitSize, longestWord } from '../ui/fit';
import { BaseScene } from './base';
import { markLive } from '../ui/bake';
import { telling } from '../game/explain';
import { measureText } from '../ui/measure';

type Care = Record<CaregiverId, number>;

const PRESETS: { id: string; care: Care; start?: () => TowerState }[] = [
  { id: 'attuned', care: { caring: 2, giving: 2, supporting: 2, firmness: 2, trusting: 2 } },
  { id: 'warmVague', care: { caring: 2, giving: 2, supporting: 1, firmness: -2, trusting: 1 } },
  // anxious care (Angstig, the red letter of caregiver block 5) meets its pair in the child: the
  // tower builds, then creativity cracks into powerlessness (Machteloosheid). Warm and supportive
  // otherwise, or self-confidence would crack first and creativity never begin.
  { id: 'anxious', care: { caring: 2, giving: 2, supporting: 1, firmness: 1, trusting: -2 } },
  { id: 'busy', care: { caring: 1, giving: -1, supporting: -1, firmness: 0, trusting: 0 } },
  {
    id: 'foster',
    care: { caring: 2, giving: 2, supporting: 2, firmness: 2, trusting: 2 },
    start: () => fromSpec({ ageMonths: 30, child: { safety: { growth: 0.5, cracks: 0.6 }, trust: { growth: 0.35, cracks: 0.5 }, confidence: { growth: 0.25, cracks: 0.1 } } }),
  },
];

// kept while the scene restarts (resize, language), lost when the game closes: it is a sandbox
let state: TowerState = newborn();
let care: Care = { ...PRESETS[0].care };
let lastEvents: ModelEvent[] = [];

export class Explorer extends BaseScene {
  private tower!: TowerView;

  constructor() {
    super('Explorer');
  }

  title() {
    return t('ui.explorer');
  }

  build() {
    const { W, H, S } = this;
    const p = palette();
    const hh = this.header(`${t('ui.explorer')} · ${ageLabel(state.ageMonths)}`, { label: t('ui.back'), onClick: () => this.go('Title') });
    const m = 12;
    const portrait = this.portrait;
    // the towers are what the class looks at: about half the screen (more on a projector)
    const tw = portrait ? W - 2 * m : Math.min(Math.max(W * 0.45, 280), this.projector ? 1100 : 820);
    const th = portrait ? this.portraitTowerH(280) : H - hh - 2 * m;
    const tr = { x: m, y: hh + m, w: tw, h: th };
    // (the sandbox shows the model's red letters, also to a parent: its presets are named after them)
    this.tower = this.towerPanel(tr, { childName: t('explorer.child'), kind: false });
    this.tower.set(state);

    const cx = portrait ? m : tr.x + tw + m;
    const cy = portrait ? tr.y + th + m : hh + m;
    const cw = W - cx - m;
    const ch = H - cy - m;
    this.panel({ x: cx, y: cy, w: cw, h: ch });
    const ix = cx + 16;
    const iw = cw - 32;
    // full tap targets, except on a phone on its side, whose height cannot hold them (still over WCAG's 24 px)
    // (the window's height: a page grown to hold the panel stays a phone on its side)
    const tap = this.viewH < 480 && !portrait ? 34 : TAP;
    // the panel's text shrinks until the sliders, buttons and a line of what happened fit, never
    // below 12 px times the text size (WCAG 1.4.4: there the page grows and scrolls instead); on
    // a screen too short even then, the intro goes (it stays in the accessible layer)
    const floor = 12 * getTextScale();
    const presetLabels = PRESETS.map((pr) => t(`explorer.preset.${pr.id}`));
    const actionLabels = [t('explorer.month1'), t('explorer.month6'), t('explorer.reset')];
    const introH = (s: number) => {
      return measureText(this, t('explorer.intro'), { size: s * 0.95, width: iw }).height + s * 0.5;
    };
    const need = (s: number, intro: boolean) =>
      24 +
      (intro ? introH(s) : 0) +
      5 * (Math.max(tap, s * 2) + s * 0.3) +
      s * 0.3 +
      this.grid(actionLabels, iw, s, Math.max(tap, s * 2.1), true).height +
      s * 0.5 +
      this.grid(presetLabels, iw, s, Math.max(tap, s * 2.6)).height +
      s * 2.5;
    let size = portrait || this.viewH < 760 ? S * 0.8 : S * 0.9;
    while (need(size, true) > ch && size > floor) size = Math.max(floor, size * 0.92);
    const withIntro = need(size, true) <= ch;
    let y = cy + 12;
    if (withIntro) {
      const intro = this.text(ix, y, t('explorer.intro'), { size: size * 0.95, width: iw, color: p.inkSoft, say: true });
      y += intro.height + size * 0.5;
    }
    const rowH = Math.max(tap, size * 2);
    // (wide enough for the longest name at the panel's size, so it never shrinks on a phone)
    const widest = Math.max(...CAREGIVER_BLOCKS.map((id) => measureText(this, caregiverName(id), { size, bold: true }).width));
    const labelW = Math.min(Math.max(Math.min(iw * 0.42, 240), widest + 8), iw * 0.5);
    CAREGIVER_BLOCKS.forEach((id) => {
      const label = caregiverName(id);
      this.text(ix, y + rowH / 2, label, { size: fitSize(this, label, labelW - 6, size, true), bold: true }).setOrigin(0, 0.5);
      // the number changes with the slider: kept live, not baked into the still canvas
      const vText = markLive(this.text(ix + iw, y + rowH / 2, fmt(care[id]), { size, bold: true }).setOrigin(1, 0.5));
      const rect = { x: ix + labelW, y, w: iw - labelW - size * 2.6, h: rowH };
      const g = markLive(this.add.graphics());
      const draw = (v: number) => {
        g.clear();
        const mid = rect.x + rect.w / 2;
        const cyy = rect.y + rect.h / 2;
        g.fillStyle(p.line, 1);
        g.fillRoundedRect(rect.x, cyy - 4, rect.w, 8, 4);
        const col = v < 0 ? p.crack : CAREGIVER_COLOURS[id];
        const kx = mid + (rect.w / 2) * (v / 3);
        g.fillStyle(col, 1);
        g.fillRect(Math.min(mid, kx), cyy - 4, Math.abs(kx - mid), 8);
        g.lineStyle(2, p.ink, 1);
        g.lineBetween(mid, cyy - 9, mid, cyy + 9);
        g.fillStyle(0xffffff, 1);
        g.fillCircle(kx, cyy, rect.h * 0.3);
        g.lineStyle(3, shade(col, 0.75), 1);
        g.strokeCircle(kx, cyy, rect.h * 0.3);
        vText.setText(fmt(v));
      };
      draw(care[id]);
      addRange({
        label: `${label} (${t('explorer.perMonth')})`,
        rect,
        min: -3,
        max: 3,
        step: 1,
        value: care[id],
        valueText: fmt,
        onInput: (v) => {
          care = { ...care, [id]: v };
          draw(v);
        },
      });
      y += rowH + size * 0.3;
    });
    y += size * 0.3;
    // the actions and the presets in one row, or in more on a narrow panel (a phone), at the
    // panel's size: their names wrap onto two lines rather than shrink (text at 150%)
    const ag = this.grid(actionLabels, iw, size, Math.max(tap, size * 2.1), true);
    const actions: [string, () => void, boolean][] = [
      [t('explorer.month1'), () => this.advance(1), true],
      [t('explorer.month6'), () => this.advance(6), false],
      [
        t('explorer.reset'),
        () => {
          state = newborn();
          lastEvents = [];
          this.scene.restart();
        },
        false,
      ],
    ];
    actions.forEach(([label, go, primary], i) =>
      this.button({ rect: { x: ix + (i % ag.perRow) * (ag.w + 8), y: y + Math.floor(i / ag.perRow) * (ag.h + 6), w: ag.w, h: ag.h }, label, onClick: go, primary, align: 'center', size }, primary),
    );
    y += ag.height + size * 0.5;
    const pg = this.grid(presetLabels, iw, size, Math.max(tap, size * 2.6));
    PRESETS.forEach((pr, i) =>
      this.button({
        rect: { x: ix + (i % pg.perRow) * (pg.w + 8), y: y + Math.floor(i / pg.perRow) * (pg.h + 6), w: pg.w, h: pg.h },
        label: presetLabels[i],
        align: 'center',
        size,
        id: `preset-${pr.id}`,
        onClick: () => {
          care = { ...pr.care };
          if (pr.start) state = pr.start();
          lastEvents = [];
          this.scene.restart();
        },
      }),
    );
    y += pg.height + size * 0.5;
    const said = lastEvents.map(describeEvent);
    // what happened, in the room left: smaller, then fewer lines, never past the panel
    const room = cy + ch - 10 - y;
    for (let n = said.length; n > 0; n--) {
      const text = said
        .slice(0, n)
        .map((s) => `• ${s}`)
        .join('\n');
      const fs = fitBlock(this, text, iw, room, size * 0.9, { bold: true, min: 11 });
      const tt = this.text(ix, y, text, { size: fs, width: iw, bold: true });
      if (tt.height <= room || n === 1) {
        if (tt.height > room) tt.destroy();
        break;
      }
      tt.destroy();
    }
    this.story(said.join(' '));
  }

  /**
   * Buttons in rows of a width `iw`: as many to a row as keep each label's longest word whole at
   * size `s`, each as tall as its label wraps. `height` is the rows' with the gaps between them.
   */
  private grid(labels: string[], iw: number, s: number, minH: number, boldFirst = false) {
    const pad = Math.round(s * 0.6);
    const bold = (i: number) => boldFirst && i === 0;
    const wordW = Math.max(...labels.map((l, i) => measureText(this, `${longestWord(l)} `, { size: s, bold: bold(i) }).width));
    const n = labels.length;
    const perRow = [n, Math.ceil(n / 2), 2, 1].find((k) => (iw - 8 * (k - 1)) / k - 2 * pad >= wordW) ?? 1;
    const w = (iw - 8 * (perRow - 1)) / perRow;
    const h = Math.max(minH, ...labels.map((l, i) => measureText(this, l, { size: s, bold: bold(i), width: w - 2 * pad }).height + 8));
    return { perRow, w, h, height: Math.ceil(n / perRow) * (h + 6) - 6 };
  }

  private advance(months: number) {
    const events: ModelEvent[] = [];
    for (let i = 0; i < months; i++) {
      const r = step(state, { effects: care, months: 1 });
      state = r.state;
      events.push(...r.events);
    }
    lastEvents = telling(events);
    if (events.some((e) => e.key === 'cracked')) play('crack');
    else if (events.some((e) => e.key === 'solid' || e.key === 'grew')) play('grow');
    this.scene.restart();
  }
}

const fmt = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');
