// A tiny boot: fonts, the accessible layer, then Phaser with one scene per file.
import Phaser from 'phaser';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-400-italic.css';
import '@fontsource/nunito/latin-700.css';
import { initA11y } from './services/a11y';
import { stillCanvas } from './ui/bake';
import { SCENES } from './scenes';
import { app } from './game/app';

const container = document.getElementById('game')!;
container.appendChild(stillCanvas());
initA11y(container);

export const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: container,
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: SCENES,
});

// for the browser tests and for trainers who want to look inside
(window as unknown as { bouwstenen: unknown }).bouwstenen = { game, app };
