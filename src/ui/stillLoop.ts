// Phaser draws every frame, 60 a second, even when nothing moves. On the title in software WebGL
// (school laptops on a projector, CI) that kept the page's main thread busy 65% of the time at
// 1920x1080 and 20% on a phone, for a picture that did not change: heat, fans and battery. Once a
// screen has been still for a moment the game steps five times a second instead, and it is back at
// full speed with anything that can change it: input, a resize, a scene starting, a tween or a timer.
// (Not asleep altogether: a change this misses still shows within a fifth of a second.)
import Phaser from 'phaser';

/** Steps per second while nothing moves. */
const STILL_STEPS_PER_SECOND = 5;
/** Steps without a tween, timer or scene change before the game slows down (about half a second). */
const STILL_AFTER_STEPS = 30;
/** The loop's frame-rate limit while busy: above any screen's refresh rate, so no frame is skipped. */
export const BUSY_LIMIT = 1000;

const WAKERS = ['pointerdown', 'pointermove', 'pointerup', 'keydown', 'keyup', 'wheel', 'touchstart', 'input', 'change', 'focusin'];

interface Loop {
  _limitRate: number;
  delta: number;
}

/** Nothing moves but endless tweens, for a moment now. */
let calmNow = false;
let waiting: (() => void)[] = [];
const settle = () => {
  const w = waiting;
  waiting = [];
  w.forEach((f) => f());
};

/**
 * Resolves once nothing has moved for a moment but what moves for ever (a wobbling block), so
 * work that would hold up frames (such as starting the sound) waits until a pick's towers have
 * settled; after `maxMs` at the latest.
 */
export function whenStill(maxMs = 15_000): Promise<void> {
  if (calmNow) return Promise.resolve();
  return new Promise((ok) => {
    const timer = window.setTimeout(() => {
      waiting = waiting.filter((f) => f !== done);
      ok();
    }, maxMs);
    const done = () => {
      window.clearTimeout(timer);
      ok();
    };
    waiting.push(done);
  });
}

export function slowWhenStill(game: Phaser.Game) {
  const loop = game.loop as unknown as Loop;
  const busyRate = 1000 / BUSY_LIMIT;
  const stillRate = 1000 / STILL_STEPS_PER_SECOND;
  let quiet = 0;
  let calm = 0;
  const wake = () => {
    quiet = 0;
    calm = 0;
    calmNow = false;
    if (loop._limitRate === busyRate) return;
    loop._limitRate = busyRate;
    // the time waited while still is not a step's worth of movement for what starts now
    loop.delta = 0;
  };
  for (const type of WAKERS) window.addEventListener(type, wake, { capture: true, passive: true });
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);

  // what changes the picture from code: a scene started or restarted, a tween, a timer
  const scenes = game.scene as unknown as { queueOp: (...a: unknown[]) => unknown; start: (...a: unknown[]) => unknown; _queue: unknown[] };
  for (const name of ['queueOp', 'start'] as const) {
    const f = scenes[name];
    scenes[name] = function (this: unknown, ...a: unknown[]) {
      wake();
      return f.apply(this, a);
    };
  }
  const patch = (proto: Record<string, unknown>, names: string[]) => {
    for (const name of names) {
      const f = proto[name] as (...a: unknown[]) => unknown;
      proto[name] = function (this: unknown, ...a: unknown[]) {
        wake();
        return f.apply(this, a);
      };
    }
  };
  patch(Phaser.Tweens.TweenManager.prototype as unknown as Record<string, unknown>, ['add', 'addMultiple', 'addCounter', 'chain']);
  patch(Phaser.Time.Clock.prototype as unknown as Record<string, unknown>, ['addEvent']);

  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    let busy = scenes._queue.length > 0;
    // (moving for ever: a wobbling block; the screen is calm, though not still)
    let moving = busy;
    for (const s of game.scene.getScenes(true)) {
      // the managers' own lists, read each step without copying them (getTweens() copies)
      const clock = s.time as unknown as { _active: unknown[]; _pendingInsertion: unknown[] };
      const tweens = s.tweens as unknown as { tweens: { isInfinite: boolean }[] };
      if (clock._active.length > 0 || clock._pendingInsertion.length > 0) busy = moving = true;
      else if (tweens.tweens.length > 0) {
        busy = true;
        if (tweens.tweens.some((t) => !t.isInfinite)) moving = true;
      }
      if (moving) break;
    }
    calm = moving ? 0 : calm + 1;
    calmNow = calm >= STILL_AFTER_STEPS;
    if (calmNow && waiting.length) settle();
    if (busy) quiet = 0;
    else if (++quiet >= STILL_AFTER_STEPS) loop._limitRate = stillRate;
  });
}
