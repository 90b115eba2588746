// Settings: language, text size, reduced motion, high contrast, projector mode (on a screen wide
// enough to be projected), music and effects volume, mute.
import { app } from '../game/app';
import { setVolumes } from '../services/audio';
import { setLang, t } from '../services/i18n';
import { addNote, addRange } from '../services/a11y';
import { motionChoice, reducesMotion } from '../services/motion';
import { getTextScale, palette, setLook, shade, TAP } from '../ui/theme';
import { fitBlock, fitSize, longestWord } from '../ui/fit';
import { BaseScene } from './base';
import type { Routes, SceneKey } from './routes';
import { markLive } from '../ui/bake';
import { measureText } from '../ui/measure';
import { LANGS, langNameKey } from '../content/langs';
import { failed } from '../services/failure';

/** One choice in a row of settings. */
type Option = { label: string; pressed: boolean; set: () => void; id: string };

export class SettingsScene extends BaseScene {
  private from: SceneKey = 'Title';

  constructor() {
    super('Settings');
  }

  protected init2(data?: Routes['Settings']) {
    this.from = data?.from ?? this.from;
  }

  protected restartData() {
    return { from: this.from };
  }

  title() {
    return t('ui.settings');
  }

  protected onEscape() {
    this.go(this.from);
  }

  private async set(next: Partial<typeof app.settings>) {
    await app.saveSettings(next);
    setLang(app.settings.lang);
    setLook(app.settings);
    setVolumes(app.settings);
    this.scene.restart({ from: this.from });
  }

