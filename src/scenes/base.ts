// What every scene shares: size and text metrics, the accessible layer, keys, the mute key, a
// one-time notice when saving is not possible, and a rebuild when the window changes size.
import Phaser from 'phaser';
import { app } from '../game/app';
import { addNote, announce, resetA11y, setStory, settleFocus, type Rect } from '../services/a11y';
import { setVolumes, unlockAudio } from '../services/audio';
import { t } from '../services/i18n';
import { storageProblem, setAsideThisVisit } from '../services/store';
import { CanvasButton, measureButton, type ButtonSpec } from '../ui/button';
import { fitSize, longestWord } from '../ui/fit';
import { TowerView, type TowerOptions } from '../ui/tower';
import { bakeStill, holdUploads, markLive, releaseUploads } from '../ui/bake';
import { loadAll } from '../game/startup';
import type { Route, Routes, SceneKey } from './routes';
import { baseSize, getTextScale, isProjector, palette, TAP, textStyle, towerLabelMin, type TextOpts } from '../ui/theme';
import { measureText } from '../ui/measure';
import { isPortrait, portraitTowerH } from '../ui/cardLayout';
import { readAloudButton, readAloudSize } from '../ui/readAloud';
import { inView, naturalHeight, resetPageHeight, setPageHeight } from '../ui/page';
import type { Screen } from '../ui/screen';
import { whenStill } from '../ui/stillLoop';
import { failed } from '../services/failure';

let noticeShown = false;
/** The screen shown last, and whether it is being built again on a taller page (src/ui/page.ts). */
let lastScene = '';
let growing = false;
let grows = 0;
let damagedShown = false;
/** Saves set aside this visit because they could not be read (a copy kept on purpose is told where it happens). */
const unreadable = () => setAsideThisVisit().filter((e) => e.reason === 'damaged' || e.reason === 'inconsistent' || e.reason === 'player');

export abstract class BaseScene extends Phaser.Scene implements Screen {
  W = 0;
  /** The page's height: the window's, or more where the screen's controls need it (src/ui/page.ts). */
  H = 0;
  /** The window's height (at most H): text size and orientation follow it, not a page grown taller. */
  viewH = 0;
  /** Body text size for this screen, with the player's text size setting. */
  S = 16;
  protected buttons: CanvasButton[] = [];
  /** The lowest edge of what the screen drew beyond its texts and controls (a card grown to hold them): the page grows to it too. */
  protected drawnBottom = 0;
  protected primary: CanvasButton | undefined;
  private onKey = (e: KeyboardEvent) => this.handleKey(e);
  /** The toast on screen: a new one takes its place rather than lying on top of it. */
  private lastToast: Phaser.GameObjects.GameObject[] = [];
  private resizeTimer: number | undefined;

  /** The scene's title, as a heading for screen readers. */
  abstract title(): string;
  abstract build(): void;
  /** Esc: by default back to the title. */
  protected onEscape() {
    this.go('Title');
  }
  /** 1-4: responses, where a scene has them. */
  protected onNumber(_n: number) {}

  /** Held upright: by the window's shape, so a page grown taller for its controls stays on its side. */
  get portrait() {
    return isPortrait(this);
  }

