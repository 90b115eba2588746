// A tiny boot: fonts, the accessible layer, then Phaser with one scene per file.
import Phaser from 'phaser';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-400-italic.css';
import '@fontsource/nunito/latin-700.css';
import { initA11y } from './services/a11y';
import { stillCanvas } from './ui/bake';
import { Boot, Title } from './scenes';
import { startup } from './game/startup';
import { app } from './game/app';

const container = document.getElementById('game')!;
container.appendChild(stillCanvas());
initA11y(container);
// a homework link opens with a loading bar and then its level; otherwise the title comes at once
const params = new URLSearchParams(location.search);
// (an assignment, ?a=… or inside a SCORM package, opens the same way)
const assigned = params.get('level') ?? params.get('a') ?? document.querySelector('meta[name="bouwstenen-assignment"]');

export const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: container,
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: assigned ? [Boot, Title] : [Title, Boot],
});

// everything on the canvas is also in the accessible layer
game.canvas.setAttribute('aria-hidden', 'true');

// the language and defaults now; fonts, saves, content and the other scenes once the first screen is up
startup(game);

// for the browser tests and for trainers who want to look inside
(window as unknown as { bouwstenen: unknown }).bouwstenen = { game, app };
