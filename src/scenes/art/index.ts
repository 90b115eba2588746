// The drawings load after the title is on screen; the scenario scene only runs once they are in.
export { drawBackdrop } from './backdrops';
export { drawFigures } from './stage';
