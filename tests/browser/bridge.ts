// The one typed way into the game from a test: `window.bouwstenen`, which src/main.ts puts there.
// Its type comes from the source (a type import only: nothing of src runs in the test process);
// inside `page.evaluate(() => window.bouwstenen.app…)` it is checked like any other code.
import type { Frame, Page } from '@playwright/test';
import type { Bridge } from '../../src/main';

declare global {
  interface Window {
    /** The game, the session and two text helpers (src/main.ts); absent on pages that are not the game. */
    bouwstenen: Bridge;
  }
}

export type { Bridge };

/** The session (src/game/app.ts) as the page holds it. */
export type GameApp = Bridge['app'];

/**
 * Run `f` in the page with the session and return what it returns. `f` is sent as its source text:
 * it may use its argument and the page's globals, nothing of the test around it.
 */
export const withApp = <T>(page: Page | Frame, f: (app: GameApp) => T | Promise<T>) => page.evaluate(`(${f.toString()})(window.bouwstenen.app)`) as Promise<Awaited<T>>;
