// A button drawn on the canvas with its real DOM button laid over it (see services/a11y). Its
// face is static (baked with the scene's other still shapes); hover and focus light a small overlay.
import Phaser from 'phaser';
import { addButton, type Rect } from '../services/a11y';
import { play } from '../services/audio';
import { markLive } from './bake';
import { fitBlock } from './fit';
import { palette, shade, TAP, textStyle } from './theme';
import { measureText } from './measure';

export interface ButtonSpec {
  rect: Rect;
  label: string;
  onClick: () => void;
  /** A key hint drawn on the button ("1"); the key itself is handled by the scene. */
  hint?: string;
  primary?: boolean;
  size: number;
  align?: 'left' | 'center';
  description?: string;
  pressed?: boolean;
  /** The accessible name, when the label alone says too little. */
  name?: string;
  id?: string;
  silent?: boolean;
  /** Nothing drawn: the DOM button lies over a picture the scene drew itself. */
  invisible?: boolean;
}

export class CanvasButton {
  readonly el: HTMLButtonElement;
  private glow: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private spec: ButtonSpec,
  ) {
    const { rect } = spec;
    const p = palette();
    // pressed: a light tint of the accent (a darker fill took the accent hint below 4.5:1), and a thick accent edge
    const fill = spec.primary ? p.accent : spec.pressed ? shade(p.accent, 1.88) : p.button;
    this.glow = markLive(scene.add.graphics());
    this.glow.setVisible(false);
    this.glow.fillStyle(spec.primary ? 0x000000 : p.shade, spec.primary ? 0.12 : 0.06);
    this.glow.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 12);
    if (!spec.invisible) {
      const g = scene.add.graphics();
      g.fillStyle(p.shade, 0.08);
      g.fillRoundedRect(rect.x, rect.y + 3, rect.w, rect.h, 12);
      g.fillStyle(fill, 1);
      g.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 12);
      g.lineStyle(spec.pressed ? 3 : 1.5, spec.pressed ? p.accent : shade(fill, 0.8), 1);
      g.strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, 12);
      const pad = Math.round(spec.size * 0.6);
      const ink = spec.primary ? p.accentInk : p.buttonInk;
      let left = pad;
      if (spec.hint) {
        // (the key's number no smaller than a phone reads, 14 px, where the label is not)
        scene.add
          .text(rect.x + pad, rect.y + rect.h / 2, spec.hint, textStyle({ size: Math.max(spec.size * 0.9, Math.min(spec.size, 14)), bold: true, color: spec.primary ? p.accentInk : p.accent }))
          .setOrigin(0, 0.5);
        left = pad + spec.size * 1.6;
      }
      const textW = rect.w - left - pad;
      const center = spec.align === 'center';
      // large text on a narrow button shrinks rather than breaking a word ("Afgest/emd") or spilling out
      const size = fitBlock(scene, spec.label, textW, rect.h - 4, spec.size, { bold: !!spec.primary });
      scene.add
        .text(rect.x + (center ? left + textW / 2 : left), rect.y + rect.h / 2, spec.label, textStyle({ size, color: ink, bold: !!spec.primary, width: textW, align: spec.align ?? 'left' }))
        .setOrigin(center ? 0.5 : 0, 0.5);
    }
    this.el = addButton({
      label: spec.hint ? `${spec.hint}. ${spec.label}` : spec.label,
      rect,
      name: spec.name && spec.hint ? `${spec.hint}. ${spec.name}` : spec.name,
      description: spec.description,
      pressed: spec.pressed,
      id: spec.id,
      onClick: () => this.activate(),
    });
    const lit = (on: boolean) => () => this.glow.setVisible(on);
    this.el.addEventListener('mouseenter', lit(true));
    this.el.addEventListener('mouseleave', lit(false));
    this.el.addEventListener('focus', lit(true));
    this.el.addEventListener('blur', lit(false));
  }

  /** Run the button's action, as a click or its key would. */
  activate() {
    if (!this.spec.silent) play('choose');
    this.spec.onClick();
  }
}

/** How tall a button must be to hold this label at this width. */
export function measureButton(scene: Phaser.Scene, label: string, w: number, size: number, hint = false): number {
  const pad = Math.round(size * 0.6);
  const textW = w - pad * 2 - (hint ? size * 1.6 : 0);
  const h = measureText(scene, label, { size, width: textW }).height;
  return Math.max(TAP, size * 2.4, h + pad * 1.4);
}
