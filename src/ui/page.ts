// How tall the game is laid out. Normally the window's height; in a small window (browser zoom at
// 200-400%, a very small phone) never less than a small phone's, and on a screen whose controls
// need more room than that, as tall as they need: the page then scrolls up and down to them (WCAG
// 1.4.10 reflow), rather than squeezing controls onto each other or off the screen. Never wider
// than the window: nothing scrolls sideways.

/** The least height a screen is laid out at: a small phone upright when narrow, on its side when wide. */
export const MIN_TALL = 560;
export const MIN_WIDE = 360;
/** Narrower than this, a screen is laid out upright (at least MIN_TALL high). */
const NARROW = 600;

let shown = 0;
let width = 0;

const game = () => document.getElementById('game');

/** The height a screen starts from at this window size. */
export function naturalHeight(): number {
  return Math.max(window.innerHeight, window.innerWidth < NARROW ? MIN_TALL : MIN_WIDE);
}

/** Lay the game out this many CSS px high (the window's height or more; more scrolls). */
export function setPageHeight(h: number) {
  const el = game();
  if (!el) return;
  const tall = h > window.innerHeight + 0.5;
  shown = tall ? Math.ceil(h) : 0;
  width = window.innerWidth;
  document.documentElement.classList.toggle('tall', tall);
  el.style.height = tall ? `${shown}px` : '';
}

/** The page is taller than the window. */
const pageScrolls = () => shown > 0;

/** Back to the height a new screen starts from; true when that changed the page. */
export function resetPageHeight(): boolean {
  const before = shown;
  setPageHeight(naturalHeight());
  return shown !== before;
}

/**
 * The window changed size: a new width lays every screen out anew; a new height alone (a phone's
 * address bar hiding while the page scrolls) keeps a page grown for its controls.
 */
export function followWindow() {
  if (window.innerWidth !== width || !shown) setPageHeight(naturalHeight());
  else setPageHeight(Math.max(shown, naturalHeight()));
}

/** The part of the page in view, in the game's coordinates (for a message that must be seen). */
export function inView(): { top: number; bottom: number } {
  const top = pageScrolls() ? window.scrollY : 0;
  return { top, bottom: top + window.innerHeight };
}
