// Start-up, before the first scene: the language at once, then fonts, saves, content and
// drawings side by side. The title does not wait for them; everything that needs them does
// (app.ready). It knows no scene: the composition root (main.ts) hands it what to load besides.
import { app } from './app';
import { readLink, type Link } from './link';
import { defaultSettings } from './defaults';
import { loadGameContent, locales } from '../services/content';
import { detectLang, setLang, setLocales, t } from '../services/i18n';
import { initStore } from '../services/store';
import { loadInstallHint, registerOffline, watchInstallPrompt } from '../services/offline';
import { loadFonts } from '../services/fonts';
import { motionChoice, reducesMotion, watchSystemMotion } from '../services/motion';
import { failed } from '../services/failure';

let started = false;
/** What main.ts loads beside the saves and content: the drawings, the scenes past the title. */
let extras: () => Promise<unknown>[] = () => [];
/** What the drawing side does when the look changes or the fonts are in (main.ts hands it ui's). */
interface StartupHooks {
  /** The colours and text size follow the settings. */
  look(o: { highContrast: boolean; textScale: number }): void;
  /** Web fonts are in: text measured with a fallback font is measured again. */
  fontsLoaded(): void;
}
let hooks: StartupHooks = { look: () => {}, fontsLoaded: () => {} };
let settle: () => void = () => {};
let fail: (e: unknown) => void = () => {};

/** The link, the language and default settings, at once; `app.ready` settles once `loadAll` has run. */
export function startup(link: Link = readLink(location.search), more: typeof extras = () => [], drawing: StartupHooks = hooks) {
  extras = more;
  hooks = drawing;
  app.link = link;
  app.ready = new Promise<void>((ok, no) => {
    settle = ok;
    fail = no;
  });
  setLocales(locales);
  const lang = link.lang ?? detectLang(navigator.languages ?? [navigator.language]);
  setLang(lang);
  app.settings = defaultSettings(lang, matchMedia('(prefers-reduced-motion: reduce)').matches);
  hooks.look(app.settings);
  watchInstallPrompt();
}

/**
 * Fonts, saves, content and drawings, side by side. Called once the first screen is up, so
 * that loading them does not hold it back (or at once for a homework link).
 */
export function loadAll() {
  if (started) return;
  started = true;
  const urlLang = app.link.lang;
  const parts: Promise<unknown>[] = [
    loadFonts().then(() => hooks.fontsLoaded()),
    (async () => {
      await initStore();
      await Promise.all([app.loadSettings(app.settings), loadInstallHint()]);
      // the system's reduced-motion setting applies unless the player chose otherwise
      app.settings.motion = motionChoice(app.settings);
      app.settings.reducedMotion = reducesMotion(app.settings.motion);
      watchSystemMotion(() => {
        if (app.settings.motion === 'system') app.settings.reducedMotion = reducesMotion('system');
      });
      if (urlLang) app.settings = { ...app.settings, lang: urlLang };
      setLang(app.settings.lang);
      hooks.look(app.settings);
    })(),
    loadGameContent().then(async (c) => {
      app.content = c;
      // a trainer's edit that broke a level file: say which file, item and field
      if (c.errors.length) {
        const { formatError } = await import('../content/load');
        app.contentProblem = formatError(c.errors[0]);
        app.notices.push(t('notice.contentErrors', { n: c.errors.length, first: formatError(c.errors[0]) }));
      }
    }),
    ...extras(),
  ];
  Promise.all(parts)
    .then(() => app.loadProfiles(t('ui.defaultPlayer')))
    .then(() => {
      app.isReady = true;
      settle();
      // offline support last: the service worker downloads the whole game once, in the background
      void registerOffline().catch(failed);
    }, fail);
}
