// The composition root: fonts, the accessible layer, the services, then Phaser with its scenes.
// Only this file knows both the session (src/game) and the scenes; neither imports the other's
// start-up.
import Phaser from 'phaser';
import { announce, initA11y } from './services/a11y';
import { t } from './services/i18n';
import { onFailure } from './services/failure';
import type { BaseScene } from './scenes/base';
import { declareFonts } from './services/fonts';
import { stillCanvas } from './ui/bake';
import { addScenes, START } from './scenes';
import { setArt } from './scenes/drawings';
import { startup } from './game/startup';
import { readLink } from './game/link';
import { opensWithLink } from './game/route';
import { ASSIGNMENT_META } from './trainer/assignment';
import { app } from './game/app';
import { measureText } from './ui/measure';
import { setLook, textStyle } from './ui/theme';
import { resetFontMetrics } from './ui/fontMetrics';
import { BUSY_LIMIT, slowWhenStill } from './ui/stillLoop';
import { followWindow, naturalHeight, setPageHeight } from './ui/page';

const container = document.getElementById('game')!;
// the page's height before Phaser reads it, and again before Phaser hears of a new window size
setPageHeight(naturalHeight());
window.addEventListener('resize', followWindow);
declareFonts();
container.appendChild(stillCanvas());
initA11y(container);
// a homework link opens with a loading bar and then its level; otherwise the title comes at once
// (an assignment, ?a=… or inside a SCORM package, opens the same way)
const link = readLink(location.search, document.querySelector<HTMLMetaElement>(`meta[name="${ASSIGNMENT_META}"]`)?.content ?? null);
const assigned = opensWithLink(link);

export const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: container,
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: container.clientWidth, height: container.clientHeight },
  audio: { noAudio: true },
  banner: false,
  // a limit, so that the loop can step less often while the screen is still (ui/stillLoop.ts)
  fps: { limit: BUSY_LIMIT },
  // (Boot only for a link: Phaser readies every scene it is given before the first one starts)
  scene: assigned ? [START.Boot, START.Title] : [START.Title],
});

slowWhenStill(game);

// everything on the canvas is also in the accessible layer
game.canvas.setAttribute('aria-hidden', 'true');

// the language and defaults now; fonts, saves, content, the drawings and the other scenes once
// the first screen is up
startup(link, () => [import('./scenes/art').then(setArt), import('./scenes/rest').then((m) => addScenes(game, m.REST))], { look: setLook, fontsLoaded: resetFontMetrics });

// a promise that failed with nobody waiting for it: logged, and the player is told calmly (not
// again within a minute: one failure often brings more); the game goes on
let toldAt = -Infinity;
function reportFailure(reason: unknown) {
  console.error('a promise failed:', reason);
  if (performance.now() - toldAt < 60_000) return;
  toldAt = performance.now();
  const scene = game.scene.getScenes(true).find((s): s is BaseScene => typeof (s as Partial<BaseScene>).toast === 'function');
  if (scene) scene.toast(t('notice.somethingFailed'));
  else announce(t('notice.somethingFailed'));
}
window.addEventListener('unhandledrejection', (e) => reportFailure(e.reason));
// `void p.catch(failed)` in the game says it the same way
onFailure(reportFailure);

// for the browser tests and for trainers who want to look inside (tests/browser/bridge.ts types
// window.bouwstenen from this)
const bridge = { game, app, measureText, textStyle };
export type Bridge = typeof bridge;
(window as unknown as { bouwstenen: Bridge }).bouwstenen = bridge;
