// Colours, fonts and text sizes in one place. High contrast swaps the palette; the text size
// setting scales every style. Every text colour here reaches 4.5:1 on the fills it is drawn on
// (WCAG AA; tests/browser/access.spec.ts measures the canvas pixels): the accent 0xa34a2b is 5.9:1
// under white, 4.8:1 on a button, 5.8:1 on a card (the earlier 0xc8694a was 3.05-3.77:1).
import type { ChildId, CaregiverId } from '../model';
import { fontMetrics } from './fontMetrics';

const FONT_BODY = '"Atkinson Hyperlegible", "DejaVu Sans", sans-serif';
const FONT_HEAD = 'Nunito, "Atkinson Hyperlegible", "DejaVu Sans", sans-serif';

interface Palette {
  bg: number;
  panel: number;
  card: number;
  ink: number;
  inkSoft: number;
  line: number;
  accent: number;
  accentInk: number;
  button: number;
  buttonInk: number;
  crack: number;
  locked: number;
  shade: number;
}

const warm: Palette = {
  bg: 0xf6efe4,
  panel: 0xfbf7f0,
  card: 0xfffdf8,
  ink: 0x33313d,
  inkSoft: 0x5f5968,
  line: 0xd9cdbb,
  accent: 0xa34a2b,
  accentInk: 0xffffff,
  button: 0xf1e6d6,
  buttonInk: 0x33313d,
  crack: 0x8e2f25,
  locked: 0xb9b1a5,
  shade: 0x2c2a33,
};
const contrast: Palette = {
  bg: 0xffffff,
  panel: 0xffffff,
  card: 0xffffff,
  ink: 0x000000,
  inkSoft: 0x1a1a1a,
  line: 0x000000,
  accent: 0x8a2a00,
  accentInk: 0xffffff,
  button: 0xffffff,
  buttonInk: 0x000000,
  crack: 0x8a0000,
  locked: 0x444444,
  shade: 0x000000,
};

export const CHILD_COLOURS: Record<ChildId, number> = {
  safety: 0xe0896a,
  trust: 0xe6b653,
  confidence: 0x86b58a,
  autonomy: 0x76a0c8,
  creativity: 0xa48cc4,
};
export const CAREGIVER_COLOURS: Record<CaregiverId, number> = {
  caring: 0xe0896a,
  giving: 0xe6b653,
  supporting: 0x86b58a,
  firmness: 0x76a0c8,
  trusting: 0xa48cc4,
};

let highContrast = false;
let textScale = 1;
/** Projector mode: 'auto' (the default) turns it on for a screen at least PROJECTOR_W wide. */
let projector: ProjectorMode = 'auto';
type ProjectorMode = 'auto' | 'on' | 'off';
/** From this width (CSS px) a screen is taken to be a projector or a large display (a class reads it from afar). */
const PROJECTOR_W = 1600;

export function setLook(o: { highContrast: boolean; textScale: number; projector?: ProjectorMode }) {
  highContrast = o.highContrast;
  textScale = o.textScale;
  projector = o.projector ?? 'auto';
}

/** Projector mode on a screen this wide: larger text, wider towers, labels read from the back of a room. */
export const isProjector = (w: number) => projector === 'on' || (projector === 'auto' && w >= PROJECTOR_W);

export const palette = (): Palette => (highContrast ? contrast : warm);
export const isHighContrast = () => highContrast;
export const getTextScale = () => textScale;

/** The smallest tap target, in CSS px, on every side (WCAG 2.5.5's 44, not just 2.5.8's 24). */
export const TAP = 44;

export const css = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** Darken (f < 1) or lighten (f > 1) a colour. */
export function shade(c: number, f: number): number {
  const ch = (s: number) => {
    const v = (c >> s) & 0xff;
    const out = f < 1 ? v * f : v + (255 - v) * (f - 1);
    return Math.max(0, Math.min(255, Math.round(out))) << s;
  };
  return ch(16) | ch(8) | ch(0);
}

/**
 * A base font size for a screen of this size, before the player's text size setting. A projector
 * grows with the screen (32 px at 1920x1080, what slides use), where a desktop stops at 24.
 */
export function baseSize(w: number, h: number): number {
  if (isProjector(w)) return Math.max(15, Math.min(44, w / 48, h / 33));
  const s = Math.min(w / 48, h / 34);
  return Math.max(15, Math.min(24, s));
}

/**
 * The smallest a tower's labels get (names, status, red letters) at this body size: a quarter
 * below the body text on a projector (24 px at 1920x1080), else 11 px times the text size setting,
 * so 150% enlarges them too.
 */
export function towerLabelMin(size: number, w: number): number {
  return isProjector(w) ? size * 0.75 : 11 * textScale;
}

export interface TextOpts {
  size: number;
  color?: number;
  bold?: boolean;
  head?: boolean;
  width?: number;
  align?: 'left' | 'center' | 'right';
  italic?: boolean;
}

export function textStyle(o: TextOpts) {
  const fontFamily = o.head ? FONT_HEAD : FONT_BODY;
  const fontSize = `${Math.round(o.size)}px`;
  const fontStyle = [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].filter(Boolean).join(' ') || 'normal';
  return {
    fontFamily,
    fontSize,
    fontStyle,
    // measured once per font, not once per text (ui/measure.ts)
    metrics: fontMetrics(`${fontStyle} ${fontSize} ${fontFamily}`),
    color: css(o.color ?? palette().ink),
    align: o.align ?? 'left',
    // never narrower than a wide letter: Phaser throws ("wordWrapWidth < a single character") and
    // the game freezes when a layout at a tiny size (320x240, browser zoom) leaves no room
    wordWrap: o.width ? { width: Math.max(o.width, Math.ceil(o.size * 1.6)), useAdvancedWrap: true } : undefined,
    lineSpacing: Math.round(o.size * 0.25),
    resolution: Math.min(2, window.devicePixelRatio || 1),
  };
}
