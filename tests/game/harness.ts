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

/** Play the level in play to its end with the first response each time, and finish it. */
export async function playThrough(app: Awaited<ReturnType<typeof boot>>['app']) {
  const level = app.playingLevel();
  while (app.run().choices.length < level.scenarios.length) await app.choose(0);
  await app.finish();
}
