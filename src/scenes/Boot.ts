// Boot and preload: fonts, saves, settings and content, with a progress bar.
import Phaser from 'phaser';
import { app } from '../game/app';
import { defaultSettings } from '../game/saves';
import { announce, resetA11y } from '../services/a11y';
import { loadGameContent, localeContent } from '../services/content';
import { detectLang, setLang, setLocales, t } from '../services/i18n';
import { initStore } from '../services/store';
import { setLook, palette } from '../ui/theme';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create() {
    const W = this.scale.width;
    const H = this.scale.height;
    const p = palette();
    setLocales(localeContent.locales);
    const params = new URLSearchParams(location.search);
    const urlLang = params.get('lang');
    const lang = urlLang === 'nl' || urlLang === 'en' ? urlLang : detectLang(navigator.languages ?? [navigator.language]);
    setLang(lang);
    resetA11y(t('ui.loading'));
    const bw = Math.min(420, W * 0.7);
    const bar = this.add.graphics();
    const label = this.add.text(W / 2, H / 2 - 40, t('game.title'), { fontFamily: 'Nunito, sans-serif', fontSize: '32px', fontStyle: 'bold', color: '#33313d' }).setOrigin(0.5);
    const draw = (k: number) => {
      bar.clear();
      bar.fillStyle(p.line, 1);
      bar.fillRoundedRect((W - bw) / 2, H / 2, bw, 14, 7);
      bar.fillStyle(p.accent, 1);
      bar.fillRoundedRect((W - bw) / 2, H / 2, Math.max(14, bw * k), 14, 7);
    };
    draw(0);
    const steps: (() => Promise<unknown>)[] = [
      () => Promise.all([document.fonts.load('16px "Atkinson Hyperlegible"'), document.fonts.load('bold 16px "Atkinson Hyperlegible"'), document.fonts.load('bold 16px Nunito')]),
      () => initStore(),
      async () => {
        await app.loadSettings(defaultSettings(lang, matchMedia('(prefers-reduced-motion: reduce)').matches));
        if (urlLang === 'nl' || urlLang === 'en') app.settings.lang = urlLang;
        setLang(app.settings.lang);
        setLook(app.settings);
      },
      async () => {
        app.content = await loadGameContent();
      },
      () => app.loadProfiles(t('ui.defaultPlayer')),
    ];
    (async () => {
      for (let i = 0; i < steps.length; i++) {
        await steps[i]();
        draw((i + 1) / steps.length);
      }
      label.destroy();
      const assigned = params.get('level');
      if (assigned && app.level(assigned)) {
        app.assigned = assigned;
        if (app.inPlay?.level !== assigned) await app.begin(assigned, 'single');
        this.scene.start(app.inPlay!.step === 'debrief' ? 'Debrief' : 'Scenario');
      } else {
        if (assigned) announce(t('notice.unknownLevel', { id: assigned }));
        this.scene.start('Title');
      }
    })().catch((e) => {
      console.error(e);
      label.setText(t('notice.bootFailed'));
    });
  }
}