  build() {
    const { W, S } = this;
    // (the window's height: a page grown to hold the rows gives them no more room, or they chase it)
    const H = this.viewH;
    const p = palette();
    const hh = this.header(t('ui.settings'), { label: t('ui.back'), onClick: () => this.onEscape() });
    // a phone on its side: the rows in two columns, so each keeps a full tap height
    const cols = !this.portrait && H < 500 && W > 700 ? 2 : 1;
    // (one column as wide as its text needs: larger text on a projector or at 150% keeps whole words on its options)
    const w = cols === 2 ? (W - 48) / 2 : Math.min(W - 32, Math.max(720, S * 26));
    let x = cols === 2 ? 16 : (W - w) / 2;
    // projector mode: offered on a screen that can be projected (a laptop, a class computer), not on a phone either way up
    const projectorRow = W >= 700 && H >= 500;
    const rows = (cols === 2 ? 5 : 9) + (projectorRow ? 1 : 0);
    const room = (H - hh - S * (this.portrait ? 1 : 3)) / rows;
    // rows shrink to fit short screens, never below a tappable height; in one column never below
    // what their text needs either: the text is not made smaller to fit (at 150% on 1280x720 it was
    // smaller than at 100%), the page grows and scrolls instead (src/ui/page.ts). A phone on its
    // side (two columns) keeps one screen, its text shrunk no further than its size at 100%.
    const fit = Math.min(S * 2.3, this.portrait ? room - S * 1.6 : room * 0.84);
    const rowH = Math.max(TAP, cols === 2 ? fit : Math.max(S * 2, fit));
    const labelW = this.portrait ? w : w * 0.36;
    let ctrlX = this.portrait ? x : x + labelW;
    const ctrlW = this.portrait ? w : w - labelW;
    const top = hh + (this.portrait ? S * 0.6 : S * 0.5);
    let y = top;
    const nextColumn = () => {
      if (cols < 2) return;
      x += w + 16;
      ctrlX += w + 16;
      y = top;
    };
    const s = app.settings;
    const compact = rowH < S * 2.3;
    const size = compact && cols === 2 ? Math.max(S / getTextScale(), Math.min(S, rowH * 0.42)) : S;
    const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
    const row = (label: string, options: Option[]) => {
      this.text(x, y + (this.portrait ? 0 : rowH / 2), label, { bold: true, size: this.portrait ? size : fitSize(this, label, labelW - 10, size, true), say: true }).setOrigin(
        0,
        this.portrait ? 0 : 0.5,
      );
      const oy = this.portrait ? y + size * 1.5 : y;
      const baseH = compact ? Math.max(TAP, rowH * 0.85) : rowH;
      const pad = Math.round(size * 0.6);
      const wordW = (o: Option) => measureText(this, `${longestWord(o.label)} `, { size }).width + 2 * pad + 2;
      // the options side by side where their longest words fit so, else over as many lines as they
      // need (a narrow phone at 150%): no label is made smaller than its row's text to fit
      const lines: Option[][] = [];
      let used = 0;
      for (const o of options) {
        const ww = wordW(o);
        if (lines.length && used + 8 + ww <= ctrlW) {
          lines[lines.length - 1].push(o);
          used += 8 + ww;
        } else {
          lines.push([o]);
          used = ww;
        }
      }
      const line = (opts: Option[], ly: number): number => {
        // equal widths, unless a word would not fit its button ("apparaat" at 150% on a phone): then
        // each gets the width of its longest word and shares the rest, so no label is smaller than its row's
        const across = ctrlW - (opts.length - 1) * 8;
        // (first choice: widths that keep every whole label on one line, "Zoals apparaat" on a projector)
        const fits = (ws: number[]) => ws.every((ww) => ww <= across / opts.length);
        const fullW = opts.map((o) => measureText(this, o.label, { size }).width + 2 * pad + 2);
        const want = fits(fullW) || sum(fullW) > across ? opts.map(wordW) : fullW;
        const spare = across - sum(want);
        const ows = fits(want) || spare < 0 ? opts.map(() => across / opts.length) : want.map((ww) => ww + spare / opts.length);
        const xs = ows.map((_, i) => ctrlX + ows.slice(0, i).reduce((a, b) => a + b + 8, 0));
        // a label that would shrink below the chosen text size gets a taller row instead
        // ("Zoals apparaat" at 150% on a phone); the page grows and scrolls if the screen runs out
        const needH = Math.max(...opts.map((o, i) => measureText(this, o.label, { size, width: ows[i] - 2 * pad }).height + 10));
        const shrinks = opts.some((o, i) => fitBlock(this, o.label, ows[i] - 2 * pad, baseH - 4, size) < size);
        // (more than three lines to a label: its last neighbour goes to a line of its own)
        if (shrinks && needH > size * 3.2 && opts.length > 1) {
          const h = line(opts.slice(0, -1), ly);
          return h + 8 + line(opts.slice(-1), ly + h + 8);
        }
        const lh = shrinks ? Math.max(baseH, Math.min(needH, size * 3.2)) : baseH;
        opts.forEach((o, i) =>
          this.button({
            rect: { x: xs[i], y: ly, w: ows[i], h: lh },
            label: o.label,
            name: `${label}: ${o.label}`,
            pressed: o.pressed,
            onClick: o.set,
            align: 'center',
            size,
            id: o.id,
          }),
        );
        return lh;
      };
      let bh = -8;
      for (const opts of lines) bh += line(opts, oy + bh + 8) + 8;
      y += (this.portrait ? rowH + size * 2 : rowH + (compact ? Math.max(6, room - rowH) : S * 0.7)) + (bh - baseH);
    };
    row(t('settings.language'), [...LANGS.map((l) => ({ label: t(langNameKey(l)), pressed: s.lang === l, set: () => void this.set({ lang: l }).catch(failed), id: `lang-${l}` }))]);
    row(
      t('settings.textSize'),
      [1, 1.25, 1.5].map((k) => ({ label: `${Math.round(k * 100)}%`, pressed: s.textScale === k, set: () => void this.set({ textScale: k }).catch(failed), id: `text-${k}` })),
    );
    row(t('settings.motion'), [
      {
        label: t('access.motionSystem'),
        pressed: motionChoice(s) === 'system',
        set: () => void this.set({ motion: 'system', reducedMotion: reducesMotion('system') }).catch(failed),
        id: 'motion-system',
      },
      { label: t('settings.motionFull'), pressed: motionChoice(s) === 'full', set: () => void this.set({ motion: 'full', reducedMotion: false }).catch(failed), id: 'motion-full' },
      { label: t('access.motionReduced'), pressed: motionChoice(s) === 'reduced', set: () => void this.set({ motion: 'reduced', reducedMotion: true }).catch(failed), id: 'motion-reduced' },
    ]);
    row(t('settings.contrast'), [
      { label: t('settings.contrastNormal'), pressed: !s.highContrast, set: () => void this.set({ highContrast: false }).catch(failed), id: 'contrast-normal' },
      { label: t('settings.contrastHigh'), pressed: s.highContrast, set: () => void this.set({ highContrast: true }).catch(failed), id: 'contrast-high' },
    ]);
    if (projectorRow) {
      row(
        t('settings.projector'),
        (['auto', 'on', 'off'] as const).map((k) => ({
          label: t(`settings.projector${k === 'auto' ? 'Auto' : k === 'on' ? 'On' : 'Off'}`),
          pressed: (s.projector ?? 'auto') === k,
          set: () => void this.set({ projector: k }).catch(failed),
          id: `projector-${k}`,
        })),
      );
    }
    // the result card: plain words first (the theory one tap away), or the theory at once
    row(t('card.setting'), [
      { label: t('card.plainFirst'), pressed: s.audience !== 'student', set: () => void this.set({ audience: 'parent' }).catch(failed), id: 'explain-plain' },
      { label: t('card.theoryFirst'), pressed: s.audience === 'student', set: () => void this.set({ audience: 'student' }).catch(failed), id: 'explain-theory' },
    ]);
    nextColumn();
    row(t('settings.sound'), [
      { label: t('settings.soundOn'), pressed: !s.muted, set: () => void this.set({ muted: false }).catch(failed), id: 'sound-on' },
      { label: t('settings.soundOff'), pressed: s.muted, set: () => void this.set({ muted: true }).catch(failed), id: 'sound-off' },
    ]);
    const slider = (label: string, key: 'music' | 'sfx') => {
      this.text(x, y + (this.portrait ? 0 : rowH / 2), label, { bold: true, size: this.portrait ? size : fitSize(this, label, labelW - 10, size, true) }).setOrigin(0, this.portrait ? 0 : 0.5);
      const oy = this.portrait ? y + size * 1.5 : y;
      // (at least a full tap height: on a phone on its side rowH is 44, and 0.9 of it was too short)
      const rect = { x: ctrlX, y: oy, w: ctrlW, h: this.portrait ? rowH : Math.max(TAP, rowH * 0.9) };
      const g = markLive(this.add.graphics());
      const draw = (v: number) => {
        g.clear();
        g.fillStyle(p.line, 1);
        g.fillRoundedRect(rect.x, rect.y + rect.h / 2 - 4, rect.w, 8, 4);
        g.fillStyle(p.accent, 1);
        g.fillRoundedRect(rect.x, rect.y + rect.h / 2 - 4, Math.max(8, rect.w * v), 8, 4);
        g.fillStyle(0xffffff, 1);
        g.fillCircle(rect.x + rect.w * v, rect.y + rect.h / 2, rect.h * 0.28);
        g.lineStyle(3, shade(p.accent, 0.8), 1);
        g.strokeCircle(rect.x + rect.w * v, rect.y + rect.h / 2, rect.h * 0.28);
      };
      draw(s[key]);
      addRange({
        label,
        rect,
        min: 0,
        max: 1,
        step: 0.05,
        value: s[key],
        valueText: (v) => `${Math.round(v * 100)}%`,
        onInput: (v) => {
          draw(v);
          app.settings[key] = v;
          setVolumes(app.settings);
          void app.saveSettings({ [key]: v }).catch(failed);
        },
      });
      y += this.portrait ? rowH + size * 2 : rowH + (compact ? Math.max(6, room - rowH) : S * 0.7);
    };
    slider(t('settings.music'), 'music');
    slider(t('settings.effects'), 'sfx');
    // set-aside saves: restore, keep as a file, or delete (scenes/SavedGames)
    this.button({
      rect: { x, y, w: Math.min(w, Math.max(360, measureText(this, t('saves.list'), { size }).width + size * 1.2 + 24)), h: Math.max(TAP, rowH * 0.9) },
      label: t('saves.list'),
      id: 'saved-games',
      align: 'center',
      size,
      onClick: () => this.go('SavedGames', { back: this.from }),
    });
    y += Math.max(TAP, rowH) + S * 0.7;
    const keysY = y + S * 0.3;
    // the keys line is drawn where there is room for it (a phone at large text has none, and no
    // keyboard either); a screen reader hears it always
    const keysSize = fitBlock(this, t('settings.keys'), w, this.H - keysY - 6, S * 0.8, { min: 11 });
    // (not squeezed into what room is left: 11 px at the foot of a projector's page)
    const fits = keysSize >= S * 0.6 && keysY + measureText(this, t('settings.keys'), { size: keysSize, width: w }).height <= this.H - 4;
    if (fits) this.text(x, keysY, t('settings.keys'), { size: keysSize, color: p.inkSoft, width: w, say: true });
    else addNote(t('settings.keys'));
  }
}
