// A font's height, measured once per font. Phaser measures it for every Text it makes, with a
// fresh 2D context each time; a screen makes dozens. Measured exactly as Phaser's MeasureText
// does, so lines fall where they would.

interface FontMetrics {
  ascent: number;
  descent: number;
  fontSize: number;
}

// Phaser's TextStyle.testString
const TEST = '|MÉqgy';
const cache = new Map<string, FontMetrics>();
let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Forget what was measured: before a web font has loaded the browser draws with a fallback of
 * another height. Called when fonts finish loading (and by start-up once it has loaded them,
 * whichever comes first). (document.fonts.check per text would cost more than it saves.)
 */
export function resetFontMetrics() {
  cache.clear();
}
let listening = false;

/** A font's ascent and descent, as Phaser's MeasureText finds them. */
export function fontMetrics(font: string): FontMetrics | undefined {
  if (typeof document === 'undefined') return undefined;
  let m = cache.get(font);
  if (m) return m;
  if (!listening) {
    listening = true;
    document.fonts?.addEventListener('loadingdone', resetFontMetrics);
  }
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = font;
  const t = ctx.measureText(TEST);
  if (!('actualBoundingBoxAscent' in t)) return undefined;
  m = { ascent: t.actualBoundingBoxAscent, descent: t.actualBoundingBoxDescent, fontSize: t.actualBoundingBoxAscent + t.actualBoundingBoxDescent };
  cache.set(font, m);
  return m;
}
