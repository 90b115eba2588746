// The level map: the five age phases as a path, then the two repair stories. Every level is open
// (a parent goes straight to their child's age); the recommended next one is marked, and a played
// one shows the outcome for its focus block.
import type { LevelT } from '../content/schema';
import { app } from '../game/app';
import { ageRange, childName, t, tx } from '../services/i18n';
import { CHILD_COLOURS, palette, shade } from '../ui/theme';
import { fitBlock } from '../ui/fit';
import { BaseScene } from './base';
import { bottomBanner } from '../ui/banner';
import { measureText } from '../ui/measure';
import { failed } from '../services/failure';

export class LevelMap extends BaseScene {
  constructor() {
    super('Map');
  }

  title() {
    return t('ui.levels');
  }

  build() {
    const { W, S } = this;
    const H = this.H - bottomBanner(this, 'map', app.isReady);
    const p = palette();
    const hh = this.header(t('ui.levels'), { label: t('ui.back'), onClick: () => this.go('Title') });
    // no level could be loaded: an empty map would leave the player guessing
    const missing = this.missingLevels('any');
    if (missing) {
      this.text(16, hh + 24, missing, { width: Math.min(W - 32, 720), bold: true });
      this.story(missing);
      return;
    }
    const phases = app.phases();
    const repairs = app.content.levels.filter((l) => l.kind === 'repair');
    const m = 16;
    const portrait = this.portrait;
    const rows: LevelT[][] = portrait ? [...phases.map((l) => [l]), ...repairs.map((l) => [l])] : [phases, repairs];
    const labelH = S * 1.6;
    // a section's heading takes two lines where the screen is narrow
    const headingH = (text: string) => Math.max(labelH, measureText(this, text, { head: true, bold: true, size: S * 0.95, width: W - 2 * m }).height + S * 0.4);
    const availH = H - hh - m * 2 - headingH(t('ui.phases')) - headingH(t('ui.repairStories'));
    // (cards no lower than a title and a status need: on a short screen the page grows and scrolls instead)
    const rowH = Math.max(S * 3.2, portrait ? Math.min(S * 4.2, availH / rows.length - 8) : Math.min(availH / 2 - m, S * 9));
    let y = hh + m;
    const g = this.add.graphics();
    const headingAt = (text: string) => {
      this.text(m, y, text, { head: true, bold: true, color: p.inkSoft, size: S * 0.95, width: W - 2 * m, say: 'h2' });
      y += headingH(text);
    };
    const drawRow = (row: LevelT[], heading?: string) => {
      if (heading) headingAt(heading);
      const n = row.length;
      const cw = portrait ? W - 2 * m : Math.min((W - m * (n + 1)) / Math.max(n, 3), 340);
      row.forEach((level, i) => {
        const x = m + i * (cw + m);
        if (!portrait && i > 0) {
          g.lineStyle(4, shade(p.line, 0.9), 1);
          g.lineBetween(x - m, y + rowH / 2, x, y + rowH / 2);
        }
        this.levelCard(level, { x, y, w: cw, h: rowH });
      });
      y += rowH + (portrait ? 8 : m);
    };
    if (portrait) {
      headingAt(t('ui.phases'));
      phases.forEach((l) => drawRow([l]));
      headingAt(t('ui.repairStories'));
      repairs.forEach((l) => drawRow([l]));
    } else {
      drawRow(phases, t('ui.phases'));
      drawRow(repairs, t('ui.repairStories'));
    }
  }

  private levelCard(level: LevelT, r: { x: number; y: number; w: number; h: number }) {
    const p = palette();
    const state = app.mapState(level);
    const rec = app.progress.levels[level.id];
    const col = CHILD_COLOURS[level.focus];
    const g = this.add.graphics();
    g.fillStyle(shade(col, 1.7), 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, 16);
    g.fillStyle(col, 1);
    g.fillRoundedRect(r.x, r.y, 10, r.h, { tl: 16, bl: 16, tr: 0, br: 0 });
    g.lineStyle(state === 'done' ? 3 : 1.5, shade(col, 0.6), 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, 16);
    const ages = ageRange(level.ageMonths[0], level.ageMonths[1]);
    let status: string;
    if (state === 'done') status = t('map.done', { block: childName(level.focus), status: t(`status.short.${rec?.focusStatus ?? 'growing'}`) });
    else status = level.id === app.progress.story.next ? t('map.storyNext') : level.id === app.recommended() ? t('map.recommended') : t('map.open');
    const inPlay = app.progress.inPlay?.level === level.id && app.progress.inPlay.step !== 'debrief';
    if (inPlay) status = t('map.inPlay');
    const label = `${tx(level.title)}`;
    const S = this.S;
    const compact = r.h < S * 5;
    // the status at the bottom, the title in the room above it: both shrink rather than overlap or break a word
    const tw = r.w - 34;
    const stSize = fitBlock(this, status, tw, r.h * 0.4, S * 0.85, { bold: state !== 'open' });
    const st = this.text(r.x + 22, r.y + r.h - 8, status, { size: stSize, bold: state !== 'open', width: tw, color: state === 'done' && rec?.focusStatus === 'cracked' ? p.crack : p.ink });
    st.setOrigin(0, 1);
    const headSize = fitBlock(this, label, tw, r.h - 10 - 8 - st.height - 4, S * (compact ? 0.95 : 1.05), { bold: true, head: true });
    const head = this.text(r.x + 22, r.y + 10, label, { head: true, bold: true, size: headSize, width: tw, color: p.ink });
    // the ages only where they fit between the title and the status
    const ag = this.text(r.x + 22, head.y + head.height + 4, ages, { size: S * 0.8, color: p.inkSoft, width: r.w - 34 });
    if (compact || ag.y + ag.height > st.y - st.height - 2) ag.destroy();
    this.button({
      rect: r,
      label: `${label}. ${status}`,
      id: `level-${level.id}`,
      invisible: true,
      description: ages,
      onClick: () => {
        if (inPlay) this.go('Scenario');
        else
          void app
            .begin(level.id, app.modeFor(level.id))
            .then(() => this.go('Scenario'))
            .catch(failed);
      },
    });
  }
}
