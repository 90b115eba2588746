// What a ui widget (the update banner, the read-aloud button) asks of the screen it draws on.
// scenes/base.ts's BaseScene gives all of it; ui names this shape instead of the scene, so that
// ui depends on no scene (docs/architecture.md: ui → model, services).
import type Phaser from 'phaser';
import type { Rect } from '../services/a11y';
import type { ButtonSpec, CanvasButton } from './button';
import type { TextOpts } from './theme';

export interface Screen extends Phaser.Scene {
  W: number;
  H: number;
  /** Body text size for this screen, with the player's text size setting. */
  S: number;
  /** Text on the canvas; `say` puts it in the accessible layer too. */
  text(x: number, y: number, s: string, o?: Partial<TextOpts> & { say?: boolean | 'h2' }): Phaser.GameObjects.Text;
  button(spec: Omit<ButtonSpec, 'size'> & { size?: number }, primary?: boolean): CanvasButton;
  panel(r: Rect, fill?: number): Phaser.GameObjects.Graphics;
  /** The screen's story or feedback text, for screen readers (and read aloud). */
  story(text: string): void;
}
