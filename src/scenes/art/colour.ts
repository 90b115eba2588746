// The backdrops' colours: the shared warm palette, mixing, the time of day's grading of a
// colour (evening warmer, night dim blue) and high contrast's push away from mid-tones.
import type { TimeOfDay } from './backdrops';

const clamp8 = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
const rgb = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const hex = (r: number, g: number, b: number): number => (clamp8(r) << 16) | (clamp8(g) << 8) | clamp8(b);

/** Linear mix of two 0xRRGGBB colours. */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return hex(ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t);
}
export const lighten = (c: number, t: number): number => mix(c, 0xfffaf0, t);
export const darken = (c: number, t: number): number => mix(c, 0x3a2a22, t);

/** The shared palette. Muted and warm; nothing fully saturated. */
export const PAL = {
  cream: 0xf6ead8,
  paper: 0xfbf5ea,
  white: 0xfdf9f2,
  peach: 0xf0c6aa,
  peachSoft: 0xf5dccb,
  apricot: 0xe8ad88,
  terracotta: 0xcf8a6e,
  rose: 0xe4b1a8,
  sage: 0xa8bd97,
  sageLight: 0xd2dec3,
  sageDark: 0x7d9772,
  blue: 0x9ab3c6,
  blueLight: 0xcddbe4,
  blueDark: 0x6f8ca4,
  woodLight: 0xdcb892,
  wood: 0xbd9068,
  woodDark: 0x8c6548,
  butter: 0xf1dd9f,
  mustard: 0xdfb35f,
  stone: 0xd3c8ba,
  stoneDark: 0xa99c8d,
  ink: 0x4a3b33,
} as const;

export function grade(c: number, time: TimeOfDay): number {
  if (time === 'day') return c;
  const [r, g, b] = rgb(c);
  if (time === 'evening') return mix(hex(r, g * 0.92, b * 0.84), 0xe39a6c, 0.1);
  return mix(hex(r * 0.42, g * 0.46, b * 0.62), 0x1b2440, 0.28);
}

/** High contrast: push channels away from the middle (fewer mid-tones). */
export function contrast(c: number): number {
  const [r, g, b] = rgb(c);
  const k = 1.35;
  return hex((r - 128) * k + 134, (g - 128) * k + 134, (b - 128) * k + 134);
}
