// First start: "Hoe oud is je kind?" points a parent straight to the phase of their child's age;
// a student or trainer says so and sees the theory layer at once. Optional: the title works without.
import { app } from '../game/app';
import { ageRange, childName, t } from '../services/i18n';
import { BaseScene } from './base';
import { measureText } from '../ui/measure';
import { failed } from '../services/failure';

export class Welcome extends BaseScene {
  constructor() {
    super('Welcome');
  }

  title() {
    return t('welcome.title');
  }

  build() {
    const { W, H, S } = this;
    const hh = this.header(t('welcome.title'), { label: t('ui.back'), onClick: () => this.go('Title') });
    const w = Math.min(W - 32, 640);
    const x = (W - w) / 2;
    let y = hh + S;
    // no level could be loaded: say so in place of the ages, and what to do
    const missing = this.missingLevels();
    if (missing) {
      this.text(x, y, missing, { width: w, bold: true });
      this.story(missing);
      return;
    }
    const phases = app.phases();
    const options: { label: string; id: string; onClick: () => void }[] = [
      ...phases.map((level) => ({
        label: `${ageRange(level.ageMonths[0], level.ageMonths[1])} · ${childName(level.focus)}`,
        id: `age-${level.id}`,
        onClick: () =>
          void this.choose('parent')
            .then(() => app.begin(level.id, 'single'))
            .then(() => this.go('Scenario'))
            .catch(failed),
      })),
      {
        label: t('welcome.notYet'),
        id: 'age-start',
        onClick: () =>
          void this.choose('parent')
            .then(() => app.newStory())
            .then(() => this.go('Scenario'))
            .catch(failed),
      },
      // only while nobody has said who is playing: a parent who chose "Ik ben ouder" is not asked
      // again (back to the title, or Settings → Uitleg, switches to the theory)
      ...(app.settings.audience
        ? []
        : [
            {
              label: t('welcome.student'),
              id: 'audience-student',
              onClick: () =>
                void this.choose('student')
                  .then(() => this.go('Map'))
                  .catch(failed),
            },
          ]),
    ];
    // one column; two on a wide, short screen (a phone on its side, large text) where one does
    // not fit; where two do not fit either, the page grows and scrolls (src/ui/page.ts)
    const layout = (cols: number) => {
      const cw = cols === 1 ? w : Math.min(W - 32, 1000);
      const colW = (cw - (cols - 1) * 12) / cols;
      const bh = Math.max(44, S * 2.3, ...options.map((o) => this.measure(o.label, colW)));
      const introH = this.measureText(t('welcome.intro'), cw);
      return { cols, cw, colW, bh, introH, need: y + introH + S + Math.ceil(options.length / cols) * (bh + 6) };
    };
    let l = layout(1);
    // (by the window's height: on a page grown to hold one column, two would have fitted the window)
    if (l.need > this.viewH - S * 0.5 && !this.portrait && W >= 640) l = layout(2);
    const lx = (W - l.cw) / 2;
    this.text(lx, y, t('welcome.intro'), { width: l.cw });
    y += l.introH + S;
    const rows = Math.ceil(options.length / l.cols);
    const gap = Math.max(6, Math.min(S * 0.5, (H - y - S - rows * l.bh) / rows));
    options.forEach((o, i) => {
      const col = i % l.cols;
      const row = Math.floor(i / l.cols);
      this.button({ rect: { x: lx + col * (l.colW + 12), y: y + row * (l.bh + gap), w: l.colW, h: l.bh }, label: o.label, id: o.id, onClick: o.onClick });
    });
    this.story(t('welcome.intro'));
  }

  private measureText(text: string, width: number) {
    return measureText(this, text, { size: this.S, width }).height;
  }

  private choose(audience: 'parent' | 'student') {
    return app.saveSettings({ audience });
  }
}
