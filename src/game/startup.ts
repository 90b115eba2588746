// Start-up, before the first scene: the language at once, then fonts, saves, content and
// drawings side by side. The title does not wait for them; everything that needs them does
// (app.ready).
import type Phaser from 'phaser';
import { app } from './app';
import { defaultSettings } from './defaults';
import { loadGameContent, locales } from '../services/content';
import { detectLang, setLang, setLocales, t } from '../services/i18n';
import { initStore } from '../services/store';
import { loadInstallHint, registerOffline, watchInstallPrompt } from '../services/offline';
import { setLook } from '../ui/theme';

const FONTS = ['16px "Atkinson Hyperlegible"', 'bold 16px "Atkinson Hyperlegible"', 'italic 16px "Atkinson Hyperlegible"', 'bold 16px Nunito'];

let started = false;
let theGame: Phaser.Game | undefined;
let settle: () => void = () => {};
let fail: (e: unknown) => void = () => {};

/** The language and default settings, at once; `app.ready` settles once `loadAll` has run. */
export function startup(game: Phaser.Game) {
  theGame = game;
  app.ready = new Promise<void>((ok, no) => {
    settle = ok;
    fail = no;
  });
  setLocales(locales);
  const params = new URLSearchParams(location.search);
  const urlLang = params.get('lang');
  const lang = urlLang === 'nl' || urlLang === 'en' ? urlLang : detectLang(navigator.languages ?? [navigator.language]);
  setLang(lang);
  app.settings = defaultSettings(lang, matchMedia('(prefers-reduced-motion: reduce)').matches);
  setLook(app.settings);
  watchInstallPrompt();
}

/**
 * Fonts, saves, content and drawings, side by side. Called once the first screen is up, so
 * that loading them does not hold it back (or at once for a homework link).
 */
export function loadAll() {
  if (started) return;
  started = true;
  const urlLang = new URLSearchParams(location.search).get('lang');
  const parts: Promise<unknown>[] = [
    Promise.all(FONTS.map((f) => document.fonts.load(f))),
    (async () => {
      await initStore();
      await Promise.all([app.loadSettings(app.settings), loadInstallHint()]);
      if (urlLang === 'nl' || urlLang === 'en') app.settings.lang = urlLang;
      setLang(app.settings.lang);
      setLook(app.settings);
    })(),
    loadGameContent().then(async (c) => {
      app.content = c;
      // a trainer's edit that broke a level file: say which file, item and field
      if (c.errors.length) {
        const { formatError } = await import('../content/load');
        app.notices.push(t('notice.contentErrors', { n: c.errors.length, first: formatError(c.errors[0]) }));
      }
    }),
    import('../scenes/art').then((m) => (app.art = m)),
    import('../scenes/rest').then((m) => m.REST.forEach((S) => theGame!.scene.add('', new S()))),
  ];
  Promise.all(parts)
    .then(() => app.loadProfiles(t('ui.defaultPlayer')))
    .then(() => {
      app.isReady = true;
      settle();
      // offline support last: the service worker downloads the whole game once, in the background
      void registerOffline();
    }, fail);
}
