// The game's two fonts, shipped with it (nothing loads from the internet). Declared from script,
// not by a stylesheet: a stylesheet in the page holds back the game's script until it has loaded,
// and the title does not wait for fonts (it is drawn again once they are in).
import atkinson400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import atkinson700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import atkinsonItalic from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-italic.woff2?url';
import nunito700 from '@fontsource/nunito/files/nunito-latin-700-normal.woff2?url';

const FACES: [family: string, url: string, weight: string, style: string][] = [
  ['Atkinson Hyperlegible', atkinson400, '400', 'normal'],
  ['Atkinson Hyperlegible', atkinson700, '700', 'normal'],
  ['Atkinson Hyperlegible', atkinsonItalic, '400', 'italic'],
  ['Nunito', nunito700, '700', 'normal'],
];

let faces: FontFace[] = [];

/** Make the fonts known to the page (nothing is fetched yet). */
export function declareFonts() {
  if (faces.length || typeof FontFace === 'undefined') return;
  faces = FACES.map(([family, url, weight, style]) => new FontFace(family, `url("${url}") format("woff2")`, { weight, style, display: 'swap' }));
  faces.forEach((f) => document.fonts.add(f));
}

/** Fetch and decode them; settles either way (a font that fails leaves the fallback). */
export function loadFonts(): Promise<unknown> {
  declareFonts();
  return Promise.allSettled(faces.map((f) => f.load()));
}
