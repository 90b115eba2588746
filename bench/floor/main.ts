// The floor for `npm run bench`: an empty Phaser 4 game with one scene and one tween, configured
// like the real game (RESIZE, WebGL, Phaser audio off), so the game's own cost can be measured.
import Phaser from 'phaser';

class Empty extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xe0896a, 1);
    g.fillRoundedRect(-60, -30, 120, 60, 10);
    g.setPosition(this.scale.width / 2, this.scale.height / 2);
    this.tweens.add({ targets: g, angle: 4, duration: 700, yoyo: true, repeat: -1 });
    this.input?.keyboard?.on('keydown', () => undefined);
    (window as unknown as { __firstInteractive: number }).__firstInteractive = performance.now();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  backgroundColor: '#f6efe4',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: [Empty],
});