  create(data?: unknown) {
    this.exiting = false;
    this.init2(data);
    // a new screen starts at the window's height, at the top of the page; the same screen built
    // again (a tab, a setting, a grown page) keeps the page as it is
    const regrow = growing;
    growing = false;
    if (!regrow) grows = 0;
    if (this.scene.key !== lastScene) {
      lastScene = this.scene.key;
      resetPageHeight();
      window.scrollTo(0, 0);
    }
    if (this.scale.getParentBounds()) this.scale.refresh();
    this.W = this.scale.width;
    this.H = this.scale.height;
    this.viewH = Math.min(this.H, naturalHeight());
    // (a page grown for its controls keeps the window's text size: larger text would grow it again)
    this.S = baseSize(this.W, this.viewH) * getTextScale();
    this.buttons = [];
    this.drawnBottom = 0;
    this.primary = undefined;
    this.lastToast = [];
    let grow = 0;
    try {
      resetA11y(this.title());
      holdUploads(this);
      try {
        this.build();
        // controls or texts below the screen: lay it out again on a page as tall as they need
        // (at most thrice in a row: a layout that stretches with the page could chase it)
        grow = grows < 3 ? this.overflow() : 0;
        if (!grow) bakeStill(this);
      } finally {
        releaseUploads(this);
      }
    } catch (e) {
      // a screen that cannot be built must not leave the game without a screen: say it, and go
      // to the title (the title itself failing is not caught again)
      if (this.scene.key === 'Title') throw e;
      console.error(e);
      this.go('Title');
      return;
    }
    if (grow) {
      grows++;
      growing = true;
      setPageHeight(grow);
      // the same screen again, from the same data (a tower that was to grow still grows)
      this.scene.restart((data ?? this.restartData()) as object);
      return;
    }
    settleFocus(this.scene.key);
    this.showNotices();
    // the benchmark reads when the first screen that answers input was ready
    document.body.dataset.ready = app.isReady ? 'yes' : 'no';
    if (!app.isReady) window.setTimeout(loadAll, 0);
    const w = window as unknown as { __firstInteractive?: number };
    w.__firstInteractive ??= performance.now();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pointerdown', unlockOnce, { once: true });
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => {
      window.removeEventListener('keydown', this.onKey);
      this.scale.off('resize', this.onResize, this);
      window.clearTimeout(this.resizeTimer);
    });
  }

  /**
   * How tall the page must be for every control and text of the screen just built (0 when the
   * screen holds them): a screen laid out top down runs past its foot where the window is small.
   */
  private overflow(): number {
    let bottom = this.drawnBottom;
    for (const e of document.querySelectorAll<HTMLElement>('#a11y-controls .hit, #a11y-controls .field, #a11y-controls > .sheet')) {
      // a control placed over the canvas says where it is in its style (no border or padding adds
      // to it): reading that forces no layout while the screen is built; a sheet is as tall as its content
      const top = parseFloat(e.style.top);
      const height = parseFloat(e.style.height);
      const placed = !e.classList.contains('sheet') && Number.isFinite(top) && Number.isFinite(height);
      bottom = Math.max(bottom, placed ? top + height : e.offsetTop + e.offsetHeight);
    }
    const walk = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list) {
        if (o instanceof Phaser.GameObjects.Text && o.visible && o.text) bottom = Math.max(bottom, o.getBounds().bottom);
        else if (o instanceof Phaser.GameObjects.Container && o.visible) walk(o.list);
      }
    };
    walk(this.children.list);
    return bottom > this.H + 1 ? Math.ceil(bottom + 12) : 0;
  }

  /** Scenes that take data override this. */
  protected init2(_data?: unknown) {}

  private onResize(size: Phaser.Structs.Size) {
    // (Phaser says "resize" when the page scrolls too)
    if (Math.round(size.width) === Math.round(this.W) && Math.round(size.height) === Math.round(this.H)) return;
    window.clearTimeout(this.resizeTimer);
    this.resizeTimer = window.setTimeout(() => this.scene.restart(this.restartData()), 120);
  }

  protected restartData(): object | undefined {
    return undefined;
  }

  /** Every scene's key is one of the routes' (routes.ts). */
  constructor(key: SceneKey) {
    super(key);
  }

  /** Start another scene with the data it takes (routes.ts). */
  go<K extends SceneKey>(key: K, data?: Routes[K]) {
    this.leave(key, data);
  }

  /** Go to a route: a scene and its data, as "back to where I came from" keeps it. */
  goTo(route: Route) {
    this.leave(route.key, route.data);
  }

  private leave(key: SceneKey, data: object | undefined) {
    this.exiting = true;
    // always new data: Phaser keeps a scene's last data when given none (a question asked once came back)
    this.scene.start(key, data ?? {});
  }

  /** go() was called: this screen is on its way out. */
  private exiting = false;

  /**
   * No input now: this screen is leaving (go), a change of screen is queued for Phaser's next
   * step (scene.restart or start by a scene itself), or an action is still being saved. Input in
   * between would act on a screen whose state is already gone.
   */
  protected inputClosed(): boolean {
    const queue = (this.game.scene as unknown as { _queue?: unknown[] })._queue;
    return this.exiting || !!queue?.length || app.busy > 0;
  }

  private handleKey(e: KeyboardEvent) {
    unlockOnce();
    if (this.inputClosed()) {
      // Enter or Space would otherwise press a focused control, which is as stale as the screen
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Escape') e.preventDefault();
      return;
    }
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName;
    const inField = tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !['range', 'button', 'checkbox', 'radio', 'file'].includes((target as HTMLInputElement).type));
    if (inField && e.key !== 'Escape') return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.onEscape();
    } else if (e.key === 'm' || e.key === 'M') {
      void this.toggleMute().catch(failed);
    } else if (/^[1-4]$/.test(e.key)) {
      this.onNumber(Number(e.key));
    } else if (e.key === 'Enter' || e.key === ' ') {
      // a focused control answers Enter and Space itself
      if (target && (target.tagName === 'BUTTON' || target.tagName === 'INPUT')) return;
      if (this.primary) {
        e.preventDefault();
        this.primary.activate();
      }
    }
  }

  private async toggleMute() {
    const muted = !app.settings.muted;
    await app.saveSettings({ muted });
    setVolumes({ music: app.settings.music, sfx: app.settings.sfx, muted });
    announce(t(muted ? 'ui.muted' : 'ui.unmuted'));
  }

  private showNotices() {
    const waiting = app.notices.shift();
    if (waiting) {
      this.toast(waiting);
      return;
    }
    // what storage can do is known once the saves have loaded
    if (!app.isReady) return;
    const problem = storageProblem();
    if (problem && !noticeShown) {
      noticeShown = true;
      this.toast(t(problem === 'full' ? 'notice.storageFull' : 'notice.storageUnavailable'));
    } else if (!damagedShown && (unreadable().length || app.newerSaves.length)) {
      // say what happened, once: the most telling case first
      damagedShown = true;
      const why = new Set(unreadable().map((e) => e.reason));
      const key = app.newerSaves.length ? 'saves.newer' : why.has('damaged') ? 'saves.damaged' : why.has('player') ? 'saves.player' : 'saves.inconsistent';
      this.toast(t(key));
    }
  }

  /** A calm message at the bottom that fades after a while; read out as well. */
  toast(message: string) {
    for (const o of this.lastToast) o.destroy();
    const w = Math.min(this.W - 24, 640);
    const txt = this.add.text(0, 0, message, textStyle({ size: this.S * 0.9, color: 0xffffff, width: w - 32 }));
    const h = txt.height + 24;
    const x = (this.W - w) / 2;
    // at the foot of what is in view (a tall page scrolls)
    const y = Math.min(this.H, inView().bottom) - h - 16;
    const g = markLive(this.add.graphics());
    g.fillStyle(palette().shade, 0.92);
    g.fillRoundedRect(x, y, w, h, 12);
    txt.setPosition(x + 16, y + 12);
    g.setDepth(1000);
    txt.setDepth(1001);
    this.lastToast = [g, txt];
    announce(message);
    this.time.delayedCall(9000, () => {
      this.tweens.add({
        targets: [g, txt],
        alpha: 0,
        duration: 600,
        onComplete: () => {
          g.destroy();
          txt.destroy();
        },
      });
    });
  }

  /**
   * When no level could be loaded (every level file broken by an edit): the message that says so
   * and what to do, naming the first error; null when there is something to play. `phase`: the
   * story and the age question need a phase level; the map shows any level.
   */
  missingLevels(need: 'phase' | 'any' = 'phase'): string | null {
    const none = need === 'phase' ? app.phases().length === 0 : app.content.levels.length === 0;
    return none ? t('notice.noLevels', { first: app.contentProblem }) : null;
  }

  // ---- helpers for building screens ----------------------------------------------------

  /** Text on the canvas; `say` puts it in the accessible layer too (a note, or a sub-heading). */
  text(x: number, y: number, s: string, o: Partial<TextOpts> & { say?: boolean | 'h2' } = {}) {
    if (o.say) addNote(s, o.say === 'h2' ? 'h2' : 'p');
    return this.add.text(x, y, s, textStyle({ size: this.S, ...o }));
  }

  button(spec: Omit<ButtonSpec, 'size'> & { size?: number }, primary = false) {
    // a click (or a tap) in the moment the screen is changing is as stale as a key then
    const onClick = () => {
      if (!this.inputClosed()) spec.onClick();
    };
    const b = new CanvasButton(this, { size: this.S, ...spec, onClick });
    this.buttons.push(b);
    if (primary) this.primary = b;
    return b;
  }

  measure(label: string, w: number, size = this.S, hint = false) {
    return measureButton(this, label, w, size, hint);
  }

  /**
   * A header bar with a title and, on the right, a back (or menu) button; with `readAloud`, the
   * read-aloud button beside it (the speaker alone on a narrow screen), at every text size. A
   * function says what to read (else the screen's story).
   */
  header(title: string, back?: { label: string; onClick: () => void }, o: { readAloud?: boolean | (() => string) } = {}): number {
    const p = palette();
    // (never more than a third of a narrow screen: the title keeps room for its longest word)
    const bw = back ? Math.min(Math.max(96, back.label.length * this.S * 0.62 + 32), Math.max(96, this.W * 0.36)) : 0;
    const bh = Math.max(TAP, this.S * 2.2);
    const compact = this.W < 700;
    const ra = o.readAloud ? readAloudSize(this, { h: bh, compact }) : null;
    const room = this.W - bw - 48 - (ra ? ra.w + 10 : 0);
    // one line if it fits at a readable size, else two smaller lines
    let size = fitSize(this, title, room, this.S * 1.15, true, true);
    const twoLines = size < this.S * 0.85;
    // (on two lines every word still whole: a narrow window shrinks the longest to fit)
    if (twoLines) size = fitSize(this, `${longestWord(title)} `, room, this.S * 0.85, true, true);
    const h = Math.max(TAP + 12, this.S * 2.8, measureText(this, title, { size, head: true, bold: true, width: room }).height + 14);
    const g = this.add.graphics();
    g.fillStyle(p.panel, 1);
    g.fillRect(0, 0, this.W, h);
    g.lineStyle(1, p.line, 1);
    g.lineBetween(0, h, this.W, h);
    // the heading says the screen's name; a longer header ("Moment 2 van 6 · 1 jaar") is said too
    this.text(16, h / 2, title, { head: true, bold: true, size, width: twoLines ? room : undefined, say: title !== this.title() }).setOrigin(0, 0.5);
    if (ra) readAloudButton(this, this.W - bw - 20, (h - bh) / 2, { h: bh, compact, text: typeof o.readAloud === 'function' ? o.readAloud : undefined });
    if (back) this.button({ rect: { x: this.W - bw - 10, y: (h - bh) / 2, w: bw, h: bh }, label: back.label, onClick: back.onClick, align: 'center', size: this.S * 0.9 });
    return h;
  }

  panel(r: Rect, fill = palette().card) {
    const g = this.add.graphics();
    g.fillStyle(palette().shade, 0.06);
    g.fillRoundedRect(r.x, r.y + 4, r.w, r.h, 18);
    g.fillStyle(fill, 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, 18);
    g.lineStyle(1, palette().line, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, 18);
    return g;
  }

  /**
   * How tall the towers stand above the rest on a screen held upright: taller with larger text, so
   * their labels grow too (no taller: at 150% on a phone the card would take many more pages).
   */
  portraitTowerH(max: number) {
    return portraitTowerH(this.H, getTextScale(), max);
  }

  /** Both towers on their panel, as the scenario, debrief and explorer show them. */
  towerPanel(r: Rect, opts: Omit<TowerOptions, 'size' | 'reducedMotion'> & { size?: number; reducedMotion?: boolean }) {
    this.panel(r, palette().panel);
    return new TowerView(this, { x: r.x + 10, y: r.y + 8, w: r.w - 20, h: r.h - 16 }, { size: this.S, reducedMotion: app.settings.reducedMotion, ...this.towerLook(opts.size ?? this.S), ...opts });
  }

  /** How towers look here: labels no smaller than the screen and text size call for; a parent's own tower in kind words. */
  towerLook(size: number): Pick<TowerOptions, 'labelMin' | 'kind' | 'careShare'> {
    return { labelMin: towerLabelMin(size, this.W), kind: app.settings.audience === 'parent', careShare: this.projector ? 0.4 : 0.35 };
  }

  /** On a projector: towers and text are read from the back of a room (theme's isProjector). */
  get projector() {
    return isProjector(this.W);
  }

  story(text: string) {
    setStory(text);
  }
}

let unlocking = false;
/**
 * The first gesture starts the sound, once the screen is still: making the audio context and
 * decoding the sounds takes the main thread for a good part of a second in software (more on a
 * busy machine), and a pick's tower animation starts with that gesture. The gesture has been
 * made, so the browser lets sound start a moment later.
 */
function unlockOnce() {
  if (unlocking) return;
  unlocking = true;
  void whenStill()
    .catch(failed)
    .then(unlockAudio)
    .then(() => setVolumes({ music: app.settings.music, sfx: app.settings.sfx, muted: app.settings.muted }));
}
