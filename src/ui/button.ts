// A button drawn on the canvas with its real DOM button laid over it (see services/a11y).
import Phaser from 'phaser';
import { addButton, type Rect } from '../services/a11y';
import { play } from '../services/audio';
import { palette, shade, textStyle } from './theme';

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
  id?: string;
  silent?: boolean;
}

export class CanvasButton {
  readonly container: Phaser.GameObjects.Container;
  readonly el: HTMLButtonElement;
  private bg: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, private spec: ButtonSpec) {
    const { rect } = spec;
    this.container = scene.add.container(rect.x, rect.y);
    this.bg = scene.add.graphics();
    this.container.add(this.bg);
    const pad = Math.round(spec.size * 0.6);
    const p = palette();
    const ink = spec.primary ? p.accentInk : p.buttonInk;
    let textX = spec.align === 'center' ? rect.w / 2 : pad;
    if (spec.hint) {
      const badge = scene.add.text(pad, rect.h / 2, spec.hint, textStyle({ size: spec.size * 0.9, bold: true, color: spec.primary ? p.accentInk : p.accent }));
      badge.setOrigin(0, 0.5);
      this.container.add(badge);
      textX = pad + spec.size * 1.6;
    }
    const left = spec.hint ? textX : pad;
    const textW = rect.w - left - pad;
    if (spec.align === 'center') textX = left + textW / 2;
    const text = scene.add.text(textX, rect.h / 2, spec.label, textStyle({
      size: spec.size, color: ink, bold: !!spec.primary, width: textW, align: spec.align ?? 'left',
    }));
    text.setOrigin(spec.align === 'center' ? 0.5 : 0, 0.5);
    this.container.add(text);
    this.draw(false);
    this.el = addButton({
      label: spec.hint ? `${spec.hint}. ${spec.label}` : spec.label,
      rect,
      description: spec.description,
      pressed: spec.pressed,
      id: spec.id,
      onClick: () => this.activate(),
    });
    this.el.addEventListener('mouseenter', () => this.draw(true));
    this.el.addEventListener('mouseleave', () => this.draw(false));
    this.el.addEventListener('focus', () => this.draw(true));
    this.el.addEventListener('blur', () => this.draw(false));
  }

  /** Run the button's action, as a click or its key would. */
  activate() {
    if (!this.spec.silent) play('choose');
    this.spec.onClick();
  }

  private draw(hover: boolean) {
    const { w, h } = this.spec.rect;
    const p = palette();
    const fill = this.spec.primary ? p.accent : this.spec.pressed ? shade(p.button, 0.88) : p.button;
    const g = this.bg;
    g.clear();
    g.fillStyle(p.shade, 0.08);
    g.fillRoundedRect(0, 3, w, h, 12);
    g.fillStyle(hover ? shade(fill, this.spec.primary ? 0.9 : 0.95) : fill, 1);
    g.fillRoundedRect(0, 0, w, h, 12);
    g.lineStyle(this.spec.pressed ? 3 : 1.5, this.spec.pressed ? p.accent : shade(fill, 0.8), 1);
    g.strokeRoundedRect(0, 0, w, h, 12);
  }
}

/** How tall a button must be to hold this label at this width. */
export function measureButton(scene: Phaser.Scene, label: string, w: number, size: number, hint = false): number {
  const pad = Math.round(size * 0.6);
  const textW = w - pad * 2 - (hint ? size * 1.6 : 0);
  const t = scene.make.text({ x: 0, y: 0, text: label, style: textStyle({ size, width: textW }) }, false);
  const h = t.height;
  t.destroy();
  return Math.max(size * 2.4, h + pad * 1.4);
}
