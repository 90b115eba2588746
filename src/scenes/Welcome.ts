// First start: "Hoe oud is je kind?" points a parent straight to the phase of their child's age;
// a student or trainer says so and sees the theory layer at once. Optional: the title works without.
import { app } from '../game/app';
import { ageLabel, childName, t } from '../services/i18n';
import { BaseScene } from './base';

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
    const intro = this.text(x, y, t('welcome.intro'), { width: w });
    y += intro.height + S;
    const phases = app.phases();
    const bh = Math.max(44, S * 2.3);
    const rows = phases.length + 2;
    const gap = Math.max(6, Math.min(S * 0.5, (H - y - S - rows * bh) / rows));
    phases.forEach((level) => {
      const ages = `${ageLabel(level.ageMonths[0])} – ${ageLabel(level.ageMonths[1])}`;
      this.button({
        rect: { x, y, w, h: bh }, label: `${ages} · ${childName(level.focus)}`, id: `age-${level.id}`,
        onClick: () => void this.choose('parent').then(() => app.begin(level.id, 'single')).then(() => this.go('Scenario')),
      });
      y += bh + gap;
    });
    this.button({ rect: { x, y, w, h: bh }, label: t('welcome.notYet'), id: 'age-start', onClick: () => void this.choose('parent').then(() => app.newStory()).then(() => this.go('Scenario')) });
    y += bh + gap;
    this.button({ rect: { x, y, w, h: bh }, label: t('welcome.student'), id: 'audience-student', onClick: () => void this.choose('student').then(() => this.go('Map')) });
    this.story(t('welcome.intro'));
  }

  private choose(audience: 'parent' | 'student') {
    return app.saveSettings({ audience });
  }
}
