// A game's save layer in Node: the real App and store over a Map that stands for IndexedDB. Each
// boot is a fresh copy of the modules, so two boots over one Map behave as two tabs.
import { vi } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { defaultSettings } from '../../src/game/defaults';

export const CONTENT = loadFromDisk();

export async function boot(map: Map<string, unknown>, opts: { content?: typeof CONTENT } = {}) {
  vi.resetModules();
  const store = await import('../../src/services/store');
  const { App } = await import('../../src/game/app');
  await store.initStore({ backend: store.memoryBackend(map) });
  const app = new App();
  app.content = opts.content ?? CONTENT;
  await app.loadSettings(defaultSettings('nl', false));
  await app.loadProfiles('Speler 1');
  return { app, store };
}

/** Keys of the stored set-aside saves. */
export const asideKeys = (map: Map<string, unknown>) => [...map.keys()].filter((k) => k.startsWith('set-aside:')).sort();

type TheApp = Awaited<ReturnType<typeof boot>>['app'];

/** Answer the current beat with the first response shown, from whatever step the level is at. */
export async function answer(app: TheApp) {
  const step = app.progress.inPlay!.step;
  if (step === 'intro') await app.setStep('situation');
  if (step === 'result') await app.next();
  const view = app.view!;
  if (!view.next) return;
  await app.choose(view.shown[0].id);
}

/** Play the level in play to its debrief with the first response shown each time. */
export async function playThrough(app: TheApp) {
  for (let i = 0; i < 100 && app.progress.inPlay!.step !== 'debrief'; i++) {
    if (app.progress.inPlay!.step === 'result') await app.next();
    else await answer(app);
  }
}

/**
 * The game's own singletons (app and the assignment player) over a Map: one computer's browser,
 * or one tab. Each call is a fresh page load. `document` is stubbed for the language switch.
 */
export async function bootPage(map: Map<string, unknown>) {
  vi.resetModules();
  vi.stubGlobal('document', { documentElement: { lang: 'nl' } });
  // a page with no learning platform around it (the tests hand one in where they play one)
  vi.stubGlobal('window', { addEventListener: () => {}, parent: null, opener: null });
  const store = await import('../../src/services/store');
  const { app } = await import('../../src/game/app');
  const play = await import('../../src/game/assignment');
  const scorm = await import('../../src/trainer/scorm');
  const resume = await import('../../src/game/resume');
  await store.initStore({ backend: store.memoryBackend(map) });
  app.content = CONTENT;
  await app.loadSettings(defaultSettings('nl', false));
  await app.loadProfiles('Speler 1');
  app.isReady = true;
  return { app, store, assignmentPlay: play.assignmentPlay, decodeSuspend: resume.decodeResume, ScormSession: scorm.ScormSession };
}
