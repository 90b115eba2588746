// Opening a homework link (?level=ID): a progress bar while saves and content load, then the level.
import Phaser from 'phaser';
import { app } from '../game/app';
import { loadAll } from '../game/startup';
import { shorten } from '../game/link';
import { routeFor } from '../game/route';
import { asRoute, type Route, type SceneKey } from './routes';
import { resetA11y } from '../services/a11y';
import { t, tx } from '../services/i18n';
import { palette } from '../ui/theme';

export class Boot extends Phaser.Scene {
  private bar?: Phaser.GameObjects.Graphics;

  constructor() {
    super('Boot' satisfies SceneKey);
  }

  create() {
    resetA11y(t('ui.loading'));
    loadAll();
    const { level: assigned, badLevel } = app.link;
    this.progress(0.1);
    const timer = this.time.addEvent({ delay: 50, loop: true, callback: () => this.progress(app.isReady ? 1 : 0.5) });
    app.ready
      .then(async () => {
        timer.remove();
        // an assignment (?a=… or inside a SCORM package): its own start screen, or a message
        if (app.link.assignment !== null) {
          const { openFromLink } = await import('../game/assignment');
          this.start(asRoute(await openFromLink(app.link.assignment)));
          return;
        }
        if (!assigned || !app.level(assigned)) {
          app.notices.push(t('notice.unknownLevel', { id: shorten(assigned ?? badLevel ?? '') }));
          this.scene.start('Title');
          return;
        }
        app.assigned = assigned;
        // homework starts from the level's own start; a homework run already under way resumes;
        // a story level (or another run) in progress is set aside first, and the player told where
        const ip = app.progress.inPlay;
        if (!(ip && ip.level === assigned && ip.mode !== 'story')) {
          const kept = await app.keepBeforeLink(assigned);
          await app.begin(assigned, 'single');
          if (kept) app.notices.push(t('notice.linkKept', { level: tx(app.level(kept)?.title) || kept }));
        }
        this.start(asRoute(routeFor(app.progress)));
      })
      .catch((e) => {
        console.error(e);
        this.add.text(this.scale.width / 2, this.scale.height / 2 + 40, t('notice.bootFailed'), { fontSize: '20px', color: '#33313d' }).setOrigin(0.5);
      });
  }

  private start(route: Route) {
    this.scene.start(route.key, route.data);
  }

  private progress(k: number) {
    const W = this.scale.width;
    const H = this.scale.height;
    const p = palette();
    const bw = Math.min(420, W * 0.7);
    this.bar ??= this.add.graphics();
    this.bar.clear();
    this.bar.fillStyle(p.line, 1);
    this.bar.fillRoundedRect((W - bw) / 2, H / 2, bw, 14, 7);
    this.bar.fillStyle(p.accent, 1);
    this.bar.fillRoundedRect((W - bw) / 2, H / 2, Math.max(14, bw * k), 14, 7);
  }
}
