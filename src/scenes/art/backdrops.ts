/**
 * Backdrops for Bouwstenen, drawn entirely in code with one Phaser Graphics object.
 *
 * Style: a calm, flat picture-book look. A muted warm palette (cream, soft peach,
 * sage, dusty blue, warm woods), rounded shapes, a few props per place. The time of
 * day grades every prop colour (evening: warmer and a little darker; night: dim
 * blue) while light sources (sky, moon, lamps, lit windows) keep their own colours.
 * The lower third of the rectangle is kept quiet and is softened at the end, because
 * a text card sits over it.
 *
 * Everything is laid out relative to the rectangle: `u` is one "prop unit" that is
 * the same horizontally and vertically, so circles never stretch.
 *
 * This file picks the place; the drawing is split by what it draws: colour.ts (palette, the
 * time of day's grading), brush.ts (the Brush and the layout), light.ts (sky, sun, moon, hills,
 * lamp light), rooms.ts (walls, floors, windows and what rooms share), indoors.ts and
 * outdoors.ts (the places), props.ts (what the figures sit in; stage.ts draws the figures,
 * figures.ts the people). tests/game/art.test.ts holds every picture to its frozen hash.
 */
import { Brush, framed, layout, type Lay } from './brush';
import { bath, bedroom, daycare, doctor, kitchen, living, nursery } from './indoors';
import { car, garden, playground, shop, street } from './outdoors';
import type Phaser from 'phaser';

export type Place = 'nursery' | 'bedroom' | 'kitchen' | 'living' | 'bath' | 'garden' | 'playground' | 'street' | 'car' | 'shop' | 'daycare' | 'doctor';
export type TimeOfDay = 'day' | 'evening' | 'night';

export const PLACES: readonly Place[] = ['nursery', 'bedroom', 'kitchen', 'living', 'bath', 'garden', 'playground', 'street', 'car', 'shop', 'daycare', 'doctor'];
export const TIMES: readonly TimeOfDay[] = ['day', 'evening', 'night'];

const DRAW: Record<Place, (b: Brush, L: Lay) => void> = {
  nursery,
  bedroom,
  kitchen,
  living,
  bath,
  garden,
  playground,
  street,
  car,
  shop,
  daycare,
  doctor,
};

/** Draw a full backdrop of the place into g, filling the rectangle (x, y, w, h). Clears nothing; the caller gives a fresh Graphics. */
export function drawBackdrop(g: Phaser.GameObjects.Graphics, place: Place, time: TimeOfDay, x: number, y: number, w: number, h: number, opts?: { highContrast?: boolean }): void {
  if (w <= 0 || h <= 0) return;
  const V = framed(x, y, w, h);
  const L = layout(V.x, V.y, V.w, V.h, time);
  const b = new Brush(g, time, opts?.highContrast === true, L.u, { x, y, w, h });
  (DRAW[place] ?? DRAW.living)(b, L);
}
