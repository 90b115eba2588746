// Measuring text without drawing it: a screen measures dozens of labels before it draws one, and
// Phaser would make (and send to the GPU) a Text for each. Each scene has one hidden probe.
import Phaser from 'phaser';
import { textStyle, type TextOpts } from './theme';

const probes = new WeakMap<Phaser.Scene, Phaser.GameObjects.Text>();

type Wrapping = { runWordWrap(text: string): string; splitRegExp: RegExp };

/**
 * Width and height of a text as the scene would draw it with these options: the sums Phaser's
 * updateText makes (wrap, then GetTextSize), without drawing the letters. A browser test holds
 * it to a real Text.
 */
export function measureText(scene: Phaser.Scene, text: string, o: TextOpts): { width: number; height: number } {
  let probe = probes.get(scene);
  if (!probe || !probe.scene) {
    probe = scene.make.text({ x: 0, y: 0, text: '', style: textStyle(o) }, false);
    probes.set(scene, probe);
  }
  // all options anew (setDefaults), so no wrap width or style stays from the last label
  const style = probe.style;
  const st = textStyle(o);
  style.setStyle(st, false, true);
  // line spacing lives on the Text, not its style: a probe keeps the one it was made with
  probe.lineSpacing = st.lineSpacing;
  style.syncFont(probe.canvas, probe.context);
  const p = probe as unknown as Wrapping;
  const out = style.wordWrapWidth ? p.runWordWrap(text) : text;
  const size = Phaser.GameObjects.GetTextSize(probe, (style as unknown as { metrics: Phaser.Types.GameObjects.Text.TextMetrics }).metrics, out.split(p.splitRegExp));
  const pad = probe.padding;
  return { width: size.width + (pad.left ?? 0) + (pad.right ?? 0), height: size.height + (pad.top ?? 0) + (pad.bottom ?? 0) };
}
